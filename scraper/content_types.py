"""Which response bodies the fetcher passes on: HTML (and, for feeds and sitemaps, XML) by type or by sniffing."""
from __future__ import annotations

from scraper.errors import BodyTooLarge, NotXMLResponse
from scraper.gunzip import BrokenGzip, GzipTooLarge, gunzip_within

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
XML_TYPES = frozenset({"application/xml", "text/xml", "application/rss+xml", "application/atom+xml"})
# Types that say nothing about the content: the body is sniffed instead.
UNKNOWN_TYPES = frozenset({"", "application/octet-stream"})
# A gzip file (a .xml.gz sitemap served without Content-Encoding): inflated, then sniffed, when accept_xml.
GZIP_TYPES = frozenset({"application/gzip", "application/x-gzip"})
SNIFF_BYTES = 1024
_HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body")
_XML_STARTS = (b"<?xml", b"<rss", b"<feed", b"<urlset", b"<sitemapindex", b"<rdf:rdf")


def is_wanted_type(mime: str, accept_xml: bool) -> bool:
    """Return True for HTML and untyped bodies, and for XML or gzip (sniffed later) when ``accept_xml``."""
    if mime in HTML_TYPES or mime in UNKNOWN_TYPES:
        return True
    return accept_xml and (mime in XML_TYPES or mime.endswith("+xml") or mime in GZIP_TYPES)


def inflate_gzip_body(url: str, body: bytes, max_bytes: int, where: str) -> bytes:
    """Inflate a gzip file (a .xml.gz sitemap), refusing one that is broken, cut short or over max_bytes (a bomb)."""
    try:
        return gunzip_within(body, max_bytes)
    except GzipTooLarge as exc:
        raise BodyTooLarge(url, f"gzip body at {where} {exc}") from None
    except BrokenGzip as exc:
        raise NotXMLResponse(url, f"{exc} body at {where}") from None


def sniffs_wanted(body: bytes, accept_xml: bool) -> bool:
    """Return True when an untyped body starts like HTML (or like XML when ``accept_xml``)."""
    head = body[:SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(_HTML_STARTS) or b"<html" in head:
        return True
    return accept_xml and head.startswith(_XML_STARTS)
