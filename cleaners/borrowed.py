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

A paragraph that is another document's headline (alone, or numbered or
time-stamped as in a "Most read" list: "2. <headline>", "21:27 <headline>"),
or starts with it on a line of its own (a teaser: the headline over its lead
or a time stamp), is a teaser of that story, unless the two documents are
versions of one story.

This is a batch decision, not a per-document stage: ``apply_batch(docs)``
runs after the stages, over documents cleaned together (a ``clean`` batch).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

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
    # A paragraph printed by more documents than this is site furniture, not a borrowing.
    max_holders: int = 50
    # A version of a story prints a paragraph when it has a copy this similar (an update rewords).
    min_near_copy_similarity: float = 0.9
    # Shorter headlines ("Live updates", "Weather") are too generic to name one story.
    min_headline_words: int = 4

    @classmethod
    def from_config(cls, config: CleanConfig) -> BorrowedParagraphs:
        return cls(
            min_shared_for_related=config.borrowed_min_shared_for_related,
            min_margin=config.borrowed_min_margin,
            min_words=config.borrowed_min_words,
            min_paragraphs_for_related=config.borrowed_min_paragraphs_for_related,
            min_near_copy_similarity=config.borrowed_min_near_copy_similarity,
            max_holders=config.borrowed_max_holders,
            min_headline_words=config.borrowed_min_headline_words,
        )

    def apply_batch(self, docs: Sequence[Document]) -> list[Document]:
        """The documents, each with paragraphs whose home is another document marked ``off_topic``."""
        batch = _Batch(self, docs)
        if not batch.shared and not batch.headlines:
            return list(docs)
        return [doc.with_removals(batch.marks(d)) for d, doc in enumerate(docs)]


# A removed duplicate this similar (word sequences; a copy cut to its first half scores 0.67) is a copy.
MIN_COPY_RATIO = 0.6


def headline_key(key: str) -> str:
    """The words of a ``bare`` headline key without the numbers around it ("2.", "21:27", a date)."""
    tokens = key.split()
    start, end = 0, len(tokens)
    while start < end and tokens[start].isdigit():
        start += 1
    while end > start and tokens[end - 1].isdigit():
        end -= 1
    return " ".join(tokens[start:end])


class _Batch:
    """The documents of one batch with what the decision needs, each computed once: paragraph
    keys, which documents print each shared paragraph, versions, rarity vectors."""

    def __init__(self, rules: BorrowedParagraphs, docs: Sequence[Document]) -> None:
        self.rules = rules
        self.docs = docs
        self.keys = [[bare(p.text) if p.removal is None else "" for p in doc.paragraphs] for doc in docs]
        holders: dict[str, set[int]] = defaultdict(set)
        for d, doc_keys in enumerate(self.keys):
            for key in doc_keys:
                if key and key.count(" ") + 1 >= rules.min_words:
                    holders[key].add(d)
        # A paragraph printed by many documents is the site's furniture, not a borrowing
        # (site_boilerplate's business); judging it against each holder would cost n^2.
        self.shared = {
            key: ds for key, ds in holders.items() if 1 < len(ds) <= rules.max_holders
        }
        self.key_sets = [frozenset(k for k in doc_keys if k) for doc_keys in self.keys]
        self.kept = [[i for i, key in enumerate(doc_keys) if key] for doc_keys in self.keys]
        self.title_keys = [headline_key(bare(doc.title)) for doc in docs]
        self.headlines = self._headlines_printed()
        self.versions = self._versions() if self.shared or self.headlines else []
        self._articles: dict[int, ArticleVector] = {}
        self._vectors: dict[tuple[int, int], Vector] = {}
        self._weighers = {lang: rarity_weigher(lang, rules.rarity_ceiling) for lang in {d.language for d in docs}}

    def _headlines_printed(self) -> dict[tuple[int, int], set[int]]:
        """(document, paragraph) -> the other documents whose headline that paragraph is."""
        by_title: dict[str, set[int]] = defaultdict(set)
        for d, title in enumerate(self.title_keys):
            if title.count(" ") + 1 >= self.rules.min_headline_words:
                by_title[title].add(d)
        printed: dict[tuple[int, int], set[int]] = {}
        if not by_title:
            return printed
        for d, doc_keys in enumerate(self.keys):
            own = by_title.get(self.title_keys[d], set())
            for i, key in enumerate(doc_keys):
                if not key:
                    continue
                # The headline alone, or as the first line of a teaser (its lead or a time stamp below).
                text = self.docs[d].paragraphs[i].text
                first_line = bare(text.partition("\n")[0]) if "\n" in text.strip() else key
                if first_line.count(" ") < 40:
                    owners = by_title.get(headline_key(first_line), set()) - own
                    if owners:
                        printed[d, i] = owners
        return printed

    def marks(self, d: int) -> dict[int, Removal]:
        """Removals for the paragraphs of document ``d`` borrowed from another document."""
        marks: dict[int, Removal] = {}
        homes: dict[int, int] = {}
        for i in self.kept[d]:
            owners = self.headlines.get((d, i), set()) - self.versions[d]
            if owners:
                homes[i] = owner = min(owners)
                marks[i] = Removal(Reason.OFF_TOPIC, f"the headline of {self.docs[owner].id}, another story")
        for i, key in enumerate(self.keys[d]):
            if i in marks:
                continue
            found = self._home(d, i, self.shared.get(key))
            if found is not None:
                homes[i], detail = found
                marks[i] = Removal(Reason.OFF_TOPIC, detail)
        # A paragraph printed next to a borrowed one and in the same home document was
        # borrowed with it: one too short to judge alone ("16-inch screen"), or one whose
        # fit did not decide, unless it plainly fits here better (two stories printing
        # each other's lead keep their own).
        kept = self.kept[d]
        for n, i in enumerate(kept):
            home = homes.get(i)
            if home is None:
                continue
            for j in kept[max(n - 1, 0) : n + 2]:
                key = self.keys[d][j]
                if j in marks or key not in self.key_sets[home]:
                    continue
                if key in self.shared:
                    vector = self._vector(d, j)
                    if self._fit(home, key, vector) < self._fit(d, key, vector) - self.rules.min_margin:
                        continue
                detail = f"printed next to a paragraph borrowed from {self.docs[home].id}, and there too"
                marks[j] = Removal(Reason.OFF_TOPIC, detail)
        # A paragraph the page prints twice (its other copy was removed as a duplicate) is the
        # page's own: removing this copy too would lose it altogether.
        for i in self._printed_twice(d, list(marks)):
            del marks[i]
        return marks

    def _printed_twice(self, d: int, candidates: list[int]) -> set[int]:
        """Those of ``candidates`` (paragraphs of document ``d``) whose copy in ``d`` was removed as a duplicate."""
        copies = [
            bare(p.text).split()
            for p in self.docs[d].paragraphs
            if p.removal is not None and p.removal.reason == Reason.DUPLICATE_PARAGRAPH
        ]
        twice = set()
        for i in candidates if copies else ():
            words = self.keys[d][i].split()
            for copy in copies:
                matcher = SequenceMatcher(None, words, copy, autojunk=False)
                if matcher.real_quick_ratio() >= MIN_COPY_RATIO and matcher.ratio() >= MIN_COPY_RATIO:
                    twice.add(i)
                    break
        return twice

    def _home(self, d: int, i: int, holding: set[int] | None) -> tuple[int, str] | None:
        """The document paragraph ``i`` of document ``d`` was borrowed from, and why; None if it belongs here."""
        others = [o for o in holding or () if o not in self.versions[d]]
        if not holding or not others:
            return None
        support = {x: self._support(x, holding, d, i) for x in (d, *others)}
        best_support = max(support[o] for o in others)
        if best_support < support[d]:
            return None
        key = self.keys[d][i]
        vector = self._vector(d, i)
        here = self._fit(d, key, vector)
        home, fit = max(((o, self._fit(o, key, vector)) for o in others if support[o] == best_support),
                        key=lambda pair: pair[1])
        # The versions vote, unless the paragraph plainly fits here better.
        if best_support > support[d]:
            return home, f"also in more versions of {self.docs[home].id} than of this story"
        if fit >= here + self.rules.min_margin:
            return home, f"also in {self.docs[home].id}, which it fits better ({fit:.2f} vs {here:.2f})"
        return None

    def _support(self, x: int, holding: set[int], d: int, i: int) -> float:
        """Share of the versions of document ``x``'s story that print paragraph ``i`` of document ``d``,
        exactly or nearly (an update may have reworded a word)."""
        versions = self.versions[x]
        if len(versions) == 1:
            return 1.0
        words = self.keys[d][i].split()
        printing = sum(v in holding or self._prints_nearly(v, words) for v in versions)
        return printing / len(versions)

    def _prints_nearly(self, v: int, words: list[str]) -> bool:
        """Whether document ``v`` has a paragraph that is a near copy of ``words``."""
        for key in self.key_sets[v]:
            other = key.split()
            if 0.7 * len(words) <= len(other) <= len(words) / 0.7:
                similarity = SequenceMatcher(None, words, other, autojunk=False).ratio()
                if similarity >= self.rules.min_near_copy_similarity:
                    return True
        return False

    def _fit(self, d: int, key: str, vector: Vector) -> float:
        """How well a paragraph fits document ``d``: its cosine with the rest of the article plus its cosine
        with the paragraphs printed around it there (a borrowed paragraph sits among strangers)."""
        doc_keys, kept = self.keys[d], self.kept[d]
        at = next(n for n, i in enumerate(kept) if doc_keys[i] == key)
        around = [self._vector(d, i) for i in kept[max(at - 1, 0) : at + 2] if doc_keys[i] != key]
        return self._article(d).compare(vector)[0] + cosine(vector, add_vectors(*around))

    def _vector(self, d: int, i: int) -> Vector:
        """Rarity vector of paragraph ``i`` of document ``d``."""
        if (d, i) not in self._vectors:
            weight = self._weighers[self.docs[d].language]
            self._vectors[d, i] = paragraph_vector(self.docs[d].paragraphs[i].text, weight)
        return self._vectors[d, i]

    def _article(self, d: int) -> ArticleVector:
        """Rarity vector of a document's title and kept paragraphs."""
        if d not in self._articles:
            doc = self.docs[d]
            weight = self._weighers[doc.language]
            parts = [paragraph_vector(doc.title, weight)] + [paragraph_vector(p.text, weight) for p in doc.kept()]
            self._articles[d] = ArticleVector(add_vectors(*parts))
        return self._articles[d]

    def _versions(self) -> list[frozenset[int]]:
        """For each document, itself and the documents related to it (sharing most paragraphs)."""
        rules = self.rules
        holders: dict[str, set[int]] = defaultdict(set)
        for d, doc_keys in enumerate(self.keys):
            for key in doc_keys:
                if key:
                    holders[key].add(d)
        in_common: dict[tuple[int, int], int] = defaultdict(int)
        for ds in holders.values():
            if 1 < len(ds) <= rules.max_holders:
                ordered = sorted(ds)
                for n, a in enumerate(ordered):
                    for b in ordered[n + 1 :]:
                        in_common[a, b] += 1
        sizes = [len(key_set) for key_set in self.key_sets]
        related: list[set[int]] = [{d} for d in range(len(self.keys))]
        for (a, b), count in in_common.items():
            smaller = min(sizes[a], sizes[b])
            if count >= max(rules.min_paragraphs_for_related, rules.min_shared_for_related * smaller):
                related[a].add(b)
                related[b].add(a)
        return [frozenset(r) for r in related]
