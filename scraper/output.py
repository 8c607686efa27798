"""Result files written atomically: a temporary name, fsync, then ``os.replace``."""
from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from cleaners.durable import atomic_writer


@contextlib.contextmanager
def output_stream(path: Path | None) -> Iterator[BinaryIO]:
    """``path`` written atomically, or stdout when ``path`` is None or "-"."""
    if path is None or str(path) == "-":
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    with atomic_writer(path) as handle:
        yield handle
