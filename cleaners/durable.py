"""Files written whole or not at all: a temporary name beside them, fsync, rename, then fsync the folder
so the rename survives a crash.

A symlink is written through: its target is replaced (the temporary sits beside the target), and the
link stays. A device or FIFO (``/dev/null``, a named pipe) is written in place: it cannot be renamed
over without destroying it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO


def fsync_dir(path: Path) -> None:
    """Make a rename in ``path`` durable (a no-op where directories cannot be opened)."""
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def current_umask() -> int:
    """The process umask (read by setting it and putting it back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def naming_errors(path: Path) -> Iterator[None]:
    """Errors writing a file that carry no file name (a full disk, a failing device) name ``path``."""
    try:
        yield
    except OSError as exc:
        if exc.filename is None:
            exc.filename = str(path)
        raise


@dataclass(slots=True)
class PendingFile:
    """A file being written by ``replacing``: ``handle`` to write; ``discard()`` keeps the old file as it was."""

    handle: BinaryIO
    discarded: bool = False

    def discard(self) -> None:
        """Drop what was written instead of putting it in place (a no-op for a device or FIFO)."""
        self.discarded = True


@contextlib.contextmanager
def replacing(path: Path) -> Iterator[PendingFile]:
    """Replace ``path`` whole or not at all, unless discarded; readers never see a partial file."""
    path = Path(path)
    target = write_target(path)
    if target.is_dir():
        raise IsADirectoryError(errno.EISDIR, "is a directory", str(path))
    if is_special_file(target):
        with naming_errors(path), target.open("wb") as handle:
            yield PendingFile(handle)
        return
    if not target.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, "no such directory", str(target.parent))
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        with naming_errors(path), os.fdopen(fd, "wb") as handle:
            # mkstemp creates 0600; give the file the mode any new file gets (0666 minus umask).
            os.fchmod(handle.fileno(), 0o666 & ~current_umask())
            pending = PendingFile(handle)
            yield pending
            handle.flush()
            if not pending.discarded:
                os.fsync(handle.fileno())
        if pending.discarded:
            tmp.unlink()
            return
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def atomic_writer(path: Path) -> Iterator[BinaryIO]:
    """Write ``path`` whole or not at all: readers never see a partial file, an error leaves no trace."""
    with replacing(path) as pending:
        yield pending.handle


def write_target(path: Path) -> Path:
    """The file a write to ``path`` changes: ``path`` itself, or the file its symlinks lead to."""
    if not path.is_symlink():
        return path
    target = Path(os.path.realpath(path))
    if target.is_symlink():  # realpath gives up on a loop
        raise OSError(errno.ELOOP, "too many levels of symbolic links", str(path))
    return target


def is_special_file(path: Path) -> bool:
    """Return True for an existing file that is neither regular nor a directory (a device, a FIFO)."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def leftover_temp_files(path: Path) -> list[Path]:
    """Temporary files of ``atomic_writer(path)`` that a killed process left behind."""
    return sorted(path.parent.glob(f".{path.name}.*.tmp"))


def write_file_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data``, whole or not at all."""
    with atomic_writer(path) as handle:
        handle.write(data)
