"""Helpers of the crawl behaviour tests: a config for a loopback site, a site copy, records and requests."""
from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Mapping
from pathlib import Path

import orjson
import pytest

from scraper.cli import main
from scraper.state import STATE_FILE
from tests.loopback import SAMPLES, LoopbackServer

SITE = SAMPLES / "site"
ARTICLES = tuple(sorted(p.stem for p in (SITE / "articles").glob("*.html")))
PRIVATE = ("/private/draft-embargoed.html", "/private/internal-memo.html")
RECORD_KEYS = ("id", "url", "title", "author", "date", "language", "text", "removed", "dup_of", "fetched_at", "source")
ROBOTS = "User-agent: *\nDisallow: /private/\n\nSitemap: {base}/sitemap.xml\n"

# Small delays and timeouts: the whole crawl of the sample site takes well under a second.
FAST_FETCH: Mapping[str, object] = {
    "min_delay_s": 0.01,
    "connect_timeout_s": 2.0,
    "read_timeout_s": 3.0,
    "total_timeout_s": 5.0,
    "retries": 0,
    "backoff_base_s": 0.01,
    "backoff_max_s": 0.05,
    "robots_error_ttl_s": 1.0,
}


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    return json.dumps(value)  # strings and lists of strings are valid TOML in JSON spelling


def _table(name: str, values: Mapping[str, object]) -> str:
    return f"[{name}]\n" + "".join(f"{key} = {_toml_value(value)}\n" for key, value in values.items())


def write_config(
    folder: Path,
    base_url: str,
    *,
    fetch: Mapping[str, object] | None = None,
    output: Mapping[str, object] | None = None,
    crawl: Mapping[str, object] | None = None,
    clean: Mapping[str, object] | None = None,
    source: Mapping[str, object] | None = None,
    state: Mapping[str, object] | None = None,
) -> Path:
    """A sites.toml in ``folder`` crawling the sample site at ``base_url``; out/ and state/ next to it."""
    courier: dict[str, object] = {
        "feeds": [f"{base_url}/feed.xml", f"{base_url}/atom.xml"],
        "sitemaps": [f"{base_url}/sitemap.xml"],
        "start_pages": [f"{base_url}/"],
        "max_depth": 2,
        "deny": ["/search"],
        **(source or {}),
    }
    tables = [
        _table("sources.courier", courier),
        _table("fetch", {**FAST_FETCH, **(fetch or {})}),
        _table("output", {"dir": "out", **(output or {})}),
        _table("state", {"dir": "state", **(state or {})}),
        _table("crawl", crawl or {}),
        _table("clean", clean or {}),
    ]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "sites.toml"
    path.write_text("\n".join(tables), encoding="utf-8")
    return path


def run_crawl(capsys: pytest.CaptureFixture[str], config: Path, *options: str) -> tuple[int, str, str]:
    """``newsclean crawl CONFIG`` in-process, cleaning in a thread; return (exit code, stdout, stderr)."""
    code = main(["crawl", str(config), "--workers", "0", *options])
    out, err = capsys.readouterr()
    return code, out, err


def copy_site(dest: Path) -> Path:
    """A writable copy of samples/site, to publish and edit articles between runs."""
    return Path(shutil.copytree(SITE, dest))


def article_url(base_url: str, slug: str) -> str:
    return f"{base_url}/articles/{slug}.html"


def shards(out_dir: Path) -> list[Path]:
    """The finished shards of an output folder, oldest first."""
    return sorted(out_dir.glob("*.jsonl*"))


def records_of(shard: Path) -> list[dict[str, object]]:
    return [orjson.loads(line) for line in shard.read_bytes().splitlines() if line.strip()]


def read_records(out_dir: Path) -> list[dict[str, object]]:
    """Every record of every finished shard in an output folder."""
    return [record for shard in shards(out_dir) for record in records_of(shard)]


def urls_of(records: list[dict[str, object]]) -> list[str]:
    return [str(r["url"]) for r in records]


def removed_of(record: dict[str, object]) -> list[dict[str, str]]:
    """The "removed" entries of a record ({"text", "reason", ...} each)."""
    removed = record["removed"]
    assert isinstance(removed, list)
    return removed


def article_requests(server: LoopbackServer) -> list[str]:
    """Paths (query included) of every article page the server was asked for."""
    return [r.path for r in server.requests if r.path.startswith("/articles/")]


def written_urls(state_dir: Path) -> set[str]:
    """URLs the state marks as written (read with plain sqlite3, as an operator would)."""
    with sqlite3.connect(state_dir / STATE_FILE) as db:
        return {row[0] for row in db.execute("SELECT url FROM urls WHERE written = 1")}


def publish_article(site: Path, slug: str, title: str, paragraphs: list[str], *, in_feed: bool = True) -> None:
    """Add an article page to a site copy and (``in_feed``) an item for it at the top of its RSS feed."""
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    (site / "articles" / f"{slug}.html").write_text(
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title} | The Riverside Courier</title>'
        f"</head><body><article><h1>{title}</h1>\n{body}</article></body></html>\n",
        encoding="utf-8",
    )
    if not in_feed:
        return
    feed = site / "feed.xml"
    item = f"<item><title>{title}</title><link>{{{{BASE}}}}/articles/{slug}.html</link></item>\n    <item>"
    feed.write_text(feed.read_text(encoding="utf-8").replace("<item>", item, 1), encoding="utf-8")


def add_paragraph(site: Path, slug: str, paragraph: str) -> None:
    """Append a paragraph to the body of an article of a site copy (before its share line)."""
    page = site / "articles" / f"{slug}.html"
    html = page.read_text(encoding="utf-8")
    marker = '<p class="share">'
    assert marker in html, f"{page} has no share line"
    page.write_text(html.replace(marker, f"<p>{paragraph}</p>\n  {marker}", 1), encoding="utf-8")
