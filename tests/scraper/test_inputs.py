"""Local inputs: JSONL compressed, with a BOM or in UTF-16 is read; a binary given as JSONL is one line."""
from __future__ import annotations

import codecs
import gzip
import io
import json
import sys
from pathlib import Path

import pytest

from scraper.cli import main
from scraper.inputs import InputFailure, InputItem, read_inputs, read_jsonl

NAMES = ("harbour-ferry", "allotment-prize")


def jsonl(samples_dir: Path) -> bytes:
    """Records (id, title, text) of samples/batch texts, as newsclean writes them."""
    lines = []
    for name in NAMES:
        title, _, body = (samples_dir / "batch" / f"{name}.txt").read_text(encoding="utf-8").partition("\n\n")
        lines.append(json.dumps({"id": name, "title": title, "text": body}) + "\n")
    return "".join(lines).encode("utf-8")


def clean_ids(capsys: pytest.CaptureFixture[str], *paths: Path) -> tuple[int, list[str], str]:
    code = main(["clean", "--format", "jsonl", *map(str, paths)])
    out, err = capsys.readouterr()
    return code, [json.loads(line)["id"] for line in out.splitlines()], err


@pytest.mark.parametrize("name", ["shard.jsonl.gz", "shard.jsonl"])  # by its name, or by its magic bytes
def test_a_gzip_compressed_jsonl_is_read(
    capsys: pytest.CaptureFixture[str], samples_dir: Path, tmp_path: Path, name: str
) -> None:
    shard = tmp_path / name
    shard.write_bytes(gzip.compress(jsonl(samples_dir)))
    assert clean_ids(capsys, shard) == (0, list(NAMES), "")


def test_a_jsonl_shard_without_ids_gets_ids_from_its_name_without_gz(samples_dir: Path, tmp_path: Path) -> None:
    shard = tmp_path / "shard-0001.jsonl.gz"
    shard.write_bytes(gzip.compress(b'{"text": "The ferry runs less often."}\n'))
    (item,) = read_inputs([str(shard)])
    assert isinstance(item, InputItem) and (item.doc_id, item.where) == ("shard-0001-1", f"{shard}:1")


def test_a_cut_short_gzip_keeps_its_records_and_is_one_line(samples_dir: Path, tmp_path: Path) -> None:
    shard = tmp_path / "shard.jsonl.gz"
    whole = gzip.compress(jsonl(samples_dir) * 50)
    shard.write_bytes(whole[:-30])  # the end of the stream and its trailer are missing
    lines = list(read_jsonl(str(shard)))
    *records, failure = lines
    assert records and all(not isinstance(line, InputFailure) for line in records)
    assert failure == InputFailure(str(shard), "gzip data ends early (a cut-short file?)", "unreadable")


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + b"1 0 obj\n<< >>\nendobj\n" * 20, "a PDF"),
        (gzip.compress(b"\x00" * 100), "binary data"),
    ],
    ids=["pdf", "gzip-binary"],
)
def test_a_binary_given_as_jsonl_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, data: bytes, kind: str
) -> None:
    batch = tmp_path / "report.jsonl"
    batch.write_bytes(data)
    assert clean_ids(capsys, batch) == (1, [], f"newsclean: {batch}: not JSONL ({kind})\n")


def test_a_byte_order_mark_keeps_the_first_record_also_in_files_joined_by_cat(
    capsys: pytest.CaptureFixture[str], samples_dir: Path, tmp_path: Path
) -> None:
    batch = tmp_path / "bom.jsonl"
    first, second = jsonl(samples_dir).splitlines(keepends=True)
    batch.write_bytes(codecs.BOM_UTF8 + first + codecs.BOM_UTF8 + second)
    assert clean_ids(capsys, batch) == (0, list(NAMES), "")


def test_utf16_jsonl_is_decoded_as_utf16_text_is(
    capsys: pytest.CaptureFixture[str], samples_dir: Path, tmp_path: Path
) -> None:
    batch = tmp_path / "utf16.jsonl"
    batch.write_bytes(jsonl(samples_dir).decode("utf-8").encode("utf-16"))
    assert clean_ids(capsys, batch) == (0, list(NAMES), "")


def test_a_line_that_is_not_utf8_says_where(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    batch = tmp_path / "latin1.jsonl"
    batch.write_bytes('{"text": "Caf\u00e9"}\n'.encode("latin-1"))
    assert clean_ids(capsys, batch) == (1, [], f"newsclean: {batch}:1: not UTF-8 (byte 0xe9 at column 14)\n")


def test_gzip_jsonl_on_stdin_is_read(
    capsys: pytest.CaptureFixture[str], samples_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(gzip.compress(jsonl(samples_dir)))))
    code = main(["clean", "--format", "jsonl", "-"])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert [json.loads(line)["id"] for line in out.splitlines()] == list(NAMES)
