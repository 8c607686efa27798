"""Cleaned documents to the output formats: text for people, JSONL records for corpora."""
from __future__ import annotations

from typing import BinaryIO

from cleaners.document import Document
from cleaners.records import Record


class RecordWriter:
    """Write documents as text (title, blank line, paragraphs) or as one JSON record a line."""

    def __init__(self, stream: BinaryIO, fmt: str) -> None:
        self._stream = stream
        self._format = fmt
        self._count = 0

    def write(self, doc: Document, *, fetched_at: str | None = None, source: str | None = None) -> None:
        record = Record.from_document(doc, fetched_at=fetched_at, source=source)
        if self._format == "jsonl":
            self._stream.write(record.to_json() + b"\n")
        else:
            if self._count:
                self._stream.write(b"\n")
            self._stream.write(record.to_text().encode("utf-8") + b"\n")
        self._stream.flush()
        self._count += 1
