"""Paragraphs borrowed from another story of the same batch: ``off_topic`` with cross-document evidence.

A news page often prints the lead of another story of the same site (a
teaser, a "more on this" block). When that other story is in the batch too,
the paragraph appears in two unrelated documents; it belongs to the one whose
other paragraphs it resembles most, and is off topic in the other. Two
documents are related (versions or copies of one article, where sharing
paragraphs is normal) when they share at least ``min_shared_for_related`` of
the smaller one's paragraphs; those pairs are never used as evidence.

"Fits" adds two cosines: with the whole article, and with the paragraphs
printed around it (at home a paragraph continues its neighbours; borrowed, it
sits among strangers, even in an article on the same topic).

When a story has several versions in the batch (a page fetched again after an
update, a syndicated copy), they vote first: a paragraph belongs to the story
whose versions all print it rather than to one whose other versions lack it.
Only where the versions do not settle it does the better fit decide.

This is a batch decision, not a per-document stage: ``mark_borrowed(docs)``
runs after the stages, over documents cleaned together (a ``clean`` batch).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from cleaners.config import CleanConfig
from cleaners.document import Document, Reason, Removal
from cleaners.off_topic import ArticleVector, Vector, add_vectors, cosine, paragraph_vector, rarity_weigher
from cleaners.text import bare


@dataclass(frozen=True)
class BorrowedParagraphs:
    """Mark a paragraph off topic where another, unrelated document of the batch is its home."""

    min_shared_for_related: float = 0.5
    # Two or three paragraphs in common are a borrowed block, not a version of the story.
    min_paragraphs_for_related: int = 3
    min_margin: float = 0.05
    min_words: int = 8  # short lines ("Share", "Photo: AP") are boilerplate's business
    rarity_ceiling: float = 6.0
    # A paragraph printed by more documents than this (site furniture) says nothing about versions.
    max_holders_for_versions: int = 50

    @classmethod
    def from_config(cls, config: CleanConfig) -> BorrowedParagraphs:
        return cls(
            min_shared_for_related=config.borrowed_min_shared_for_related,
            min_margin=config.borrowed_min_margin,
            min_words=config.borrowed_min_words,
        )

    def mark_borrowed(self, docs: Sequence[Document]) -> list[Document]:
        """The documents, each with paragraphs whose home is another document marked ``off_topic``."""
        keys = [[bare(p.text) if p.removal is None else "" for p in doc.paragraphs] for doc in docs]
        holders: dict[str, set[int]] = defaultdict(set)
        for d, doc_keys in enumerate(keys):
            for key in doc_keys:
                if key and key.count(" ") + 1 >= self.min_words:
                    holders[key].add(d)
        shared = {key: ds for key, ds in holders.items() if len(ds) > 1}
        if not shared:
            return list(docs)
        versions = self._versions(keys)
        key_sets = [frozenset(k for k in doc_keys if k) for doc_keys in keys]
        articles: dict[int, ArticleVector] = {}
        out = list(docs)
        for d, doc in enumerate(docs):
            marks: dict[int, Removal] = {}
            homes: dict[int, int] = {}
            for i, key in enumerate(keys[d]):
                found = self._home(d, doc.paragraphs[i].text, shared.get(key), docs, versions, articles)
                if found is not None:
                    homes[i], detail = found
                    marks[i] = Removal(Reason.OFF_TOPIC, detail)
            # A paragraph too short to judge alone ("16-inch screen"), printed next to a borrowed
            # one and in the same home document, was borrowed with it.
            kept = [i for i, key in enumerate(keys[d]) if key]
            for n, i in enumerate(kept):
                home = homes.get(i)
                if home is None:
                    continue
                for j in kept[max(n - 1, 0) : n + 2]:
                    if j not in marks and keys[d][j] in key_sets[home]:
                        detail = f"printed next to a paragraph borrowed from {docs[home].id}, and there too"
                        marks[j] = Removal(Reason.OFF_TOPIC, detail)
            out[d] = doc.with_removals(marks)
        return out

    def _home(
        self,
        d: int,
        text: str,
        holding: set[int] | None,
        docs: Sequence[Document],
        versions: list[frozenset[int]],
        articles: dict[int, ArticleVector],
    ) -> tuple[int, str] | None:
        """The document a paragraph of document ``d`` was borrowed from, and why; None if it belongs here."""
        others = [o for o in holding or () if o not in versions[d]]
        if not holding or not others:
            return None
        support = {x: len(versions[x] & holding) / len(versions[x]) for x in (d, *others)}
        best_support = max(support[o] for o in others)
        if best_support < support[d]:
            return None
        vector = paragraph_vector(text, rarity_weigher(docs[d].language, self.rarity_ceiling))
        key = bare(text)
        here = self._article(d, docs, articles).compare(vector)[0] + self._local_fit(d, key, vector, docs)
        candidates = [o for o in others if support[o] == best_support]
        home, fit = max(
            ((o, self._article(o, docs, articles).compare(vector)[0] + self._local_fit(o, key, vector, docs))
             for o in candidates), key=lambda pair: pair[1]
        )
        if best_support > support[d]:
            return home, f"also in every version of {docs[home].id}, but not in every version of this one"
        if fit >= here + self.min_margin:
            return home, f"also in {docs[home].id}, which it fits better ({fit:.2f} vs {here:.2f})"
        return None

    def _versions(self, keys: Sequence[Sequence[str]]) -> list[frozenset[int]]:
        """For each document, itself and the documents related to it (sharing most paragraphs)."""
        holders: dict[str, set[int]] = defaultdict(set)
        for d, doc_keys in enumerate(keys):
            for key in doc_keys:
                if key:
                    holders[key].add(d)
        in_common: dict[tuple[int, int], int] = defaultdict(int)
        for ds in holders.values():
            if 1 < len(ds) <= self.max_holders_for_versions:
                ordered = sorted(ds)
                for n, a in enumerate(ordered):
                    for b in ordered[n + 1 :]:
                        in_common[a, b] += 1
        sizes = [len({k for k in doc_keys if k}) for doc_keys in keys]
        related: list[set[int]] = [{d} for d in range(len(keys))]
        for (a, b), count in in_common.items():
            smaller = min(sizes[a], sizes[b])
            if count >= max(self.min_paragraphs_for_related, self.min_shared_for_related * smaller):
                related[a].add(b)
                related[b].add(a)
        return [frozenset(r) for r in related]

    def _local_fit(self, d: int, key: str, vector: Vector, docs: Sequence[Document]) -> float:
        """Cosine of the paragraph with its neighbours in document ``d`` (a borrowed paragraph sits among strangers)."""
        kept = docs[d].kept()
        keys = [bare(p.text) for p in kept]
        if key not in keys:
            return 0.0
        n = keys.index(key)
        weight = rarity_weigher(docs[d].language, self.rarity_ceiling)
        neighbours = [p for p in kept[max(n - 1, 0) : n + 2] if bare(p.text) != key]
        around = add_vectors(*(paragraph_vector(p.text, weight) for p in neighbours))
        return cosine(vector, around)

    def _article(self, d: int, docs: Sequence[Document], cache: dict[int, ArticleVector]) -> ArticleVector:
        """Rarity vector of a document's title and kept paragraphs (computed once per document)."""
        if d not in cache:
            doc = docs[d]
            weight = rarity_weigher(doc.language, self.rarity_ceiling)
            parts = [paragraph_vector(doc.title, weight)] + [paragraph_vector(p.text, weight) for p in doc.kept()]
            cache[d] = ArticleVector(add_vectors(*parts))
        return cache[d]
