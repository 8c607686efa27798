"""``newsclean url URL...``: fetch (robots.txt respected), extract, clean and print."""
from __future__ import annotations

import argparse
import asyncio
import sys
from dataclasses import replace
from pathlib import Path

from cleaners.config import CleanConfig
from cleaners.document import Document
from cleaners.extract import document_id
from scraper.batch import BatchWriter
from scraper.dedup_index import batch_index
from scraper.errors import FetchError
from scraper.fetch import Fetcher
from scraper.fetch_config import FetchConfig
from scraper.output import output_stream
from scraper.page import Page
from scraper.processing import CleanFailure, CleaningPool
from scraper.render import RecordWriter
from scraper.urls import is_http_url


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("url", help="fetch pages and print their clean text", description=__doc__)
    p.add_argument("urls", nargs="+", metavar="URL")
    p.add_argument("--format", choices=["text", "jsonl"], default="text", help="output format (default: text)")
    p.add_argument("-o", "--output", type=Path, help="write here (atomically) instead of stdout")
    p.add_argument("--ignore-robots", action="store_true", help="do not obey robots.txt (only for sites you own)")
    p.add_argument("--user-agent", help="User-Agent header (default: newsclean's own)")
    p.add_argument("--timeout", type=float, metavar="S", help="deadline for one whole request, in seconds")
    p.add_argument("--dedup", action="store_true", help="drop pages that near-duplicate an earlier one of the batch")
    p.set_defaults(run=run)


def fetch_config(args: argparse.Namespace) -> FetchConfig:
    config = FetchConfig(respect_robots=not args.ignore_robots)
    if args.user_agent:
        config = replace(config, user_agent=args.user_agent)
    if args.timeout:
        config = replace(config, total_timeout_s=args.timeout, read_timeout_s=min(config.read_timeout_s, args.timeout))
    return config


async def fetch_and_clean(args: argparse.Namespace) -> int:
    clean_config = CleanConfig()
    # A handful of URLs clean faster in a thread than a process pool starts. The
    # output is opened first, so a bad -o path fails before any fetching.
    workers = 0 if len(args.urls) <= 4 else None
    with (
        CleaningPool(clean_config, workers) as pool,
        batch_index(args.dedup, clean_config) as index,
        output_stream(args.output) as output,
    ):
        async with Fetcher(fetch_config(args)) as fetcher:
            pages = await fetcher.fetch_many(args.urls)

        async def clean(page: Page | FetchError) -> Document | CleanFailure | FetchError:
            if isinstance(page, FetchError):
                return page
            return await pool.clean(page.text(), page.final_url, document_id(page.final_url, ""))

        docs = await asyncio.gather(*(clean(page) for page in pages))
        batch = BatchWriter(RecordWriter(output.stream, args.format), index, clean_config)
        failed = 0
        for url, page, doc in zip(args.urls, pages, docs):
            if isinstance(doc, FetchError):
                print(f"newsclean: {doc} ({doc.reason})", file=sys.stderr)
            elif isinstance(doc, CleanFailure):
                print(f"newsclean: {url}: {doc.message} ({doc.reason})", file=sys.stderr)
            elif isinstance(page, Page):
                batch.add(doc, fetched_at=page.fetched_at.isoformat(), source=url)
                continue
            failed += 1
        batch.finish()
        if failed == len(args.urls):
            output.discard()  # every page failed: an existing -o file keeps what it had
    return 1 if failed else 0


def run(args: argparse.Namespace) -> int:
    bad = [url for url in args.urls if not is_http_url(url)]
    if bad:
        print(f"newsclean: not an http(s) URL: {bad[0]!r}", file=sys.stderr)
        return 2
    if args.timeout is not None and args.timeout <= 0:
        print("newsclean: --timeout must be more than 0", file=sys.stderr)
        return 2
    return asyncio.run(fetch_and_clean(args))
