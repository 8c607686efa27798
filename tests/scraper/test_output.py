"""Command output: -o written whole (or left alone when discarded), stdout otherwise."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from scraper.output import output_stream


def test_a_file_is_replaced_when_the_block_ends(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_bytes(b"old\n")
    with output_stream(target) as output:
        output.stream.write(b"new\n")
        assert target.read_bytes() == b"old\n"  # readers see the old file until the end
    assert target.read_bytes() == b"new\n"
    assert list(tmp_path.iterdir()) == [target]


def test_a_discarded_output_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_bytes(b"old\n")
    with output_stream(target) as output:
        output.discard()
    assert target.read_bytes() == b"old\n"
    assert list(tmp_path.iterdir()) == [target]


def test_closed_stdout_is_an_os_error_with_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", None)  # what Python makes of `newsclean ... >&-`
    with pytest.raises(OSError, match="stdout is closed"), output_stream(None):
        pass
