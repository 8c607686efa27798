"""Result files written atomically (a temporary name, fsync, then ``os.replace``), or stdout.

``-o`` through a symlink writes its target; ``-o`` onto a device or FIFO writes it in place.
"""
from __future__ import annotations

import contextlib
import errno
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cleaners.durable import PendingFile, replacing


@dataclass(slots=True)
class Output:
    """Where a command writes its results: ``stream``; ``discard()`` leaves an existing file as it was."""

    stream: BinaryIO
    pending: PendingFile | None = None  # None: stdout

    def discard(self) -> None:
        """Put nothing in place of the output file (stdout: what was written stays written)."""
        if self.pending is not None:
            self.pending.discard()


@contextlib.contextmanager
def output_stream(path: Path | None) -> Iterator[Output]:
    """``path`` written atomically, or stdout when ``path`` is None or "-"."""
    if path is None or str(path) == "-":
        if sys.stdout is None:  # started with stdout closed (>&-)
            raise OSError(errno.EBADF, "stdout is closed")
        yield Output(sys.stdout.buffer)
        sys.stdout.buffer.flush()
        return
    with replacing(path) as pending:
        yield Output(pending.handle, pending)
