"""StateStore on real SQLite files: persistence, frontier, validators, paragraph counts, errors."""
from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from scraper.errors import ConfigError, ScraperError
from scraper.state import (
    FETCHED,
    LINKS_ONLY,
    MIGRATIONS,
    NOT_MODIFIED,
    STATE_FILE,
    WRITTEN,
    StateError,
    StateStore,
    prepare_state_dir,
)

A = "http://127.0.0.1:8123/articles/a.html"
B = "http://127.0.0.1:8123/articles/b.html"
C = "http://127.0.0.1:8123/articles/c.html"
EARLIER = datetime.now(UTC) - timedelta(hours=1)


def urls_of(store: StateStore, limit: int = 100, **options: object) -> list[str]:
    return [u.url for u in store.next_batch(limit, **options)]  # type: ignore[arg-type]


def mark_written(store: StateStore, *records: tuple[str, str]) -> None:
    """What the crawl does once a shard holding these (url, content_hash) records is on disk."""
    shard = store.path.parent / f"shard-{records[0][1]}.jsonl"
    store.begin_shard(shard, records)
    store.finish_shard(shard)


def test_new_state_uses_wal_and_the_latest_schema(tmp_path: Path) -> None:
    with StateStore.open(tmp_path / "state") as store:
        assert store.journal_mode == "wal"
        assert store.schema_version == len(MIGRATIONS) == 2
        assert store.path == tmp_path / "state" / STATE_FILE
    assert (tmp_path / "state" / STATE_FILE).exists()


def test_add_discovered_is_idempotent(tmp_path: Path) -> None:
    with StateStore.open(tmp_path) as store:
        assert store.add_discovered([A, B, A], source="courier", depth=1) == 2
        assert store.add_discovered([A, B], source="other", depth=0) == 0
        assert store.add_discovered([B, C], source="courier", depth=2) == 1
        a = store.get(A)
        assert a is not None and a.source == "courier" and a.depth == 0  # first source kept, shallowest depth
        assert store.outcome_counts() == {"pending": 3}
        assert store.get("http://127.0.0.1:8123/never") is None


def test_state_survives_reopen(tmp_path: Path) -> None:
    with StateStore.open(tmp_path) as store:
        store.add_discovered([A, B], source="courier")
        store.record_fetch_result(
            A, outcome=FETCHED, status=200, etag='"v1"', last_modified="Tue, 14 May 2024 07:30:00 GMT", content_hash="h1"
        )
        mark_written(store, (A, "h1"))
    with StateStore.open(tmp_path) as store:
        a = store.get(A)
        assert a is not None
        assert (a.outcome, a.status, a.written, a.content_hash) == (WRITTEN, 200, True, "h1")
        assert a.fetched_at is not None and a.fetched_at.tzinfo is not None
        assert store.get_validators(A) == ('"v1"', "Tue, 14 May 2024 07:30:00 GMT")
        assert store.is_unchanged(A, "h1") and not store.is_unchanged(A, "h2")
        assert urls_of(store) == [B]


def test_validators_only_for_written_content(tmp_path: Path) -> None:
    """A 304 for content we never saved would lose it, so no validators before its shard is finished."""
    with StateStore.open(tmp_path) as store:
        store.add_discovered([A], source="courier")
        assert store.get_validators(A) == (None, None)
        store.record_fetch_result(A, outcome=FETCHED, status=200, etag='"v1"', content_hash="h1")
        assert store.get_validators(A) == (None, None)
        assert not store.is_unchanged(A, "h1")
        mark_written(store, (A, "h1"))
        assert store.get_validators(A) == ('"v1"', None)
        # a changed page fetched again but not yet written: validators withheld again
        store.record_fetch_result(A, outcome=FETCHED, status=200, etag='"v2"', content_hash="h2")
        assert store.get_validators(A) == (None, None)
        mark_written(store, (A, "h2"))
        assert store.get_validators(A) == ('"v2"', None)
        store.record_fetch_result(A, outcome=NOT_MODIFIED, status=304)
        assert store.get_validators(A) == ('"v2"', None)
        a = store.get(A)
        assert a is not None and a.written and a.outcome == NOT_MODIFIED


def test_frontier_within_a_run_and_across_runs(tmp_path: Path) -> None:
    with StateStore.open(tmp_path) as store:
        store.add_discovered([A, B, C], source="courier")
        store.add_discovered(["http://127.0.0.1:8123/deep.html"], source="courier", depth=2)
        assert urls_of(store, 2) == [A, B]
        store.record_fetch_result(A, outcome=FETCHED, status=200, content_hash="ha", fetched_at=EARLIER)
        store.record_fetch_result(B, outcome="http_503", status=503, fetched_at=EARLIER)
        store.record_fetch_result(C, outcome="http_404", status=404, fetched_at=EARLIER)
        # Tried in this run (fetched_at is before this store opened, so pretend with a later run below).
    with StateStore.open(tmp_path) as store:
        # A: fetched but its record never written (crash) -> again; B: transient -> again; C: 404 -> never.
        assert urls_of(store) == ["http://127.0.0.1:8123/deep.html", A, B]
        store.record_fetch_result(A, outcome=FETCHED, status=200, content_hash="ha")
        mark_written(store, (A, "ha"))
        store.record_fetch_result(B, outcome="timeout")
        assert urls_of(store) == ["http://127.0.0.1:8123/deep.html"]  # this run tried A and B already


def test_transient_failures_stop_after_max_attempts(tmp_path: Path) -> None:
    with StateStore.open(tmp_path, max_attempts=2) as store:
        store.add_discovered([A], source="courier")
        store.record_fetch_result(A, outcome="network_error", fetched_at=EARLIER)
    with StateStore.open(tmp_path, max_attempts=2) as store:
        assert urls_of(store) == [A]
        store.record_fetch_result(A, outcome="http_429", fetched_at=EARLIER)
    with StateStore.open(tmp_path, max_attempts=2) as store:
        assert urls_of(store) == []
        a = store.get(A)
        assert a is not None and a.attempts == 2 and a.outcome == "http_429"


def test_revisit_after(tmp_path: Path) -> None:
    long_ago = datetime.now(UTC) - timedelta(days=2)
    with StateStore.open(tmp_path) as store:
        store.add_discovered([A, B], source="courier")
        store.record_fetch_result(A, outcome=FETCHED, content_hash="ha", fetched_at=long_ago)
        mark_written(store, (A, "ha"))
        store.record_fetch_result(B, outcome=LINKS_ONLY, fetched_at=EARLIER)
    with StateStore.open(tmp_path) as store:
        assert urls_of(store) == []
        assert urls_of(store, revisit_after_s=86400) == [A]
        assert urls_of(store, revisit_after_s=60) == [A, B]


def test_fetch_result_for_unknown_url_is_an_error(tmp_path: Path) -> None:
    with StateStore.open(tmp_path) as store, pytest.raises(StateError, match="unknown URL"):
        store.record_fetch_result(A, outcome=FETCHED)


def test_paragraph_counts_are_distinct_pages_per_host(tmp_path: Path) -> None:
    with StateStore.open(tmp_path) as store:
        store.count_paragraphs("a.example", "https://a.example/1", ["footer", "p1", "footer"])
        store.count_paragraphs("a.example", "https://a.example/1", ["footer"])  # same page again
        store.count_paragraphs("a.example", "https://a.example/2", ["footer", "p2"])
        store.count_paragraphs("b.example", "https://b.example/1", ["footer"])
        counts = store.paragraph_page_counts("a.example", ["footer", "p1", "unseen"])
        assert counts == {"footer": 2, "p1": 1, "unseen": 0}
        assert store.paragraph_page_counts("b.example", ["footer", "p1"]) == {"footer": 1, "p1": 0}
        many = [f"h{i}" for i in range(1200)]  # more than one query's worth of parameters
        store.count_paragraphs("a.example", "https://a.example/3", many)
        assert sum(store.paragraph_page_counts("a.example", many).values()) == 1200
    with StateStore.open(tmp_path) as store:
        assert store.paragraph_page_counts("a.example", ["footer"]) == {"footer": 2}


def test_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / STATE_FILE).write_bytes(b"this is not sqlite, just a file someone put here" * 100)
    with pytest.raises(StateError) as info:
        StateStore.open(tmp_path)
    assert str(tmp_path / STATE_FILE) in str(info.value)
    assert isinstance(info.value, ScraperError)


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / STATE_FILE)
    db.execute("PRAGMA user_version=99")
    db.close()
    with pytest.raises(StateError, match="schema v99 is newer"):
        StateStore.open(tmp_path)


def test_unwritable_state_dir_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StateError, match="cannot open state"):
        StateStore.open(blocker / "state")


def test_prepare_state_dir_creates_the_folder(tmp_path: Path) -> None:
    prepare_state_dir(tmp_path / "var" / "state")
    assert (tmp_path / "var" / "state").is_dir()
    prepare_state_dir(tmp_path / "var" / "state")  # an existing folder is fine


@pytest.mark.parametrize(
    ("layout", "problem"),
    [
        ("state is a file", "a file is in the way (it must be a folder)"),
        ("parent is a file", "cannot create it: Not a directory"),
        ("state file is a folder", f"{STATE_FILE} is not a writable file"),
    ],
)
def test_a_state_folder_that_cannot_hold_the_state_is_a_config_error(
    tmp_path: Path, layout: str, problem: str
) -> None:
    """A configuration error (exit 2) naming the folder, not an I/O failure of a run."""
    state_dir = tmp_path / "state"
    if layout == "state is a file":
        state_dir.write_text("x")
    elif layout == "parent is a file":
        (tmp_path / "blocker").write_text("x")
        state_dir = tmp_path / "blocker" / "state"
    else:
        (state_dir / STATE_FILE).mkdir(parents=True)
    with pytest.raises(ConfigError) as info:
        prepare_state_dir(state_dir)
    assert str(info.value) == f"state folder {state_dir}: {problem}"
    assert info.value.exit_code == 2
