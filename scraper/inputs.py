"""Local inputs of ``newsclean clean``: HTML, text and JSONL files, or stdin."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import orjson

from cleaners.decode import decode_bytes
from cleaners.errors import CleanerError

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})


@dataclass(frozen=True, slots=True)
class InputItem:
    """One document to clean: HTML or text, with what we know about it."""

    kind: Literal["html", "text"]
    content: str
    doc_id: str
    where: str  # "page.html", "batch.jsonl:12", "<stdin>": for error messages
    url: str | None = None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class InputFailure:
    """An input that could not be read: where, and one line saying why."""

    where: str
    message: str
    reason: str


def read_inputs(paths: list[str], *, title: str | None = None) -> Iterator[InputItem | InputFailure]:
    """Every document in ``paths`` in order; a bad input yields an InputFailure and reading goes on."""
    for path in paths:
        if path == "-":
            yield from _read_stdin(title)
            continue
        try:
            data = Path(path).read_bytes()
        except IsADirectoryError:
            yield InputFailure(path, "is a directory", "not_a_file")
            continue
        except FileNotFoundError:
            yield InputFailure(path, "no such file", "missing_file")
            continue
        except OSError as exc:
            yield InputFailure(path, exc.strerror or str(exc), "unreadable")
            continue
        yield from _read_data(data, path, Path(path).suffix.lower(), Path(path).stem, title)


def _read_stdin(title: str | None) -> Iterator[InputItem | InputFailure]:
    data = sys.stdin.buffer.read()
    head = data.lstrip()[:1]
    suffix = ".jsonl" if head == b"{" else ".html" if head == b"<" else ".txt"
    yield from _read_data(data, "<stdin>", suffix, "stdin", title)


def _read_data(
    data: bytes, where: str, suffix: str, stem: str, title: str | None
) -> Iterator[InputItem | InputFailure]:
    try:
        text = decode_bytes(data)
    except CleanerError as exc:
        yield InputFailure(where, str(exc), exc.reason)
        return
    if not text.strip():
        yield InputFailure(where, "empty input", "empty_document")
    elif suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(text, where, stem)
    elif suffix in HTML_SUFFIXES:
        yield InputItem("html", text, stem, where)
    elif suffix in TEXT_SUFFIXES:
        yield InputItem("text", text, stem, where, title=title)
    else:
        yield InputFailure(
            where, f"unknown file type {suffix or '(none)'!r}: use .html, .txt or .jsonl", "unknown_type"
        )


def _read_jsonl(text: str, where: str, stem: str) -> Iterator[InputItem | InputFailure]:
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        at = f"{where}:{lineno}"
        try:
            record = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            yield InputFailure(at, f"not JSON ({exc})", "bad_json")
            continue
        if not isinstance(record, dict):
            yield InputFailure(at, "not a JSON object", "bad_json")
            continue
        doc_id = str(record.get("id") or f"{stem}-{lineno}")
        url, title = record.get("url"), record.get("title")
        if isinstance(record.get("html"), str):
            yield InputItem("html", record["html"], doc_id, at, url=url, title=title)
        elif isinstance(record.get("text"), str):
            yield InputItem("text", record["text"], doc_id, at, url=url, title=title)
        else:
            yield InputFailure(at, "record has neither 'html' nor 'text'", "bad_record")
