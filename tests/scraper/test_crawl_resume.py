"""A crawl killed with SIGKILL at any moment loses nothing and doubles nothing on the next run.

Each attempt is ``python -m scraper crawl CONFIG`` in its own process group (the parent and its
cleaning processes: the real process pool), killed when something observable happens: an article
requested, a temporary shard opened, a shard renamed into place (the window between the rename and
the state update), the feeds read, the dedup index flushed. A final run then completes the crawl, and
the union of all shards holds every article exactly once.
"""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from scraper.state import STATE_FILE
from tests.loopback import LoopbackServer
from tests.scraper.crawl_support import (
    ARTICLES,
    article_requests,
    article_url,
    records_of,
    shards,
    write_config,
    written_urls,
)

ATTEMPT_TIMEOUT_S = 20.0
# Slow enough to kill mid-run; one record per shard, so shards (and dedup flushes) follow each other.
SLOW_FETCH = {"min_delay_s": 0.03}
ONE_RECORD_SHARDS = {"shard_records": 1}


@dataclass(frozen=True)
class Seen:
    """What an attempt has done so far, as seen from outside."""

    paths: list[str]  # server requests since the attempt started
    new_files: set[str]  # names in out/ and state/dedup/ that were not there when it started


@dataclass(frozen=True)
class Moment:
    """When to kill an attempt: once ``happened`` holds, after ``pause_s``."""

    name: str
    happened: Callable[[Seen], bool]
    pause_s: float = 0.0


def articles_requested(n: int) -> Callable[[Seen], bool]:
    return lambda seen: sum(p.startswith("/articles/") for p in seen.paths) >= n


def path_requested(path: str) -> Callable[[Seen], bool]:
    return lambda seen: path in seen.paths


def temp_shard_opened(seen: Seen) -> bool:
    return any(n.startswith(".") and n.endswith(".jsonl.tmp") for n in seen.new_files)


def shard_renamed(seen: Seen) -> bool:
    return any(not n.startswith(".") and n.endswith(".jsonl") for n in seen.new_files)


def dedup_segment_written(seen: Seen) -> bool:
    return any(n.startswith("seg-") for n in seen.new_files)


def listing(*folders: Path) -> set[str]:
    return {name for folder in folders if folder.is_dir() for name in os.listdir(folder)}


def tail(log: Path, lines: int = 25) -> str:
    """The end of the attempts' stderr, for an assertion message."""
    return "\n".join(log.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])


def start_crawl(config: Path, log: Path) -> subprocess.Popen[bytes]:
    """``python -m scraper crawl CONFIG`` with the default process pool, in a new process group."""
    with log.open("ab") as err:
        return subprocess.Popen([sys.executable, "-m", "scraper", "crawl", str(config)], start_new_session=True,
                                stdout=subprocess.DEVNULL, stderr=err)


def kill_at(moment: Moment, config: Path, server: LoopbackServer, log: Path) -> int:
    """Run one attempt and SIGKILL its process group at ``moment``; return its exit status."""
    watched = (config.parent / "out", config.parent / "state" / "dedup")
    first_request, before = len(server.requests), listing(*watched)
    crawl = start_crawl(config, log)
    try:
        deadline = time.monotonic() + ATTEMPT_TIMEOUT_S
        while crawl.poll() is None and time.monotonic() < deadline:
            seen = Seen([r.path for r in server.requests[first_request:]], listing(*watched) - before)
            if moment.happened(seen):
                time.sleep(moment.pause_s)
                break
            time.sleep(0.0005)
    finally:
        if crawl.poll() is None:
            os.killpg(crawl.pid, signal.SIGKILL)
        crawl.wait(timeout=10)
    return crawl.returncode


def finish_and_check(tmp_path: Path, config: Path, server: LoopbackServer, log: Path) -> None:
    """A last run completes; the shards hold each article once; no temporary shard is left; the state agrees."""
    final = start_crawl(config, log)
    assert final.wait(timeout=ATTEMPT_TIMEOUT_S) == 0, tail(log)
    out = tmp_path / "out"
    urls = Counter(str(r["url"]) for shard in shards(out) for r in records_of(shard))
    expected = {article_url(server.base_url, slug) for slug in ARTICLES}
    assert urls == Counter(dict.fromkeys(expected, 1)), tail(log)
    assert sorted(name for name in os.listdir(out) if name.endswith(".tmp")) == []
    assert written_urls(tmp_path / "state") == expected
    with sqlite3.connect(tmp_path / "state" / STATE_FILE) as db:
        assert db.execute("SELECT count(*) FROM pending_shards").fetchone() == (0,)


def test_crawl_killed_while_fetching_and_writing_loses_and_doubles_nothing(
    tmp_path: Path, site_server: LoopbackServer
) -> None:
    config = write_config(tmp_path, site_server.base_url, fetch=SLOW_FETCH, output=ONE_RECORD_SHARDS)
    log = tmp_path / "crawl.log"
    moments = (
        Moment("first article requested", articles_requested(1)),
        Moment("all articles requested (cleaning)", articles_requested(len(ARTICLES)), 0.01),
        Moment("a temporary shard opened", temp_shard_opened),
        Moment("a shard renamed into place, state not updated yet", shard_renamed),
        Moment("another shard renamed into place", shard_renamed),
    )
    statuses = {m.name: kill_at(m, config, site_server, log) for m in moments}
    assert all(status == -signal.SIGKILL for status in statuses.values()), f"{statuses}; stderr ends:\n{tail(log)}"
    assert len(shards(tmp_path / "out")) < len(ARTICLES), "the kills came too late to interrupt anything"
    # A kill landed between a shard's rename and the state update: the next run reconciled it.
    assert "recovered shard" in log.read_text(encoding="utf-8"), tail(log)
    finish_and_check(tmp_path, config, site_server, log)


def test_crawl_killed_during_discovery_still_finds_every_article(tmp_path: Path, site_server: LoopbackServer) -> None:
    """Killed after the feeds and sitemaps were read (the start page is being fetched), before any article."""
    config = write_config(tmp_path, site_server.base_url)
    log = tmp_path / "crawl.log"
    assert kill_at(Moment("start page requested", path_requested("/")), config, site_server, log) == -signal.SIGKILL
    assert article_requests(site_server) == []
    # The feed-only and the sitemap-only articles too, though their feed and sitemap now answer 304.
    finish_and_check(tmp_path, config, site_server, log)


def test_crawl_killed_while_the_dedup_index_is_flushed_runs_again(tmp_path: Path, site_server: LoopbackServer) -> None:
    """Killed as the embedded dedup index (next to the state) gets a new segment, before its manifest names it."""
    config = write_config(tmp_path, site_server.base_url, fetch=SLOW_FETCH, output=ONE_RECORD_SHARDS)
    log = tmp_path / "crawl.log"
    statuses = []
    for _ in range(4):  # each kill lands between the segment and the manifest most of the time
        statuses.append(kill_at(Moment("dedup segment written", dedup_segment_written), config, site_server, log))
        if statuses[-1] != -signal.SIGKILL:
            break  # this attempt ended by itself
    assert statuses[0] == -signal.SIGKILL, tail(log)
    assert statuses[-1] in (0, -signal.SIGKILL), f"attempts ended with {statuses}; stderr ends:\n{tail(log)}"
    finish_and_check(tmp_path, config, site_server, log)
