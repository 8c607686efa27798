"""Inflating a gzip file (a ``.xml.gz`` sitemap) within a size limit, so a gzip bomb stops early."""
from __future__ import annotations

import zlib

GZIP_MAGIC = b"\x1f\x8b"


class BrokenGzip(ValueError):
    """The data is not a whole gzip file: corrupt, or cut short."""


class GzipTooLarge(ValueError):
    """The data inflates beyond the limit."""


def gunzip_within(data: bytes, max_bytes: int) -> bytes:
    """``data`` inflated; BrokenGzip if it is corrupt or cut short, GzipTooLarge past ``max_bytes``."""
    inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
    try:
        inflated = inflater.decompress(data, max_bytes + 1)
    except zlib.error as exc:
        raise BrokenGzip(f"broken gzip: {exc}") from None
    if len(inflated) > max_bytes:
        raise GzipTooLarge(f"expands beyond {max_bytes} bytes")
    if not inflater.eof:
        raise BrokenGzip("truncated gzip")
    return inflated
