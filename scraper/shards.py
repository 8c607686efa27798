"""JSONL shards written atomically: temporary name, fsync, os.replace, fsync of the folder.

A record reaches its final file name only inside a committed shard, and every committed
record is handed back to the caller (from ``write`` when a shard rolls over, or from
``flush``) so it can be marked written in the state. Records never handed back were never
committed: ``close`` and a crash leave only temporary files, which the next writer removes.
"""
from __future__ import annotations

import gzip
import logging
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO, Literal, Protocol

from cleaners.durable import fsync_dir, naming_errors

logger = logging.getLogger(__name__)

TEMP_PREFIX = "."
TEMP_SUFFIX = ".tmp"


class JsonRecord(Protocol):
    """A record that serialises itself to one JSON object."""

    def to_json(self) -> str | bytes: ...


@dataclass(frozen=True, slots=True)
class Committed:
    """One record that is durably in a shard under its final name."""

    url: str
    content_hash: str
    shard: Path


def remove_stale_temp_files(out_dir: Path) -> list[Path]:
    """Delete the temporary shards a crashed run left behind; return them."""
    removed = []
    # Only shard temp files (".20261125T031500Z-<run>-00001.jsonl[.gz].tmp"), never another program's.
    for path in sorted(out_dir.glob(f"{TEMP_PREFIX}*T*Z-*-[0-9][0-9][0-9][0-9][0-9].jsonl*{TEMP_SUFFIX}")):
        path.unlink(missing_ok=True)
        removed.append(path)
    if removed:
        logger.warning("removed %d unfinished shard(s) of an interrupted run in %s", len(removed), out_dir)
    return removed


def _encode(record: bytes | JsonRecord) -> bytes:
    data = record if isinstance(record, bytes) else record.to_json()
    line = (data.encode("utf-8") if isinstance(data, str) else data).strip()
    if not line.startswith(b"{") or b"\n" in line:
        raise ValueError("a shard record must be one JSON object on one line")
    return line + b"\n"


class ShardWriter:
    """Writes one run's records to numbered shards ``YYYYMMDDTHHMMSSZ-<run_id>-00001.jsonl[.gz]``.

    Only one writer may use an output folder at a time (hold the crawl lock): creating
    one removes the temporary files of earlier, interrupted runs.
    """

    def __init__(
        self,
        out_dir: Path,
        *,
        format: Literal["jsonl", "jsonl.gz"] = "jsonl",
        max_records: int = 1000,
        run_id: str | None = None,
        started_at: datetime | None = None,
        before_commit: Callable[[Path, list[tuple[str, str]]], None] | None = None,
    ) -> None:
        if max_records < 1:
            raise ValueError("max_records must be at least 1")
        self.out_dir = out_dir
        self.format = format
        self.max_records = max_records
        self.run_id = run_id or secrets.token_hex(4)
        self._stamp = (started_at or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        self._sequence = 0
        self._raw: BinaryIO | None = None
        self._stream: BinaryIO | None = None
        self._temp: Path | None = None
        self._final: Path | None = None
        self._pending: list[tuple[str, str]] = []
        self._committed: list[Committed] = []
        # Called with (final path, [(url, content_hash)]) after the data is on disk and
        # before the rename: the crawl's write-ahead, so a crash between the rename
        # and the state update can be reconciled.
        self._before_commit = before_commit
        out_dir.mkdir(parents=True, exist_ok=True)
        remove_stale_temp_files(out_dir)

    def __enter__(self) -> ShardWriter:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def shards(self) -> int:
        """How many shards this writer has started."""
        return self._sequence

    @property
    def pending(self) -> int:
        """Records written to the open temporary shard and not yet committed."""
        return len(self._pending)

    def write(self, record: bytes | JsonRecord, *, url: str, content_hash: str) -> list[Committed]:
        """Append one record; return the records committed if this write completed a shard."""
        line = _encode(record)
        if self._stream is None:
            self._open_next()
        assert self._stream is not None and self._temp is not None
        with naming_errors(self._temp):
            self._stream.write(line)
        self._pending.append((url, content_hash))
        if len(self._pending) >= self.max_records:
            self._commit()
            return self._take_committed()
        return []

    def flush(self) -> list[Committed]:
        """Commit the open shard (if any) and return every record committed since the last return."""
        if self._pending:
            self._commit()
        return self._take_committed()

    def close(self) -> None:
        """Discard uncommitted records (never reported, so never marked written) and free the file."""
        if self._pending:
            logger.warning("discarding %d record(s) never flushed to a shard", len(self._pending))
        self._discard()
        if self._committed:
            logger.warning("%d committed record(s) were never returned by flush()", len(self._committed))

    def _take_committed(self) -> list[Committed]:
        committed, self._committed = self._committed, []
        return committed

    def _open_next(self) -> None:
        self._sequence += 1
        suffix = ".jsonl.gz" if self.format == "jsonl.gz" else ".jsonl"
        name = f"{self._stamp}-{self.run_id}-{self._sequence:05d}{suffix}"
        self._final = self.out_dir / name
        self._temp = self.out_dir / f"{TEMP_PREFIX}{name}{TEMP_SUFFIX}"
        self._raw = open(self._temp, "xb")  # noqa: SIM115 - closed by _commit/_discard
        if self.format == "jsonl.gz":
            self._stream = gzip.GzipFile(filename="", mode="wb", fileobj=self._raw, mtime=0)  # type: ignore[assignment]
        else:
            self._stream = self._raw

    def _commit(self) -> None:
        assert self._raw is not None and self._stream is not None and self._temp and self._final
        with naming_errors(self._temp):
            if self._stream is not self._raw:
                self._stream.close()  # writes the gzip trailer; the raw file stays open
            self._raw.flush()
            os.fsync(self._raw.fileno())
            self._raw.close()
        if self._before_commit is not None:
            self._before_commit(self._final, list(self._pending))
        os.replace(self._temp, self._final)
        fsync_dir(self.out_dir)
        logger.info("wrote %d record(s) to %s", len(self._pending), self._final)
        self._committed.extend(Committed(url, h, self._final) for url, h in self._pending)
        self._pending = []
        self._raw = self._stream = None
        self._temp = self._final = None

    def _discard(self) -> None:
        if self._stream is not None and self._stream is not self._raw:
            self._stream.close()
        if self._raw is not None:
            self._raw.close()
        if self._temp is not None:
            self._temp.unlink(missing_ok=True)
        self._pending = []
        self._raw = self._stream = None
        self._temp = self._final = None
