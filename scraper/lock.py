"""One crawl at a time: a non-blocking exclusive flock on a file in the state folder.

The kernel drops the lock when the holder exits, crashed or not, so a stale lock
file never blocks the next run; the file only tells the next run who holds it.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path

from cleaners.file_locks import lock_exclusively, unlock
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
        try:
            fd = lock_exclusively(self.path)
        except BlockingIOError:
            with open(self.path, "rb") as handle:
                holder = handle.read(32).decode("ascii", errors="replace").strip() or "unknown"
            raise StateLocked(f"another newsclean crawl is running (lock: {self.path}, pid {holder})") from None
        try:
            # Truncate only once we hold the lock: the holder's pid must stay readable for others.
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        except BaseException:
            unlock(fd)
            raise
        self._fd = fd
        logger.debug("acquired %s", self.path)

    def release(self) -> None:
        """Release the lock (the file stays; unlinking it would race with the next run)."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            os.ftruncate(fd, 0)
        finally:
            unlock(fd)

    def __enter__(self) -> CrawlLock:
        self.acquire()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()
