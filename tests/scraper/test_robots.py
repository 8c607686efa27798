"""robots.txt through the Fetcher and real loopback servers: rules, error modes, caching, redirects."""
from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Sequence

from scraper.errors import FetchError
from scraper.fetch import Fetcher
from scraper.fetch_config import FetchConfig
from scraper.page import Page
from scraper.robots import RobotsAnswer, RobotsCache, robots_origin
from tests.loopback import LoopbackServer

ROBOTS = """\
User-agent: *
Disallow: /private/
Crawl-delay: 0.1
Sitemap: https://example.invalid/sitemap.xml

User-agent: otherbot
Disallow: /
"""


def outcomes(config: FetchConfig, urls: Sequence[str]) -> list[str | int]:
    """Fetch URLs one after another with one Fetcher; return statuses or error reasons."""

    async def go() -> list[Page | FetchError]:
        async with Fetcher(config) as fetcher:
            return [await fetcher.fetch(url) for url in urls]

    return [r.reason if isinstance(r, FetchError) else r.status for r in asyncio.run(go())]


def robots_hits(server: LoopbackServer) -> int:
    return len(server.requests_to("/robots.txt"))


def test_disallowed_path_is_not_requested(loopback_server: LoopbackServer, fast_fetch_config: FetchConfig) -> None:
    loopback_server.set_robots(ROBOTS)
    urls = [loopback_server.url("/private/secret.html"), loopback_server.url("/etag")]
    assert outcomes(fast_fetch_config, urls) == ["robots_disallowed", 200]
    assert loopback_server.requests_to("/private/secret.html") == []
    assert robots_hits(loopback_server) == 1  # cached per host


def test_agent_specific_group(loopback_server: LoopbackServer, fast_fetch_config: FetchConfig) -> None:
    loopback_server.set_robots(ROBOTS)
    config = dataclasses.replace(fast_fetch_config, user_agent="OtherBot/2.0 (+https://example.invalid)")
    assert outcomes(config, [loopback_server.url("/etag")]) == ["robots_disallowed"]


def test_robots_404_allows_all(loopback_server: LoopbackServer, fast_fetch_config: FetchConfig) -> None:
    loopback_server.set_robots("", status=404)
    assert outcomes(fast_fetch_config, [loopback_server.url("/etag")]) == [200]


def test_robots_500_disallows_then_asks_again(loopback_server: LoopbackServer,
                                              fast_fetch_config: FetchConfig) -> None:
    loopback_server.set_robots("", status=500)
    config = dataclasses.replace(fast_fetch_config, robots_error_ttl_s=0.0)

    async def go() -> list[Page | FetchError]:
        async with Fetcher(config) as fetcher:
            first = await fetcher.fetch(loopback_server.url("/etag"))
            loopback_server.set_robots("User-agent: *\nDisallow:\n")
            return [first, await fetcher.fetch(loopback_server.url("/etag"))]

    first, second = asyncio.run(go())
    # The page is not fetched, and the failure is the host's (transient, retried), not robots policy.
    assert isinstance(first, FetchError) and first.reason == "http_500" and "robots.txt answered HTTP 500" in str(first)
    assert isinstance(second, Page) and second.status == 200
    assert robots_hits(loopback_server) == 2
    assert len(loopback_server.requests_to("/etag")) == 1


def test_robots_500_is_cached_for_the_error_ttl(loopback_server: LoopbackServer,
                                                fast_fetch_config: FetchConfig) -> None:
    loopback_server.set_robots("", status=503)
    urls = [loopback_server.url("/etag"), loopback_server.url("/gzip")]
    assert outcomes(fast_fetch_config, urls) == ["http_503", "http_503"]
    assert robots_hits(loopback_server) == 1
    assert loopback_server.requests_to("/etag") == [] and loopback_server.requests_to("/gzip") == []


def test_robots_timeout_disallows(loopback_server: LoopbackServer, fast_fetch_config: FetchConfig) -> None:
    loopback_server.set_robots("User-agent: *\nDisallow:\n", delay_s=3.0)
    assert outcomes(fast_fetch_config, [loopback_server.url("/etag")]) == ["network_error"]
    assert loopback_server.requests_to("/etag") == []


def test_ignore_robots(loopback_server: LoopbackServer, fast_fetch_config: FetchConfig) -> None:
    loopback_server.set_robots("User-agent: *\nDisallow: /\n")
    config = dataclasses.replace(fast_fetch_config, respect_robots=False)
    assert outcomes(config, [loopback_server.url("/etag")]) == [200]
    assert robots_hits(loopback_server) == 0


def test_redirect_to_disallowed_host_path(loopback_server: LoopbackServer, second_loopback_server: LoopbackServer,
                                          fast_fetch_config: FetchConfig) -> None:
    second_loopback_server.set_robots(ROBOTS)
    blocked = second_loopback_server.url("/private/x.html")
    allowed = second_loopback_server.url("/etag")
    urls = [loopback_server.url(f"/redirect-to?url={blocked}"), loopback_server.url(f"/redirect-to?url={allowed}")]
    assert outcomes(fast_fetch_config, urls) == ["robots_disallowed", 200]
    assert robots_hits(second_loopback_server) == 1
    assert second_loopback_server.requests_to("/private/x.html") == []


def test_concurrent_fetches_download_robots_once(loopback_server: LoopbackServer,
                                                 fast_fetch_config: FetchConfig) -> None:
    loopback_server.set_robots(ROBOTS)

    async def go() -> list[Page | FetchError]:
        async with Fetcher(fast_fetch_config) as fetcher:
            return await fetcher.fetch_many([loopback_server.url(f"/status/{200 + i}") for i in range(4)])

    assert all(isinstance(r, Page) for r in asyncio.run(go()))
    assert robots_hits(loopback_server) == 1


def test_rules_expose_crawl_delay_and_sitemaps(loopback_server: LoopbackServer,
                                               fast_fetch_config: FetchConfig) -> None:
    loopback_server.set_robots(ROBOTS)

    async def go() -> tuple[float | None, list[str]]:
        async with Fetcher(fast_fetch_config) as fetcher:
            rules = await fetcher.robots_rules(loopback_server.url("/anything"))
            return rules.crawl_delay(fast_fetch_config.user_agent), rules.sitemaps()

    assert asyncio.run(go()) == (0.1, ["https://example.invalid/sitemap.xml"])


def test_cache_expiry_with_injected_download() -> None:
    """RobotsCache on its own: a download function and a clock are all it needs."""
    now = [0.0]
    answers = [RobotsAnswer(200, b"User-agent: *\nDisallow: /a\n"), RobotsAnswer(404)]
    asked: list[str] = []

    async def download(url: str) -> RobotsAnswer:
        asked.append(url)
        return answers[len(asked) - 1]

    cache = RobotsCache(download, "newsclean/0.1", ttl_s=10.0, error_ttl_s=1.0, clock=lambda: now[0])

    async def go() -> list[bool]:
        seen = [await cache.is_allowed("https://Example.org/a/1"), await cache.is_allowed("https://example.org/b")]
        now[0] = 11.0
        return [*seen, await cache.is_allowed("https://example.org/a/1")]

    assert asyncio.run(go()) == [False, True, True]
    assert asked == ["https://example.org/robots.txt"] * 2


def test_robots_origin() -> None:
    assert robots_origin("HTTP://Example.ORG:8080/x?y#z") == "http://example.org:8080"
    assert robots_origin("https://example.org/x") == "https://example.org"
    assert robots_origin("http://[::1]:81/") == "http://[::1]:81"
