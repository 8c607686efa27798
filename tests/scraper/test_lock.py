"""CrawlLock: one crawl at a time, across processes."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from scraper.errors import StateLocked
from scraper.lock import LOCK_FILE, CrawlLock

HOLDER = """
import sys
from pathlib import Path
from scraper.lock import CrawlLock
with CrawlLock(Path(sys.argv[1])):
    print("held", flush=True)
    sys.stdin.read()  # hold until the test closes our stdin
"""


def test_second_process_is_refused_while_the_first_holds_the_lock(tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(tmp_path / "state")], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        lock = CrawlLock(tmp_path / "state")
        with pytest.raises(StateLocked) as info:
            lock.acquire()
        assert str(info.value) == (
            f"another newsclean crawl is running (lock: {tmp_path / 'state' / LOCK_FILE}, pid {holder.pid})"
        )
        assert info.value.exit_code == 3
        assert not lock.is_held
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=10)
    with CrawlLock(tmp_path / "state") as lock:  # released when the holder exited
        assert lock.is_held
        assert (tmp_path / "state" / LOCK_FILE).read_text().strip() == str(os.getpid())


def test_killed_holder_does_not_leave_a_stale_lock(tmp_path: Path) -> None:
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(tmp_path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    holder.kill()
    holder.wait(timeout=10)
    with CrawlLock(tmp_path) as lock:
        assert lock.is_held


def test_second_lock_in_the_same_process_is_refused_and_release_frees_it(tmp_path: Path) -> None:
    first = CrawlLock(tmp_path)
    first.acquire()
    first.acquire()  # re-acquiring one's own lock is a no-op
    with pytest.raises(StateLocked, match=f"pid {os.getpid()}"):
        CrawlLock(tmp_path).acquire()
    first.release()
    first.release()
    with CrawlLock(tmp_path):
        pass
