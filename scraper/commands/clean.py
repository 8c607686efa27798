"""``newsclean clean PATH...`` (placeholder, filled in next)."""
from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("clean", help="clean local HTML, text or JSONL files")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    return 0
