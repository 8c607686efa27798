"""Link discovery over content already fetched: feeds, sitemaps and HTML pages.

Pure functions: they take text (or bytes) and the URL it came from, and return
normalised absolute http(s) URLs in document order, without duplicates. They
report every link they find (including ones robots.txt or the source's
allow/deny patterns will refuse) except those no request can be made for (a
port out of range, a malformed host name); ``select_links`` applies a
source's scope. Content that is no feed (``NotAFeed``) or no sitemap
(``NotASitemap``) is an error, so an HTML page at a feed's address is never
taken for an empty feed.
"""
from __future__ import annotations

import io
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urljoin

import feedparser
from lxml import etree
from selectolax.lexbor import LexborHTMLParser

from scraper.config import SourceConfig
from scraper.errors import BodyTooLarge, NotAFeed, NotASitemap
from scraper.fetch_config import DEFAULT_MAX_XML_BYTES
from scraper.gunzip import GZIP_MAGIC, BrokenGzip, GzipTooLarge, gunzip_within
from scraper.urls import is_http_url, is_same_host, resolve_link

logger = logging.getLogger(__name__)

# The sitemap protocol allows 50,000 URLs per file.
MAX_SITEMAP_URLS = 50_000
SITEMAP_ROOTS = frozenset({"urlset", "sitemapindex"})
# The sitemap protocol also accepts RSS and Atom feeds as sitemaps.
FEED_ROOTS = frozenset({"rss", "feed", "RDF"})


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
    """Article links of an RSS, RDF or Atom feed; relative links resolve against base_url.

    Raises NotAFeed for content that is no feed (an HTML page, an image); a feed without items has no links.
    """
    # A file object, never a string: feedparser would download a string that looks like a URL.
    parsed = feedparser.parse(io.BytesIO(_as_bytes(content)), response_headers={"content-location": base_url})
    if not parsed.entries:
        if not parsed.get("version"):
            raise NotAFeed(base_url, f"not a feed ({_describe(content)})")
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


def _describe(content: str | bytes) -> str:
    """What some content that is not the expected document looks like, for an error message."""
    head = _as_bytes(content)[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if not head:
        return "empty body"
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
        return "an HTML page"
    if head.startswith(b"<"):
        return "XML of another kind"
    return "not XML" if b"\0" in head or not head.isascii() else "text"


def _decompress(content: bytes, base_url: str, max_bytes: int) -> bytes:
    """Gunzip a .xml.gz sitemap, refusing one that is broken or expands beyond ``max_bytes``."""
    if not content.startswith(GZIP_MAGIC):
        return content
    try:
        return gunzip_within(content, max_bytes)
    except GzipTooLarge as exc:
        raise BodyTooLarge(base_url, f"gzipped sitemap {exc}") from None
    except BrokenGzip as exc:
        raise NotASitemap(base_url, f"not a sitemap ({exc})") from None


def _local_name(tag: object) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def parse_sitemap(content: str | bytes, base_url: str, *, max_bytes: int = DEFAULT_MAX_XML_BYTES) -> SitemapLinks:
    """Pages and nested sitemaps of an XML sitemap, sitemap index, Google News sitemap, RSS or Atom
    feed, or plain-text sitemap (one URL a line); gzipped content is accepted.

    Raises NotASitemap for content that is none of these (an HTML page, an image, broken gzip) and
    BodyTooLarge for gzip that expands beyond ``max_bytes`` (the fetcher inflates a .xml.gz body
    within the same limit, ``FetchConfig.max_xml_bytes``; this covers content from elsewhere).
    """
    data = _decompress(_as_bytes(content), base_url, max_bytes).lstrip(b"\xef\xbb\xbf \t\r\n")
    if not data.startswith(b"<"):
        lines = data.decode("utf-8", errors="replace").splitlines()
        # The protocol wants one absolute URL a line; anything else is not a link.
        listed = [line.strip() for line in lines[:MAX_SITEMAP_URLS] if is_http_url(line.strip())]
        if not listed:
            what = f"{_describe(data)}, no line is a URL" if data else _describe(data)
            raise NotASitemap(base_url, f"not a sitemap ({what})")
        return SitemapLinks(pages=tuple(_unique(resolve_link(url, base_url) for url in listed)))
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise NotASitemap(base_url, f"not a sitemap (unreadable XML: {exc})") from exc
    root_name = _local_name(root.tag) if root is not None else ""
    if root_name in FEED_ROOTS:
        try:
            return SitemapLinks(pages=tuple(parse_feed(data, base_url)))
        except NotAFeed as exc:
            raise NotASitemap(base_url, f"not a sitemap (<{root_name}> but {exc.detail})") from exc
    if root_name not in SITEMAP_ROOTS:
        what = f"root element <{root_name}>" if root_name and root_name.lower() != "html" else _describe(data)
        raise NotASitemap(base_url, f"not a sitemap ({what})")
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
