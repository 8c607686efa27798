"""Link discovery over content already fetched: feeds, sitemaps and HTML pages.

Pure functions: they take text (or bytes) and the URL it came from, and return
normalised absolute http(s) URLs in document order, without duplicates. They
report every link they find (including ones robots.txt or the source's
allow/deny patterns will refuse); ``select_links`` applies a source's scope.
"""
from __future__ import annotations

import io
import logging
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urljoin

import feedparser
from lxml import etree
from selectolax.lexbor import LexborHTMLParser

from scraper.config import SourceConfig
from scraper.urls import is_http_url, is_same_host, resolve_link

logger = logging.getLogger(__name__)

# A gzipped sitemap may expand to at most this many bytes (the protocol caps a sitemap at 50 MB).
MAX_SITEMAP_BYTES = 50 * 1024 * 1024
# The sitemap protocol allows 50,000 URLs per file.
MAX_SITEMAP_URLS = 50_000


@dataclass(frozen=True, slots=True)
class SitemapLinks:
    """What one sitemap lists: pages to crawl and further sitemaps to fetch (from an index)."""

    pages: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()


def _unique(urls: Iterable[str | None]) -> list[str]:
    seen: dict[str, None] = {}
    for url in urls:
        if url is not None and url not in seen:
            seen[url] = None
    return list(seen)


def _as_bytes(content: str | bytes) -> bytes:
    return content.encode("utf-8") if isinstance(content, str) else content


def parse_feed(content: str | bytes, base_url: str) -> list[str]:
    """Article links of an RSS, RDF or Atom feed; relative links resolve against base_url."""
    # A file object, never a string: feedparser would download a string that looks like a URL.
    parsed = feedparser.parse(io.BytesIO(_as_bytes(content)), response_headers={"content-location": base_url})
    if not parsed.entries:
        if parsed.get("bozo"):
            logger.debug("%s: not a feed (%s)", base_url, parsed.get("bozo_exception"))
        return []
    links: list[str | None] = []
    for entry in parsed.entries:
        href = entry.get("link")
        if not href:
            href = next((link.get("href") for link in entry.get("links", []) if link.get("href")), None)
        if not href and entry.get("guidislink"):
            href = entry.get("id")
        if href:
            links.append(resolve_link(str(href), base_url))
    return _unique(links)


def _decompress(content: bytes, base_url: str) -> bytes:
    """Gunzip a .xml.gz sitemap, refusing one that expands beyond MAX_SITEMAP_BYTES."""
    if not content.startswith(b"\x1f\x8b"):
        return content
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        data = inflater.decompress(content, MAX_SITEMAP_BYTES + 1)
    except zlib.error as exc:
        logger.warning("%s: broken gzip sitemap: %s", base_url, exc)
        return b""
    if len(data) > MAX_SITEMAP_BYTES:
        logger.warning("%s: gzipped sitemap expands beyond %d bytes, ignored", base_url, MAX_SITEMAP_BYTES)
        return b""
    return data


def _local_name(tag: object) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def parse_sitemap(content: str | bytes, base_url: str) -> SitemapLinks:
    """Pages and nested sitemaps of an XML sitemap, sitemap index, Google News sitemap or
    plain-text sitemap (one URL a line); gzipped content is accepted."""
    data = _decompress(_as_bytes(content), base_url).lstrip(b"\xef\xbb\xbf \t\r\n")
    if not data:
        return SitemapLinks()
    if not data.startswith(b"<"):
        lines = data.decode("utf-8", errors="replace").splitlines()
        # The protocol wants one absolute URL a line; anything else is not a link.
        listed = [resolve_link(line, base_url) for line in lines[:MAX_SITEMAP_URLS] if is_http_url(line.strip())]
        return SitemapLinks(pages=tuple(_unique(listed)))
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        logger.warning("%s: unreadable sitemap: %s", base_url, exc)
        return SitemapLinks()
    if root is None:
        return SitemapLinks()
    pages: list[str | None] = []
    sitemaps: list[str | None] = []
    for element in root.iter():
        if _local_name(element.tag) != "loc" or not element.text:
            continue
        parent = element.getparent()
        target = sitemaps if parent is not None and _local_name(parent.tag) == "sitemap" else pages
        target.append(resolve_link(element.text, base_url))
        if len(pages) + len(sitemaps) >= MAX_SITEMAP_URLS:
            logger.warning("%s: more than %d URLs, the rest ignored", base_url, MAX_SITEMAP_URLS)
            break
    return SitemapLinks(pages=tuple(_unique(pages)), sitemaps=tuple(_unique(sitemaps)))


def parse_links(html: str | bytes, base_url: str) -> list[str]:
    """Every http(s) link (<a href>) of an HTML page, resolved against its <base href> or base_url."""
    tree = LexborHTMLParser(html)
    base = tree.css_first("base[href]")
    if base is not None:
        # Not normalised: dropping the trailing slash of a base would change what links resolve to.
        base_href = (base.attributes.get("href") or "").strip()
        candidate = urljoin(base_url, base_href) if base_href else ""
        base_url = candidate if is_http_url(candidate) else base_url
    links = (resolve_link(node.attributes.get("href") or "", base_url) for node in tree.css("a[href]"))
    return _unique(links)


def select_links(urls: Iterable[str], source: SourceConfig, page_url: str) -> list[str]:
    """The links worth enqueueing: on the page's host and within the source's allow/deny patterns."""
    return [url for url in urls if is_same_host(url, page_url) and source.is_in_scope(url)]
