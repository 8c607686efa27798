"""``newsclean clean PATH...``: clean local HTML, text or JSONL files (``-`` reads stdin)."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from cleaners.clean import clean_text
from cleaners.config import CleanConfig
from cleaners.document import Document
from cleaners.errors import CleanerError
from cleaners.extract import extract_document
from cleaners.pipeline import Pipeline, default_pipeline
from scraper.batch import BatchWriter
from scraper.dedup_index import batch_index
from scraper.inputs import InputFailure, InputItem, read_inputs
from scraper.output import output_stream
from scraper.render import RecordWriter


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("clean", help="clean local HTML, text or JSONL files", description=__doc__)
    p.add_argument("paths", nargs="+", metavar="PATH", help=".html/.htm, .txt or .jsonl files; - reads stdin")
    p.add_argument("--format", choices=["text", "jsonl"], default="text", help="output format (default: text)")
    p.add_argument("-o", "--output", type=Path, help="write here (atomically) instead of stdout")
    p.add_argument("--title", help="title of .txt inputs (default: their first line)")
    p.add_argument(
        "--dedup", action="store_true", help="drop documents that near-duplicate an earlier one of the batch"
    )
    p.set_defaults(run=run)


def clean_item(item: InputItem, config: CleanConfig, pipeline: Pipeline) -> Document:
    """Extract (HTML) or split (text), then clean one input."""
    if item.kind == "html":
        doc = extract_document(item.content, url=item.url, doc_id=item.doc_id, config=config.extract)
        if item.title:  # a title given with the record wins over the page's
            doc = replace(doc, title=item.title)
        return pipeline.run(doc)
    return clean_text(
        item.content, doc_id=item.doc_id, title=item.title, url=item.url, config=config, pipeline=pipeline
    )


def run(args: argparse.Namespace) -> int:
    config = CleanConfig()
    pipeline = default_pipeline(config)
    failed = 0
    with batch_index(args.dedup, config) as index, output_stream(args.output) as stream:
        batch = BatchWriter(RecordWriter(stream, args.format), index, config)
        for item in read_inputs(args.paths, title=args.title):
            if isinstance(item, InputFailure):
                failed += 1
                print(f"newsclean: {item.where}: {item.message}", file=sys.stderr)
                continue
            try:
                doc = clean_item(item, config, pipeline)
            except CleanerError as exc:
                failed += 1
                print(f"newsclean: {item.where}: {exc}", file=sys.stderr)
                continue
            batch.add(doc, source=item.where)
        batch.finish()
    return 1 if failed else 0
