"""`newsclean clean` batches: cross-document decisions and --dedup."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from scraper.cli import main


def records(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[dict[str, object]]]:
    code = main(["clean", "--format", "jsonl", *args])
    return code, [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_a_batch_marks_the_borrowed_teaser_off_topic(capsys: pytest.CaptureFixture[str], samples_dir: Path) -> None:
    batch = samples_dir / "batch"
    code, out = records(capsys, str(batch / "harbour-ferry.txt"), str(batch / "allotment-prize.txt"))
    assert code == 0
    ferry = next(r for r in out if r["id"] == "harbour-ferry")
    assert [r["reason"] for r in ferry["removed"]] == ["off_topic"]  # type: ignore[index]
    assert "allotment society" not in str(ferry["text"])
    orchard = next(r for r in out if r["id"] == "allotment-prize")
    assert "allotment society has won" in str(orchard["text"])


def test_dedup_drops_the_later_copy_of_an_article(capsys: pytest.CaptureFixture[str], samples_dir: Path) -> None:
    batch = samples_dir / "batch"
    code, out = records(capsys, "--dedup", str(batch / "allotment-prize.txt"), str(batch / "allotment-prize-copy.txt"))
    assert code == 0
    assert [r["id"] for r in out] == ["allotment-prize"]


def test_without_dedup_both_copies_are_written(capsys: pytest.CaptureFixture[str], samples_dir: Path) -> None:
    batch = samples_dir / "batch"
    _, out = records(capsys, str(batch / "allotment-prize.txt"), str(batch / "allotment-prize-copy.txt"))
    assert [r["id"] for r in out] == ["allotment-prize", "allotment-prize-copy"]
