"""Option values checked once for every command: one stderr line and exit 2, or --workers capped with a log line."""
from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from scraper.cli import MAX_WORKERS_PER_CORE, main
from tests.loopback import LoopbackServer


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("value", ["nan", "inf", "-inf"])
def test_url_timeout_must_be_finite(
    value: str, site_server: LoopbackServer, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "url", f"--timeout={value}", site_server.url("/"))
    assert code == 2
    assert err.splitlines() == [f"newsclean: --timeout must be a finite number of seconds, got {float(value)}"]
    assert out == ""
    assert site_server.requests == []  # refused before anything is fetched


@pytest.mark.parametrize("agent", ["a\nb", "caf\u00e9/1.0"])
def test_url_user_agent_must_be_a_sendable_header(
    agent: str, site_server: LoopbackServer, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "url", "--user-agent", agent, site_server.url("/"))
    assert code == 2
    assert err.splitlines() == [
        f"newsclean: --user-agent must be printable ASCII text without control characters, got {agent!r}"
    ]
    assert out == "" and site_server.requests == []


def test_clean_negative_workers_exit_2_with_one_line(samples_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "clean", "--workers", "-5", str(samples_dir / "seed-alqaim.txt"))
    assert code == 2
    assert err.splitlines() == ["newsclean: --workers must be 0 or more"]
    assert out == ""


def test_too_many_workers_are_capped_with_a_log_line(
    tmp_path: Path,
    samples_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """--workers 1000 on a one-core machine must not start a thousand processes."""
    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    seed = (samples_dir / "seed-alqaim.txt").read_text(encoding="utf-8")
    inputs = []
    for i in range(10):  # past the inputs cleaned in-process, so the pool starts
        path = tmp_path / f"story-{i}.txt"
        path.write_text(seed, encoding="utf-8")
        inputs.append(str(path))
    with caplog.at_level(logging.WARNING, logger="scraper.cli"):
        code, out, err = run(capsys, "clean", "--workers", "1000", "--format", "jsonl", *inputs)
    assert code == 0, err
    assert len(out.splitlines()) == 10
    assert [r.getMessage() for r in caplog.records if r.name == "scraper.cli"] == [
        f"--workers 1000 is more than {MAX_WORKERS_PER_CORE} per core: using {MAX_WORKERS_PER_CORE}"
    ]
