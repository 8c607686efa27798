"""The crawl state: one SQLite file of every URL seen, its fetch outcome and its write status.

Invariants (what makes a crawl resumable without loss or duplicates):
- ``written`` becomes 1 only through ``finish_shard``, which the caller runs
  after the shard holding the record is on disk; a page fetched but never written is fetched again by the next run.
- Conditional validators (ETag, Last-Modified) are handed out only for pages whose current
  content was written: a 304 for content we never saved would lose it.
- A run sees only URLs it has not tried yet (``started_at``): failures are retried by later runs,
  up to ``max_attempts`` for transient reasons (timeouts, network errors, 429, 5xx).

The crawl loop: ``next_batch`` -> fetch with ``get_validators`` -> ``record_fetch_result``
(NOT_MODIFIED; UNCHANGED when ``is_unchanged``; a failure
reason; else FETCHED) -> clean -> ``ShardWriter.write`` (``begin_shard`` before each rename) ->
``finish_shard``; ``pending_shards`` reconciles a run killed in between.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from scraper.errors import ConfigError, ScraperError, StateError, StateLocked
from scraper.state_schema import MIGRATIONS

logger = logging.getLogger(__name__)

STATE_FILE = "state.sqlite3"

# Outcomes the state stores besides failure reason slugs (FetchError.reason).
PENDING = "pending"
FETCHED = "fetched"  # content fetched, record not yet written
WRITTEN = "written"
NOT_MODIFIED = "not_modified"  # HTTP 304
UNCHANGED = "unchanged"  # 200 with the content hash already written
LINKS_ONLY = "links_only"  # a navigation page, fetched for its links

_TRANSIENT_SQL = "(outcome IN ('timeout', 'network_error', 'http_429') OR outcome LIKE 'http_5__')"


@dataclass(frozen=True, slots=True)
class UrlState:
    """What the state knows about one URL."""

    url: str
    source: str
    depth: int
    outcome: str
    status: int | None
    attempts: int
    etag: str | None
    last_modified: str | None
    content_hash: str | None
    fetched_at: datetime | None
    written: bool


def prepare_state_dir(state_dir: Path) -> None:
    """Create the state folder if needed; ConfigError (exit 2) naming it when it cannot hold the state.

    Checked before the lock is taken, so a wrong [state] dir is a configuration error
    ("state folder X: ...") rather than an I/O failure in the middle of opening the run.
    """
    where = f"state folder {state_dir}"
    if state_dir.exists() and not state_dir.is_dir():
        raise ConfigError(f"{where}: a file is in the way (it must be a folder)")
    try:
        state_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"{where}: cannot create it: {exc.strerror or exc}") from None
    if not os.access(state_dir, os.W_OK | os.X_OK):
        raise ConfigError(f"{where}: not writable")
    state_file = state_dir / STATE_FILE
    if state_file.exists() and not (state_file.is_file() and os.access(state_file, os.R_OK | os.W_OK)):
        raise ConfigError(f"{where}: {STATE_FILE} is not a writable file")


def _ts(moment: datetime | None) -> float:
    return time.time() if moment is None else moment.timestamp()


def _dt(seconds: float | None) -> datetime | None:
    return None if seconds is None else datetime.fromtimestamp(seconds, UTC)


class StateStore:
    """Owns the SQLite connection of one state file (WAL, FULL sync, busy timeout, migrations)."""

    def __init__(self, path: Path, *, busy_timeout_s: float = 10.0, max_attempts: int = 3) -> None:
        self.path = path
        self.max_attempts = max_attempts
        self.started_at = time.time()  # this run does not retry what it already tried
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, timeout=busy_timeout_s, isolation_level=None)
            self._db.row_factory = sqlite3.Row
        except (OSError, sqlite3.Error) as exc:
            raise StateError(f"{path}: cannot open state: {exc}") from exc
        try:
            with self._translate("open"):
                self._db.execute("PRAGMA journal_mode=WAL")
                # FULL: a power loss must not forget a finished shard (it would duplicate a record).
                self._db.execute("PRAGMA synchronous=FULL")
                self._db.execute(f"PRAGMA busy_timeout={int(busy_timeout_s * 1000)}")
                self._migrate()
        except ScraperError:
            self._db.close()
            raise

    @classmethod
    def open(cls, state_dir: Path, *, busy_timeout_s: float = 10.0, max_attempts: int = 3) -> StateStore:
        """Open (creating it if needed) the state file in a state directory."""
        return cls(state_dir / STATE_FILE, busy_timeout_s=busy_timeout_s, max_attempts=max_attempts)

    def close(self) -> None:
        """Close the connection (the WAL is checkpointed by SQLite)."""
        self._db.close()

    def __enter__(self) -> StateStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def _translate(self, action: str) -> Iterator[None]:
        """Re-raise sqlite3 errors as ours, naming the file and what we were doing."""
        try:
            yield
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise StateLocked(f"{self.path}: state database is locked by another process ({action})") from exc
            raise StateError(f"{self.path}: cannot {action}: {exc}") from exc
        except sqlite3.DatabaseError as exc:
            raise StateError(f"{self.path}: not a usable newsclean state ({action}): {exc}") from exc

    @contextmanager
    def _transaction(self, action: str) -> Iterator[sqlite3.Connection]:
        with self._translate(action):
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _migrate(self) -> None:
        version = int(self._db.execute("PRAGMA user_version").fetchone()[0])
        if version > len(MIGRATIONS):
            raise StateError(f"{self.path}: state schema v{version} is newer than this newsclean (v{len(MIGRATIONS)})")
        for target, script in enumerate(MIGRATIONS[version:], start=version + 1):
            with self._transaction(f"migrate to schema v{target}") as db:
                for statement in script.split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute(f"PRAGMA user_version={target}")
            logger.info("state %s migrated to schema v%d", self.path, target)

    @property
    def journal_mode(self) -> str:
        """The SQLite journal mode in use ('wal')."""
        with self._translate("read the journal mode"):
            return str(self._db.execute("PRAGMA journal_mode").fetchone()[0])

    @property
    def schema_version(self) -> int:
        """The migration level of the file (PRAGMA user_version)."""
        with self._translate("read the schema version"):
            return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def add_discovered(
        self, urls: Iterable[str], *, source: str, depth: int = 0, seen_at: datetime | None = None
    ) -> int:
        """Record normalised URLs as seen; return how many were new (idempotent)."""
        now = _ts(seen_at)
        rows = [(url, source, depth, now, now) for url in dict.fromkeys(urls)]
        with self._transaction("add discovered URLs") as db:
            before = db.total_changes
            db.executemany(
                "INSERT OR IGNORE INTO urls (url, source, depth, first_seen, last_seen) VALUES (?, ?, ?, ?, ?)", rows
            )
            added = db.total_changes - before
            db.executemany(
                "UPDATE urls SET last_seen = max(last_seen, ?), depth = min(depth, ?) WHERE url = ?",
                [(now, depth, url) for url, *_ in rows],
            )
        return added

    def next_batch(
        self, limit: int, *, revisit_after_s: float | None = None, now: datetime | None = None
    ) -> list[UrlState]:
        """URLs to fetch now: never tried, fetched but not written by an earlier run, transient
        failures below max_attempts, and (with revisit_after_s) pages last fetched that long ago."""
        revisit_before = _ts(now) - revisit_after_s if revisit_after_s is not None else None
        # Never-fetched URLs first, from a partial index (no scan of the whole table);
        # then retries and revisits, which are few or come at the end of a run.
        fresh = """
            SELECT * FROM urls WHERE fetched_at IS NULL
            ORDER BY depth, first_seen, url LIMIT :limit
        """
        again = f"""
            SELECT * FROM urls
            WHERE fetched_at < :run AND (
                      (outcome = '{FETCHED}' AND written = 0)
                   OR ({_TRANSIENT_SQL} AND attempts < :max_attempts)
                   OR (:revisit IS NOT NULL AND fetched_at < :revisit
                       AND outcome IN ('{WRITTEN}', '{NOT_MODIFIED}', '{UNCHANGED}', '{LINKS_ONLY}')))
            ORDER BY depth, first_seen, url
            LIMIT :limit
        """
        params = {"run": self.started_at, "max_attempts": self.max_attempts, "revisit": revisit_before, "limit": limit}
        with self._translate("read the frontier"):
            rows = [self._row(r) for r in self._db.execute(fresh, params)]
            if len(rows) < limit:
                params["limit"] = limit - len(rows)
                rows += [self._row(r) for r in self._db.execute(again, params)]
        return rows

    def record_fetch_result(
        self,
        url: str,
        *,
        outcome: str,
        status: int | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        content_hash: str | None = None,
        fetched_at: datetime | None = None,
    ) -> None:
        """Store one fetch: FETCHED (new content, to be written), NOT_MODIFIED, UNCHANGED,
        LINKS_ONLY, or a failure reason slug (FetchError.reason)."""
        at = _ts(fetched_at)
        with self._transaction("record a fetch result") as db:
            if outcome in (FETCHED, LINKS_ONLY):
                cursor = db.execute(
                    """UPDATE urls SET outcome = ?, status = ?, attempts = 0, etag = ?, last_modified = ?,
                       content_hash = ?, fetched_at = ?, written = 0 WHERE url = ?""",
                    (outcome, status, etag, last_modified, content_hash, at, url),
                )
            elif outcome in (NOT_MODIFIED, UNCHANGED):
                cursor = db.execute(
                    """UPDATE urls SET outcome = ?, status = ?, attempts = 0, etag = coalesce(?, etag),
                       last_modified = coalesce(?, last_modified), fetched_at = ? WHERE url = ?""",
                    (outcome, status, etag, last_modified, at, url),
                )
            else:
                cursor = db.execute(
                    "UPDATE urls SET outcome = ?, status = ?, attempts = attempts + 1, fetched_at = ? WHERE url = ?",
                    (outcome, status, at, url),
                )
            if cursor.rowcount == 0:
                raise StateError(f"{self.path}: fetch result for unknown URL {url}")

    def begin_shard(self, shard: Path, items: Iterable[tuple[str, str]]) -> None:
        """Write-ahead: the (url, content_hash) records of a shard about to be renamed into place."""
        with self._transaction("record a shard in progress") as db:
            db.executemany(
                "INSERT INTO pending_shards (shard, url, content_hash) VALUES (?, ?, ?)",
                [(str(shard), url, content_hash) for url, content_hash in items],
            )

    def finish_shard(self, shard: Path, *, written_at: datetime | None = None) -> None:
        """The shard is on disk: mark its records written and forget the write-ahead, in one transaction."""
        at = _ts(written_at)
        with self._transaction("mark records written") as db:
            db.execute(
                f"""UPDATE urls SET outcome = '{WRITTEN}', written = 1, written_at = ?,
                    content_hash = (SELECT p.content_hash FROM pending_shards p WHERE p.shard = ? AND p.url = urls.url)
                    WHERE url IN (SELECT url FROM pending_shards WHERE shard = ?)""",
                (at, str(shard), str(shard)),
            )
            db.execute("DELETE FROM pending_shards WHERE shard = ?", (str(shard),))

    def abandon_shard(self, shard: Path) -> None:
        """The shard never reached its final name: forget the write-ahead (its pages are fetched again)."""
        with self._transaction("forget an unfinished shard") as db:
            db.execute("DELETE FROM pending_shards WHERE shard = ?", (str(shard),))

    def pending_shards(self) -> list[Path]:
        """Shards whose rename an interrupted run may or may not have completed."""
        with self._translate("read unfinished shards"):
            return [Path(r[0]) for r in self._db.execute("SELECT DISTINCT shard FROM pending_shards ORDER BY shard")]

    def discovery_validators(self, url: str) -> tuple[str | None, str | None]:
        """(ETag, Last-Modified) of a feed or sitemap from the last run that read it."""
        with self._translate("read discovery validators"):
            row = self._db.execute("SELECT etag, last_modified FROM discovery WHERE url = ?", (url,)).fetchone()
        return (None, None) if row is None else (row["etag"], row["last_modified"])

    def record_discovery(
        self, url: str, etag: str | None, last_modified: str | None, children: list[str] | None = None
    ) -> None:
        """Remember a feed's or sitemap's validators (and an index's sitemaps), after its links were added."""
        with self._transaction("record a discovery fetch") as db:
            db.execute(
                """INSERT INTO discovery (url, etag, last_modified, children, fetched_at) VALUES (?, ?, ?, ?, ?)
                   ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
                   children = excluded.children, fetched_at = excluded.fetched_at""",
                (url, etag, last_modified, json.dumps(children or []), _ts(None)),
            )

    def discovery_children(self, url: str) -> list[str]:
        """The sitemaps a sitemap index named when it was last read."""
        with self._translate("read discovery children"):
            row = self._db.execute("SELECT children FROM discovery WHERE url = ?", (url,)).fetchone()
        return [] if row is None else [str(c) for c in json.loads(row["children"])]

    def get(self, url: str) -> UrlState | None:
        """The state of one URL, or None if it was never discovered."""
        with self._translate("read a URL"):
            row = self._db.execute("SELECT * FROM urls WHERE url = ?", (url,)).fetchone()
        return None if row is None else self._row(row)

    def get_validators(self, url: str) -> tuple[str | None, str | None]:
        """(ETag, Last-Modified) for a conditional GET; (None, None) unless the current content was written."""
        with self._translate("read validators"):
            query = "SELECT etag, last_modified FROM urls WHERE url = ? AND written = 1"
            row = self._db.execute(query, (url,)).fetchone()
        return (None, None) if row is None else (row["etag"], row["last_modified"])

    def is_unchanged(self, url: str, content_hash: str) -> bool:
        """True when a record with this content hash was already written for the URL."""
        with self._translate("compare content hashes"):
            row = self._db.execute(
                "SELECT 1 FROM urls WHERE url = ? AND written = 1 AND content_hash = ?", (url, content_hash)
            ).fetchone()
        return row is not None

    def outcome_counts(self) -> dict[str, int]:
        """How many URLs end in each outcome, for the run summary."""
        with self._translate("count outcomes"):
            return {o: n for o, n in self._db.execute("SELECT outcome, count(*) FROM urls GROUP BY outcome")}

    def count_paragraphs(self, host: str, page_url: str, paragraph_hashes: Iterable[str]) -> None:
        """Record that a page of a host holds these paragraphs (a page counts once per paragraph)."""
        rows = [(host, h, page_url) for h in set(paragraph_hashes)]
        with self._transaction("count paragraphs") as db:
            query = "INSERT OR IGNORE INTO paragraph_pages (host, paragraph_hash, page_url) VALUES (?, ?, ?)"
            db.executemany(query, rows)

    def paragraph_page_counts(self, host: str, hashes: Iterable[str]) -> dict[str, int]:
        """For each hash, the number of distinct pages of the host holding it (0 when never seen)."""
        wanted = list(dict.fromkeys(hashes))
        counts = dict.fromkeys(wanted, 0)
        with self._translate("read paragraph counts"):
            for start in range(0, len(wanted), 500):  # stay below SQLite's bound-parameter limit
                chunk = wanted[start : start + 500]
                marks = ",".join("?" * len(chunk))
                query = f"""SELECT paragraph_hash, count(*) FROM paragraph_pages
                            WHERE host = ? AND paragraph_hash IN ({marks}) GROUP BY paragraph_hash"""
                counts.update({h: n for h, n in self._db.execute(query, (host, *chunk))})
        return counts

    @staticmethod
    def _row(row: sqlite3.Row) -> UrlState:
        return UrlState(
            url=row["url"],
            source=row["source"],
            depth=row["depth"],
            outcome=row["outcome"],
            status=row["status"],
            attempts=row["attempts"],
            etag=row["etag"],
            last_modified=row["last_modified"],
            content_hash=row["content_hash"],
            fetched_at=_dt(row["fetched_at"]),
            written=bool(row["written"]),
        )
