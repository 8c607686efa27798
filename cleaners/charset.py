"""Decide which charset decodes a page: BOM, Content-Type, <meta>, then detection.

Declarations are checked against the bytes, because servers lie: a body that is valid
UTF-8 with non-ASCII bytes is UTF-8 whatever a single-byte declaration says, and a
body declared UTF-8 that is not valid UTF-8 falls through to the next clue. Labels
follow WHATWG where it matters (iso-8859-1 and ascii mean windows-1252).
"""
from __future__ import annotations

import codecs
import logging
import re

from charset_normalizer import from_bytes

logger = logging.getLogger(__name__)

# Bytes of the body searched for a <meta> charset (browsers look at 1024; CMS headers run longer).
META_SCAN_BYTES = 4096
DETECT_MAX_BYTES = 64 * 1024
FALLBACK = "cp1252"

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Labels that in practice mean windows-1252 (WHATWG encoding standard).
_AS_CP1252 = frozenset({"latin_1", "iso8859_1", "ascii", "cp1252"})
_CHARSET_PARAM = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:+-]+)""", re.IGNORECASE)
_META = re.compile(rb"<meta\b[^>]*>", re.IGNORECASE)
# Bytes that are not UTF-8, as the surrogateescape error handler leaves them.
_STRAY_RUN = re.compile("[\udc80-\udcff]+")
_NON_ASCII_RUN = re.compile("[^\x00-\x7f]+")


def decide_charset(content_type: str | None, body: bytes) -> str:
    """Return the Python codec name that decodes ``body`` best (never fails)."""
    for bom, name in _BOMS:
        if body.startswith(bom):
            return name
    for label in (charset_from_content_type(content_type), charset_from_meta(body)):
        codec = _checked(label, body)
        if codec:
            return codec
    return detect_charset(body)


def charset_from_content_type(content_type: str | None) -> str | None:
    """Return the charset parameter of a Content-Type header value, if any."""
    if not content_type:
        return None
    match = _CHARSET_PARAM.search(content_type.encode("latin-1", errors="replace"))
    return match.group(1).decode("ascii").lower() if match else None


def charset_from_meta(body: bytes) -> str | None:
    """Return the charset of a <meta charset> or http-equiv Content-Type tag near the top."""
    for tag in _META.findall(body[:META_SCAN_BYTES]):
        match = _CHARSET_PARAM.search(tag)
        if match:
            return match.group(1).decode("ascii").lower()
    return None


def detect_charset(body: bytes, fallback: str = FALLBACK) -> str:
    """Guess the charset of undeclared bytes: ASCII/UTF-8, then charset_normalizer, then ``fallback``."""
    return guess_charset(body) or fallback


def guess_charset(body: bytes) -> str | None:
    """The charset of undeclared bytes, or None when no charset makes sense of them."""
    if _is_utf8(body) or looks_like_utf8(body):
        return "utf-8"
    matches = from_bytes(body[:DETECT_MAX_BYTES])
    best = matches.best()
    if best is None:
        return None
    # Ties are common on short Western text; windows-1252 is by far the web's usual legacy charset.
    for match in matches:
        if match.chaos <= best.chaos + 0.01 and "cp1252" in match.could_be_from_charset:
            return FALLBACK
    codec = _normalize(best.encoding)
    if codec is None or codec in _AS_CP1252:
        return FALLBACK
    return "utf-8" if codec == "utf_8" else codec


def _checked(label: str | None, body: bytes) -> str | None:
    """Return the codec for a declared label if the body agrees with it, else None."""
    codec = _normalize(label)
    if codec is None:
        return None
    if codec == "utf_8":
        return "utf-8" if _is_mostly_utf8(body) else None
    if codec.startswith(("utf_16", "utf_32")):
        return None  # without a BOM (handled earlier) such a declaration is wrong
    if not body.isascii() and _is_utf8(body):
        logger.debug("body declared %s is valid UTF-8: decoding as UTF-8", label)
        return "utf-8"
    try:
        body.decode(codec)
    except UnicodeDecodeError:
        return None
    return "cp1252" if codec in _AS_CP1252 else codec


def _normalize(label: str | None) -> str | None:
    """Return Python's canonical codec name for a charset label, or None when unknown."""
    if not label:
        return None
    label = label.strip().lower()
    if label in ("x-user-defined", "binary", "none"):
        return None
    try:
        return codecs.lookup(label).name.replace("-", "_")
    except LookupError:
        return None


def _is_mostly_utf8(body: bytes) -> bool:
    """Return True for UTF-8, tolerating a few stray bytes among many valid multi-byte characters."""
    if _is_utf8(body):
        return True
    text = body.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 0x7F) - bad
    return good >= 10 * bad


def looks_like_utf8(body: bytes) -> bool:
    """Return True for UTF-8 with a few stray bytes: intact non-ASCII characters outnumber the stray runs 2 to 1.

    An intact character is one in a stretch of non-ASCII characters (between two ASCII ones) that holds
    no stray byte. Legacy multi-byte charsets (GBK, EUC-JP, Shift_JIS, EUC-KR) form a valid UTF-8
    sequence now and then, but always next to bytes that are not UTF-8, and single-byte ones (Latin-1,
    cp1251) almost never form one; a UTF-8 text with one bad byte keeps all its other accented letters.
    Runs, not bytes, are counted: one broken character is often several bad bytes in a row.
    """
    text = body.decode("utf-8", errors="surrogateescape")
    if text.isascii():
        return True
    runs = len(_STRAY_RUN.findall(text))
    intact = sum(len(stretch) for stretch in _NON_ASCII_RUN.findall(text) if not _STRAY_RUN.search(stretch))
    return intact >= 2 * runs


def _is_utf8(body: bytes) -> bool:
    """Return True when the bytes decode as UTF-8 (ASCII included)."""
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
