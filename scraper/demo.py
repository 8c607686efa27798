"""``make demo``: serve a copy of samples/site on 127.0.0.1, crawl it twice with samples/sites.toml, show the records.

Between the runs one article is edited and one is published (added to the
feed), so the second run shows what an incremental nightly run does: 304s
for everything else, and records only for the new and the changed page.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import orjson

from scraper.cli import main as newsclean
from scraper.sample_site import SampleSite

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
DEMO = ROOT / "demo-out"
CONFIG_HOST = "http://127.0.0.1:8000"


def write_config(base_url: str) -> Path:
    """samples/sites.toml pointed at the running site, with output and state under demo-out/."""
    text = (SAMPLES / "sites.toml").read_text(encoding="utf-8").replace(CONFIG_HOST, base_url)
    text = text.replace('dir = "../out"', 'dir = "out"').replace('dir = "../state"', 'dir = "state"')
    text = text.replace("min_delay_s = 1.0 ", "min_delay_s = 0.05")
    text = text.replace("# revisit_after_h = 24.0 ", "revisit_after_h = 0.0   ")
    path = DEMO / "sites.toml"
    path.write_text(text, encoding="utf-8")
    return path


NEW_ARTICLE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Night buses return to the harbour route | The Riverside Courier</title></head><body>
<article><h1>Night buses return to the harbour route</h1>
<p>Night buses will run again on the harbour route from Friday, the transport committee confirmed.</p>
<p>The service was cut two years ago when the operator could not find enough drivers for late shifts.</p>
<p>Councillor Amir Haddad said the new timetable would be reviewed after six months of passenger counts.</p>
<p>Share on Facebook</p></article></body></html>
"""


def publish_and_edit(site: Path) -> None:
    """Add an article to the site and its feed, and edit an existing one."""
    (site / "articles/night-buses-return.html").write_text(NEW_ARTICLE, encoding="utf-8")
    feed = site / "feed.xml"
    item = "<item><title>Night buses return</title><link>{{BASE}}/articles/night-buses-return.html</link></item>"
    feed.write_text(feed.read_text(encoding="utf-8").replace("<item>", item + "\n<item>", 1), encoding="utf-8")
    edited = site / "articles/library-extends-hours.html"
    text = edited.read_text(encoding="utf-8")
    edited.write_text(text.replace("</article>", "<p>Update: the extended hours start on Monday.</p></article>", 1),
                      encoding="utf-8")


def main() -> int:
    shutil.rmtree(DEMO, ignore_errors=True)
    shutil.copytree(SAMPLES / "site", DEMO / "site")
    with SampleSite(DEMO / "site") as site:
        config = write_config(site.base_url)
        print(f"== sample site on {site.base_url}; config {config.relative_to(ROOT)}\n", flush=True)
        print("== first run: everything is new", flush=True)
        first = newsclean(["crawl", str(config)])
        publish_and_edit(DEMO / "site")
        print("\n== one article published, one edited; second run: only those are written", flush=True)
        second = newsclean(["crawl", str(config)])
    shards = sorted((DEMO / "out").glob("*.jsonl*"))
    print(f"\n== clean records: {', '.join(str(s.relative_to(ROOT)) for s in shards)}")
    if shards:
        record = orjson.loads(shards[0].read_bytes().splitlines()[0])
        print(f"== first record: {record['title']!r} ({record['url']})")
        for removed in record["removed"]:
            print(f"   removed as {removed['reason']}: {removed['text'][:70]!r}")
    return max(first, second)


if __name__ == "__main__":
    sys.exit(main())
