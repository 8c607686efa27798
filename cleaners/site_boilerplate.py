"""The ``site_boilerplate`` stage: paragraphs one host repeats across many of its pages.

The stage does not count anything itself: it asks a ``ParagraphCounts``
(the crawl state implements it) on how many distinct pages of the host each
paragraph was seen before, and marks those seen on at least
``min_pages``. Paragraphs are keyed by ``paragraph_key``, a hash of the
``bare`` text, so spacing, case and quote style do not split counts.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar, Protocol

from cleaners.document import Document, Reason, Removal
from cleaners.text import bare


class ParagraphCounts(Protocol):
    """Distinct pages of a host on which each paragraph key was seen."""

    def paragraph_page_counts(self, host: str, hashes: Iterable[str]) -> dict[str, int]: ...


def paragraph_key(text: str) -> str:
    """A short stable hash of a paragraph's normalised text."""
    return hashlib.blake2b(bare(text).encode("utf-8"), digest_size=8).hexdigest()


def paragraph_keys(doc: Document) -> list[str]:
    """Keys of every paragraph of ``doc``, in order (what the crawl counts per page)."""
    return [paragraph_key(p.text) for p in doc.paragraphs]


@dataclass(frozen=True)
class SiteBoilerplate:
    """Mark paragraphs the same host printed on ``min_pages`` or more other pages."""

    name: ClassVar[str] = Reason.SITE_BOILERPLATE
    host: str
    counts: ParagraphCounts
    min_pages: int = 5
    max_words: int = 80  # long paragraphs are articles syndicated across pages, not furniture

    def apply(self, doc: Document) -> Document:
        candidates = {
            i: paragraph_key(p.text)
            for i, p in enumerate(doc.paragraphs)
            if p.removal is None and len(p.text.split()) <= self.max_words
        }
        if not candidates or not self.host:
            return doc
        seen = self.counts.paragraph_page_counts(self.host, candidates.values())
        marks = {
            i: Removal(Reason.SITE_BOILERPLATE, f"on {seen[key]} other pages of {self.host}")
            for i, key in candidates.items()
            if seen.get(key, 0) >= self.min_pages
        }
        return doc.with_removals(marks)
