"""Exclusive, non-blocking flocks, remembered so that a forked worker can let go of them.

A flock belongs to the open file, which a forked child shares: a worker process
that outlived its parent (killed with ``kill -9``) would go on holding the
crawl's or the index's lock and lock out every later run. Workers call
``forget_inherited_locks`` when they start.
"""
from __future__ import annotations

import fcntl
import os
from pathlib import Path

_held: set[int] = set()


def lock_exclusively(path: Path) -> int:
    """Open ``path`` (created if missing) and take an exclusive flock on it; BlockingIOError if another holds it."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BaseException:
        os.close(fd)
        raise
    _held.add(fd)
    return fd


def unlock(fd: int) -> None:
    """Release a lock taken with ``lock_exclusively`` and close its file."""
    _held.discard(fd)
    try:
        fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def forget_inherited_locks() -> None:
    """In a forked child: close the locked files inherited from the parent, so the locks end with it."""
    for fd in list(_held):
        _held.discard(fd)
        try:
            os.close(fd)
        except OSError:
            pass
