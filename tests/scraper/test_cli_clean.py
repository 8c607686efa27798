"""``newsclean clean`` through ``main([...])``: exit code, stdout, and one stderr line per failure."""
from __future__ import annotations

import io
import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from scraper.cli import main

KEYS = {"id", "url", "title", "author", "date", "language", "text", "removed", "dup_of", "fetched_at", "source"}
SEED_TITLE = "Iraqi Forces Recapture More Territory from ISIS in Anbar"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["clean", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def expected_text(samples_dir: Path, case: str) -> str:
    return (samples_dir / "pages" / f"{case}.expected.txt").read_text(encoding="utf-8")


def test_a_text_file(capsys: pytest.CaptureFixture[str], samples_dir: Path) -> None:
    code, out, err = run(capsys, str(samples_dir / "seed-alqaim.txt"))
    assert (code, err) == (0, "")
    assert out.startswith(f"{SEED_TITLE}\n\n\"The defeat of Daesh today")
    assert out.count(SEED_TITLE) == 1
    assert "Puigdemont" not in out and "Related news" not in out
    assert out.endswith("desert in north of the Euphrates River.\n")


def test_an_html_file_prints_title_and_paragraphs(capsys: pytest.CaptureFixture[str], samples_dir: Path) -> None:
    code, out, err = run(capsys, str(samples_dir / "pages" / "repeated-title.html"))
    assert (code, out, err) == (0, expected_text(samples_dir, "repeated-title"), "")


def test_jsonl_format_is_one_record_a_line(capsys: pytest.CaptureFixture[str], samples_dir: Path) -> None:
    page = samples_dir / "pages" / "share-subscribe.html"
    code, out, err = run(capsys, str(page), "--format", "jsonl")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert set(record) == KEYS
    assert record["id"] == "share-subscribe"
    assert record["title"] == "Wildfire on Alder Ridge contained after five days"
    assert (record["author"], record["date"], record["language"]) == ("Calum Fraser", "2024-05-28", "en")
    assert record["source"] == str(page)
    assert [(r["text"], r["reason"]) for r in record["removed"]] == [
        ("Wildfire on Alder Ridge contained after five days", "repeated_headline"),
        ("Share on Facebook", "boilerplate"),
        ("Subscribe to our newsletter", "boilerplate"),
        ("Share this article on WhatsApp", "boilerplate"),
    ]
    assert "Share" not in record["text"] and "Police Scotland said" in record["text"]


def test_a_jsonl_batch_of_html_and_text_records(
    capsys: pytest.CaptureFixture[str], samples_dir: Path, tmp_path: Path
) -> None:
    html = (samples_dir / "pages" / "clean.html").read_text(encoding="utf-8")
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        json.dumps({"id": "quota", "url": "https://coastalherald.example/quota", "html": html})
        + "\n\n"
        + json.dumps({"title": "Ferry terminal approved", "text": "Ferry terminal approved\n\nThe board voted 7 to 2."})
        + "\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, str(batch), "--format", "jsonl")
    assert (code, err) == (0, "")
    first, second = (json.loads(line) for line in out.splitlines())
    assert (first["id"], first["source"]) == ("quota", f"{batch}:1")
    assert first["url"] == "https://coastalherald.example/quota"
    assert first["title"] == "Fishing fleet welcomes higher mackerel quota for next year"
    assert (second["id"], second["source"]) == ("batch-3", f"{batch}:3")
    assert second["title"] == "Ferry terminal approved"
    assert second["text"] == "The board voted 7 to 2."


def test_stdin(
    capsys: pytest.CaptureFixture[str], samples_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = (samples_dir / "seed-alqaim.txt").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code, out, err = run(capsys, "-", "--format", "jsonl")
    assert (code, err) == (0, "")
    record = json.loads(out)
    assert (record["title"], record["source"]) == (SEED_TITLE, "<stdin>")
    assert "north of the Euphrates River" in record["text"] and "Puigdemont" not in record["text"]


def test_html_on_stdin(
    capsys: pytest.CaptureFixture[str], samples_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = (samples_dir / "pages" / "spanish.html").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert run(capsys, "-") == (0, expected_text(samples_dir, "spanish"), "")


def test_output_file_is_written_and_no_temporary_file_is_left(
    capsys: pytest.CaptureFixture[str], samples_dir: Path, tmp_path: Path
) -> None:
    out_path = tmp_path / "clean.txt"
    code, out, err = run(capsys, str(samples_dir / "pages" / "repeated-title.html"), "-o", str(out_path))
    assert (code, out, err) == (0, "", "")
    assert out_path.read_text(encoding="utf-8") == expected_text(samples_dir, "repeated-title")
    assert [p.name for p in tmp_path.iterdir()] == ["clean.txt"]


def test_output_file_gets_the_usual_permissions(
    capsys: pytest.CaptureFixture[str], samples_dir: Path, tmp_path: Path
) -> None:
    # A result file is for other tools and users too: readable as any new file is (umask), not 0600.
    umask = os.umask(0o022)
    try:
        out_path = tmp_path / "clean.jsonl"
        code, _, _ = run(capsys, str(samples_dir / "pages" / "clean.html"), "-o", str(out_path))
    finally:
        os.umask(umask)
    assert code == 0
    assert oct(out_path.stat().st_mode & 0o777) == oct(0o644)


def test_title_option_names_a_text_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("The board voted seven to two on Monday evening.\n\nWork starts in September.\n", encoding="utf-8")
    code, out, err = run(capsys, str(text), "--title", "Ferry terminal approved")
    assert (code, err) == (0, "")
    assert out == (
        "Ferry terminal approved\n\nThe board voted seven to two on Monday evening.\n\nWork starts in September.\n"
    )


def test_a_missing_file_is_one_line_and_a_failed_input(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "nope.html"
    # An input that cannot be read fails like any other bad input of a batch (exit 1);
    # exit 2 is for the command line and config files.
    assert run(capsys, str(missing)) == (1, "", f"newsclean: {missing}: no such file\n")


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("report.html", "not HTML or text (a PDF)"),
        ("noise.html", "not UTF-8 (byte 0xa2 at offset 3), no charset declared, and no charset makes sense of it"),
        ("empty.html", "empty input"),
    ],
)
def test_a_bad_file_fails_with_one_line(
    capsys: pytest.CaptureFixture[str], samples_dir: Path, name: str, message: str
) -> None:
    path = samples_dir / "pages" / "bad" / name
    assert run(capsys, str(path)) == (1, "", f"newsclean: {path}: {message}\n")


def test_an_unknown_option_is_a_usage_error(capsys: pytest.CaptureFixture[str], samples_dir: Path) -> None:
    code, out, err = run(capsys, str(samples_dir / "seed-alqaim.txt"), "--bogus")
    assert (code, out, err) == (2, "", "newsclean: unrecognized arguments: --bogus\n")


def test_a_bad_jsonl_batch_keeps_its_good_record(capsys: pytest.CaptureFixture[str], samples_dir: Path) -> None:
    batch = samples_dir / "pages" / "bad" / "batch.jsonl"
    code, out, err = run(capsys, str(batch), "--format", "jsonl")
    assert code == 1
    (record,) = (json.loads(line) for line in out.splitlines())
    assert (record["id"], record["source"]) == ("ferry-terminal", f"{batch}:1")
    assert record["text"] == (
        "The Kelmouth harbour authority has approved plans for a second ferry terminal on the east quay, ending a "
        "planning dispute that has run for almost six years.\n\n"
        "Board members voted seven to two in favour on Monday evening."
    )
    lines = err.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"newsclean: {batch}:2: not JSON (")
    assert lines[1] == f"newsclean: {batch}:3: record has neither 'html' nor 'text'"


def test_a_batch_with_one_bad_input_writes_every_good_record(
    capsys: pytest.CaptureFixture[str], samples_dir: Path, tmp_path: Path
) -> None:
    pages = samples_dir / "pages"
    out_path = tmp_path / "out.jsonl"
    code, out, err = run(
        capsys, str(pages / "clean.html"), str(pages / "bad" / "report.html"), str(pages / "short-on-topic.html"),
        "--format", "jsonl", "-o", str(out_path),
    )
    assert (code, out) == (1, "")
    assert err == f"newsclean: {pages / 'bad' / 'report.html'}: not HTML or text (a PDF)\n"
    records = [json.loads(line) for line in out_path.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["clean", "short-on-topic"]
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_a_record_with_a_non_string_title_is_one_line_and_the_rest_is_written(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    batch = tmp_path / "mixed.jsonl"
    good = {"id": "ok", "title": "Harbour ferry timetable cut", "text": "The ferry will run less often.\n\nFuel costs rose."}
    batch.write_text(
        json.dumps({"id": "bad", "title": 5, "text": "x"}) + "\n" + json.dumps(good) + "\n", encoding="utf-8"
    )
    out = tmp_path / "out.jsonl"
    assert main(["clean", "--format", "jsonl", str(batch), "-o", str(out)]) == 1
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == ["ok"]
    assert capsys.readouterr().err == f"newsclean: {batch}:1: 'title' must be a string\n"


def test_files_with_the_same_name_get_distinct_ids(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(f"Title {folder}\n\nBody of story {folder}.", encoding="utf-8")
    assert main(["clean", "--format", "jsonl", str(tmp_path / "a/story.txt"), str(tmp_path / "b/story.txt")]) == 0
    ids = [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()]
    assert ids == ["story", "story~2"]


def test_output_to_a_directory_is_one_line_before_any_work(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["clean", str(tmp_path / "missing.txt"), "-o", str(tmp_path)]) == 2
    assert capsys.readouterr().err == f"newsclean: {tmp_path}: is a directory\n"


def test_a_page_trafilatura_cannot_read_is_one_line_without_its_log(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    batch = tmp_path / "pages.jsonl"
    batch.write_text(json.dumps({"id": "p", "html": "<p>hi</p>"}) + "\n", encoding="utf-8")
    assert main(["clean", str(batch)]) == 1
    assert capsys.readouterr().err == f"newsclean: {batch}:1: no article text found in the page\n"


def test_a_reader_that_goes_away_ends_the_run_quietly(samples_dir: Path) -> None:
    # Far more output than a pipe buffers, so the writer is still writing when the reader leaves.
    pages = sorted(str(p) for p in (samples_dir / "pages").glob("*.html")) * 40
    proc = subprocess.Popen(
        [sys.executable, "-m", "scraper", "clean", "--workers", "0", *pages],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()  # like `| head -1`
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 1
    assert "Traceback" not in err and "Broken pipe" not in err


def test_output_through_a_symlink_writes_its_target_and_keeps_the_link(
    capsys: pytest.CaptureFixture[str], samples_dir: Path, tmp_path: Path
) -> None:
    (tmp_path / "results").mkdir()
    target = tmp_path / "results" / "clean.txt"
    target.write_text("last week's run\n", encoding="utf-8")
    link = tmp_path / "latest.txt"
    link.symlink_to(target)
    assert run(capsys, str(samples_dir / "pages" / "repeated-title.html"), "-o", str(link)) == (0, "", "")
    assert link.is_symlink() and link.resolve() == target
    assert target.read_text(encoding="utf-8") == expected_text(samples_dir, "repeated-title")
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["clean.txt", "latest.txt", "results"]


def test_output_to_a_fifo_writes_into_it_and_leaves_it_a_fifo(
    capsys: pytest.CaptureFixture[str], samples_dir: Path, tmp_path: Path
) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[str] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text(encoding="utf-8")), daemon=True)
    reader.start()
    assert run(capsys, str(samples_dir / "pages" / "repeated-title.html"), "-o", str(fifo)) == (0, "", "")
    reader.join(timeout=30)
    assert received == [expected_text(samples_dir, "repeated-title")]
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert list(tmp_path.iterdir()) == [fifo]


def test_an_output_file_is_left_alone_when_every_input_fails(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    keep = tmp_path / "keep.txt"
    keep.write_text("precious\n", encoding="utf-8")
    missing = tmp_path / "nonexistent.html"
    assert run(capsys, str(missing), "-o", str(keep)) == (1, "", f"newsclean: {missing}: no such file\n")
    assert keep.read_text(encoding="utf-8") == "precious\n"
    assert list(tmp_path.iterdir()) == [keep]


def test_a_text_file_with_a_stray_byte_is_utf8_with_one_warning(tmp_path: Path) -> None:
    # One bad byte must not send the whole file to charset detection (which read it as cp1250: "CafĂŠ").
    before = "Café owners welcome the harbour décision\n\nThe harbour authority ".encode()
    after = "in Kelmouth approved a new ferry terminal. Café owners welcomed the décision.\n".encode()
    text = tmp_path / "harbour.txt"
    text.write_bytes(before + b"\xff\xfe\xc3(" + after)
    proc = subprocess.run(
        [sys.executable, "-m", "scraper", "clean", str(text)], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0
    assert proc.stdout == (
        "Café owners welcome the harbour décision\n\n"
        "The harbour authority \ufffd\ufffd\ufffd(in Kelmouth approved a new ferry terminal. "
        "Café owners welcomed the décision.\n"
    )
    (warning,) = proc.stderr.splitlines()
    assert warning.endswith(f"{text}: 3 bytes not valid UTF-8 (first at offset {len(before)}) replaced with U+FFFD")


def test_a_jsonl_record_with_a_text_of_the_wrong_type_says_so(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text(json.dumps({"id": "n", "text": 123}) + "\n", encoding="utf-8")
    assert run(capsys, str(batch)) == (1, "", f"newsclean: {batch}:1: 'text' must be a string\n")


def test_a_jsonl_record_without_a_title_keeps_all_its_text(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    body = "The harbour authority approved a second ferry terminal on the east quay on Monday."
    batch.write_text(json.dumps({"id": "one", "text": body}) + "\n", encoding="utf-8")
    code, out, err = run(capsys, str(batch), "--format", "jsonl")
    assert (code, err) == (0, "")
    record = json.loads(out)
    assert (record["title"], record["text"]) == ("", body)


def test_stdin_closed_is_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    keep = tmp_path / "keep.txt"
    keep.write_text("precious\n", encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", None)  # what Python makes of `newsclean clean - <&-`
    assert run(capsys, "-", "-o", str(keep)) == (1, "", "newsclean: <stdin>: stdin is closed\n")
    assert keep.read_text(encoding="utf-8") == "precious\n"


def test_stdin_closed_by_the_shell_is_no_traceback() -> None:
    proc = subprocess.run(
        ["sh", "-c", 'exec "$0" -m scraper clean - <&-', sys.executable], capture_output=True, text=True, timeout=60
    )
    assert (proc.returncode, proc.stdout, proc.stderr) == (1, "", "newsclean: <stdin>: stdin is closed\n")


def test_a_plug_printed_under_three_stories_of_the_batch_is_removed(
    capsys: pytest.CaptureFixture[str], samples_dir: Path
) -> None:
    stories = sorted((samples_dir / "recurring").glob("*.txt"))
    code, out, err = run(capsys, *map(str, stories), "--format", "jsonl")
    assert (code, err) == (0, "")
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == len(stories)
    for record in records:
        assert "newsletter" not in record["text"]
        assert [r["reason"] for r in record["removed"] if "newsletter" in r["text"]] == ["boilerplate"]


def test_a_full_disk_names_the_output_file(capsys: pytest.CaptureFixture[str], samples_dir: Path) -> None:
    # /dev/full answers every write with ENOSPC, as a full disk does.
    code, out, err = run(capsys, str(samples_dir / "seed-alqaim.txt"), "-o", "/dev/full")
    assert (code, out) == (1, "")
    assert err == "newsclean: /dev/full: No space left on device\n"
