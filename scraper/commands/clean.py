"""``newsclean clean PATH...``: clean local HTML, text or JSONL files (``-`` reads stdin)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cleaners.config import CleanConfig
from scraper.batch import BatchWriter
from scraper.dedup_index import batch_index
from scraper.inputs import InputFailure, read_inputs
from scraper.local_batch import clean_inputs
from scraper.output import output_stream
from scraper.processing import CleanFailure
from scraper.progress import WorkProgress
from scraper.render import RecordWriter


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("clean", help="clean local HTML, text or JSONL files", description=__doc__)
    p.add_argument(
        "paths", nargs="+", metavar="PATH", help=".html/.htm, .txt, .jsonl or .jsonl.gz files; - reads stdin"
    )
    p.add_argument("--format", choices=["text", "jsonl"], default="text", help="output format (default: text)")
    p.add_argument("-o", "--output", type=Path, help="write here (atomically) instead of stdout")
    p.add_argument("--title", help="title of .txt inputs (default: their first line)")
    p.add_argument(
        "--dedup", action="store_true", help="drop documents that near-duplicate an earlier one of the batch"
    )
    p.add_argument(
        "--workers", type=int, metavar="N", help="cleaning processes for large batches (default: one per core)"
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    config = CleanConfig()
    failed = cleaned = 0
    with (
        batch_index(args.dedup, config) as index,
        output_stream(args.output) as output,
        WorkProgress("clean", lazy=True) as progress,
    ):
        batch = BatchWriter(RecordWriter(output.stream, args.format), index, config)
        for item, outcome in clean_inputs(read_inputs(args.paths, title=args.title), config, workers=args.workers):
            if isinstance(item, InputFailure):
                message = item.message
            elif isinstance(outcome, CleanFailure):
                message = outcome.message
            else:
                assert outcome is not None
                batch.add(outcome, source=item.where)
                progress.advance("cleaned")
                cleaned += 1
                continue
            failed += 1
            progress.advance("failed")
            print(f"newsclean: {item.where}: {message}", file=sys.stderr)
        batch.finish()
        if failed and not cleaned:
            output.discard()  # every input failed: an existing -o file keeps what it had
    return 1 if failed else 0
