"""One crawl at a time: a non-blocking exclusive flock on a file in the state folder.

The kernel drops the lock when the holder exits, crashed or not, so a stale lock
file never blocks the next run; the file only tells the next run who holds it.
"""
from __future__ import annotations

import fcntl
import logging
import os
from pathlib import Path

from scraper.errors import StateLocked

logger = logging.getLogger(__name__)

LOCK_FILE = "crawl.lock"


class CrawlLock:
    """An exclusive, non-blocking lock on ``<state dir>/crawl.lock`` holding the owner's pid."""

    def __init__(self, state_dir: Path) -> None:
        self.path = state_dir / LOCK_FILE
        self._fd: int | None = None

    @property
    def is_held(self) -> bool:
        """True while this object holds the lock."""
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock or raise StateLocked naming the file and the holder's pid."""
        if self._fd is not None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", errors="replace").strip() or "unknown"
            os.close(fd)
            raise StateLocked(f"another newsclean crawl is running (lock: {self.path}, pid {holder})") from None
        except BaseException:
            os.close(fd)
            raise
        # Truncate only once we hold the lock: the holder's pid must stay readable for others.
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        self._fd = fd
        logger.debug("acquired %s", self.path)

    def release(self) -> None:
        """Release the lock (the file stays; unlinking it would race with the next run)."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)

    def __enter__(self) -> CrawlLock:
        self.acquire()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()
