"""Peak memory and speed of a real crawl at two sizes: does memory stay flat as a run grows?

    python bench/crawl_memory.py [--sizes 2000,20000] [--server fast|sample] [--concurrency 32] [--keep DIR]

For each size N, in a fresh temporary directory:

1. A synthetic news site of N articles: 5-10 paragraphs each, built from the
   sentences of samples/site with per-page random names, numbers and words
   (so the near-duplicate index keeps them), plus the furniture of a real
   page (cookie notice, standfirst repeating the title, one paragraph twice,
   share and newsletter lines, "Related news", the same footer everywhere).
   A sitemap index lists sitemap files of at most 10,000 URLs each.
2. The site is served on 127.0.0.1 from a separate process: by default the
   asyncio keep-alive server of bench/fetch_speed.py; ``--server sample`` uses
   scraper.sample_site.SampleSite, whose listen backlog of 5 drops
   connections at 32 requests in flight (see fetch_speed.py).
3. ``scraper.crawl.Crawl`` runs in a subprocess of its own (this script with
   --run-crawl), with a config in the temp dir: min_delay_s = 0,
   max_per_host = max_concurrency = --concurrency, max_pages = N, the default
   cleaning pool (one worker process per core), robots.txt respected.

Memory, per run:
    crawl MiB     peak RSS of the crawl process alone (its own ru_maxrss, read at exit);
                  this holds the event loop, the state, the dedup index, the shard writer
    worker MiB    peak RSS of the largest cleaning worker (RUSAGE_CHILDREN after the pool
                  is joined); forked, so pages shared with the crawl process count in both
    total PSS     crawl process + all its workers, proportional set size (shared pages
                  counted once), sampled from /proc every 0.5 s: what the run costs the machine

Runtime on a 2-core machine: about 15 s for 2,000 pages and under 3 minutes for
20,000 (about 3 minutes in all, site generation included). The two cores are
shared by the crawl process (~4.5 ms CPU a page), the workers (~4.5 ms a page
on these 5 kB pages) and the server, so the run is CPU-bound.
"""
from __future__ import annotations

import argparse
import html
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
ARTICLES = ROOT / "samples/site/articles"
SITEMAP_MAX_URLS = 10_000
SAMPLE_EVERY_S = 0.5
HEARTBEAT_S = 60.0
TARGET_RATIO = 1.5

FIRST_NAMES = ["Amir", "Sandra", "Gareth", "Ruth", "Tom", "Lena", "Deborah", "Jordan", "Priya", "Kofi", "Marta",
               "Owen", "Fatima", "Niall", "Chen", "Ingrid", "Tariq", "Elena", "Hugh", "Yasmin", "Bram", "Siobhan"]
SURNAMES = ["Haddad", "Boateng", "Pryce", "Ingram", "Whitfield", "Kowalczyk", "Lyle", "Mensah", "Okafor", "Novak",
            "Fairclough", "Achterberg", "Rahman", "Delacroix", "Mbeki", "Sorensen", "Quayle", "Vasquez", "Lindqvist"]
PLACES = ["Harbourton", "Eastgate", "Northfield", "Weir Street", "Dunmore Road", "Mill Lane", "Quay Street",
          "the Alder valley", "Riverside Walk", "Market Square", "Westbrook", "Saltmarsh", "Copper Hill"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FOOTER = ("<footer>\n  <p>The Riverside Courier is an independent local newspaper serving Harbourton and the Alder "
          "valley since 1891.</p>\n  <p>&copy; 2024 Riverside Courier Media Ltd. All rights reserved.</p>\n</footer>")
COOKIES = ('<div class="cookie-banner"><p>We use cookies to improve your experience on The Riverside Courier. '
           "By continuing to browse you agree to our cookie policy.</p><button>Accept all cookies</button></div>")


# --------------------------------------------------------------------------- the synthetic site

def sample_sentences() -> list[str]:
    """Sentences of the article paragraphs of samples/site (furniture lines left out)."""
    sentences: list[str] = []
    for path in sorted(ARTICLES.glob("*.html")):
        text = path.read_text(encoding="utf-8")
        article = text[text.find("<article>"):text.find("</article>")]
        for para in re.findall(r"<p>(.*?)</p>", article, flags=re.S):
            plain = html.unescape(re.sub(r"<[^>]+>", "", para)).strip()
            sentences += [s for s in re.split(r"(?<=[.!?”])\s+(?=[A-Z“])", plain) if len(s.split()) >= 6]
    return list(dict.fromkeys(sentences))


class ArticleMaker:
    """Builds article pages from sample sentences, varied per page by a seeded random generator."""

    def __init__(self, sentences: list[str]) -> None:
        self.sentences = sentences
        words = {w for s in sentences for w in re.findall(r"\b[a-z]{5,}\b", s)}
        self.vocabulary = sorted(words)

    def sentence(self, rng: random.Random) -> str:
        """A sample sentence with its numbers changed and about one word in six replaced or added."""
        out = []
        for word in rng.choice(self.sentences).split():
            if any(ch.isdigit() for ch in word):
                word = re.sub(r"\d+", lambda m: str(rng.randint(1, 10 ** len(m.group()))), word)
            roll = rng.random()
            if roll < 0.08:
                word = rng.choice(self.vocabulary)
            elif roll < 0.16:
                out.append(rng.choice(self.vocabulary))
            out.append(word)
        return " ".join(out)

    def paragraph(self, rng: random.Random) -> str:
        text = " ".join(self.sentence(rng) for _ in range(rng.randint(2, 3)))
        if rng.random() < 0.5:
            person = f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"
            text += f" {person} said on {rng.choice(WEEKDAYS)} that {rng.randint(2, 900)} people in " \
                    f"{rng.choice(PLACES)} were affected."
        return text

    def page(self, number: int, related: list[tuple[str, str]]) -> tuple[str, str]:
        """(title, HTML) of article ``number``; ``related`` are (url path, title) links."""
        rng = random.Random(number)
        words = self.sentence(rng).rstrip(".").split()[: rng.randint(6, 10)]
        title = " ".join(words)[:1].upper() + " ".join(words)[1:] + f" in {rng.choice(PLACES)}"
        author = f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"
        paragraphs = [self.paragraph(rng) for _ in range(rng.randint(5, 10))]
        repeated = rng.randrange(len(paragraphs))
        paragraphs.insert(repeated + 2, paragraphs[repeated])  # the same paragraph printed twice
        body = "\n".join(f"  <p>{html.escape(p)}</p>" for p in paragraphs)
        links = "\n".join(f'    <li><a href="{path}">{html.escape(t)}</a></li>' for path, t in related)
        day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{html.escape(title)} | The Riverside Courier</title>
<meta name="author" content="{author}">
<meta property="og:title" content="{html.escape(title)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{day}T08:00:00+01:00">
</head>
<body>
{COOKIES}
<header class="masthead"><nav><a href="/">Home</a> <a href="/category/city/">City</a></nav></header>
<main>
<article>
  <h1>{html.escape(title)}</h1>
  <p class="byline">By <span class="author">{author}</span>, <time datetime="{day}">{day}</time></p>
  <p class="standfirst">{html.escape(title)} | The Riverside Courier</p>
{body}
  <p class="share">Share this article: <a href="https://www.facebook.com/sharer/sharer.php">Facebook</a></p>
  <p class="subscribe">Subscribe to our morning newsletter for the day&rsquo;s top stories from Harbourton.</p>
  <p class="related-heading">Related news</p>
  <ul class="related">
{links}
  </ul>
</article>
</main>
{FOOTER}
</body>
</html>
"""
        return title, page


def build_site(root: Path, count: int) -> int:
    """Write ``count`` articles, robots.txt and the sitemaps under root; return the bytes of HTML written."""
    maker = ArticleMaker(sample_sentences())
    paths = [f"/news/{1 + i // 1000:03d}/story-{i:06d}.html" for i in range(count)]
    titles: list[str] = []
    size = 0
    for i, path in enumerate(paths):
        related = [(paths[j], titles[j]) for j in range(max(0, i - 3), i)]
        title, page = maker.page(i, related)
        titles.append(title)
        target = root / path.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        data = page.encode("utf-8")
        target.write_bytes(data)
        size += len(data)
    (root / "sitemaps").mkdir()
    index = []
    for k in range(0, count, SITEMAP_MAX_URLS):
        name = f"sitemaps/articles-{k // SITEMAP_MAX_URLS + 1}.xml"
        urls = "\n".join(f"  <url><loc>{{{{BASE}}}}{p}</loc></url>" for p in paths[k:k + SITEMAP_MAX_URLS])
        (root / name).write_text('<?xml version="1.0" encoding="UTF-8"?>\n'
                                 '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                                 f"{urls}\n</urlset>\n", encoding="utf-8")
        index.append(f"  <sitemap><loc>{{{{BASE}}}}/{name}</loc></sitemap>")
    (root / "sitemap.xml").write_text('<?xml version="1.0" encoding="UTF-8"?>\n'
                                      '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                                      + "\n".join(index) + "\n</sitemapindex>\n", encoding="utf-8")
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n\nSitemap: {{BASE}}/sitemap.xml\n",
                                     encoding="utf-8")
    return size


def write_config(directory: Path, base_url: str, pages: int, concurrency: int) -> Path:
    """The crawl config of one run: no delay, ``concurrency`` in flight, output and state in ``directory``."""
    path = directory / "crawl.toml"
    path.write_text(f"""[sources.synthetic]
sitemaps = ["{base_url}/sitemap.xml"]

[fetch]
min_delay_s = 0.0
max_per_host = {concurrency}
max_concurrency = {concurrency}
connect_timeout_s = 10.0
read_timeout_s = 20.0

[output]
dir = "out"

[state]
dir = "state"

[crawl]
max_pages = {pages}
""", encoding="utf-8")
    return path


# --------------------------------------------------------------------------- the crawl subprocess

@dataclass(frozen=True)
class CrawlResult:
    """What the crawl subprocess reports at exit (memory in KiB, as ru_maxrss gives it on Linux)."""

    seconds: float
    discovered: int
    fetched: int
    written: int
    near_duplicates: int
    failed: dict[str, int]
    shards: int
    crawl_maxrss_kib: int
    worker_maxrss_kib: int
    crawl_cpu_s: float
    workers_cpu_s: float


def run_crawl(config_path: Path, result_path: Path) -> None:
    """Child process: one Crawl run, then its summary and rusage as JSON."""
    import logging

    from scraper.config import load_config
    from scraper.crawl import Crawl

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    started = time.monotonic()
    summary = Crawl(load_config(config_path)).run()
    elapsed = time.monotonic() - started
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)  # the pool is joined when run() returns
    result = CrawlResult(
        seconds=elapsed,
        discovered=summary.discovered,
        fetched=summary.fetched,
        written=summary.written,
        near_duplicates=summary.near_duplicates,
        failed=dict(summary.failed),
        shards=len(summary.shards),
        crawl_maxrss_kib=own.ru_maxrss,
        worker_maxrss_kib=workers.ru_maxrss,
        crawl_cpu_s=own.ru_utime + own.ru_stime,
        workers_cpu_s=workers.ru_utime + workers.ru_stime,
    )
    result_path.write_text(json.dumps(asdict(result)), encoding="utf-8")
    print("\n".join(summary.lines()))


# --------------------------------------------------------------------------- measuring from outside

def _status_kib(pid: int, key: str) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith(key):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _pss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _descendants(pid: int) -> list[int]:
    """Every process whose parent chain leads to ``pid`` (the cleaning workers)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                    parents[int(entry)] = int(handle.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
    found, frontier = [], [pid]
    while frontier:
        parent = frontier.pop()
        children = [child for child, ppid in parents.items() if ppid == parent]
        found += children
        frontier += children
    return found


@dataclass
class Samples:
    """RSS/PSS samples of a crawl process and its workers over time."""

    times: list[float] = field(default_factory=list)
    crawl_rss_kib: list[int] = field(default_factory=list)
    total_pss_kib: list[int] = field(default_factory=list)
    max_workers: int = 0

    def take(self, pid: int, at: float) -> None:
        workers = _descendants(pid)
        self.max_workers = max(self.max_workers, len(workers))
        self.times.append(at)
        self.crawl_rss_kib.append(_status_kib(pid, "VmRSS:"))
        self.total_pss_kib.append(_pss_kib(pid) + sum(_pss_kib(w) for w in workers))

    def crawl_rss_at(self, fraction: float) -> float:
        """The crawl process's RSS (MiB) at a fraction of the run's duration."""
        if not self.times:
            return 0.0
        moment = self.times[-1] * fraction
        i = min(range(len(self.times)), key=lambda k: abs(self.times[k] - moment))
        return self.crawl_rss_kib[i] / 1024


def measure(size: int, args: argparse.Namespace, workdir: Path) -> tuple[CrawlResult, Samples]:
    """Build, serve and crawl one site of ``size`` articles; return the child's result plus samples."""
    sys.path.insert(0, str(BENCH))
    from fetch_speed import ServerProcess  # the same servers as the fetch bench

    site = workdir / "site"
    site.mkdir(parents=True)
    started = time.monotonic()
    html_bytes = build_site(site, size)
    print(f"  site: {size} articles, {html_bytes / size / 1024:.1f} kB each, "
          f"{-(-size // SITEMAP_MAX_URLS)} sitemap file(s), built in {time.monotonic() - started:.0f}s", flush=True)
    with ServerProcess(args.server, site) as base_url:
        config = write_config(workdir, base_url, size, args.concurrency)
        result_path = workdir / "result.json"
        samples = Samples()
        with open(workdir / "crawl.log", "wb") as log:
            started = time.monotonic()
            proc = subprocess.Popen(
                [sys.executable, __file__, "--run-crawl", str(config), str(result_path)],
                stdout=log, stderr=subprocess.STDOUT, cwd=ROOT,
            )
            last_beat = started
            while proc.poll() is None:
                now = time.monotonic()
                samples.take(proc.pid, now - started)
                if now - last_beat >= HEARTBEAT_S:
                    last_beat = now
                    print(f"  ... {now - started:.0f}s, crawl RSS {samples.crawl_rss_kib[-1] / 1024:.0f} MiB, "
                          f"total PSS {samples.total_pss_kib[-1] / 1024:.0f} MiB", flush=True)
                time.sleep(SAMPLE_EVERY_S)
    if proc.returncode != 0 or not result_path.exists():
        tail = (workdir / "crawl.log").read_text(encoding="utf-8", errors="replace")[-3000:]
        raise SystemExit(f"crawl of {size} pages failed (exit {proc.returncode}):\n{tail}")
    return CrawlResult(**json.loads(result_path.read_text(encoding="utf-8"))), samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="2000,20000", help="comma-separated article counts (default 2000,20000)")
    parser.add_argument("--server", choices=["fast", "sample"], default="fast")
    parser.add_argument("--concurrency", type=int, default=32, help="max_per_host = max_concurrency (default 32)")
    parser.add_argument("--keep", type=Path, help="keep each run's site, state and output under this directory")
    parser.add_argument("--run-crawl", nargs=2, type=Path, metavar=("CONFIG", "RESULT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run_crawl:
        run_crawl(*args.run_crawl)
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    cores = os.cpu_count() or 1
    print(f"crawl memory: {cores} cores shared by the server process, the crawl process and {cores} cleaning "
          f"workers; {args.concurrency} requests in flight, min_delay_s 0, server: {args.server}")
    results: list[tuple[CrawlResult, Samples]] = []
    for size in sizes:
        print(f"\n== {size} pages", flush=True)
        if args.keep:
            workdir = args.keep / f"crawl-{size}"
            shutil.rmtree(workdir, ignore_errors=True)
            workdir.mkdir(parents=True)
            results.append(measure(size, args, workdir))
        else:
            with tempfile.TemporaryDirectory(prefix=f"newsclean-crawl-{size}-") as tmp:
                results.append(measure(size, args, Path(tmp)))
        r, samples = results[-1]
        print(f"  crawl: {r.written} written of {r.discovered} discovered, {r.near_duplicates} near-dups, "
              f"failed {r.failed or 'none'}, {r.shards} shards; CPU: crawl process {r.crawl_cpu_s:.0f}s, "
              f"workers {r.workers_cpu_s:.0f}s ({samples.max_workers} worker processes)")
        print("  crawl process RSS at 25/50/75/100% of the run: "
              + " / ".join(f"{samples.crawl_rss_at(f):.0f}" for f in (0.25, 0.5, 0.75, 1.0)) + " MiB", flush=True)

    print(f"\n{'pages':>7} {'seconds':>8} {'pages/s':>8} | peak MiB: {'crawl':>6} {'worker':>7} {'total PSS':>9}")
    for r, samples in results:
        print(f"{r.fetched:>7} {r.seconds:>8.1f} {r.fetched / r.seconds:>8.1f} |           "
              f"{r.crawl_maxrss_kib / 1024:>6.0f} {r.worker_maxrss_kib / 1024:>7.0f} "
              f"{max(samples.total_pss_kib, default=0) / 1024:>9.0f}")
    if len(results) >= 2:
        (first, first_samples), (last, last_samples) = results[0], results[-1]
        ratio = last.crawl_maxrss_kib / first.crawl_maxrss_kib
        worker_ratio = last.worker_maxrss_kib / first.worker_maxrss_kib
        pss_ratio = max(last_samples.total_pss_kib, default=0) / max(max(first_samples.total_pss_kib, default=1), 1)
        verdict = "within" if ratio <= TARGET_RATIO else "OVER"
        print(f"\npeak RSS ratio {sizes[-1]}/{sizes[0]}: crawl process {ratio:.2f}x ({verdict} the {TARGET_RATIO}x "
              f"target), largest worker {worker_ratio:.2f}x, total PSS {pss_ratio:.2f}x")


if __name__ == "__main__":
    main()
