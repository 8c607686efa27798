"""Errors of the scraper: configuration, state and fetching.

    ScraperError
    ├── ConfigError          bad TOML, unknown key, wrong type (exit 2)
    ├── StateLocked          another run holds the lock (exit 3)
    ├── StateError           the state database cannot be opened, read or written
    ├── DedupIndexError      the dedup index cannot be opened (other parameters, Redis unreachable; exit 2)
    └── FetchError           one URL could not be fetched (data: counted by reason)
        ├── RobotsDisallowed
        ├── HTTPStatusError
        ├── BodyTooLarge
        ├── NotHTMLResponse  a page that is not HTML
        ├── NotXMLResponse   a feed or sitemap URL that answered neither XML nor HTML
        ├── NotAFeed         a feed URL whose content is no RSS, Atom or RDF feed
        ├── NotASitemap      a sitemap URL whose content is no sitemap
        ├── TooManyRedirects
        ├── FetchTimeout
        └── NetworkError     refused, reset, unresolvable, or a URL no request can be made for

Each class has a ``reason`` slug that the state records and summaries count.
"""
from __future__ import annotations


class ScraperError(Exception):
    """Base of every error the scraper raises."""

    reason = "scraper_error"
    exit_code = 1


class ConfigError(ScraperError):
    """The configuration (file or options) is wrong; the message names the bad key."""

    reason = "config_error"
    exit_code = 2


class StateLocked(ScraperError):
    """Another run holds the state lock."""

    reason = "state_locked"
    exit_code = 3


class StateError(ScraperError):
    """The state database cannot be opened, read or written."""

    reason = "state_error"


class DedupIndexError(ScraperError):
    """The dedup index cannot be opened (built with other parameters, Redis unreachable)."""

    reason = "index_error"
    exit_code = 2


class FetchError(ScraperError):
    """One URL could not be fetched."""

    reason = "fetch_error"

    def __init__(self, url: str, message: str = "") -> None:
        super().__init__(f"{url}: {message}" if message else url)
        self.url = url
        self.detail = message


class RobotsDisallowed(FetchError):
    reason = "robots_disallowed"


class HTTPStatusError(FetchError):
    """The server answered with a non-success status after retries."""

    def __init__(self, url: str, status: int, message: str = "") -> None:
        super().__init__(url, message or f"HTTP {status}")
        self.status = status

    @property
    def reason(self) -> str:  # type: ignore[override]
        return f"http_{self.status}"


class BodyTooLarge(FetchError):
    reason = "too_large"


class NotHTMLResponse(FetchError):
    reason = "not_html"


class NotXMLResponse(FetchError):
    """A feed or sitemap URL answered something that is neither XML nor HTML (an image, a PDF, broken gzip)."""

    reason = "not_xml"


class NotAFeed(FetchError):
    """A feed URL answered content that is no RSS, Atom or RDF feed (an HTML page, an image)."""

    reason = "not_a_feed"


class NotASitemap(FetchError):
    """A sitemap URL answered content that is no sitemap, sitemap index, feed or list of URLs."""

    reason = "not_a_sitemap"


class TooManyRedirects(FetchError):
    reason = "too_many_redirects"


class FetchTimeout(FetchError):
    reason = "timeout"


class NetworkError(FetchError):
    reason = "network_error"
