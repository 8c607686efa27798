"""Bytes to text for local files: refuse binaries, honour BOMs and declared charsets, else detect."""
from __future__ import annotations

import codecs
import re

from cleaners.charset import guess_charset
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


def sniff_binary(data: bytes) -> str | None:
    """What binary format ``data`` is, or None when it may be text."""
    for magic, name in _BINARY_MAGIC:
        if data.startswith(magic):
            return name
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "binary data"
    return None


def decode_bytes(data: bytes) -> str:
    """Decode a file's bytes: BOM, then UTF-8, then a declared <meta charset>; else UndecodableInput."""
    kind = sniff_binary(data)
    if kind:
        raise NotHTML(f"not HTML or text ({kind})")
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise UndecodableInput(f"invalid {encoding} after its byte-order mark: {exc.reason}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    declared = _DECLARED.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii", "replace")
        try:
            return data.decode(name)
        except LookupError:
            raise UndecodableInput(f"unknown charset {name!r} declared") from None
        except UnicodeDecodeError as exc:
            raise UndecodableInput(f"bytes do not match the declared charset {name}: {exc.reason}") from None
    # No declaration: detect, as browsers do (a Latin-1 file decodes; noise does not).
    guessed = guess_charset(data)
    if guessed is None:
        raise UndecodableInput(
            f"not UTF-8 (byte 0x{data[utf8_error.start]:02x} at offset {utf8_error.start}), no charset declared, "
            "and no charset makes sense of it"
        )
    return data.decode(guessed, errors="replace")
