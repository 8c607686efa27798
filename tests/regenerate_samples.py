"""Rewrite samples/pages/<case>.expected.txt from the current pipeline (``make samples``).

Review the diff: a changed expectation is a changed cleaning decision.
"""
from __future__ import annotations

import sys
from pathlib import Path

from cleaners.clean import clean_html
from cleaners.records import Record

PAGES = Path(__file__).resolve().parent.parent / "samples" / "pages"


def render(html_path: Path) -> str:
    """The page as ``newsclean clean --format text`` prints it."""
    doc = clean_html(html_path.read_text(encoding="utf-8"), doc_id=html_path.stem)
    return Record.from_document(doc).to_text() + "\n"


def main(pages: Path = PAGES) -> int:
    changed = 0
    for html_path in sorted(pages.glob("*.html")):
        expected = html_path.with_suffix(".expected.txt")
        text = render(html_path)
        if not expected.exists() or expected.read_text(encoding="utf-8") != text:
            expected.write_text(text, encoding="utf-8")
            changed += 1
            print(f"updated {expected.relative_to(pages.parent.parent)}")
    print(f"{changed} expected file(s) changed", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
