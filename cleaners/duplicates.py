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
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import ClassVar

import numpy as np
from datasketch import MinHash

from cleaners.document import Document, Reason, Removal
from cleaners.minhash import minhash_rows
from cleaners.text import bare

_MIN_CUT_RUN_SHARE = 0.75  # of a cut copy's words, in one run of the earlier text (a restatement is not a cut)
_TILE_ROWS = 256  # paragraphs compared at once: a 256 x 256 x num_perm tile
_MAX_PROPOSALS = 8  # earlier paragraphs a paragraph is confirmed against, the most similar first


@functools.cache
def _permutations(num_perm: int) -> np.ndarray:
    """datasketch's affine32 MinHash permutations for ``num_perm``, drawn once."""
    permutations: np.ndarray = MinHash(num_perm=num_perm, seed=1, scheme="affine32").permutations
    return permutations


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
        near: list[tuple[int, list[str]]] = []  # (paragraph index, words) of those long enough for near matching
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
            if len(tokens) >= max(self.min_near_words, self.shingle_words):
                near.append((i, tokens))
        if len(near) > 1:
            proposals = self._proposals(near)
            stays = np.ones(len(near), dtype=bool)  # rows a later paragraph may copy: those not copies themselves
            for row, (i, tokens) in enumerate(near):
                for earlier in proposals.get(row, ()):
                    if stays[earlier] and (why := self._confirm(tokens, *near[earlier])):
                        marks[i] = Removal(Reason.DUPLICATE_PARAGRAPH, why)
                        stays[row] = False
                        break
        return doc.with_removals(marks)

    def _proposals(self, near: list[tuple[int, list[str]]]) -> dict[int, list[int]]:
        """For each row of ``near``, the earlier rows whose MinHash estimates say it may copy them (the
        ``_MAX_PROPOSALS`` most similar, most similar first).

        A Jaccard estimate of at least ``min_jaccard``, or for a paragraph of
        ``min_contained_words`` or more, a containment estimate in a longer one of
        at least ``min_contained_share``. All paragraphs are signed in one pass and
        compared tile by tile (bounded memory on a page of thousands of paragraphs).
        """
        signatures, sizes = minhash_rows([t for _, t in near], self.shingle_words, _permutations(self.num_perm))
        long_enough = np.array([len(t) >= self.min_contained_words for _, t in near])
        found: dict[int, list[tuple[float, int]]] = {}
        n, tile = len(near), _TILE_ROWS
        for r0 in range(1, n, tile):
            r1 = min(n, r0 + tile)
            rows = np.arange(r0, r1)[:, None]
            for c0 in range(0, r1 - 1, tile):
                c1 = min(r1 - 1, c0 + tile)
                jaccard = (signatures[r0:r1, None, :] == signatures[None, c0:c1, :]).sum(axis=2) / self.num_perm
                size, other = sizes[r0:r1, None], sizes[None, c0:c1]
                containment = jaccard * (other + size) / ((1.0 + jaccard) * size)
                candidates = (jaccard >= self.min_jaccard) | (
                    long_enough[r0:r1, None] & (other > size) & (containment >= self.min_contained_share)
                )
                candidates &= np.arange(c0, c1)[None, :] < rows  # earlier paragraphs only
                for r, c in zip(*np.nonzero(candidates)):
                    found.setdefault(r0 + int(r), []).append((float(jaccard[r, c]), c0 + int(c)))
        # The closest few, closest first: a page of lines built on one template ("Shares of X rose
        # 3%") proposes every earlier line, and confirming them all would cost n^2 word comparisons.
        return {
            row: [c for _, c in sorted(cands, key=lambda jc: -jc[0])[:_MAX_PROPOSALS]]
            for row, cands in found.items()
        }

    def _confirm(self, tokens: list[str], j: int, other_tokens: list[str]) -> str:
        """Why ``tokens`` copy paragraph ``j`` ("0.95 similar to paragraph 3"), or "" when they do not.

        The word sequence confirms what MinHash proposed, so two sentences built on
        one template ("purchase applications fell 5%", "refinance applications
        fell 7%") are not taken for copies.
        """
        similar_length = min(len(tokens), len(other_tokens)) >= 0.7 * max(len(tokens), len(other_tokens))
        # A later, shorter paragraph inside an earlier one is a cut copy; the reverse is
        # how articles often open (a summary line, then the full paragraph), and stays.
        cut = self.min_contained_words <= len(tokens) < len(other_tokens)
        if not (similar_length or cut):
            return ""
        matcher = SequenceMatcher(None, tokens, other_tokens, autojunk=False)
        if similar_length:
            similarity = matcher.ratio()
            if similarity >= self.min_word_similarity:
                return f"{similarity:.2f} similar to paragraph {j + 1}"
            # The same words in another order: the sentences swapped round.
            if bag_similarity(tokens, other_tokens) >= self.min_word_similarity:
                return f"the words of paragraph {j + 1} in another order"
        if cut:
            # The earlier text cut, not reworded: its words in order, most of them in one run
            # ("observe a minute silence" restating "to observe a minute of silence" is not a copy).
            blocks = matcher.get_matching_blocks()
            contained = sum(block.size for block in blocks) / len(tokens)
            longest_run = max(block.size for block in blocks) / len(tokens)
            if contained >= self.min_contained_share and longest_run >= _MIN_CUT_RUN_SHARE:
                return f"a cut copy of paragraph {j + 1}"
        return ""
