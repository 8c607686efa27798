"""Files written whole or not at all, and what a killed writer leaves behind is found and removed."""
from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from cleaners.corpus_dedup import CorpusIndex
from cleaners.durable import atomic_writer, leftover_temp_files, naming_errors, replacing, write_file_atomically

KILLED_WRITER = """
import os, sys
from pathlib import Path
from cleaners.durable import atomic_writer
with atomic_writer(Path(sys.argv[1])) as handle:
    handle.write(b'{"half": ')
    handle.flush()
    os._exit(9)
"""


def kill_a_writer_of(path: Path) -> None:
    """A process that dies halfway through ``atomic_writer(path)``, as under kill -9."""
    assert subprocess.run([sys.executable, "-c", KILLED_WRITER, str(path)]).returncode == 9


def test_a_file_is_replaced_whole(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_bytes(b"old")
    write_file_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert leftover_temp_files(target) == []


def test_an_error_while_writing_keeps_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_writer(target) as handle:
        handle.write(b"partial")
        raise RuntimeError("disk full")
    assert target.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [target]


def test_a_killed_writer_leaves_the_old_file_and_a_temporary_that_is_found(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_bytes(b"old")
    kill_a_writer_of(target)
    assert target.read_bytes() == b"old"
    (leftover,) = leftover_temp_files(target)
    assert leftover.read_bytes() == b'{"half": '


def test_the_dedup_index_removes_a_manifest_a_killed_flush_left(tmp_path: Path) -> None:
    with CorpusIndex.open_embedded(tmp_path / "idx"):
        pass
    manifest = tmp_path / "idx" / "manifest.json"
    kill_a_writer_of(manifest)
    assert leftover_temp_files(manifest) != []
    with CorpusIndex.open_embedded(tmp_path / "idx"):
        assert leftover_temp_files(manifest) == []


def test_a_symlink_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    target = tmp_path / "data" / "real.json"
    target.parent.mkdir()
    target.write_bytes(b"old")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    write_file_atomically(link, b"new")
    assert link.is_symlink() and link.resolve() == target
    assert target.read_bytes() == b"new"
    assert leftover_temp_files(target) == [] and sorted(tmp_path.iterdir()) == [tmp_path / "data", link]


def test_a_fifo_is_written_in_place(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    write_file_atomically(fifo, b"through the pipe")
    reader.join(timeout=30)
    assert received == [b"through the pipe"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert list(tmp_path.iterdir()) == [fifo]


def test_a_discarded_replacement_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_bytes(b"old")
    with replacing(target) as pending:
        pending.handle.write(b"nothing worth keeping")
        pending.discard()
    assert target.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [target]


def test_a_write_error_without_a_file_name_names_the_file_being_replaced(tmp_path: Path) -> None:
    # A shard or output file on a full disk: the error must say which file could not be written.
    target = tmp_path / "out.jsonl"
    with pytest.raises(OSError) as caught, naming_errors(target):
        raise OSError(28, "No space left on device")
    assert caught.value.filename == str(target)
    assert str(caught.value) == f"[Errno 28] No space left on device: '{target}'"
