"""The JSONL record schema, in one place (see DESIGN.md, "Output record")."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

import orjson

from cleaners.document import Document


@dataclass(frozen=True, slots=True)
class RemovedText:
    """A removed paragraph in a record: its text, the stable reason and a short detail."""

    text: str
    reason: str
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Record:
    """One output line: the cleaned article and what was removed and why."""

    id: str
    url: str | None
    title: str
    author: str | None
    date: str | None
    language: str | None
    text: str
    removed: list[RemovedText] = field(default_factory=list)
    dup_of: str | None = None
    fetched_at: str | None = None
    source: str | None = None

    @classmethod
    def from_document(cls, doc: Document, *, fetched_at: str | None = None, source: str | None = None) -> Record:
        removed = [
            RemovedText(p.text, str(p.removal.reason), p.removal.detail)
            for p in doc.paragraphs
            if p.removal is not None
        ]
        return cls(
            id=doc.id,
            url=doc.url,
            title=doc.title,
            author=doc.author,
            date=doc.date,
            language=doc.language,
            text=doc.kept_text(),
            removed=removed,
            dup_of=doc.dup_of,
            fetched_at=fetched_at,
            source=source,
        )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        """A record read back from JSONL (unknown keys ignored)."""
        removed = [RemovedText(r["text"], r["reason"], r.get("detail", "")) for r in data.get("removed") or []]
        return cls(
            id=str(data["id"]),
            url=data.get("url"),
            title=data.get("title") or "",
            author=data.get("author"),
            date=data.get("date"),
            language=data.get("language"),
            text=data.get("text") or "",
            removed=removed,
            dup_of=data.get("dup_of"),
            fetched_at=data.get("fetched_at"),
            source=data.get("source"),
        )

    def to_json(self) -> bytes:
        """One JSON object, no trailing newline."""
        return orjson.dumps(asdict(self))

    def to_text(self) -> str:
        """The title, a blank line, the kept paragraphs separated by blank lines."""
        return "\n\n".join(part for part in (self.title, self.text) if part)
