"""Corpus-wide near-duplicate documents: a persistent MinHash LSH index with a first-seen-wins policy.

API::

    with CorpusIndex.open_embedded("state/dedup", DedupParams()) as index:  # files next to the state
        doc = index.check_and_add(doc)    # doc.dup_of = id of the earlier copy, or doc unchanged and indexed
        index.query(doc)                   # [Match(id, containment)], earliest first; read only
    CorpusIndex.open_redis(RedisAddress("10.0.0.5", 6379, password="..."), b"newsclean")  # shared by workers

Policy: the first document seen is kept and indexed; a later one whose kept
text is mostly contained in an indexed one (or contains it), estimated
containment >= ``min_containment``, gets ``dup_of`` and is not indexed, so
``dup_of`` always names a kept document. A document with the id of an
indexed one it matches is a re-check: it is returned unchanged. A document
with no words is never a duplicate and is not indexed.

Candidates come from MinHash LSH (b bands of r rows, datasketch's optimiser
at ``lsh_threshold``) over two signatures a document: its whole text and
its lead (wire copies are abridged from the bottom, so the copy matches the
original's lead). Candidates are confirmed on the whole-text signatures:
Jaccard estimate and shingle counts give |A & B| / min(|A|, |B|).

Stores (same decisions on the same stream):
- embedded: a directory of immutable segments (numpy .npy files, memory
  mapped at open, so opening is fast) plus a live in-memory ``MinHashLSH``
  for documents added since the last ``flush()``. A flush writes a new
  segment (temp dir, fsync, rename) then the manifest (temp, fsync,
  os.replace). One writer at a time.
- redis: datasketch's Redis storage for the bands, and the ids, shingle
  counts and signatures in a Redis hash. A document is inserted first and
  then checked against earlier sequence numbers, so racing workers agree on
  which copy is first; the later one removes itself.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from types import TracebackType

from cleaners.dedup_stores import DedupParams, EmbeddedStore, RedisAddress, RedisStore, Store
from cleaners.document import Document
from cleaners.minhash import Signature, estimate_containment, estimate_jaccard

__all__ = ["CorpusIndex", "DedupParams", "Match"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Match:
    """An indexed document that a query document duplicates."""

    id: str
    containment: float
    seq: int


class CorpusIndex:
    """First-seen-wins near-duplicate policy over a Store."""

    def __init__(
        self, store: Store, params: DedupParams, insert_first: bool = False, same_id_is_copy: bool = False
    ) -> None:
        self.params = params
        self.signer = params.signer()
        self._store = store
        self._insert_first = insert_first
        # False (a crawl): a page seen again under its id is a revisit, not a copy.
        # True (dedup of files): a record seen again under its id is a copy.
        self.same_id_is_copy = same_id_is_copy

    @classmethod
    def open_embedded(cls, path: str | os.PathLike[str], params: DedupParams | None = None) -> CorpusIndex:
        """Open (or create) the file-backed index in directory ``path``."""
        params = params or DedupParams()
        return cls(EmbeddedStore(Path(path), params), params)

    @classmethod
    def open_redis(cls, address: RedisAddress, basename: bytes, params: DedupParams | None = None) -> CorpusIndex:
        """Open the index shared through the Redis server at ``address`` under key prefix ``basename``."""
        params = params or DedupParams()
        return cls(RedisStore(address, basename, params), params, insert_first=True)

    def __enter__(self) -> CorpusIndex:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        # On an error the caller's output was not written: documents added
        # since the last flush must not be remembered as seen.
        self.close(flush=et is None)

    def _matches(self, sig: Signature, before: int | None) -> list[Match]:
        if sig.is_empty():
            return []
        seqs = sorted(s for s in self._store.candidates(sig) if before is None or s < before)
        out = []
        for seq, st in sorted(self._store.fetch(seqs).items()):
            c = estimate_containment(estimate_jaccard(sig.full, st.full), sig.size, st.size)
            if c >= self.params.min_containment:
                out.append(Match(st.id, c, seq))
        return out

    def query(self, doc: Document) -> list[Match]:
        """Indexed documents that ``doc`` near-duplicates, earliest first (the index is not changed)."""
        return self._matches(self.signer.sign(doc.kept_text()), None)

    def check_and_add(self, doc: Document) -> Document:
        """Return ``doc`` with dup_of set if it copies an indexed document; otherwise index it and return it."""
        return self.check_and_add_signed(doc, self.signer.sign(doc.kept_text()))

    def check_and_add_signed(self, doc: Document, sig: Signature) -> Document:
        """check_and_add with a signature computed beforehand (Signer.sign_many batches)."""
        if sig.is_empty():
            return doc
        seq = None
        if self._insert_first:
            seq = self._store.next_seq()
            self._store.add(seq, doc.id, sig)
        matches = self._matches(sig, seq)
        if matches:
            first = matches[0]
            if seq is not None:
                self._store.remove(seq)
            if first.id == doc.id and not self.same_id_is_copy:
                return doc
            logger.debug("%s near-duplicates %s (containment %.2f)", doc.id, first.id, first.containment)
            return replace(doc, dup_of=first.id)
        if seq is None:
            self._store.add(self._store.next_seq(), doc.id, sig)
        return doc

    def dedup(self, docs: Iterator[Document] | list[Document], batch: int = 256) -> Iterator[Document]:
        """check_and_add over a stream, signing in batches."""
        pending: list[Document] = []
        for doc in docs:
            pending.append(doc)
            if len(pending) >= batch:
                yield from self._dedup_batch(pending)
                pending = []
        yield from self._dedup_batch(pending)

    def _dedup_batch(self, docs: list[Document]) -> Iterator[Document]:
        for doc, sig in zip(docs, self.signer.sign_many([d.kept_text() for d in docs])):
            yield self.check_and_add_signed(doc, sig)

    def flush(self) -> None:
        """Make everything added so far durable."""
        self._store.flush()

    def close(self, flush: bool = True) -> None:
        """Release the store, flushing first unless ``flush`` is False (then unflushed documents are forgotten)."""
        self._store.close(flush)
