"""Paragraph signatures in one numpy pass give exactly datasketch's MinHash values."""
from __future__ import annotations

import numpy as np
import pytest
from datasketch import MinHash

from cleaners.minhash import _mix_windows, minhash_rows, word_hashes

WORD_LISTS = [
    "the senate resolved to observe a minute of silence".split(),
    "reservoir levels fell to 54 percent".split(),
    "one two".split(),
    "a hosepipe ban will cover about 1.2 million homes from friday".split(),
]


@pytest.mark.parametrize("k", [1, 2, 3])
def test_each_row_equals_a_datasketch_minhash_of_the_same_shingles(k: int) -> None:
    reference = MinHash(num_perm=64, seed=7, scheme="affine32")
    lists = [words for words in WORD_LISTS if len(words) >= k]
    signatures, counts = minhash_rows(lists, k, reference.permutations)
    for words, row, count in zip(lists, signatures, counts):
        shingles = _mix_windows(word_hashes(words), k)
        expected = MinHash(num_perm=64, seed=7, scheme="affine32", hashfunc=int, permutations=reference.permutations)
        expected.update_batch(shingles.tolist())
        assert np.array_equal(row, expected.hashvalues)
        assert count == len(words) - k + 1


def test_a_list_shorter_than_a_shingle_is_refused() -> None:
    with pytest.raises(ValueError, match="at least k words"):
        minhash_rows([["too", "short"]], 3, MinHash(num_perm=16, scheme="affine32").permutations)


def test_no_lists_give_no_rows() -> None:
    signatures, counts = minhash_rows([], 2, MinHash(num_perm=16, scheme="affine32").permutations)
    assert signatures.shape == (0, 16) and len(counts) == 0
