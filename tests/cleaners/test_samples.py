"""Every stored page cleans to its expected text (``make samples`` rewrites them; review the diff)."""
from __future__ import annotations

from pathlib import Path

import pytest

from cleaners.clean import clean_html
from cleaners.records import Record
from tests.conftest import SAMPLES

CASES = sorted(p.stem for p in (SAMPLES / "pages").glob("*.html"))


def test_there_are_cases_and_each_has_an_expected_text(samples_dir: Path) -> None:
    pages = samples_dir / "pages"
    assert len(CASES) >= 10
    assert sorted(p.name.removesuffix(".expected.txt") for p in pages.glob("*.expected.txt")) == CASES


@pytest.mark.parametrize("case", CASES)
def test_page_cleans_to_expected_text(samples_dir: Path, case: str) -> None:
    pages = samples_dir / "pages"
    doc = clean_html((pages / f"{case}.html").read_text(encoding="utf-8"), doc_id=case)
    expected = (pages / f"{case}.expected.txt").read_text(encoding="utf-8")
    assert Record.from_document(doc).to_text() + "\n" == expected
