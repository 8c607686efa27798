"""``newsclean crawl CONFIG.toml``: one incremental crawl run (for cron).

Exit codes: 0 done; 1 done, but some pages, configured feeds, sitemaps or
start pages failed, or some source could not be reached (see the summary);
2 bad config or option, or a state folder that cannot be created or written;
3 another run holds the lock; 4 no source could be reached; 130 interrupted.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from scraper.config import load_config
from scraper.crawl import Crawl
from scraper.state import prepare_state_dir

EXIT_SOURCES_UNREACHABLE = 4


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "crawl",
        help="run one incremental crawl of the sites in a config file",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("config", type=Path, metavar="CONFIG.toml")
    p.add_argument(
        "--max-pages", type=int, metavar="N", help="fetch at most N article pages (default: [crawl] max_pages)"
    )
    p.add_argument("--dry-run", action="store_true", help="discover only: print the new article URLs, fetch none")
    p.add_argument("--workers", type=int, metavar="N", help="cleaning processes (default: one per core; 0: in-process)")
    p.set_defaults(run=run, log_level=logging.INFO)


def run(args: argparse.Namespace) -> int:
    if args.max_pages is not None and args.max_pages < 0:
        print("newsclean: --max-pages must be 0 or more", file=sys.stderr)
        return 2
    config = load_config(args.config)
    prepare_state_dir(config.state.dir)
    summary = Crawl(config, max_pages=args.max_pages, dry_run=args.dry_run, workers=args.workers).run()
    report = sys.stderr if args.dry_run else sys.stdout
    print("\n".join(summary.lines()), file=report)
    if summary.sources and summary.sources_unreachable == summary.sources:
        return EXIT_SOURCES_UNREACHABLE
    return 1 if summary.failures or summary.sources_unreachable or summary.inputs_failed else 0
