"""The ``off_topic`` stage: paragraphs that belong to another story.

Each kept paragraph is compared with the rest of the article (the title and
the other kept paragraphs) as vectors of word stems weighted by rarity (from
wordfreq's frequency lists, so "the" weighs nothing and "Puigdemont" a lot).
Removal needs strong evidence, because short on-topic paragraphs often share
few words with the rest ("the troops will clear the desert north of the
Euphrates"):

* a teaser: a headline-like first line followed by a lead, unrelated to the
  article (cosine below ``max_teaser_similarity``);
* a stray paragraph: almost no similarity (``max_similarity``), a large mass
  of rare words of its own (``min_novel_weight``: a topic of its own) and
  hardly any rare word shared with the article (``max_shared_weight``).
  Typography that differs from the rest of the article (straight against
  curly quotes) loosens the similarity bound, as copied text often keeps its
  source's quotes.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from wordfreq import available_languages, zipf_frequency

from cleaners.document import Document, Reason, Removal
from cleaners.text import words

_CURLY = re.compile("[\u2018\u2019\u201c\u201d]")
_STRAIGHT = re.compile("['\"]")
_SENTENCE_END = re.compile(r"[.!?;:,\u2026\"'\u201d)]$")
# Languages whose wordfreq lists need extra tokenisers (MeCab, jieba) are left out:
# the stage does not judge paragraphs it cannot weigh.
_UNWEIGHABLE = frozenset({"ja", "zh", "ko", "th"})
_WORDFREQ_LANGUAGES = frozenset(available_languages()) - _UNWEIGHABLE


def stem(word: str) -> str:
    """A crude stem: possessive and plural dropped, cut to six letters ("troops" -> "troop")."""
    word = word.removesuffix("'s")
    if len(word) > 4 and word.endswith("s"):
        word = word[:-1]
    return word[:6]


def rarity_weigher(language: str | None, ceiling: float) -> Callable[[str], float]:
    """Weight of a word: ``ceiling`` minus its Zipf frequency, never below zero."""
    lang = language if language in _WORDFREQ_LANGUAGES else "en"
    seen: dict[str, float] = {}

    def weight(word: str) -> float:
        value = seen.get(word)
        if value is None:
            value = seen[word] = max(0.0, ceiling - zipf_frequency(word, lang))
        return value

    return weight


def is_teaser_shape(text: str, max_headline_words: int = 20) -> bool:
    """A headline-like first line (short, no closing punctuation) followed by a lead."""
    first, sep, rest = text.partition("\n")
    n_words = len(first.split())
    return bool(sep and rest.strip()) and 3 <= n_words <= max_headline_words and not _SENTENCE_END.search(first.strip())


def quote_style(text: str) -> tuple[int, int]:
    """Counts of curly and straight quote marks."""
    return len(_CURLY.findall(text)), len(_STRAIGHT.findall(text))


@dataclass(frozen=True)
class OffTopic:
    """Mark paragraphs about another story: teasers, and stray paragraphs with a topic of their own."""

    name: ClassVar[str] = Reason.OFF_TOPIC
    max_similarity: float = 0.01
    max_similarity_odd_typography: float = 0.03
    min_novel_weight: float = 20.0
    max_shared_weight: float = 10.0
    max_teaser_similarity: float = 0.15
    rarity_ceiling: float = 6.0
    min_paragraphs: int = 3

    def apply(self, doc: Document) -> Document:
        kept = doc.kept_indices()
        if len(kept) < self.min_paragraphs or doc.language in _UNWEIGHABLE:
            return doc
        weight = rarity_weigher(doc.language, self.rarity_ceiling)
        vectors = {i: self._vector(doc.paragraphs[i].text, weight) for i in kept}
        total = self._vector(doc.title, weight)
        for vector in vectors.values():
            total.update(vector)
        total_norm2 = sum(v * v for v in total.values())
        quotes = {i: quote_style(doc.paragraphs[i].text) for i in kept}
        curly_total = sum(c for c, _ in quotes.values())
        straight_total = sum(s for _, s in quotes.values())
        marks: dict[int, Removal] = {}
        for i in kept:
            vector = vectors[i]
            # The rest of the article is total - vector; its cosine and the
            # shared and novel weights follow without copying the total.
            dot_total = sum(v * total[k] for k, v in vector.items())
            norm2 = sum(v * v for v in vector.values())
            rest_norm2 = total_norm2 - 2 * dot_total + norm2
            denominator = math.sqrt(norm2 * rest_norm2) if rest_norm2 > 1e-9 else 0.0
            similarity = (dot_total - norm2) / denominator if denominator else 0.0
            shared = sum(v for k, v in vector.items() if total[k] - v > 1e-9)
            novel = sum(vector.values()) - shared
            text = doc.paragraphs[i].text
            if is_teaser_shape(text) and similarity <= self.max_teaser_similarity:
                marks[i] = Removal(Reason.OFF_TOPIC, f"teaser for another story ({similarity:.2f} similar)")
                continue
            curly, straight = quotes[i]
            odd_typography = (curly and curly_total == curly and straight_total > straight) or (
                straight and straight_total == straight and curly_total > curly
            )
            bound = self.max_similarity_odd_typography if odd_typography else self.max_similarity
            if similarity <= bound and novel >= self.min_novel_weight and shared <= self.max_shared_weight:
                marks[i] = Removal(
                    Reason.OFF_TOPIC, f"{similarity:.2f} similar to the article, {novel:.0f} rare-word weight of its own"
                )
        return doc.with_removals(marks)

    @staticmethod
    def _vector(text: str, weight: Callable[[str], float]) -> Counter[str]:
        """Rarity-weighted stems of the distinct words of ``text`` (numbers skipped)."""
        vector: Counter[str] = Counter()
        for word in set(words(text)):
            if not word.isdigit():
                w = weight(word)
                if w > 0:
                    vector[stem(word)] += w
        return vector
