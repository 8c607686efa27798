"""Fetch throughput on 127.0.0.1: a bare httpx loop, newsclean's Fetcher, and Fetcher + CleaningPool.

    python bench/fetch_speed.py [--server both|sample|fast] [--concurrency 1,4,16,64]
                                [--pages 600] [--clean-pages 120] [--shared ../shared]

The ten articles of samples/site (about 4 kB each, ~2-4 ms to clean) are copied
to --pages files in a temporary directory (the articles repeated under many
URLs); with --shared, the 154 real pages of shared/bench/extraction (~230 kB,
~25 ms of one core to clean) are used instead. The files are served from a separate
process, so the client's event loop and the server do not share a GIL (they
do share the machine's cores). Two servers:

    sample  scraper.sample_site.SampleSite: the stdlib ThreadingHTTPServer that
            `make demo` uses; HTTP/1.0, a new connection and thread per request
    fast    an asyncio HTTP/1.1 server started by this script: bodies held in
            memory, keep-alive connections

At each concurrency (requests in flight) three clients fetch the same URLs:

    (a) httpx     bare httpx.AsyncClient, a semaphore-bounded gather (baseline)
    (b) fetch     Fetcher.fetch_many: FetchConfig(min_delay_s=0, respect_robots=True,
                  max_per_host=c, max_concurrency=c); robots.txt, throttle, body checks
    (c) clean     Fetcher + CleaningPool (a process per core): each page is fetched,
                  then extracted and cleaned; fewer pages (--clean-pages)

Every client is warmed up first (connections, robots.txt, worker imports), then
timed over its URLs. Takes about a minute on a 2-core machine (SampleSite at 64
in flight is the slow part: its listen backlog of 5 overflows, and dropped
connections wait for SYN retransmits).
"""
from __future__ import annotations

import argparse
import asyncio
import gzip
import mimetypes
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from cleaners.config import CleanConfig
from cleaners.extract import document_id
from scraper.errors import FetchError
from scraper.fetch import Fetcher
from scraper.fetch_config import FetchConfig
from scraper.processing import CleanFailure, CleaningPool

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "samples/site/articles"
WARMUP = 16
SERVERS = {
    "sample": "scraper.sample_site.SampleSite (stdlib ThreadingHTTPServer, HTTP/1.1 keep-alive, a thread "
              "per connection)",
    "fast": "asyncio HTTP/1.1 keep-alive server of this script (bodies in memory)",
}
ROBOTS = "User-agent: *\nDisallow: /private/\n\nSitemap: {{BASE}}/sitemap.xml\n"


# --------------------------------------------------------------------------- servers (child process)

async def serve_fast(root: Path) -> None:
    """Serve every file under root from memory over keep-alive HTTP/1.1; print the base URL."""
    responses: dict[bytes, bytes] = {}
    not_found = b"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nContent-Length: 9\r\n\r\nnot found"

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                request = await reader.readline()
                if not request:
                    break
                keep_alive = not request.rstrip().endswith(b"HTTP/1.0")
                while True:
                    header = await reader.readline()
                    if header in (b"\r\n", b"\n", b""):
                        break
                    lower = header.lower()
                    if lower.startswith(b"connection:"):
                        keep_alive = b"close" not in lower
                parts = request.split()
                path = parts[1].split(b"?", 1)[0] if len(parts) > 1 else b"/"
                writer.write(responses.get(path, not_found))
                await writer.drain()
                if not keep_alive:
                    break
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=1024)
    base = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    for path in root.rglob("*"):
        if not path.is_file():
            continue
        body = path.read_bytes()
        if path.suffix in (".xml", ".txt"):
            body = body.replace(b"{{BASE}}", base.encode())
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        head = f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
        responses[b"/" + path.relative_to(root).as_posix().encode()] = head.encode() + body
    print(base, flush=True)
    async with server:
        await server.serve_forever()


def serve(kind: str, root: Path) -> None:
    """Child process: run one server until terminated."""
    if kind == "fast":
        asyncio.run(serve_fast(root))
        return
    import threading

    from scraper.sample_site import SampleSite

    with SampleSite(root) as site:
        print(site.base_url, flush=True)
        threading.Event().wait()


class ServerProcess:
    """``with ServerProcess(kind, root) as base_url``: this script re-run with --serve, stopped afterwards."""

    def __init__(self, kind: str, root: Path) -> None:
        self.kind, self.root = kind, root
        self.proc: subprocess.Popen[str] | None = None

    def __enter__(self) -> str:
        self.proc = subprocess.Popen(
            [sys.executable, __file__, "--serve", self.kind, str(self.root)], stdout=subprocess.PIPE, text=True,
            cwd=ROOT,
        )
        assert self.proc.stdout is not None
        base = self.proc.stdout.readline().strip()
        if not base.startswith("http://"):
            raise RuntimeError(f"{self.kind} server did not start")
        return base

    def __exit__(self, *exc: object) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(timeout=10)


# --------------------------------------------------------------------------- clients

def page_bodies(shared: Path | None) -> list[bytes]:
    """The HTML to serve: samples/site articles, or the extraction bench pages of ``shared``."""
    if shared is None:
        return [p.read_bytes() for p in sorted(ARTICLES.glob("*.html"))]
    return [gzip.decompress(p.read_bytes()) for p in sorted((shared / "bench/extraction/pages").glob("*.html.gz"))]


def build_site(directory: Path, count: int, bodies: list[bytes]) -> list[str]:
    """Write the bodies to ``count`` paths (cycling); return the paths."""
    (directory / "articles").mkdir(parents=True)
    (directory / "robots.txt").write_text(ROBOTS, encoding="utf-8")
    paths = []
    for i in range(count):
        path = f"/articles/p{i:05d}.html"
        (directory / path.lstrip("/")).write_bytes(bodies[i % len(bodies)])
        paths.append(path)
    return paths


@dataclass(frozen=True)
class Run:
    """One timed run: wall and client-process CPU seconds, pages asked for, and the failures."""

    wall_s: float
    cpu_s: float
    pages: int
    failures: Counter[str]

    @property
    def rate(self) -> float:
        return self.pages / self.wall_s


Client = Callable[[list[str], list[str], int], Coroutine[Any, Any, Run]]


async def timed(urls: list[str], one: Callable[[str], Awaitable[str | None]]) -> Run:
    """Run ``one`` (which returns a failure reason or None) on every URL at once; time it."""
    wall, cpu = time.perf_counter(), time.process_time()
    outcomes = await asyncio.gather(*(one(url) for url in urls))
    return Run(time.perf_counter() - wall, time.process_time() - cpu, len(urls), Counter(o for o in outcomes if o))


async def bare_httpx(warm: list[str], urls: list[str], concurrency: int) -> Run:
    """(a) The baseline: one AsyncClient, at most ``concurrency`` requests in flight."""
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(limits=limits, timeout=20.0) as client:
        gate = asyncio.Semaphore(concurrency)

        async def one(url: str) -> str | None:
            async with gate:
                try:
                    response = await client.get(url)
                except httpx.HTTPError as exc:
                    return type(exc).__name__
                return None if response.status_code == 200 else f"http_{response.status_code}"

        await timed(warm, one)
        return await timed(urls, one)


def bench_fetch_config(concurrency: int) -> FetchConfig:
    """Politeness on (robots.txt, throttle) but no delay; c requests in flight to the one host."""
    return FetchConfig(min_delay_s=0.0, respect_robots=True, max_per_host=concurrency, max_concurrency=concurrency)


async def newsclean_fetch(warm: list[str], urls: list[str], concurrency: int) -> Run:
    """(b) Fetcher.fetch_many: robots.txt, per-host throttle, type and size checks, charset."""
    async with Fetcher(bench_fetch_config(concurrency)) as fetcher:

        async def many(batch: list[str]) -> Run:
            wall, cpu = time.perf_counter(), time.process_time()
            results = await fetcher.fetch_many(batch)
            failures = Counter(r.reason for r in results if isinstance(r, FetchError))
            return Run(time.perf_counter() - wall, time.process_time() - cpu, len(batch), failures)

        await many(warm)
        return await many(urls)


def fetch_and_clean(pool: CleaningPool) -> Client:
    """(c) Fetch each page with the Fetcher, then extract and clean it in the process pool."""

    async def run(warm: list[str], urls: list[str], concurrency: int) -> Run:
        async with Fetcher(bench_fetch_config(concurrency)) as fetcher:

            async def one(url: str) -> str | None:
                page = await fetcher.fetch(url)
                if isinstance(page, FetchError):
                    return page.reason
                doc = await pool.clean(page.text(), page.final_url, document_id(page.final_url, ""))
                return doc.reason if isinstance(doc, CleanFailure) else None

            await timed(warm, one)
            return await timed(urls, one)

    return run


def bench_server(kind: str, root: Path, paths: list[str], levels: list[int], pages: int, clean_pages: int) -> None:
    """Print one table: the three clients at each concurrency against one server."""
    cores = os.cpu_count() or 1
    with ServerProcess(kind, root) as base, CleaningPool(CleanConfig()) as pool:
        warm = [base + p for p in paths[:WARMUP]]
        raw_urls = [base + p for p in paths[WARMUP:WARMUP + pages]]
        clean_urls = [base + p for p in paths[WARMUP:WARMUP + clean_pages]]
        cleaner = fetch_and_clean(pool)
        # Start the worker processes and load trafilatura and the word tables in each.
        asyncio.run(cleaner(warm[: 2 * cores], [], 1))
        print(f"\n== server: {SERVERS[kind]}\n   {len(raw_urls)} pages per fetch run (a, b), "
              f"{len(clean_urls)} per fetch+clean run (c)")
        print(f"{'in flight':>9} | {'pages/s: (a) httpx':>18} {'(b) fetch':>9} {'(c) clean':>9} "
              f"| {'b/a':>5} {'c/a':>5} | {'ms/page: a':>10} {'b':>5} {'c':>5} "
              f"| {'client CPU: a':>13} {'b':>4} {'c':>4}")
        clients: list[tuple[Client, list[str]]] = [
            (bare_httpx, raw_urls), (newsclean_fetch, raw_urls), (cleaner, clean_urls)
        ]
        problems = []
        for concurrency in levels:
            runs = [asyncio.run(client(warm, urls, concurrency)) for client, urls in clients]
            a, b, c = (run.rate for run in runs)
            busy = [run.cpu_s / run.wall_s for run in runs]
            print(f"{concurrency:>9} | {a:>18.0f} {b:>9.0f} {c:>9.1f} | {b / a:>5.2f} {c / a:>5.2f} "
                  f"| {1000 / a:>10.2f} {1000 / b:>5.2f} {1000 / c:>5.1f} "
                  f"| {busy[0]:>13.0%} {busy[1]:>4.0%} {busy[2]:>4.0%}", flush=True)
            for name, run in zip("abc", runs):
                if run.failures:
                    detail = ", ".join(f"{reason} {n}" for reason, n in run.failures.most_common())
                    problems.append(f"   in flight {concurrency}, ({name}): {sum(run.failures.values())} of "
                                    f"{run.pages} pages failed ({detail})")
        print("\n".join(problems) or "   no failures")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--server", choices=["both", "sample", "fast"], default="both")
    parser.add_argument("--concurrency", default="1,4,16,64", help="comma-separated levels (default 1,4,16,64)")
    parser.add_argument("--pages", type=int, default=600, help="pages per fetch run (a, b)")
    parser.add_argument("--clean-pages", type=int, default=120, help="pages per fetch+clean run (c)")
    parser.add_argument("--shared", type=Path, help="serve ../shared/bench/extraction pages instead of samples/site")
    parser.add_argument("--serve", nargs=2, metavar=("KIND", "ROOT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve[0], Path(args.serve[1]))
        return
    levels = [int(x) for x in args.concurrency.split(",")]
    started = time.perf_counter()
    cores = os.cpu_count() or 1
    print(f"fetch throughput on 127.0.0.1; {cores} cores shared by the server process, the client's event loop "
          f"and ({cores} clean workers in (c)): absolute rates are lower bounds for a remote server")
    print("client CPU = share of one core the benchmark process used while timed; near 100%: the client's single "
          "event loop is the limit, not the server")
    with tempfile.TemporaryDirectory(prefix="newsclean-fetch-bench-") as tmp:
        root = Path(tmp)
        bodies = page_bodies(args.shared)
        size_kb = sum(map(len, bodies)) / len(bodies) / 1024
        print(f"pages: {len(bodies)} distinct HTML files, {size_kb:.0f} kB on average, served under many URLs")
        paths = build_site(root, WARMUP + max(args.pages, args.clean_pages), bodies)
        kinds = ["sample", "fast"] if args.server == "both" else [args.server]
        for kind in kinds:
            bench_server(kind, root, paths, levels, args.pages, args.clean_pages)
    print(f"\ntotal {time.perf_counter() - started:.0f}s")


if __name__ == "__main__":
    main()
