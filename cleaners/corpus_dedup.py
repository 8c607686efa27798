"""Corpus-wide near-duplicate documents: a persistent MinHash LSH index with a first-seen-wins policy.

API::

    with CorpusIndex.open_embedded("state/dedup", DedupParams()) as index:  # files next to the state
        doc = index.check_and_add(doc)    # doc.dup_of = id of the earlier copy, or doc unchanged and indexed
        index.query(doc)                   # [Match(id, containment)], earliest first; read only
    CorpusIndex.open_redis("127.0.0.1", 6379, b"newsclean", DedupParams())  # shared by several workers

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

import json
import logging
import os
import shutil
from collections.abc import Iterator
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol, cast

import numpy as np
from datasketch import MinHashLSH

from cleaners.config import CleanConfig
from cleaners.document import Document
from cleaners.minhash import Segment, Signature, Signer, band_keys, estimate_containment, estimate_jaccard, fsync_dir

logger = logging.getLogger(__name__)

FORMAT_VERSION = 1


@dataclass(frozen=True, slots=True)
class DedupParams:
    """Signature and decision parameters (chosen on bench/cleaning crossdoc; see bench/dedup_quality.py)."""

    num_perm: int = 128
    shingle_words: int = 5
    lead_words: int = 100
    seed: int = 1
    # LSH candidate threshold on Jaccard (full or lead signature): datasketch picks b=42, r=3.
    lsh_threshold: float = 0.25
    # Confirmed duplicate: estimated containment of the smaller text in the larger.
    min_containment: float = 0.5

    @classmethod
    def from_config(cls, config: CleanConfig) -> DedupParams:
        """The dedup fields of the cleaning config (dedup_threshold is the containment threshold)."""
        return cls(
            num_perm=config.dedup_num_perm,
            shingle_words=config.dedup_shingle_words,
            lead_words=config.dedup_lead_words,
            lsh_threshold=config.dedup_lsh_threshold,
            min_containment=config.dedup_threshold,
        )

    def signer(self) -> Signer:
        """The Signer these parameters describe."""
        return Signer(self.num_perm, self.shingle_words, self.lead_words, self.seed)

    def bands(self) -> tuple[int, int]:
        """(b, r) as datasketch's MinHashLSH optimiser chooses them."""
        lsh = MinHashLSH(threshold=self.lsh_threshold, num_perm=self.num_perm)
        return lsh.b, lsh.r

    def identity(self) -> dict[str, object]:
        """The fields an existing index must share (min_containment may change between runs)."""
        d = asdict(self)
        d.pop("min_containment")
        return d


@dataclass(frozen=True, slots=True)
class Match:
    """An indexed document that a query document duplicates."""

    id: str
    containment: float
    seq: int


@dataclass(frozen=True, slots=True)
class Stored:
    """What confirmation needs of an indexed document."""

    id: str
    size: int
    full: np.ndarray


class Store(Protocol):
    """Where the index lives: candidates by LSH, stored signatures by sequence number."""

    def next_seq(self) -> int: ...
    def add(self, seq: int, doc_id: str, sig: Signature) -> None: ...
    def remove(self, seq: int) -> None: ...
    def candidates(self, sig: Signature) -> set[int]: ...
    def fetch(self, seqs: list[int]) -> dict[int, Stored]: ...
    def flush(self) -> None: ...
    def close(self, flush: bool = True) -> None: ...


def _lsh_keys(seq: int) -> tuple[int, int]:
    """LSH keys of a document's full and lead signatures."""
    return 2 * seq, 2 * seq + 1


class CorpusIndex:
    """First-seen-wins near-duplicate policy over a Store."""

    def __init__(self, store: Store, params: DedupParams, insert_first: bool = False) -> None:
        self.params = params
        self.signer = params.signer()
        self._store = store
        self._insert_first = insert_first

    @classmethod
    def open_embedded(cls, path: str | os.PathLike[str], params: DedupParams | None = None) -> CorpusIndex:
        """Open (or create) the file-backed index in directory ``path``."""
        params = params or DedupParams()
        return cls(EmbeddedStore(Path(path), params), params)

    @classmethod
    def open_redis(cls, host: str, port: int, basename: bytes, params: DedupParams | None = None) -> CorpusIndex:
        """Open the index shared through the Redis server at host:port under key prefix ``basename``."""
        params = params or DedupParams()
        return cls(RedisStore(host, port, basename, params), params, insert_first=True)

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
            if first.id == doc.id:
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


class RedisStore:
    """Bands in datasketch's Redis storage; ids, sizes and signatures in one Redis hash."""

    def __init__(self, host: str, port: int, basename: bytes, params: DedupParams) -> None:
        import redis  # noqa: PLC0415  (optional dependency: newsclean[redis])

        self.params = params
        self._client = redis.Redis(host=host, port=port)
        self._docs = basename + b":docs"
        self._seq = basename + b":seq"
        meta = json.dumps(params.identity(), sort_keys=True)
        self._client.setnx(basename + b":params", meta)
        stored = cast("bytes | None", self._client.get(basename + b":params"))  # the client returns bytes
        if stored is None or stored.decode() != meta:
            raise ValueError(f"redis index {basename!r} was built with other parameters: {stored!r}")
        b, r = params.bands()
        self._lsh = MinHashLSH(
            num_perm=params.num_perm,
            params=(b, r),
            storage_config={"type": "redis", "basename": basename, "redis": {"host": host, "port": port}},
        )
        self._signer = params.signer()

    def next_seq(self) -> int:
        return int(self._client.incr(self._seq))

    def add(self, seq: int, doc_id: str, sig: Signature) -> None:
        value = np.uint32(sig.size).tobytes() + sig.full.astype("<u4").tobytes() + doc_id.encode("utf-8")
        self._client.hset(self._docs, str(seq), value)
        kf, kl = _lsh_keys(seq)
        with self._lsh.insertion_session(buffer_size=1000) as session:
            session.insert(kf, self._signer.lean(sig.full), check_duplication=False)
            if not np.array_equal(sig.full, sig.lead):
                session.insert(kl, self._signer.lean(sig.lead), check_duplication=False)

    def remove(self, seq: int) -> None:
        for key in _lsh_keys(seq):
            if key in self._lsh:
                self._lsh.remove(key)
        self._client.hdel(self._docs, str(seq))

    def candidates(self, sig: Signature) -> set[int]:
        found: set[int] = set()
        for values in (sig.full, sig.lead):
            # One buffered query at a time: collect_query_buffer intersects several.
            self._lsh.add_to_query_buffer(self._signer.lean(values))
            found.update(int(k) >> 1 for k in self._lsh.collect_query_buffer())
        return found

    def fetch(self, seqs: list[int]) -> dict[int, Stored]:
        if not seqs:
            return {}
        n = self.params.num_perm
        out = {}
        for seq, raw in zip(seqs, self._client.hmget(self._docs, [str(s) for s in seqs])):
            if raw is not None:
                raw = cast(bytes, raw)  # the client returns bytes (decode_responses is off)
                size = int(np.frombuffer(raw[:4], "<u4")[0])
                full = np.frombuffer(raw[4 : 4 + 4 * n], "<u4")
                out[seq] = Stored(raw[4 + 4 * n :].decode("utf-8"), size, full)
        return out

    def flush(self) -> None:
        """Nothing to do: every write went to Redis."""

    def close(self, flush: bool = True) -> None:
        """Redis writes are immediate: nothing to flush or forget."""
        self._client.close()


class EmbeddedStore:
    """Segments on disk (memory-mapped) plus a live datasketch MinHashLSH for unflushed documents."""

    def __init__(self, path: Path, params: DedupParams, max_segments: int = 16) -> None:
        self.path = path
        self.params = params
        self.bands = params.bands()
        self.max_segments = max_segments
        self._signer = params.signer()
        path.mkdir(parents=True, exist_ok=True)
        manifest = self._read_manifest()
        self._next = int(manifest["next_seq"])
        self._load(list(manifest["segments"]))
        self._remove_strays()
        self._reset_live()

    def _remove_strays(self) -> None:
        """Delete what a writer killed mid-flush left: temp folders, and segments the manifest never listed.

        A segment is renamed into place before the manifest names it, so an unlisted
        one holds only documents whose records were never confirmed written; they are
        added again when their pages are. (One writer at a time: the crawl holds a lock.)
        """
        listed = set(self._names)
        for entry in self.path.iterdir():
            if entry.is_dir() and (
                entry.name.startswith(".tmp-") or (entry.name.startswith("seg-") and entry.name not in listed)
            ):
                logger.warning("removing %s, left by an interrupted dedup index flush", entry)
                shutil.rmtree(entry, ignore_errors=True)
            elif entry.name == "manifest.json.tmp":
                entry.unlink(missing_ok=True)

    def _load(self, names: list[str]) -> None:
        self._names = names
        self._segments = [Segment.load(self.path / n) for n in names]
        self._starts = np.array([int(s.seqs[0]) for s in self._segments], dtype=np.int64)

    def _reset_live(self) -> None:
        self._lsh = MinHashLSH(num_perm=self.params.num_perm, params=self.bands)
        self._live: dict[int, tuple[str, Signature]] = {}

    def _read_manifest(self) -> dict[str, Any]:
        f = self.path / "manifest.json"
        identity = self.params.identity()
        if not f.exists():
            return {"version": FORMAT_VERSION, "params": identity, "next_seq": 1, "segments": []}
        manifest: dict[str, Any] = json.loads(f.read_text(encoding="utf-8"))
        if manifest.get("version") != FORMAT_VERSION or manifest.get("params") != identity:
            raise ValueError(f"{self.path}: index built with other parameters: {manifest.get('params')}")
        return manifest

    def _write_manifest(self) -> None:
        data = {
            "version": FORMAT_VERSION,
            "params": self.params.identity(),
            "next_seq": self._next,
            "segments": self._names,
        }
        tmp = self.path / "manifest.json.tmp"
        with open(tmp, "wb") as fh:
            fh.write(json.dumps(data, indent=1).encode("utf-8"))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path / "manifest.json")
        fsync_dir(self.path)

    def next_seq(self) -> int:
        self._next += 1
        return self._next - 1

    def add(self, seq: int, doc_id: str, sig: Signature) -> None:
        kf, kl = _lsh_keys(seq)
        self._lsh.insert(kf, self._signer.lean(sig.full), check_duplication=False)
        if not np.array_equal(sig.full, sig.lead):
            self._lsh.insert(kl, self._signer.lean(sig.lead), check_duplication=False)
        self._live[seq] = (doc_id, sig)

    def remove(self, seq: int) -> None:
        """Not needed: the embedded index checks before it adds."""
        raise NotImplementedError

    def candidates(self, sig: Signature) -> set[int]:
        found = {k >> 1 for k in self._lsh.query(self._signer.lean(sig.full))}
        found |= {k >> 1 for k in self._lsh.query(self._signer.lean(sig.lead))}
        if self._segments:
            keys = band_keys(np.stack([sig.full, sig.lead]), *self.bands).ravel()
            for seg in self._segments:
                found.update(seg.lookup(keys))
        return found

    def fetch(self, seqs: list[int]) -> dict[int, Stored]:
        out = {}
        for seq in seqs:
            if seq in self._live:
                doc_id, sig = self._live[seq]
                out[seq] = Stored(doc_id, sig.size, sig.full)
            else:
                i = int(np.searchsorted(self._starts, seq, side="right")) - 1
                out[seq] = Stored(*self._segments[i].stored(seq))
        return out

    def import_signed(self, ids: list[str], sigs: list[Signature]) -> None:
        """Bulk-index documents known to be distinct (no checks) as one new segment."""
        self.flush()
        seqs = list(range(self._next, self._next + len(ids)))
        self._next += len(ids)
        seg = Segment.build(seqs, ids, sigs, self.bands)
        name = f"seg-{seqs[0]:012d}-{seqs[-1]:012d}"
        seg.save(self.path / name)
        self._names = self._names + [name]
        self._write_manifest()
        self._load(self._names)

    def flush(self) -> None:
        """Write the live documents as a new segment, merged with the newest small ones; then the manifest."""
        if not self._live:
            return
        seqs = sorted(self._live)
        seg = Segment.build(seqs, [self._live[s][0] for s in seqs], [self._live[s][1] for s in seqs], self.bands)
        k = self._merge_count(len(seg.seqs))
        old = self._names[len(self._names) - k :] if k else []
        if k:
            seg = Segment.merge(self._segments[len(self._segments) - k :] + [seg])
            logger.info("merged %d dedup segments", k + 1)
        name = f"seg-{int(seg.seqs[0]):012d}-{int(seg.seqs[-1]):012d}"
        seg.save(self.path / name)
        self._names = [n for n in self._names if n not in old] + [name]
        self._write_manifest()
        for n in old:
            shutil.rmtree(self.path / n, ignore_errors=True)
        self._load(self._names)
        self._reset_live()

    def _merge_count(self, new_size: int) -> int:
        """How many of the newest segments to merge with a new one of ``new_size`` documents.

        Tiered: a segment joins the merge while it is at most twice the size merged so
        far, or while there would be more than ``max_segments``. Old, large segments are
        rarely rewritten, so a flush costs memory and disk in proportion to recent growth,
        not to the whole corpus.
        """
        sizes = [len(s.seqs) for s in self._segments]
        k, total = 0, new_size
        while k < len(sizes) and (sizes[-1 - k] <= 2 * total or len(sizes) - k + 1 > self.max_segments):
            total += sizes[-1 - k]
            k += 1
        return k

    def close(self, flush: bool = True) -> None:
        if flush:
            self.flush()
        else:
            self._reset_live()
