"""``newsclean dedup FILE.jsonl... -o OUT.jsonl``: drop (or mark) near-duplicate records, first seen wins."""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import orjson

from cleaners.config import CleanConfig
from cleaners.corpus_dedup import DedupParams
from cleaners.document import Document, paragraphs_from
from cleaners.text import split_paragraphs
from scraper.dedup_index import open_index
from scraper.inputs import InputFailure, read_jsonl
from scraper.output import output_stream

log = logging.getLogger(__name__)


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("dedup", help="remove near-duplicate records from JSONL files", description=__doc__)
    p.add_argument(
        "paths", nargs="+", metavar="FILE.jsonl", help="records with at least 'id' and 'text' (.jsonl.gz too)"
    )
    p.add_argument("-o", "--output", type=Path, help="write here (atomically) instead of stdout")
    p.add_argument(
        "--mark", action="store_true", help="keep near-duplicates, with dup_of set, instead of dropping them"
    )
    p.add_argument(
        "--threshold",
        type=float,
        default=CleanConfig().dedup_threshold,
        help="containment of the smaller text in the other above which two records are copies (default: %(default)s)",
    )
    where = p.add_mutually_exclusive_group()
    where.add_argument("--index", type=Path, help="persistent index directory to check against and update")
    where.add_argument(
        "--redis", metavar="URL",
        help="shared index in Redis: redis://[[user]:password@]host[:port][/prefix], rediss:// for TLS",
    )
    p.set_defaults(run=run)


def read_records(paths: list[str], failures: list[str]) -> Iterator[tuple[dict[str, object], Document]]:
    """Each record with the Document the index judges; bad lines and files go to ``failures``."""
    for path in paths:
        for line in read_jsonl(path):
            if isinstance(line, InputFailure):
                failures.append(f"{line.where}: {line.message}")
                continue
            record = line.record
            problem = record_problem(record)
            if problem:
                failures.append(f"{line.where}: {problem}")
                continue
            text = str(record["text"])
            yield record, Document(id=str(record["id"]), paragraphs=paragraphs_from(split_paragraphs(text)))


def record_problem(record: dict[str, object]) -> str | None:
    """Why ``record`` is no newsclean record (it needs an ``id`` and a ``text``), or None."""
    for key, types in (("id", (str, int)), ("text", (str,))):
        value = record.get(key)
        if value is None:
            return f"missing {key!r}"
        if not isinstance(value, types) or isinstance(value, bool):
            return f"{key!r} must be a string"
    return None


def run(args: argparse.Namespace) -> int:
    if not 0.0 < args.threshold <= 1.0:
        print("newsclean: --threshold must be in (0, 1]", file=sys.stderr)
        return 2
    params = DedupParams.from_config(CleanConfig(dedup_threshold=args.threshold))
    failures: list[str] = []
    kept = duplicates = 0
    with tempfile.TemporaryDirectory(prefix="newsclean-dedup-") as scratch:
        path = args.index if args.index else Path(scratch) / "index"
        with (
            open_index(params, path=path, redis_url=args.redis, same_id_is_copy=True) as index,
            output_stream(args.output) as output,
        ):
            for record, doc in read_records(args.paths, failures):
                checked = index.check_and_add(doc)
                if checked.dup_of is None:
                    kept += 1
                else:
                    duplicates += 1
                    if not args.mark:
                        continue
                    record["dup_of"] = checked.dup_of
                output.stream.write(orjson.dumps(record) + b"\n")
            if failures and not kept + duplicates:
                output.discard()  # no input could be read: an existing -o file keeps what it had
        # Leaving the block renames the output into place first, then flushes the
        # index, so the index never remembers a record whose output was lost.
    for failure in failures:
        print(f"newsclean: {failure}", file=sys.stderr)
    action = "marked" if args.mark else "dropped"
    log.info("dedup: %d records kept, %d near-duplicates %s, %d bad", kept, duplicates, action, len(failures))
    return 1 if failures else 0
