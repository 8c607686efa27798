"""The ``duplicate_paragraph`` stage: exact and near copies of an earlier paragraph.

Exact copies are found by the hash of the ``bare`` text (case, quotes, dashes,
punctuation and spacing normalised away). Near copies (a word dropped or
added) by the Jaccard estimate of datasketch MinHash signatures over word
shingles, and cut copies (an earlier paragraph's first sentences again) by
the containment estimate from the same signatures; the word sequences
confirm both (or, for a copy with its sentences swapped round, the same words
in another order). The first copy stays.
"""
from __future__ import annotations

import functools
import zlib
from collections import Counter
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


@functools.cache
def _permutations(num_perm: int) -> np.ndarray:
    """The MinHash permutations of ``num_perm``, drawn once (a new MinHash draws them again)."""
    permutations: np.ndarray = MinHash(num_perm=num_perm, seed=1, scheme="affine32").permutations
    return permutations


def word_shingles(key: str, size: int) -> list[bytes]:
    """Word n-grams of a ``bare`` key, as bytes; a text shorter than ``size`` words is one shingle."""
    tokens = key.split()
    if len(tokens) <= size:
        return [key.encode()]
    return [" ".join(tokens[i : i + size]).encode() for i in range(len(tokens) - size + 1)]


def bag_similarity(a: list[str], b: list[str]) -> float:
    """Dice coefficient of two word multisets: 1.0 for the same words in any order."""
    common = sum((Counter(a) & Counter(b)).values())
    return 2 * common / (len(a) + len(b)) if a or b else 1.0


@dataclass(frozen=True)
class DuplicateParagraph:
    """Mark later copies of a paragraph, exact or near; the first copy stays."""

    name: ClassVar[str] = Reason.DUPLICATE_PARAGRAPH
    shingle_words: int = 2
    num_perm: int = 64
    min_jaccard: float = 0.5
    min_near_words: int = 4
    min_word_similarity: float = 0.9
    # A later paragraph whose words (this share of them, in order) all stand in an earlier,
    # longer one is a cut copy of it ("the first two sentences again"). Short lines are
    # left to the other rules.
    min_contained_share: float = 0.9
    min_contained_words: int = 8

    def apply(self, doc: Document) -> Document:
        marks: dict[int, Removal] = {}
        first_of: dict[str, int] = {}
        # Signatures of the kept paragraphs long enough for near matching, one row each.
        signatures = np.empty((len(doc.paragraphs), self.num_perm), dtype=np.uint64)
        owners: list[tuple[int, list[str]]] = []  # (paragraph index, words) of each row
        sizes = np.empty(len(doc.paragraphs), dtype=np.float64)  # shingles of each row
        # One MinHash, cleared for each paragraph (building one per paragraph costs more than hashing it).
        sig = MinHash(
            num_perm=self.num_perm, seed=1, hashfunc=crc32_hash, scheme="affine32",
            permutations=_permutations(self.num_perm),
        )
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
            shingles = word_shingles(key, self.shingle_words)
            sig.clear()
            sig.update_batch(shingles)
            n = len(owners)
            match = self._nearest(signatures[:n], sizes[:n], owners, tokens, len(shingles), sig.hashvalues)
            if match is not None:
                marks[i] = Removal(Reason.DUPLICATE_PARAGRAPH, match)
            else:
                signatures[n] = sig.hashvalues
                sizes[n] = len(shingles)
                owners.append((i, tokens))
        return doc.with_removals(marks)

    def _nearest(
        self,
        signatures: np.ndarray,
        sizes: np.ndarray,
        owners: list[tuple[int, list[str]]],
        tokens: list[str],
        size: int,
        hashvalues: np.ndarray,
    ) -> str | None:
        """Why this paragraph copies an earlier one ("0.95 similar to paragraph 3"), or None.

        MinHash proposes candidates (a Jaccard estimate, or a containment estimate
        for a shorter copy); the word sequence confirms them, so two sentences
        built on one template ("purchase applications fell 5%", "refinance
        applications fell 7%") are not taken for copies.
        """
        if not owners:
            return None
        jaccard = (signatures == hashvalues).sum(axis=1) / self.num_perm
        candidates = jaccard >= self.min_jaccard
        if len(tokens) >= self.min_contained_words:
            # The share of this paragraph's shingles found in each longer one.
            containment = jaccard * (sizes + size) / ((1.0 + jaccard) * size)
            candidates |= (sizes > size) & (containment >= self.min_contained_share)
        for row in np.flatnonzero(candidates):
            j, other_tokens = owners[row]
            similar_length = min(len(tokens), len(other_tokens)) >= 0.7 * max(len(tokens), len(other_tokens))
            # A later, shorter paragraph inside an earlier one is a cut copy; the reverse is
            # how articles often open (a summary line, then the full paragraph), and stays.
            cut = self.min_contained_words <= len(tokens) < len(other_tokens)
            if not (similar_length or cut):
                continue
            matcher = SequenceMatcher(None, tokens, other_tokens, autojunk=False)
            if similar_length:
                similarity = matcher.ratio()
                if similarity >= self.min_word_similarity:
                    return f"{similarity:.2f} similar to paragraph {j + 1}"
                # The same words in another order: the sentences swapped round.
                if bag_similarity(tokens, other_tokens) >= self.min_word_similarity:
                    return f"the words of paragraph {j + 1} in another order"
            if cut:
                contained = sum(block.size for block in matcher.get_matching_blocks()) / len(tokens)
                if contained >= self.min_contained_share:
                    return f"a cut copy of paragraph {j + 1}"
        return None
