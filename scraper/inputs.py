"""Local inputs of ``newsclean clean``: HTML, text and JSONL files, or stdin."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterable, Iterator
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
    """Every document in ``paths`` in order; a bad input yields an InputFailure and reading goes on.

    A file's id is its name without the suffix; a second file of the same name in the
    batch gets "~2", "~3" ... so that ids stay unique. JSONL files are read a line at
    a time, so a large corpus never sits in memory whole.
    """
    seen_ids: dict[str, int] = {}
    for path in paths:
        if path == "-":
            yield from _read_stdin(title)
            continue
        file = Path(path)
        suffix = file.suffix.lower()
        stem = _unique(file.stem, seen_ids)
        try:
            if suffix in JSONL_SUFFIXES:
                with file.open("rb") as handle:
                    yield from _read_jsonl(handle, path, stem)
                continue
            data = file.read_bytes()
        except IsADirectoryError:
            yield InputFailure(path, "is a directory", "not_a_file")
            continue
        except FileNotFoundError:
            yield InputFailure(path, "no such file", "missing_file")
            continue
        except OSError as exc:
            yield InputFailure(path, exc.strerror or str(exc), "unreadable")
            continue
        yield from _read_data(data, path, suffix, stem, title)


def _unique(stem: str, seen: dict[str, int]) -> str:
    seen[stem] = seen.get(stem, 0) + 1
    return stem if seen[stem] == 1 else f"{stem}~{seen[stem]}"


def _read_stdin(title: str | None) -> Iterator[InputItem | InputFailure]:
    data = sys.stdin.buffer.read()
    head = data.lstrip()[:1]
    if head == b"{":
        yield from _read_jsonl(io.BytesIO(data), "<stdin>", "stdin")
        return
    yield from _read_data(data, "<stdin>", ".html" if head == b"<" else ".txt", "stdin", title)


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
    elif suffix in HTML_SUFFIXES:
        yield InputItem("html", text, stem, where)
    elif suffix in TEXT_SUFFIXES:
        yield InputItem("text", text, stem, where, title=title)
    else:
        yield InputFailure(
            where, f"unknown file type {suffix or '(none)'!r}: use .html, .txt or .jsonl", "unknown_type"
        )


def _read_jsonl(lines: Iterable[bytes], where: str, stem: str) -> Iterator[InputItem | InputFailure]:
    empty = True
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        empty = False
        at = f"{where}:{lineno}"
        try:
            record = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            yield InputFailure(at, f"not JSON ({exc})", "bad_json")
            continue
        if not isinstance(record, dict):
            yield InputFailure(at, "not a JSON object", "bad_json")
            continue
        wrong = [
            key
            for key in ("id", "url", "title")
            if record.get(key) is not None and not isinstance(record[key], str | int)
        ]
        wrong += [key for key in ("url", "title") if isinstance(record.get(key), int)]
        if wrong:
            yield InputFailure(at, f"'{wrong[0]}' must be a string", "bad_record")
            continue
        doc_id = str(record.get("id") or f"{stem}-{lineno}")
        url, title = record.get("url"), record.get("title")
        if isinstance(record.get("html"), str):
            yield InputItem("html", record["html"], doc_id, at, url=url, title=title)
        elif isinstance(record.get("text"), str):
            yield InputItem("text", record["text"], doc_id, at, url=url, title=title)
        else:
            yield InputFailure(at, "record has neither 'html' nor 'text'", "bad_record")
    if empty:
        yield InputFailure(where, "empty input", "empty_document")
