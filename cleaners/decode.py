"""Bytes to text for local files: refuse binaries, honour BOMs and declared charsets, else detect.

UTF-8 with a few stray bytes (``looks_like_utf8``) is decoded as UTF-8 with U+FFFD in their place,
and ``Decoded.stray_bytes`` says so, so that the caller can warn: one bad byte must not turn a whole
document into mojibake by sending it to charset detection, nor lose it.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from cleaners.charset import guess_charset, looks_like_utf8
from cleaners.errors import NotHTML, UndecodableInput

# Magic numbers of formats people pass by mistake.
_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"RIFF", "a RIFF (WebP/AVI/WAV) file"),
    (b"\x7fELF", "an executable"),
)
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_STRAY_BYTE = re.compile("[\udc80-\udcff]")


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text, and the bytes that were not valid UTF-8 in a UTF-8 text (replaced by U+FFFD)."""

    text: str
    stray_bytes: int = 0
    first_stray_at: int = 0  # offset of the first such byte

    def stray_warning(self) -> str:
        """One line saying what was replaced ("" when nothing was)."""
        if not self.stray_bytes:
            return ""
        s = "" if self.stray_bytes == 1 else "s"
        return (
            f"{self.stray_bytes} byte{s} not valid UTF-8 (first at offset {self.first_stray_at}) "
            "replaced with U+FFFD"
        )


def sniff_binary(data: bytes) -> str | None:
    """What binary format ``data`` is, or None when it may be text."""
    for magic, name in _BINARY_MAGIC:
        if data.startswith(magic):
            return name
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "binary data"
    return None


def decode_bytes(data: bytes) -> str:
    """Decode a file's bytes (see ``decode_file``)."""
    return decode_file(data).text


def decode_file(data: bytes) -> Decoded:
    """Decode a file's bytes: BOM, UTF-8 (a few stray bytes replaced), a declared <meta charset>, detection.

    Binaries raise NotHTML; bytes no charset explains, or that contradict their declaration, raise
    UndecodableInput.
    """
    kind = sniff_binary(data)
    if kind:
        raise NotHTML(f"not HTML or text ({kind})")
    if data.startswith(codecs.BOM_UTF8):
        return _utf8_repaired(data[len(codecs.BOM_UTF8) :], offset=len(codecs.BOM_UTF8))
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return Decoded(data.decode("utf-16"))
        except UnicodeDecodeError as exc:
            raise UndecodableInput(f"invalid utf-16 after its byte-order mark: {exc.reason}") from None
    try:
        return Decoded(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        utf8_error = exc
    declared = _DECLARED.search(data[:4096])
    name = declared.group(1).decode("ascii", "replace") if declared else None
    if name is not None and not _is_utf8_label(name):
        try:
            return Decoded(data.decode(name))
        except LookupError:
            raise UndecodableInput(f"unknown charset {name!r} declared") from None
        except UnicodeDecodeError as exc:
            raise UndecodableInput(f"bytes do not match the declared charset {name}: {exc.reason}") from None
    if looks_like_utf8(data):
        return _utf8_repaired(data)
    if name is not None:
        raise UndecodableInput(f"bytes do not match the declared charset {name}: {utf8_error.reason}")
    # No declaration: detect, as browsers do (a Latin-1 file decodes; noise does not).
    guessed = guess_charset(data)
    if guessed is None:
        raise UndecodableInput(
            f"not UTF-8 (byte 0x{data[utf8_error.start]:02x} at offset {utf8_error.start}), no charset declared, "
            "and no charset makes sense of it"
        )
    return Decoded(data.decode(guessed, errors="replace"))


def _utf8_repaired(data: bytes, *, offset: int = 0) -> Decoded:
    """UTF-8 with each stray byte replaced by U+FFFD, and how many there were."""
    escaped = data.decode("utf-8", errors="surrogateescape")
    first = _STRAY_BYTE.search(escaped)
    if first is None:
        return Decoded(escaped)
    first_at = offset + len(escaped[: first.start()].encode("utf-8", errors="surrogateescape"))
    text, count = _STRAY_BYTE.subn("\ufffd", escaped)
    return Decoded(text, stray_bytes=count, first_stray_at=first_at)


def _is_utf8_label(name: str) -> bool:
    try:
        return codecs.lookup(name).name == "utf-8"
    except LookupError:
        return False
