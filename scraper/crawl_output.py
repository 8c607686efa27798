"""The write side of a crawl: near-duplicates dropped, records into shards, the state told after the disk.

Order of events, so that a crash at any moment loses nothing and doubles nothing:
- a kept page's record goes to a temporary shard; the shard's (url, hash)
  pairs are written ahead to the state, then the shard is renamed into place;
- then the dedup index is flushed and the pages are marked written;
- a page dropped as a near-duplicate gets its final outcome only once no
  record is waiting in a temporary shard: its original may be one of them,
  and if a crash lost it, the next run must judge the duplicate again
  (the original may be gone by then, and the duplicate is then the one kept).

That last guarantee needs the embedded index, which remembers a document only
when it is flushed after the shard. The Redis index stores it at once, so
after a crash the original stays indexed even if its page is gone by the next
run, and the copy is dropped against it (README, "Known limits").
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from cleaners.corpus_dedup import CorpusIndex
from cleaners.document import Document
from cleaners.records import Record
from scraper.config import OutputSettings
from scraper.shards import Committed, ShardWriter
from scraper.state import WRITTEN, StateStore, UrlState

NEAR_DUPLICATE = "near_duplicate"


@dataclass(frozen=True, slots=True)
class CleanedPage:
    """A page cleaned and waiting for the dedup decision and its shard."""

    item: UrlState
    doc: Document
    content_hash: str
    fetched_at: str


class CrawlOutput:
    """Drops near-duplicates, writes the rest to shards, and records both outcomes only when safe."""

    def __init__(self, output: OutputSettings, state: StateStore, index: CorpusIndex) -> None:
        self.state = state
        self.index = index
        self.writer = ShardWriter(
            output.dir, format=output.format, max_records=output.shard_records, before_commit=state.begin_shard
        )
        self.shards: list[Path] = []
        self.written = 0
        self.last_commit = time.monotonic()
        self._duplicates: list[str] = []  # near-duplicate URLs whose original may not be on disk yet

    def write(self, page: CleanedPage) -> str:
        """Drop the page as a near-duplicate or append its record; the outcome (NEAR_DUPLICATE or WRITTEN)."""
        doc = self.index.check_and_add(page.doc)
        if doc.dup_of is not None:
            self._duplicates.append(page.item.url)
            self._settle_duplicates()
            return NEAR_DUPLICATE
        record = Record.from_document(doc, fetched_at=page.fetched_at, source=page.item.source)
        self._commit(self.writer.write(record.to_json(), url=page.item.url, content_hash=page.content_hash))
        return WRITTEN

    def flush(self) -> None:
        """Put the open shard in place and record everything waiting on it."""
        self._commit(self.writer.flush())
        self._settle_duplicates()

    def close(self) -> None:
        """Discard what was never flushed (those pages are fetched again by the next run)."""
        self.writer.close()

    def _commit(self, committed: list[Committed]) -> None:
        """After shards reached their final names: flush the index, then mark their pages written."""
        if not committed:
            return
        self.index.flush()
        for shard in dict.fromkeys(c.shard for c in committed):
            self.state.finish_shard(shard)
            self.shards.append(shard)
        self.written += len(committed)
        self.last_commit = time.monotonic()
        self._settle_duplicates()

    def _settle_duplicates(self) -> None:
        """With no record waiting in a temporary shard, every original is on disk: the drops are final."""
        if self._duplicates and not self.writer.pending:
            for url in self._duplicates:
                self.state.record_fetch_result(url, outcome=NEAR_DUPLICATE)
            self._duplicates.clear()
