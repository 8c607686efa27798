"""Document signatures for corpus dedup: normalised word shingles -> MinHash (datasketch, affine32).

``Signer.sign(text)`` returns a ``Signature``: the MinHash hash values of the
whole text (uint32, ``num_perm`` of them), those of its lead (the first
``lead_words`` words: wire copies are cut from the bottom, so an abridged
copy matches the original's lead) and the number of distinct shingles, which
turns a Jaccard estimate into a containment estimate.

``Segment`` is an immutable batch of indexed signatures with their sorted LSH
band keys, saved as .npy files and memory-mapped when loaded.

Hashing is vectorised: each word is hashed once (crc32), a k-word shingle
hash is a numpy mix of k word hashes, and datasketch's ``MinHash.bulk``
applies all permutations to all shingles at once (``update_batch``).
``minhash_rows`` signs many short texts (a page's paragraphs) in one pass.
"""
from __future__ import annotations

import os
import re
import tempfile
import unicodedata
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from datasketch import LeanMinHash, MinHash

from cleaners.durable import fsync_dir

# Curly quotes, dashes and other typographic variants a syndicated copy changes.
_PLAIN = str.maketrans({
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2019": "'", "\u2018": "'", "\u201a": "'", "\u2032": "'",
    "\u2014": "-", "\u2013": "-", "\u2212": "-", "\u2026": "...", "\u00a0": " ",
})
_NON_WORD = re.compile(r"[\W_]+")
# Odd 64-bit multipliers: position i of a shingle is scaled by _MIX[i] so "a b" != "b a".
_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93,
                 0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53, 0x94D049BB133111EB, 0xBF58476D1CE4E5B9],
                dtype=np.uint64)
MAX_SHINGLE_WORDS = len(_MIX) - 1
SCHEME = "affine32"


def normalize_text(text: str) -> str:
    """NFKC, plain quotes and dashes, casefold, punctuation to spaces, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text).translate(_PLAIN).casefold()
    # Apostrophes join ("don't" -> "dont") so straightened quotes never split a word.
    text = text.replace("'", "")
    return " ".join(_NON_WORD.sub(" ", text).split())


class _WordHashCache(dict[str, int]):
    """crc32 of words seen before (looked up from C through ``map``); emptied at 2**16 words (about 12 MB)."""

    def __missing__(self, word: str) -> int:
        if len(self) >= 1 << 16:
            self.clear()
        value = self[word] = zlib.crc32(word.encode("utf-8"))
        return value


_word_hash_cache = _WordHashCache()


def word_hashes(words: list[str]) -> np.ndarray:
    """crc32 of each word (uint64, so the shingle mixing below can multiply without overflow checks)."""
    return np.fromiter(map(_word_hash_cache.__getitem__, words), dtype=np.uint64, count=len(words))


def _mix_windows(wh: np.ndarray, k: int) -> np.ndarray:
    """32-bit hashes of every k-word window of word hashes (position-scaled, so "a b" != "b a")."""
    n = len(wh) - k + 1
    acc = np.zeros(n, dtype=np.uint64)
    for i in range(k):
        acc ^= (wh[i:i + n] + np.uint64(i + 1)) * _MIX[i]
    acc ^= acc >> np.uint64(29)
    acc *= _MIX[k]
    return (acc >> np.uint64(32)).astype(np.uint32)


def shingle_hashes(words: list[str], k: int) -> np.ndarray:
    """Distinct 32-bit hashes of the k-word shingles (the whole text if shorter than k)."""
    if not words:
        return np.zeros(0, dtype=np.uint32)
    k = max(1, min(k, len(words), MAX_SHINGLE_WORDS))
    return np.unique(_mix_windows(word_hashes(words), k))


def _fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finaliser: the pre-mix that datasketch's affine32 scheme gives each input hash."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    mixed: np.ndarray = h ^ (h >> np.uint32(16))
    return mixed


def minhash_rows(word_lists: list[list[str]], k: int, permutations: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """MinHash signatures of the k-word shingles of several word lists (uint32[n, num_perm]) and their shingle counts.

    Row i holds the values datasketch's ``MinHash(scheme="affine32", hashfunc=identity,
    permutations=permutations).update_batch(...)`` gives for list i's shingle hashes
    (tests/cleaners/test_minhash.py checks it), computed for all lists in one numpy
    pass: for the 20-odd words of a paragraph a MinHash object each costs more than
    the hashing itself (0.45 against 0.2 ms a page on bench/extraction). The counts are
    of shingle windows, repeats included (as the stage always counted them). Every list
    needs at least k words (k at most MAX_SHINGLE_WORDS).
    """
    lengths = np.fromiter(map(len, word_lists), dtype=np.int64, count=len(word_lists))
    if not 1 <= k <= MAX_SHINGLE_WORDS or (lengths < k).any():
        raise ValueError(f"every word list needs at least k words (k={k}, from 1 to {MAX_SHINGLE_WORDS})")
    if not word_lists:
        return np.zeros((0, permutations.shape[1]), dtype=np.uint32), lengths
    windows = _mix_windows(word_hashes([w for words in word_lists for w in words]), k)
    counts = lengths - k + 1
    first_window = np.cumsum(lengths) - lengths        # where each list starts in the flat word list
    first_row = np.cumsum(counts) - counts              # where its shingles start in the rows below
    # The windows that lie inside one list (those across a boundary are dropped).
    inside = np.repeat(first_window - first_row, counts) + np.arange(int(counts.sum()))
    a, b = permutations.astype(np.uint32)
    values = _fmix32(windows[inside])[:, None] * a + b
    return np.minimum.reduceat(values, first_row, axis=0), counts


def _identity(value: int) -> int:
    return value


@dataclass(frozen=True, slots=True)
class Signature:
    """MinHash values of a document and of its lead, and its distinct shingle count."""

    full: np.ndarray  # uint32[num_perm]
    lead: np.ndarray  # uint32[num_perm]
    size: int

    def is_empty(self) -> bool:
        return self.size == 0


@dataclass(frozen=True)
class Signer:
    """Turns texts into Signatures with fixed shingle size, permutations and lead length."""

    num_perm: int = 128
    shingle_words: int = 5
    lead_words: int = 100
    seed: int = 1
    _template: MinHash = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Permutations are drawn once; every signature copies them.
        template = MinHash(num_perm=self.num_perm, seed=self.seed, hashfunc=_identity, scheme=SCHEME)
        object.__setattr__(self, "_template", template)

    def minhashes(self, shingle_sets: list[np.ndarray]) -> list[LeanMinHash]:
        """LeanMinHashes of several shingle-hash arrays, via MinHash.bulk (vectorised update_batch)."""
        t = self._template
        out = MinHash.bulk((s.tolist() for s in shingle_sets), num_perm=self.num_perm, seed=self.seed,
                           hashfunc=_identity, permutations=t.permutations, scheme=SCHEME)
        return [LeanMinHash(m) for m in out]

    def sign_many(self, texts: list[str]) -> list[Signature]:
        """Signatures of several texts."""
        words = [normalize_text(t).split() for t in texts]
        full = [shingle_hashes(w, self.shingle_words) for w in words]
        lead = [shingle_hashes(w[: self.lead_words], self.shingle_words) for w in words]
        mhs = self.minhashes(full + lead)
        n = len(texts)
        return [Signature(mhs[i].hashvalues.astype(np.uint32), mhs[n + i].hashvalues.astype(np.uint32),
                          int(len(full[i]))) for i in range(n)]

    def sign(self, text: str) -> Signature:
        """Signature of one text."""
        return self.sign_many([text])[0]

    def lean(self, values: np.ndarray) -> LeanMinHash:
        """A LeanMinHash over stored hash values (for MinHashLSH insert and query)."""
        return LeanMinHash(seed=self.seed, hashvalues=values, scheme=SCHEME)


def estimate_jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Share of equal MinHash values: the Jaccard estimate."""
    return float(np.count_nonzero(a == b)) / len(a)


def estimate_containment(jaccard: float, size_a: int, size_b: int) -> float:
    """|A & B| / min(|A|, |B|) from a Jaccard estimate and the two set sizes, capped at 1."""
    small = min(size_a, size_b)
    if small == 0:
        return 0.0
    return min(1.0, jaccard * (size_a + size_b) / ((1.0 + jaccard) * small))


def band_keys(values: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """64-bit keys of the LSH bands of signatures (n, num_perm) -> (n, bands); band i covers values[i*r:(i+1)*r]."""
    v = np.atleast_2d(values)[:, : bands * rows].astype(np.uint64).reshape(len(np.atleast_2d(values)), bands, rows)
    acc = np.broadcast_to((np.arange(bands, dtype=np.uint64) + np.uint64(1)) * _MIX[7], v.shape[:2]).copy()
    for j in range(rows):
        acc = (acc ^ v[:, :, j]) * _MIX[j % 7]
        acc ^= acc >> np.uint64(31)
    return acc


@dataclass(frozen=True)
class Segment:
    """An immutable, memory-mapped batch of indexed documents with its band keys sorted."""

    seqs: np.ndarray      # int64[n], ascending
    sizes: np.ndarray     # uint32[n]
    sigs: np.ndarray      # uint32[n, num_perm]
    keys: np.ndarray      # uint64[m], sorted band keys of the full and lead signatures
    rows: np.ndarray      # uint32[m], row of each key
    id_blob: np.ndarray   # uint8, utf-8 ids back to back
    id_ends: np.ndarray   # int64[n], end offset of each id

    ARRAYS = ("seqs", "sizes", "sigs", "keys", "rows", "id_blob", "id_ends")

    @classmethod
    def load(cls, folder: Path, num_perm: int) -> Segment:
        """Memory-map a segment's arrays; ValueError if one is missing, damaged or of the wrong shape."""
        try:
            segment = cls(*(np.load(folder / f"{a}.npy", mmap_mode="r", allow_pickle=False) for a in cls.ARRAYS))
        except OSError as exc:
            raise ValueError(f"segment {folder.name}: {exc.strerror or exc}") from None
        except ValueError as exc:
            raise ValueError(f"segment {folder.name} is damaged ({exc})") from None
        n = len(segment.seqs)
        if not (
            n > 0
            and len(segment.sizes) == len(segment.id_ends) == n
            and segment.sigs.shape == (n, num_perm)
            and len(segment.rows) == len(segment.keys)
        ):
            raise ValueError(f"segment {folder.name} is damaged (its arrays do not fit together)")
        return segment

    @classmethod
    def build(cls, seqs: list[int], ids: list[str], sigs: list[Signature], bands: tuple[int, int]) -> Segment:
        """A segment of signed documents (a lead equal to its full signature is not keyed twice)."""
        full = np.stack([s.full for s in sigs])
        lead = np.stack([s.lead for s in sigs])
        fk, lk = band_keys(full, *bands), band_keys(lead, *bands)
        rows = np.repeat(np.arange(len(sigs), dtype=np.uint32), bands[0])
        distinct = np.repeat((fk != lk).any(axis=1), bands[0])
        encoded = [i.encode("utf-8") for i in ids]
        return cls._sorted(np.array(seqs, dtype=np.int64), np.array([s.size for s in sigs], dtype=np.uint32),
                           full, np.concatenate([fk.ravel(), lk.ravel()[distinct]]),
                           np.concatenate([rows, rows[distinct]]),
                           np.frombuffer(b"".join(encoded), dtype=np.uint8),
                           np.cumsum([len(e) for e in encoded], dtype=np.int64))

    @classmethod
    def merge(cls, parts: list[Segment]) -> Segment:
        """One segment holding the documents of ``parts`` (in seq order)."""
        row_off = np.cumsum([0] + [len(p.seqs) for p in parts])
        id_off = np.cumsum([0] + [len(p.id_blob) for p in parts])
        cat = np.concatenate
        return cls._sorted(cat([p.seqs for p in parts]), cat([p.sizes for p in parts]),
                           cat([p.sigs for p in parts]), cat([p.keys for p in parts]),
                           cat([p.rows.astype(np.uint32) + np.uint32(o) for p, o in zip(parts, row_off)]),
                           cat([p.id_blob for p in parts]),
                           cat([p.id_ends + o for p, o in zip(parts, id_off)]))

    @classmethod
    def _sorted(cls, seqs: np.ndarray, sizes: np.ndarray, sigs: np.ndarray, keys: np.ndarray,
                rows: np.ndarray, blob: np.ndarray, ends: np.ndarray) -> Segment:
        order = np.argsort(keys, kind="stable")
        return cls(seqs, sizes, sigs, keys[order], rows[order], blob, ends)

    def save(self, folder: Path) -> None:
        """Write into a temp folder beside ``folder``, fsync, then rename it into place."""
        tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=folder.parent))
        for name in self.ARRAYS:
            with open(tmp / f"{name}.npy", "wb") as fh:
                np.save(fh, np.ascontiguousarray(getattr(self, name)))
                fh.flush()
                os.fsync(fh.fileno())
        fsync_dir(tmp)
        os.replace(tmp, folder)

    def lookup(self, keys: np.ndarray) -> list[int]:
        """Seqs of the rows whose band keys equal any of ``keys``."""
        lo = np.searchsorted(self.keys, keys, side="left")
        hi = np.searchsorted(self.keys, keys, side="right")
        return [int(self.seqs[row]) for i in np.nonzero(hi > lo)[0] for row in self.rows[lo[i]:hi[i]]]

    def stored(self, seq: int) -> tuple[str, int, np.ndarray]:
        """Id, shingle count and full signature of the document with sequence number ``seq``."""
        row = int(np.searchsorted(self.seqs, seq))
        start = int(self.id_ends[row - 1]) if row else 0
        doc_id = bytes(self.id_blob[start:int(self.id_ends[row])]).decode("utf-8")
        return doc_id, int(self.sizes[row]), np.asarray(self.sigs[row])
