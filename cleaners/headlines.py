"""The ``repeated_headline`` stage: paragraphs that print the title again."""
from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import ClassVar

from cleaners.document import Document, Reason, Removal
from cleaners.text import bare, collapse_space

# A link printed with the headline ("Headline https://site/path"): not words of it.
_URL = re.compile(r"\b(?:https?://|www\.)\S+")
# " | Site", " - Site", " — Site", " :: Site" at the end of a headline.
_SITE_SUFFIX = re.compile(r"\s+(?:\||-|\u2013|\u2014|::|\u00bb|\u00b7)\s+[^|\u2013\u2014]{1,60}$")


def strip_site_suffix(headline: str, max_words: int) -> str:
    """The headline without a trailing " | Site" part of at most ``max_words`` words."""
    match = _SITE_SUFFIX.search(headline)
    if match and len(match.group(0).split()) - 1 <= max_words:
        return headline[: match.start()]
    return headline


@dataclass(frozen=True)
class RepeatedHeadline:
    """Mark paragraphs that restate the title: exact, case or punctuation changes, a site suffix, a truncated copy."""

    name: ClassVar[str] = Reason.REPEATED_HEADLINE
    min_similarity: float = 0.85
    min_prefix_share: float = 0.5
    max_suffix_words: int = 5

    def apply(self, doc: Document) -> Document:
        title_keys = self._keys(doc.title)
        if not title_keys:
            return doc
        marks: dict[int, Removal] = {}
        for i, para in enumerate(doc.paragraphs):
            # A copy of the title is about as long as the title (plus a site suffix).
            if para.removal is not None or len(para.text) > 1.5 * len(doc.title) + 60:
                continue
            detail = self.match(title_keys, para.text)
            if detail:
                marks[i] = Removal(Reason.REPEATED_HEADLINE, detail)
        return doc.with_removals(marks)

    def _keys(self, headline: str) -> set[str]:
        headline = collapse_space(headline)
        keys = {bare(headline), bare(strip_site_suffix(headline, self.max_suffix_words))}
        return {k for k in keys if k}

    def _affixed_copy(self, title_keys: set[str], text: str) -> bool:
        """The whole title (four words or more) inside the paragraph, with at most ``max_suffix_words``
        words around it that are not numbers: a site or section before it ("Harbour Times: ..."), a date
        stamp ("12/03/2025 01:14 | ..."), a link after it."""
        key = f" {bare(_URL.sub(' ', text))} "
        for title in title_keys:
            at = key.find(f" {title} ")
            if at >= 0 and title.count(" ") >= 3:
                around = (key[:at] + key[at + len(title) + 2 :]).split()
                if sum(not word.isdigit() for word in around) <= self.max_suffix_words:
                    return True
        return False

    def match(self, title_keys: set[str], text: str) -> str:
        """Why ``text`` is the title again ("" when it is not)."""
        para_keys = self._keys(text)
        if not para_keys:
            return ""
        if para_keys & title_keys:
            return "same as title"
        if self._affixed_copy(title_keys, text):
            return "title with a few words around it"
        best = 0.0
        # A line cut with an ellipsis says it is truncated: a shorter prefix will do.
        share = self.min_prefix_share * (0.6 if text.rstrip().endswith(("\u2026", "...")) else 1.0)
        for p in para_keys:
            for t in title_keys:
                if t.startswith(p) and len(p) >= share * len(t) and " " in p:
                    return "truncated copy of title"
                # Cheap upper bounds skip the costly ratio for most paragraphs: the length
                # bound (difflib's real_quick_ratio) before a matcher is even built.
                if 2 * min(len(p), len(t)) < self.min_similarity * (len(p) + len(t)):
                    continue
                matcher = SequenceMatcher(None, p, t, autojunk=False)
                if matcher.quick_ratio() >= self.min_similarity:
                    best = max(best, matcher.ratio())
        if best >= self.min_similarity:
            return f"{best:.2f} similar to title"
        return ""
