"""robots.txt rules per origin, fetched once and cached inside the RobotsCache a Fetcher owns.

What an answer means (RFC 9309):
    2xx                    parse it (protego); rules and Crawl-delay for our user agent apply
    4xx (or 3xx left)      no robots.txt: everything is allowed
    429, 5xx, timeout,     the site is unreachable or overloaded: everything is disallowed
    network error          for a short time (robots_error_ttl_s), then robots.txt is asked for again
"""
from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import httpx
from protego import Protego

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RobotsAnswer:
    """What downloading a robots.txt gave: the final status (None for a network error or timeout) and body."""

    status: int | None
    body: bytes = b""


@dataclass(frozen=True, slots=True)
class RobotsRules:
    """The robots.txt verdict for one origin."""

    parser: Protego | None  # None: allow_all decides
    allow_all: bool
    expires_at: float  # monotonic time
    source: str  # "robots.txt", "http_404", "http_503", "unreachable": why these rules

    def allows(self, url: str, user_agent: str) -> bool:
        """Return True when ``user_agent`` may fetch ``url``."""
        if self.parser is None:
            return self.allow_all
        return bool(self.parser.can_fetch(url, user_agent))

    def crawl_delay(self, user_agent: str) -> float | None:
        """Return the Crawl-delay robots.txt asks of ``user_agent``, if any."""
        if self.parser is None:
            return None
        delay = self.parser.crawl_delay(user_agent)
        return float(delay) if delay is not None else None

    def sitemaps(self) -> list[str]:
        """Return the Sitemap URLs robots.txt lists."""
        return list(self.parser.sitemaps) if self.parser is not None else []


Download = Callable[[str], Awaitable[RobotsAnswer]]


class RobotsCache:
    """Fetches and caches robots.txt per origin (scheme, host, port); one per Fetcher, no global state."""

    def __init__(
        self,
        download: Download,
        user_agent: str,
        *,
        ttl_s: float,
        error_ttl_s: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._download = download
        self._user_agent = user_agent
        self._ttl_s = ttl_s
        self._error_ttl_s = error_ttl_s
        self._clock = clock
        self._rules: dict[str, RobotsRules] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    async def is_allowed(self, url: str) -> bool:
        """Return True when robots.txt lets our user agent fetch ``url``."""
        return (await self.rules_for(url)).allows(url, self._user_agent)

    async def crawl_delay(self, url: str) -> float | None:
        """Return the Crawl-delay of the URL's origin for our user agent, if any."""
        return (await self.rules_for(url)).crawl_delay(self._user_agent)

    async def rules_for(self, url: str) -> RobotsRules:
        """Return the (cached or freshly fetched) rules for the URL's origin."""
        origin = robots_origin(url)
        lock = self._locks.setdefault(origin, asyncio.Lock())
        async with lock:  # concurrent requests to a new origin download robots.txt once
            rules = self._rules.get(origin)
            if rules is None or rules.expires_at <= self._clock():
                answer = await self._download(f"{origin}/robots.txt")
                rules = self._rules[origin] = self._interpret(origin, answer)
            return rules

    def _interpret(self, origin: str, answer: RobotsAnswer) -> RobotsRules:
        """Turn a download into rules, following RFC 9309 for errors."""
        now = self._clock()
        status = answer.status
        if status is not None and 200 <= status < 300:
            text = answer.body.decode("utf-8", errors="replace")
            return RobotsRules(Protego.parse(text), True, now + self._ttl_s, "robots.txt")
        if status is not None and 300 <= status < 500 and status != 429:  # 3xx: redirects exhausted
            return RobotsRules(None, True, now + self._ttl_s, f"http_{status}")
        source = f"http_{status}" if status is not None else "unreachable"
        # Logged at info: each refused page is reported with its own reason.
        logger.info("%s/robots.txt: %s, disallowing the site for %.0fs", origin, source, self._error_ttl_s)
        return RobotsRules(None, False, now + self._error_ttl_s, source)


def robots_origin(url: str) -> str:
    """Return scheme://host[:port] of a URL, the scope of one robots.txt."""
    parsed = httpx.URL(url)
    host = parsed.host.lower()
    host = f"[{host}]" if ":" in host else host
    port = f":{parsed.port}" if parsed.port is not None else ""
    return f"{parsed.scheme}://{host}{port}"
