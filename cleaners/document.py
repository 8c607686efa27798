"""The vocabulary: Document, Paragraph, Removal and the stable removal Reasons."""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum


class Reason(StrEnum):
    """Stable names of why a paragraph (or a document) was removed."""

    REPEATED_HEADLINE = "repeated_headline"
    DUPLICATE_PARAGRAPH = "duplicate_paragraph"
    BOILERPLATE = "boilerplate"
    SITE_BOILERPLATE = "site_boilerplate"
    OFF_TOPIC = "off_topic"
    NEAR_DUPLICATE = "near_duplicate"


@dataclass(frozen=True, slots=True)
class Removal:
    """Why a paragraph was removed: a stable reason and a short human detail."""

    reason: Reason
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One block of text; ``removal`` is None while the paragraph is kept."""

    text: str
    removal: Removal | None = None

    @property
    def is_kept(self) -> bool:
        return self.removal is None


@dataclass(frozen=True, slots=True)
class Document:
    """An article: metadata and its ordered paragraphs, each kept or marked removed."""

    id: str
    title: str = ""
    url: str | None = None
    author: str | None = None
    date: str | None = None
    language: str | None = None
    paragraphs: tuple[Paragraph, ...] = field(default_factory=tuple)
    dup_of: str | None = None

    def with_removals(self, marks: Mapping[int, Removal]) -> Document:
        """Return a copy with paragraphs marked; an already marked paragraph keeps its first mark."""
        if not marks:
            return self
        paragraphs = tuple(
            replace(p, removal=marks[i]) if i in marks and p.removal is None else p
            for i, p in enumerate(self.paragraphs)
        )
        return replace(self, paragraphs=paragraphs)

    def kept(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.removal is None]

    def kept_indices(self) -> list[int]:
        return [i for i, p in enumerate(self.paragraphs) if p.removal is None]

    def removed(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.removal is not None]

    def kept_text(self) -> str:
        """Kept paragraphs joined by a blank line (the title is not repeated)."""
        return "\n\n".join(p.text for p in self.paragraphs if p.removal is None)


def paragraphs_from(texts: Iterable[str]) -> tuple[Paragraph, ...]:
    """Kept paragraphs from non-empty stripped texts."""
    return tuple(Paragraph(t.strip()) for t in texts if t.strip())
