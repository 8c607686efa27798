"""Local inputs of ``newsclean clean`` and ``dedup``: HTML, text and JSONL files, or stdin.

JSONL may be gzip-compressed (the crawl's ``.jsonl.gz`` shards; told by its magic bytes, whatever
the name), start with a byte-order mark, or be UTF-16 with a BOM. A binary given as JSONL fails
in one line, as it does as HTML or text.
"""

from __future__ import annotations

import codecs
import gzip
import io
import logging
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Literal, Protocol

import orjson

from cleaners.decode import decode_file, sniff_binary
from cleaners.errors import CleanerError
from scraper.gunzip import GZIP_MAGIC

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

log = logging.getLogger(__name__)

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
HEAD_BYTES = 4096  # what is sniffed for a binary format
READ_BYTES = 64 * 1024  # JSONL is read in chunks of this size
STDIN = "<stdin>"


@dataclass(frozen=True, slots=True)
class InputItem:
    """One document to clean: HTML or text, with what we know about it."""

    kind: Literal["html", "text"]
    content: str
    doc_id: str
    where: str  # "page.html", "batch.jsonl:12", "<stdin>": for error messages
    url: str | None = None
    title: str | None = None  # None: a text's first line is its title


@dataclass(frozen=True, slots=True)
class InputFailure:
    """An input that could not be read: where, and one line saying why."""

    where: str
    message: str
    reason: str


@dataclass(frozen=True, slots=True)
class JsonLine:
    """One JSON object of a JSONL input, and where it stands."""

    where: str  # "batch.jsonl:12"
    lineno: int
    record: dict[str, object]


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
        suffix, stem = _suffix_and_stem(Path(path))
        stem = _unique(stem, seen_ids)
        if suffix in JSONL_SUFFIXES:
            yield from _jsonl_items(read_jsonl(path), stem)
            continue
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            yield _open_failure(path, exc)
            continue
        yield from _read_data(data, path, suffix, stem, title)


def read_jsonl(path: str) -> Iterator[JsonLine | InputFailure]:
    """The objects of a JSONL file (``-``: stdin), gzip-compressed or not; a bad line yields an InputFailure."""
    if path == "-":
        if sys.stdin is None:  # started with stdin closed (<&-)
            yield _closed_stdin()
            return
        yield from _jsonl_objects(sys.stdin.buffer, STDIN)
        return
    try:
        handle = open(path, "rb")  # closed below, when the lines are read
    except OSError as exc:
        yield _open_failure(path, exc)
        return
    with handle:
        yield from _jsonl_objects(handle, path)


def _suffix_and_stem(file: Path) -> tuple[str, str]:
    """What the name says the file holds, and the name without it ("shard.jsonl.gz": ".jsonl", "shard")."""
    inner = Path(file.stem)
    if file.suffix.lower() == ".gz" and inner.suffix.lower() in JSONL_SUFFIXES:
        return inner.suffix.lower(), inner.stem
    return file.suffix.lower(), file.stem


def _unique(stem: str, seen: dict[str, int]) -> str:
    seen[stem] = seen.get(stem, 0) + 1
    return stem if seen[stem] == 1 else f"{stem}~{seen[stem]}"


def _open_failure(where: str, exc: OSError) -> InputFailure:
    if isinstance(exc, IsADirectoryError):
        return InputFailure(where, "is a directory", "not_a_file")
    if isinstance(exc, FileNotFoundError):
        return InputFailure(where, "no such file", "missing_file")
    return InputFailure(where, exc.strerror or str(exc), "unreadable")


def _closed_stdin() -> InputFailure:
    return InputFailure(STDIN, "stdin is closed", "unreadable")


def _read_stdin(title: str | None) -> Iterator[InputItem | InputFailure]:
    if sys.stdin is None:  # started with stdin closed (<&-)
        yield _closed_stdin()
        return
    try:
        data = sys.stdin.buffer.read()
    except OSError as exc:
        yield _open_failure(STDIN, exc)
        return
    unpacked = _gunzipped(data)
    if _first_character(unpacked) == "{":
        yield from _jsonl_items(_jsonl_objects(io.BytesIO(unpacked), STDIN), "stdin")
        return
    yield from _read_data(data, STDIN, ".html" if _first_character(data) == "<" else ".txt", "stdin", title)


def _gunzipped(data: bytes) -> bytes:
    """``data`` decompressed when it is gzip, else as it is."""
    if not data.startswith(GZIP_MAGIC):
        return data
    try:
        return gzip.decompress(data)
    except (OSError, EOFError, zlib.error):
        return data  # reported as gzip data, not as text


def _first_character(data: bytes) -> str:
    """The first character that is not white space, past a byte-order mark."""
    head = data[:HEAD_BYTES]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return head.decode("utf-16", errors="ignore").lstrip()[:1]
    return head.removeprefix(codecs.BOM_UTF8).lstrip()[:1].decode("latin-1")


def _read_data(
    data: bytes, where: str, suffix: str, stem: str, title: str | None
) -> Iterator[InputItem | InputFailure]:
    try:
        decoded = decode_file(data)
    except CleanerError as exc:
        yield InputFailure(where, str(exc), exc.reason)
        return
    if decoded.stray_bytes:
        log.warning("%s: %s", where, decoded.stray_warning())
    text = decoded.text
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


def _jsonl_items(lines: Iterable[JsonLine | InputFailure], stem: str) -> Iterator[InputItem | InputFailure]:
    for line in lines:
        yield line if isinstance(line, InputFailure) else _record_item(line, stem)


def _record_item(line: JsonLine, stem: str) -> InputItem | InputFailure:
    """The document of a ``clean`` input record: ``html`` or ``text``, optional ``id``, ``url``, ``title``."""
    record, at = line.record, line.where
    doc_id, url, title = record.get("id"), record.get("url"), record.get("title")
    if doc_id is not None and not isinstance(doc_id, str | int):
        return InputFailure(at, "'id' must be a string", "bad_record")
    if url is not None and not isinstance(url, str):
        return InputFailure(at, "'url' must be a string", "bad_record")
    if title is not None and not isinstance(title, str):
        return InputFailure(at, "'title' must be a string", "bad_record")
    doc_id = str(doc_id or f"{stem}-{line.lineno}")
    html, text = record.get("html"), record.get("text")
    if html is not None:
        if not isinstance(html, str):
            return InputFailure(at, "'html' must be a string", "bad_record")
        return InputItem("html", html, doc_id, at, url=url, title=title)
    if text is not None:
        if not isinstance(text, str):
            return InputFailure(at, "'text' must be a string", "bad_record")
        # A record's text is all body (records keep the title apart): without a title it stays
        # without one, rather than losing its first line to it as a .txt file does.
        return InputItem("text", text, doc_id, at, url=url, title=title or "")
    return InputFailure(at, "record has neither 'html' nor 'text'", "bad_record")


def _jsonl_objects(raw: IO[bytes], where: str) -> Iterator[JsonLine | InputFailure]:
    """The objects of a JSONL stream; a bad line is a failure of that line, a bad stream one failure."""
    empty = True
    try:
        lines = _jsonl_lines(raw)
        if isinstance(lines, str):
            yield InputFailure(where, f"not JSONL ({lines})", "not_jsonl")
            return
        for lineno, line in enumerate(lines, start=1):
            if line.strip():
                empty = False
                yield _parse_line(line, where, lineno)
    except EOFError:
        yield InputFailure(where, "gzip data ends early (a cut-short file?)", "unreadable")
        return
    except (gzip.BadGzipFile, zlib.error) as exc:
        yield InputFailure(where, f"corrupt gzip data ({exc})", "unreadable")
        return
    except UnicodeDecodeError as exc:
        yield InputFailure(where, f"invalid {exc.encoding} after its byte-order mark: {exc.reason}", "undecodable")
        return
    except OSError as exc:
        yield InputFailure(where, exc.strerror or str(exc), "unreadable")
        return
    if empty:
        yield InputFailure(where, "empty input", "empty_document")


def _jsonl_lines(raw: IO[bytes]) -> Iterable[bytes] | str:
    """The lines of a JSONL stream as UTF-8 (gunzipped, UTF-16 decoded), or the binary format it is instead."""
    head, stream = _peek(raw)
    if head.startswith(GZIP_MAGIC):
        head, stream = _peek(gzip.GzipFile(fileobj=stream, mode="rb"))
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return (line.encode("utf-8") for line in io.TextIOWrapper(stream, encoding="utf-16"))
    return sniff_binary(head) or stream


def _parse_line(line: bytes, where: str, lineno: int) -> JsonLine | InputFailure:
    at = f"{where}:{lineno}"
    line = line.removeprefix(codecs.BOM_UTF8)  # a BOM starts the file, or each of several files joined by cat
    try:
        record = orjson.loads(line)
    except orjson.JSONDecodeError as exc:
        try:
            line.decode("utf-8")
        except UnicodeDecodeError as bad:
            return InputFailure(at, f"not UTF-8 (byte 0x{line[bad.start]:02x} at column {bad.start + 1})", "bad_json")
        return InputFailure(at, f"not JSON ({exc})", "bad_json")
    if not isinstance(record, dict):
        return InputFailure(at, "not a JSON object", "bad_json")
    return JsonLine(at, lineno, record)


class _Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


def _peek(stream: _Readable) -> tuple[bytes, io.BufferedReader]:
    """The first bytes of ``stream``, and the whole stream again, those bytes included."""
    head = stream.read(HEAD_BYTES)
    return head, io.BufferedReader(_Rewound(head, stream), buffer_size=READ_BYTES)


class _Rewound(io.RawIOBase):
    """A stream whose first bytes were read to sniff them, and are handed out again first."""

    def __init__(self, head: bytes, rest: _Readable) -> None:
        super().__init__()
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        view = memoryview(buffer).cast("B")
        if self._head:
            data, self._head = self._head[: len(view)], self._head[len(view) :]
        else:
            data = self._rest.read(len(view))
        view[: len(data)] = data
        return len(data)
