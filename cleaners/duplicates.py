"""The ``duplicate_paragraph`` stage: exact and near copies of an earlier paragraph.

Exact copies are found by the hash of the ``bare`` text (case, quotes, dashes,
punctuation and spacing normalised away). Near copies (a word dropped or
added) by the Jaccard estimate of datasketch MinHash signatures over word
shingles. The first copy stays.
"""
from __future__ import annotations

import zlib
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import ClassVar

import numpy as np
from datasketch import MinHash

from cleaners.document import Document, Reason, Removal
from cleaners.text import bare


def crc32_hash(data: bytes) -> int:
    """A fast, stable 32-bit hash for MinHash (datasketch's default is SHA-1)."""
    return zlib.crc32(data)


def word_shingles(key: str, size: int) -> list[bytes]:
    """Word n-grams of a ``bare`` key, as bytes; a text shorter than ``size`` words is one shingle."""
    tokens = key.split()
    if len(tokens) <= size:
        return [key.encode()]
    return [" ".join(tokens[i : i + size]).encode() for i in range(len(tokens) - size + 1)]


@dataclass(frozen=True)
class DuplicateParagraph:
    """Mark later copies of a paragraph, exact or near; the first copy stays."""

    name: ClassVar[str] = Reason.DUPLICATE_PARAGRAPH
    shingle_words: int = 2
    num_perm: int = 64
    min_jaccard: float = 0.5
    min_near_words: int = 4
    min_word_similarity: float = 0.9

    def apply(self, doc: Document) -> Document:
        marks: dict[int, Removal] = {}
        first_of: dict[str, int] = {}
        # Signatures of the kept paragraphs long enough for near matching, one row each.
        signatures = np.empty((len(doc.paragraphs), self.num_perm), dtype=np.uint64)
        owners: list[tuple[int, list[str]]] = []  # (paragraph index, words) of each row
        # One MinHash, cleared for each paragraph (building one per paragraph costs more than hashing it).
        sig = MinHash(num_perm=self.num_perm, seed=1, hashfunc=crc32_hash, scheme="affine32")
        for i, para in enumerate(doc.paragraphs):
            if para.removal is not None:
                continue
            key = bare(para.text)
            if not key:
                continue
            if key in first_of:
                marks[i] = Removal(Reason.DUPLICATE_PARAGRAPH, f"copy of paragraph {first_of[key] + 1}")
                continue
            first_of[key] = i
            tokens = key.split()
            if len(tokens) < self.min_near_words:
                continue
            sig.clear()
            sig.update_batch(word_shingles(key, self.shingle_words))
            match = self._nearest(signatures[: len(owners)], owners, tokens, sig.hashvalues)
            if match is not None:
                j, score = match
                marks[i] = Removal(Reason.DUPLICATE_PARAGRAPH, f"{score:.2f} similar to paragraph {j + 1}")
            else:
                signatures[len(owners)] = sig.hashvalues
                owners.append((i, tokens))
        return doc.with_removals(marks)

    def _nearest(
        self, signatures: np.ndarray, owners: list[tuple[int, list[str]]], tokens: list[str], hashvalues: np.ndarray
    ) -> tuple[int, float] | None:
        """The earlier paragraph this one nearly copies, and the word-level similarity.

        MinHash proposes candidates; the word sequence confirms them, so two
        sentences built on one template ("purchase applications fell 5%",
        "refinance applications fell 7%") are not taken for copies.
        """
        if not owners:
            return None
        estimates = (signatures == hashvalues).sum(axis=1) / self.num_perm
        for row in np.flatnonzero(estimates >= self.min_jaccard):
            j, other_tokens = owners[row]
            if min(len(tokens), len(other_tokens)) < 0.7 * max(len(tokens), len(other_tokens)):
                continue
            similarity = SequenceMatcher(None, tokens, other_tokens, autojunk=False).ratio()
            if similarity >= self.min_word_similarity:
                return j, similarity
        return None
