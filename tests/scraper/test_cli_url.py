"""``newsclean url`` end to end: main(["url", ...]) against real loopback servers."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from scraper.cli import main
from tests.loopback import LoopbackServer

ROOT = Path(__file__).resolve().parents[2]
COUNCIL = "/articles/council-budget-vote.html"
COUNCIL_TITLE = "Council approves budget with rise in road maintenance spending"
TRAM_TITLE = "Tram extension to Eastgate wins government funding"
MEMO = "/private/internal-memo.html"
RECORD_KEYS = {"id", "url", "title", "author", "date", "language", "text", "removed", "dup_of", "fetched_at", "source"}
# A failure line: "newsclean: URL: what happened (reason)".
FAILURE_LINE = re.compile(r"^newsclean: (?P<url>\S+): .+ \((?P<reason>[a-z0-9_]+)\)$")
# Small deadlines so a hung endpoint cannot slow the file down.
FAST = ["--timeout", "3"]


def run_url(*args: str) -> int:
    """Run ``newsclean url`` in this process."""
    return main(["url", *FAST, *args])


def failure_lines(err: str) -> list[re.Match[str]]:
    """Our one-line errors on stderr (log records, if any were let through, are other lines)."""
    lines = [line for line in err.splitlines() if line.startswith("newsclean:")]
    matches = [FAILURE_LINE.match(line) for line in lines]
    assert all(matches), f"malformed failure line in {lines}"
    return [m for m in matches if m is not None]


def records(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_article_prints_clean_text_with_the_title_once(
    site_server: LoopbackServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_url(site_server.url(COUNCIL)) == 0
    out, err = capsys.readouterr()
    assert err == ""
    title, blank, *_ = out.splitlines()
    assert (title, blank) == (COUNCIL_TITLE, "")
    assert out.count(COUNCIL_TITLE) == 1  # not the <h1>, not the "| The Riverside Courier" standfirst
    assert "agreeing to spend an extra £6.2 million" in out
    assert "Opposition leader Gareth Pryce said the youth services cuts" in out
    assert out.count("Council tax will rise by 4.9 percent") == 1  # the repeated paragraph once
    # Whether the one-paragraph teaser ("Rovers fans ...") goes is the off_topic stage's call, tested there.
    for noise in ("We use cookies", "The Riverside Courier", "Subscribe to our morning newsletter",
                  "Share this article", "Related news"):
        assert noise not in out, noise


def test_jsonl_record_has_the_schema_and_says_what_was_removed(
    site_server: LoopbackServer, capsys: pytest.CaptureFixture[str]
) -> None:
    url = site_server.url(COUNCIL)
    assert run_url("--format", "jsonl", url) == 0
    out, err = capsys.readouterr()
    assert err == ""
    (record,) = records(out)
    assert set(record) == RECORD_KEYS
    assert record["url"] == url and record["source"] == url
    assert record["title"] == COUNCIL_TITLE
    assert record["author"] == "Tom Whitfield"
    assert record["date"] == "2024-05-13"
    assert record["language"] == "en"
    assert record["dup_of"] is None
    assert isinstance(record["id"], str) and record["id"]
    fetched_at = datetime.fromisoformat(str(record["fetched_at"]))
    assert fetched_at.tzinfo is not None
    text = str(record["text"])
    assert not text.startswith(COUNCIL_TITLE) and COUNCIL_TITLE not in text
    removed = record["removed"]
    assert isinstance(removed, list)
    assert all({"text", "reason"} <= set(item) for item in removed)
    reasons = {item["text"]: item["reason"] for item in removed}
    assert reasons[COUNCIL_TITLE + " | The Riverside Courier"] == "repeated_headline"
    assert reasons["Subscribe to our morning newsletter for the day’s top stories from Harbourton."] == "boilerplate"
    (copy,) = [t for t in reasons if t.startswith("Council tax will rise by 4.9 percent")]
    assert reasons[copy] == "duplicate_paragraph"
    assert text.count("Council tax will rise by 4.9 percent") == 1


def test_good_pages_print_and_each_failure_is_one_line(
    site_server: LoopbackServer,
    loopback_server: LoopbackServer,
    second_loopback_server: LoopbackServer,
    refused_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    good = site_server.url(COUNCIL)
    other_host = second_loopback_server.url("/site/articles/tram-line-extension.html")
    not_found = loopback_server.url("/status/404")
    pdf = loopback_server.url("/binary")
    # Five URLs: more than four, so the pages are cleaned in the process pool.
    code = run_url(good, not_found, pdf, refused_url, other_host)
    out, err = capsys.readouterr()
    assert code == 1
    assert out.index(COUNCIL_TITLE) < out.index(TRAM_TITLE)  # in the order given
    assert "\n\n" + TRAM_TITLE + "\n\n" in out  # documents are separated by a blank line
    failures = {m["url"]: m["reason"] for m in failure_lines(err)}
    assert list(failures) == [not_found, pdf, refused_url]
    assert failures[not_found] == "http_404"
    assert failures[pdf] == "not_html"
    assert failures[refused_url] == "network_error"
    assert "Traceback" not in err


def test_failures_leave_the_jsonl_records_of_good_pages(
    site_server: LoopbackServer, loopback_server: LoopbackServer, capsys: pytest.CaptureFixture[str]
) -> None:
    good = site_server.url(COUNCIL)
    code = run_url("--format", "jsonl", loopback_server.url("/status/404"), good, loopback_server.url("/binary"))
    out, err = capsys.readouterr()
    assert code == 1
    assert [r["url"] for r in records(out)] == [good]
    assert [m["reason"] for m in failure_lines(err)] == ["http_404", "not_html"]


def test_refused_host_is_one_network_error_line(refused_url: str) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "scraper", "url", *FAST, refused_url],
        capture_output=True, text=True, cwd=ROOT, timeout=30,
    )
    assert proc.returncode == 1 and proc.stdout == ""
    (line,) = proc.stderr.splitlines()
    match = FAILURE_LINE.match(line)
    assert match and match["url"] == refused_url and match["reason"] == "network_error"


def test_slow_page_times_out_with_the_given_deadline(
    loopback_server: LoopbackServer, capsys: pytest.CaptureFixture[str]
) -> None:
    url = loopback_server.url("/slow-headers/5")
    started = time.monotonic()
    assert main(["url", "--timeout", "0.5", url]) == 1
    assert time.monotonic() - started < 3
    out, err = capsys.readouterr()
    assert out == ""
    assert [(m["url"], m["reason"]) for m in failure_lines(err)] == [(url, "timeout")]


def test_robots_disallowed_page_is_refused(site_server: LoopbackServer, capsys: pytest.CaptureFixture[str]) -> None:
    url = site_server.url(MEMO)
    assert run_url(url) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert [(m["url"], m["reason"]) for m in failure_lines(err)] == [(url, "robots_disallowed")]
    assert site_server.requests_to("/robots.txt")
    assert site_server.requests_to(MEMO) == []  # never asked for


def test_ignore_robots_fetches_a_disallowed_page(
    site_server: LoopbackServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_url("--ignore-robots", site_server.url(MEMO)) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out.startswith("Internal memo: newsroom rota\n\n")
    assert "INTERNAL - NOT FOR PUBLICATION" in out
    assert site_server.requests_to("/robots.txt") == []  # not even asked for
    assert len(site_server.requests_to(MEMO)) == 1


def test_output_file_is_replaced_whole(
    site_server: LoopbackServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "clean.jsonl"
    target.write_text("old contents\n", encoding="utf-8")
    old_inode = target.stat().st_ino
    urls = [site_server.url(COUNCIL), site_server.url("/articles/flood-warning-lifted.html")]
    assert run_url("--format", "jsonl", "-o", str(target), *urls) == 0
    out, err = capsys.readouterr()
    assert (out, err) == ("", "")
    assert [r["url"] for r in records(target.read_text(encoding="utf-8"))] == urls
    # A new file renamed over the old one (a temporary name, then os.replace), not rewritten in place.
    assert target.stat().st_ino != old_inode
    assert os.listdir(tmp_path) == ["clean.jsonl"]  # no temporary file left behind


def test_output_into_a_missing_directory_is_one_line(
    site_server: LoopbackServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "missing" / "clean.txt"
    assert run_url("-o", str(target), site_server.url(COUNCIL)) == 2
    out, err = capsys.readouterr()
    assert out == ""
    # One line naming the user's directory (not a temporary file), before anything is fetched.
    assert err == f"newsclean: {target.parent}: no such directory\n"
    assert not target.parent.exists()
    assert site_server.requests_to(COUNCIL) == []


@pytest.mark.parametrize(
    "argv, mentions",
    [
        (["url", "--bogus", "http://127.0.0.1:9/"], "--bogus"),
        (["url"], "URL"),
        (["url", "--format", "xml", "http://127.0.0.1:9/"], "xml"),
        (["url", "--timeout", "soon", "http://127.0.0.1:9/"], "soon"),
    ],
)
def test_usage_errors_exit_2_with_one_line(argv: list[str], mentions: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert out == ""
    (line,) = err.splitlines()
    assert line.startswith("newsclean: ") and mentions in line


@pytest.mark.parametrize(
    ("argv", "line"),
    [
        (["notaurl"], "newsclean: not an http(s) URL: 'notaurl'\n"),
        (["ftp://example.org/x"], "newsclean: not an http(s) URL: 'ftp://example.org/x'\n"),
        (["--timeout", "-1", "http://127.0.0.1:9/"], "newsclean: --timeout must be more than 0\n"),
    ],
)
def test_a_bad_url_or_option_is_a_usage_error(argv: list[str], line: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["url", *argv]) == 2
    assert capsys.readouterr().err == line


def test_an_output_file_is_left_alone_when_every_page_fails(
    refused_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    keep = tmp_path / "keep.jsonl"
    keep.write_text("yesterday's records\n", encoding="utf-8")
    assert run_url("--format", "jsonl", "-o", str(keep), refused_url) == 1
    out, err = capsys.readouterr()
    assert out == "" and [m["url"] for m in failure_lines(err)] == [refused_url]
    assert keep.read_text(encoding="utf-8") == "yesterday's records\n"
    assert os.listdir(tmp_path) == ["keep.jsonl"]
