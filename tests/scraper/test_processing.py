"""The cleaning pool's worker processes: they never outlive a killed crawl nor keep its locks."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from scraper.lock import CrawlLock

HOLDER = """
import sys, time
from pathlib import Path
from cleaners.config import CleanConfig
from scraper.lock import CrawlLock
from scraper.processing import CleaningPool
with CrawlLock(Path(sys.argv[1])), CleaningPool(CleanConfig(), workers=2):
    print("ready", flush=True)
    time.sleep(60)
"""


def children(pid: int) -> set[int]:
    """The pids of a process's children (Linux /proc)."""
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        found.update(int(child) for child in (task / "children").read_text().split())
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


def test_a_killed_crawl_leaves_no_worker_holding_its_lock(tmp_path: Path) -> None:
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(tmp_path)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
    workers = children(holder.pid)
    assert len(workers) >= 2
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(timeout=10)
    try:
        with CrawlLock(tmp_path) as lock:  # the next run is not locked out by the orphaned workers
            assert lock.is_held
        deadline = time.monotonic() + 10
        while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(alive(pid) for pid in workers)
    finally:
        for pid in workers:
            if alive(pid):
                os.kill(pid, signal.SIGKILL)


INTERRUPTED = """
import sys, time
from cleaners.config import CleanConfig
from scraper.processing import CleaningPool
try:
    with CleaningPool(CleanConfig(), workers=2):
        print("ready", flush=True)
        time.sleep(60)
except KeyboardInterrupt:
    print("interrupted", flush=True)
"""


def test_ctrl_c_reaches_the_crawl_not_its_workers() -> None:
    """Ctrl-C signals the whole foreground process group: only the parent handles it, workers print nothing."""
    holder = subprocess.Popen(
        [sys.executable, "-c", INTERRUPTED], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
    os.killpg(holder.pid, signal.SIGINT)
    out, err = holder.communicate(timeout=30)
    assert out.strip() == "interrupted"
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
