"""The discovery phase of a crawl: feeds, sitemaps and hub pages -> article URLs.

Feeds and sitemaps are fetched every run with conditional requests (their
validators live in the state). Hub pages (the start pages, and pages they
link to that are not articles, such as section pages, up to the source's
``max_depth``) are fetched every run too: that is where new articles
appear. Article links are returned for the frontier; articles themselves are
fetched in the fetch phase, and their own links are not followed. A feed or
sitemap address that answers something else (an HTML page, an image) fails
as ``not_a_feed`` or ``not_a_sitemap``, like any other discovery failure.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from scraper.config import SourceConfig
from scraper.discover import parse_feed, parse_links, parse_sitemap, select_links
from scraper.errors import BodyTooLarge, FetchError, NotAFeed, NotASitemap, NotXMLResponse
from scraper.fetch import Fetcher
from scraper.page import Page
from scraper.state import StateStore
from scraper.urls import is_article_candidate, normalize_url

logger = logging.getLogger(__name__)

MAX_SITEMAPS_PER_SOURCE = 200
# The failure of a feed or sitemap address that answered something else than XML or HTML (an image).
NOT_THIS_KIND: dict[str, type[FetchError]] = {"feed": NotAFeed, "sitemap": NotASitemap}


@dataclass
class Discovered:
    """What one source's discovery found: article URLs by depth, and what failed."""

    articles: dict[str, int] = field(default_factory=dict)  # normalised URL -> depth
    new: int = 0  # URLs the state had never seen (counted only when remembering)
    fetched: int = 0
    failures: dict[str, str] = field(default_factory=dict)  # URL -> reason
    requested: int = 0

    @property
    def all_failed(self) -> bool:
        return self.requested > 0 and len(self.failures) == self.requested


class SourceDiscovery:
    """Find the article URLs of one source.

    With ``remember`` (not in a dry run) the URLs go to the state as soon as a
    document lists them, and only then that document's validators: a run killed
    in between fetches the feed again instead of missing its articles.
    """

    def __init__(self, source: SourceConfig, fetcher: Fetcher, state: StateStore, *, remember: bool) -> None:
        self.source = source
        self.fetcher = fetcher
        self.state = state
        self.remember = remember
        self.found = Discovered()

    async def run(self) -> Discovered:
        for feed in self.source.feeds:
            page = await self._fetch_xml(feed, "feed")
            if page is None:
                continue
            try:
                links = parse_feed(page.body, page.final_url)
            except NotAFeed as error:
                self._failed(feed, error)
                continue
            self._add(self._articles(links), 0)
            self._remember(feed, page)
        await self._sitemaps()
        await self._hubs()
        return self.found

    async def _sitemaps(self) -> None:
        queue = list(self.source.sitemaps)
        seen: set[str] = set()
        while queue and len(seen) < MAX_SITEMAPS_PER_SOURCE:
            url = queue.pop(0)
            if url in seen:
                continue
            seen.add(url)
            page = await self._fetch_xml(url, "sitemap")
            if page is None:
                # An unchanged sitemap index still leads to its sitemaps, which may have changed.
                queue.extend(self.state.discovery_children(url) if self.remember else ())
                continue
            try:
                links = parse_sitemap(page.body, page.final_url, max_bytes=self.fetcher.config.max_xml_bytes)
            except (NotASitemap, BodyTooLarge) as error:
                self._failed(url, error)
                continue
            self._add(self._articles(list(links.pages)), 0)
            queue.extend(links.sitemaps)
            self._remember(url, page, children=list(links.sitemaps))

    async def _hubs(self) -> None:
        """Breadth-first over start pages and the non-article pages they link to."""
        level = [normalize_url(u) for u in self.source.start_pages]
        seen = set(level)
        depth = 0
        while level:
            self.found.requested += len(level)
            results = await self.fetcher.fetch_many(level)
            next_level: list[str] = []
            for url, result in zip(level, results):
                if isinstance(result, FetchError):
                    self._failed(url, result)
                    continue
                self.found.fetched += 1
                links = [
                    normalize_url(u) for u in select_links(parse_links(result.body, result.final_url), self.source, url)
                ]
                if depth + 1 <= self.source.max_depth:
                    self._add([u for u in links if is_article_candidate(u)], depth + 1)
                if depth + 1 < self.source.max_depth:
                    hubs = [u for u in links if not is_article_candidate(u) and u not in seen]
                    seen.update(hubs)
                    next_level.extend(hubs)
            level, depth = next_level, depth + 1

    async def _fetch_xml(self, url: str, kind: str) -> Page | None:
        """A feed or sitemap (``kind``), conditionally; None when it failed or did not change."""
        etag, last_modified = self.state.discovery_validators(url) if self.remember else (None, None)
        self.found.requested += 1
        result = await self.fetcher.fetch(url, etag=etag, last_modified=last_modified, accept_xml=True)
        if isinstance(result, NotXMLResponse):
            result = NOT_THIS_KIND[kind](url, f"not a {kind}: {result.detail}")
        if isinstance(result, FetchError):
            self._failed(url, result)
            return None
        self.found.fetched += 1
        if result.not_modified:
            logger.info("%s: not modified since the last run", url)
            return None
        return result

    def _articles(self, urls: list[str]) -> list[str]:
        """Normalised in-scope article URLs from a feed or sitemap (any host: feeds often live elsewhere)."""
        normalized = (normalize_url(u) for u in urls)
        return [u for u in normalized if self.source.is_in_scope(u) and is_article_candidate(u)]

    def _add(self, urls: list[str], depth: int) -> None:
        articles = self.found.articles
        fresh = [u for u in urls if u not in articles or articles[u] > depth]
        for url in fresh:
            articles[url] = depth
        if self.remember and fresh:
            self.found.new += self.state.add_discovered(fresh, source=self.source.name, depth=depth)

    def _remember(self, url: str, page: Page, children: list[str] | None = None) -> None:
        if self.remember:
            self.state.record_discovery(url, page.etag, page.last_modified, children or [])

    def _failed(self, url: str, error: FetchError) -> None:
        logger.warning("%s: discovery failed: %s (%s)", self.source.name, error, error.reason)
        self.found.failures[url] = error.reason
