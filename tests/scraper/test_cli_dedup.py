"""`newsclean dedup`: first seen wins, --mark, a persistent --index, the shared Redis index, bad input."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from scraper.cli import main


def corpus(samples_dir: Path, tmp_path: Path, *names: str) -> Path:
    """A JSONL corpus of records (id, text) made from samples/batch texts."""
    path = tmp_path / ("-".join(names) + ".jsonl")
    with path.open("w", encoding="utf-8") as out:
        for name in names:
            text = (samples_dir / "batch" / f"{name}.txt").read_text(encoding="utf-8")
            title, _, body = text.partition("\n\n")
            out.write(json.dumps({"id": name, "title": title, "text": body, "source": "test"}) + "\n")
    return path


def read(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_later_copies_are_dropped_and_other_fields_kept(samples_dir: Path, tmp_path: Path) -> None:
    src = corpus(samples_dir, tmp_path, "allotment-prize", "harbour-ferry", "allotment-prize-copy")
    out = tmp_path / "out.jsonl"
    assert main(["dedup", str(src), "-o", str(out)]) == 0
    kept = read(out)
    assert [r["id"] for r in kept] == ["allotment-prize", "harbour-ferry"]
    assert kept[0]["source"] == "test" and kept[0]["title"] == "Allotment society wins national prize for community orchard"


def test_mark_keeps_the_copy_with_dup_of(samples_dir: Path, tmp_path: Path) -> None:
    src = corpus(samples_dir, tmp_path, "allotment-prize", "allotment-prize-copy")
    out = tmp_path / "out.jsonl"
    assert main(["dedup", "--mark", str(src), "-o", str(out)]) == 0
    assert [(r["id"], r.get("dup_of")) for r in read(out)] == [
        ("allotment-prize", None),
        ("allotment-prize-copy", "allotment-prize"),
    ]


def test_a_persistent_index_remembers_earlier_runs(samples_dir: Path, tmp_path: Path) -> None:
    index = tmp_path / "index"
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    assert main(["dedup", str(corpus(samples_dir, tmp_path, "allotment-prize")), "--index", str(index), "-o", str(first)]) == 0
    later = corpus(samples_dir, tmp_path, "allotment-prize-copy", "harbour-ferry")
    assert main(["dedup", str(later), "--index", str(index), "-o", str(second)]) == 0
    assert [r["id"] for r in read(second)] == ["harbour-ferry"]


def test_the_redis_index_gives_the_same_decisions(samples_dir: Path, tmp_path: Path, redis_server: tuple[str, int]) -> None:
    host, port = redis_server
    src = corpus(samples_dir, tmp_path, "allotment-prize", "harbour-ferry", "allotment-prize-copy")
    embedded, shared = tmp_path / "embedded.jsonl", tmp_path / "shared.jsonl"
    assert main(["dedup", "--mark", str(src), "-o", str(embedded)]) == 0
    assert main(["dedup", "--mark", str(src), "--redis", f"redis://{host}:{port}/clitest", "-o", str(shared)]) == 0
    assert read(embedded) == read(shared)


def test_bad_lines_are_reported_and_good_records_written(
    samples_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = corpus(samples_dir, tmp_path, "harbour-ferry")
    with src.open("a", encoding="utf-8") as out:
        out.write("{not json\n" + json.dumps({"text": "no id"}) + "\n")
    dst = tmp_path / "out.jsonl"
    assert main(["dedup", str(src), "-o", str(dst)]) == 1
    assert [r["id"] for r in read(dst)] == ["harbour-ferry"]
    err = capsys.readouterr().err.splitlines()
    assert len([line for line in err if line.startswith("newsclean: ")]) == 2
    assert all(f"{src}:" in line for line in err if line.startswith("newsclean: "))


def test_threshold_out_of_range_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["dedup", "--threshold", "1.5", str(tmp_path / "x.jsonl")]) == 2
    assert capsys.readouterr().err == "newsclean: --threshold must be in (0, 1]\n"


def test_an_index_in_use_is_refused_with_exit_3(
    samples_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from cleaners.corpus_dedup import CorpusIndex

    index = tmp_path / "index"
    src = corpus(samples_dir, tmp_path, "harbour-ferry")
    with CorpusIndex.open_embedded(index):  # e.g. tonight's crawl, still running
        assert main(["dedup", str(src), "--index", str(index), "-o", str(tmp_path / "out.jsonl")]) == 3
    assert capsys.readouterr().err == f"newsclean: {index}: the dedup index is in use by another newsclean process\n"
    assert not (tmp_path / "out.jsonl").exists()
    assert main(["dedup", str(src), "--index", str(index), "-o", str(tmp_path / "out.jsonl")]) == 0


def test_the_same_record_twice_is_kept_once(samples_dir: Path, tmp_path: Path) -> None:
    src = corpus(samples_dir, tmp_path, "harbour-ferry")
    out = tmp_path / "out.jsonl"
    assert main(["dedup", str(src), str(src), "-o", str(out)]) == 0
    assert [r["id"] for r in read(out)] == ["harbour-ferry"]


def test_records_already_in_the_index_are_not_written_again(samples_dir: Path, tmp_path: Path) -> None:
    index, src = tmp_path / "index", corpus(samples_dir, tmp_path, "harbour-ferry", "allotment-prize")
    assert main(["dedup", str(src), "--index", str(index), "-o", str(tmp_path / "first.jsonl")]) == 0
    assert main(["dedup", str(src), "--index", str(index), "-o", str(tmp_path / "again.jsonl")]) == 0
    assert read(tmp_path / "again.jsonl") == []


def test_the_crawls_gzip_shards_are_read(samples_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = corpus(samples_dir, tmp_path, "allotment-prize", "harbour-ferry", "allotment-prize-copy")
    shard = tmp_path / "20240101T000000Z-00001.jsonl.gz"
    shard.write_bytes(gzip.compress(src.read_bytes()))
    unnamed = tmp_path / "also-gzip.jsonl"  # compressed but not named so: told by its magic bytes
    unnamed.write_bytes(shard.read_bytes())
    out = tmp_path / "out.jsonl"
    assert main(["dedup", str(shard), str(unnamed), "-o", str(out)]) == 0
    assert capsys.readouterr().err == ""
    assert [r["id"] for r in read(out)] == ["allotment-prize", "harbour-ferry"]


def test_bad_records_say_what_is_wrong_in_one_line_each(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "bad.jsonl"
    src.write_text(
        '[1, 2]\nnull\n{"id": "a"}\n{"text": "no id"}\n{"id": "b", "text": 5}\n{not json\n', encoding="utf-8"
    )
    assert main(["dedup", str(src)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[:5] == [
        f"newsclean: {src}:1: not a JSON object",
        f"newsclean: {src}:2: not a JSON object",
        f"newsclean: {src}:3: missing 'text'",
        f"newsclean: {src}:4: missing 'id'",
        f"newsclean: {src}:5: 'text' must be a string",
    ]
    assert err[5].startswith(f"newsclean: {src}:6: not JSON (") and len(err) == 6


def test_a_binary_input_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "report.jsonl"
    src.write_bytes(b"%PDF-1.7\n" + b"1 0 obj\n<< >>\nendobj\n" * 20)
    assert main(["dedup", str(src)]) == 1
    assert capsys.readouterr().err == f"newsclean: {src}: not JSONL (a PDF)\n"


def test_an_output_file_is_left_alone_when_no_input_can_be_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    keep = tmp_path / "keep.jsonl"
    keep.write_text('{"id": "precious", "text": "kept"}\n', encoding="utf-8")
    missing = tmp_path / "missing.jsonl"
    assert main(["dedup", str(missing), "-o", str(keep)]) == 1
    assert capsys.readouterr().err == f"newsclean: {missing}: no such file\n"
    assert keep.read_text(encoding="utf-8") == '{"id": "precious", "text": "kept"}\n'
    assert list(tmp_path.iterdir()) == [keep]
