"""Where the corpus dedup index lives: files beside the state (embedded) or Redis (shared).

Both stores keep, per indexed document, a sequence number, its id, its
shingle count and its whole-text signature, and answer LSH candidate queries;
``CorpusIndex`` (cleaners/corpus_dedup.py) makes the decisions on top.
"""

from __future__ import annotations

import contextlib
import json
import logging
import shutil
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol, cast

import numpy as np
from datasketch import MinHashLSH

from cleaners.config import CleanConfig
from cleaners.durable import leftover_temp_files, write_file_atomically
from cleaners.errors import IndexLocked, IndexUnavailable
from cleaners.file_locks import lock_exclusively, unlock
from cleaners.minhash import Segment, Signature, Signer, band_keys

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


def lsh_keys(seq: int) -> tuple[int, int]:
    """LSH keys of a document's full and lead signatures."""
    return 2 * seq, 2 * seq + 1


@dataclass(frozen=True, slots=True)
class RedisAddress:
    """How to reach and log in to the Redis server of a shared index."""

    host: str
    port: int = 6379
    username: str | None = None  # an ACL user; None is Redis's "default" user
    # Kept out of repr so that no log line or traceback shows it.
    password: str | None = field(default=None, repr=False)
    ssl: bool = False
    ssl_ca_certs: str | None = None  # CA file to trust besides the system's (TLS only)

    @property
    def where(self) -> str:
        """host:port for messages (brackets around an IPv6 address); never the password."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    def client_kwargs(self) -> dict[str, Any]:
        """Keyword arguments of ``redis.Redis`` (datasketch passes its ``redis`` dict on as these too)."""
        kwargs: dict[str, Any] = {"host": self.host, "port": self.port}
        if self.username is not None:
            kwargs["username"] = self.username
        if self.password is not None:
            kwargs["password"] = self.password
        if self.ssl:
            kwargs["ssl"] = True
            if self.ssl_ca_certs is not None:
                kwargs["ssl_ca_certs"] = self.ssl_ca_certs
        return kwargs


class RedisStore:
    """Bands in datasketch's Redis storage; ids, sizes and signatures in one Redis hash."""

    def __init__(self, address: RedisAddress, basename: bytes, params: DedupParams) -> None:
        import redis  # noqa: PLC0415  (optional dependency: newsclean[redis])
        from redis.backoff import NoBackoff  # noqa: PLC0415
        from redis.retry import Retry  # noqa: PLC0415

        # Log in once without retries first: redis-py retries connection errors and counts a refused
        # password as one, so a wrong password would take seconds of backoff to be reported.
        with redis.Redis(**address.client_kwargs(), retry=Retry(NoBackoff(), 0)) as probe:
            probe.ping()
        self.params = params
        self._client = redis.Redis(**address.client_kwargs())
        self._where = address.where
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
            # datasketch opens clients of its own with these: they log in as ours do.
            storage_config={"type": "redis", "basename": basename, "redis": address.client_kwargs()},
        )
        self._signer = params.signer()

    @contextlib.contextmanager
    def _reachable(self) -> Iterator[None]:
        """Redis going away mid-run: an IndexUnavailable error naming the server, not a traceback."""
        try:
            yield
        except Exception as exc:
            if type(exc).__module__.startswith("redis"):
                raise IndexUnavailable(f"redis index at {self._where} unavailable: {exc}") from None
            raise

    def next_seq(self) -> int:
        with self._reachable():
            return int(self._client.incr(self._seq))

    def add(self, seq: int, doc_id: str, sig: Signature) -> None:
        value = np.uint32(sig.size).tobytes() + sig.full.astype("<u4").tobytes() + doc_id.encode("utf-8")
        kf, kl = lsh_keys(seq)
        with self._reachable():
            self._client.hset(self._docs, str(seq), value)
            with self._lsh.insertion_session(buffer_size=1000) as session:
                session.insert(kf, self._signer.lean(sig.full), check_duplication=False)
                if not np.array_equal(sig.full, sig.lead):
                    session.insert(kl, self._signer.lean(sig.lead), check_duplication=False)

    def remove(self, seq: int) -> None:
        with self._reachable():
            for key in lsh_keys(seq):
                if key in self._lsh:
                    self._lsh.remove(key)
            self._client.hdel(self._docs, str(seq))

    def candidates(self, sig: Signature) -> set[int]:
        found: set[int] = set()
        with self._reachable():
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
        with self._reachable():
            stored = self._client.hmget(self._docs, [str(s) for s in seqs])
        for seq, raw in zip(seqs, stored):
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


def _lock_exclusively(path: Path) -> int:
    """An exclusive lock on ``path`` (the index has one writer at a time); IndexLocked if another holds it."""
    try:
        return lock_exclusively(path)
    except BlockingIOError:
        raise IndexLocked(f"{path.parent}: the dedup index is in use by another newsclean process") from None


class EmbeddedStore:
    """Segments on disk (memory-mapped) plus a live datasketch MinHashLSH for unflushed documents."""

    def __init__(self, path: Path, params: DedupParams, max_segments: int = 16) -> None:
        self.path = path
        self.params = params
        self.bands = params.bands()
        self.max_segments = max_segments
        self._signer = params.signer()
        if path.exists() and not path.is_dir():
            raise ValueError("not a directory: a dedup index is a folder")
        path.mkdir(parents=True, exist_ok=True)
        self._lock = _lock_exclusively(path / "index.lock")
        try:
            self._open(self._read_manifest())
            self._remove_strays()
            self._reset_live()
        except BaseException:
            unlock(self._lock)
            raise

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
        for leftover in leftover_temp_files(self.path / "manifest.json"):
            leftover.unlink(missing_ok=True)

    def _open(self, manifest: dict[str, Any]) -> None:
        """Open what the manifest lists; ValueError naming what is damaged."""
        try:
            self._next = int(manifest["next_seq"])
            self._load([str(name) for name in manifest["segments"]])
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"corrupt dedup index ({exc})") from None

    def _load(self, names: list[str]) -> None:
        self._segments = [Segment.load(self.path / name, self.params.num_perm) for name in names]
        self._names = names
        self._starts = np.array([int(s.seqs[0]) for s in self._segments], dtype=np.int64)

    def _reset_live(self) -> None:
        self._lsh = MinHashLSH(num_perm=self.params.num_perm, params=self.bands)
        self._live: dict[int, tuple[str, Signature]] = {}

    def _read_manifest(self) -> dict[str, Any]:
        f = self.path / "manifest.json"
        identity = self.params.identity()
        if not f.exists():
            return {"version": FORMAT_VERSION, "params": identity, "next_seq": 1, "segments": []}
        try:
            manifest = json.loads(f.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ValueError(f"corrupt dedup index: manifest.json is not JSON ({exc})") from None
        if not isinstance(manifest, dict):
            raise ValueError("corrupt dedup index: manifest.json is not an index manifest")
        if manifest.get("version") != FORMAT_VERSION:
            raise ValueError(
                f"index written in format {manifest.get('version')!r}; this newsclean reads format {FORMAT_VERSION}"
            )
        if manifest.get("params") != identity:
            raise ValueError(f"index built with other parameters: {manifest.get('params')} (now {identity})")
        return manifest

    def _write_manifest(self) -> None:
        data = {
            "version": FORMAT_VERSION,
            "params": self.params.identity(),
            "next_seq": self._next,
            "segments": self._names,
        }
        write_file_atomically(self.path / "manifest.json", json.dumps(data, indent=1).encode("utf-8"))

    def next_seq(self) -> int:
        self._next += 1
        return self._next - 1

    def add(self, seq: int, doc_id: str, sig: Signature) -> None:
        kf, kl = lsh_keys(seq)
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
        try:
            if flush:
                self.flush()
            else:
                self._reset_live()
        finally:
            unlock(self._lock)
