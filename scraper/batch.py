"""Cross-document decisions for ``clean`` and ``url`` batches, applied per window of documents.

Documents are cleaned one by one; every ``window`` documents (and at the end)
the batch stages run over the window (paragraphs borrowed from another story
marked off topic, lines several stories print marked boilerplate),
near-duplicates are dropped when ``--dedup`` asked for it, and the records
are written.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from cleaners.config import CleanConfig
from cleaners.corpus_dedup import CorpusIndex
from cleaners.document import Document
from cleaners.pipeline import BatchPipeline, batch_stages
from scraper.render import RecordWriter

log = logging.getLogger(__name__)

WINDOW = 2000


@dataclass(frozen=True, slots=True)
class _Pending:
    doc: Document
    source: str
    fetched_at: str | None


class BatchWriter:
    """Collect cleaned documents; ``finish()`` writes what is left."""

    def __init__(
        self, writer: RecordWriter, index: CorpusIndex | None, config: CleanConfig, *, window: int = WINDOW
    ) -> None:
        self._writer = writer
        self._index = index
        self._window = window
        self._pending: list[_Pending] = []
        self._batch = BatchPipeline(batch_stages(config))

    def add(self, doc: Document, *, source: str, fetched_at: str | None = None) -> None:
        self._pending.append(_Pending(doc, source, fetched_at))
        if len(self._pending) >= self._window:
            self._flush()

    def finish(self) -> None:
        self._flush()

    def _flush(self) -> None:
        docs = self._batch.run([p.doc for p in self._pending])
        for pending, doc in zip(self._pending, docs):
            if self._index is not None and (doc := self._index.check_and_add(doc)).dup_of is not None:
                log.warning("%s: near-duplicate of %s, dropped", pending.source, doc.dup_of)
                continue
            self._writer.write(doc, fetched_at=pending.fetched_at, source=pending.source)
        self._pending = []
