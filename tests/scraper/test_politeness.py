"""Per-host politeness measured on real loopback servers, plus the throttle and Retry-After on their own."""
from __future__ import annotations

import asyncio
import dataclasses
import random
import time
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone

import httpx

from scraper.errors import FetchError
from scraper.fetch import Fetcher
from scraper.fetch_config import FetchConfig
from scraper.page import Page
from scraper.politeness import HostThrottle, backoff_s, host_key, parse_retry_after
from tests.loopback import LoopbackServer, RequestRecord

SLACK_S = 0.03  # server-side arrival times may be a little closer together than client-side starts


def fetch_all(config: FetchConfig, urls: Sequence[str]) -> list[Page | FetchError]:
    async def go() -> list[Page | FetchError]:
        async with Fetcher(config) as fetcher:
            return await fetcher.fetch_many(urls)

    results = asyncio.run(go())
    assert all(isinstance(r, Page) for r in results), results
    return results


def page_requests(server: LoopbackServer) -> list[RequestRecord]:
    return [r for r in server.requests if r.path != "/robots.txt"]


def gaps(records: Sequence[RequestRecord]) -> list[float]:
    times = sorted(r.at for r in records)
    return [b - a for a, b in zip(times, times[1:])]


def test_min_delay_between_requests_to_one_host(loopback_server: LoopbackServer,
                                                fast_fetch_config: FetchConfig) -> None:
    config = dataclasses.replace(fast_fetch_config, min_delay_s=0.3)
    fetch_all(config, [loopback_server.url(f"/status/{200 + i}") for i in range(3)])
    robots, *pages = loopback_server.requests
    assert robots.path == "/robots.txt" and len(pages) == 3
    assert pages[0].at - robots.at < 0.2  # the first page need not wait after robots.txt
    assert min(gaps(pages)) >= 0.3 - SLACK_S


def test_crawl_delay_raises_the_gap(loopback_server: LoopbackServer, fast_fetch_config: FetchConfig) -> None:
    loopback_server.set_robots("User-agent: *\nCrawl-delay: 0.4\n")
    config = dataclasses.replace(fast_fetch_config, min_delay_s=0.1)
    fetch_all(config, [loopback_server.url(f"/status/{200 + i}") for i in range(3)])
    assert min(gaps(page_requests(loopback_server))) >= 0.4 - SLACK_S


def test_crawl_delay_is_capped(loopback_server: LoopbackServer, fast_fetch_config: FetchConfig) -> None:
    loopback_server.set_robots("User-agent: *\nCrawl-delay: 3600\n")
    config = dataclasses.replace(fast_fetch_config, max_crawl_delay_s=0.2)
    start = time.monotonic()
    fetch_all(config, [loopback_server.url(f"/status/{200 + i}") for i in range(3)])
    assert time.monotonic() - start < 1.5
    assert min(gaps(page_requests(loopback_server))) >= 0.2 - SLACK_S


def test_two_hosts_proceed_in_parallel(loopback_server: LoopbackServer, second_loopback_server: LoopbackServer,
                                       fast_fetch_config: FetchConfig) -> None:
    config = dataclasses.replace(fast_fetch_config, min_delay_s=0.3, respect_robots=False)
    urls = [server.url(f"/status/{200 + i}") for i in range(3) for server in (loopback_server, second_loopback_server)]
    start = time.monotonic()
    fetch_all(config, urls)
    elapsed = time.monotonic() - start
    first_a, first_b = loopback_server.requests[0].at, second_loopback_server.requests[0].at
    assert abs(first_a - first_b) < 0.15
    for server in (loopback_server, second_loopback_server):
        assert min(gaps(server.requests)) >= 0.3 - SLACK_S
    assert elapsed < 1.2  # serially it would take 5 gaps = 1.5 s


def test_per_host_concurrency_limit(loopback_server: LoopbackServer, fast_fetch_config: FetchConfig) -> None:
    config = dataclasses.replace(fast_fetch_config, max_per_host=1, respect_robots=False)
    start = time.monotonic()
    fetch_all(config, [loopback_server.url("/slow/0.3"), loopback_server.url("/slow/0.3?again")])
    assert time.monotonic() - start >= 0.6 - SLACK_S
    assert min(gaps(loopback_server.requests)) >= 0.3 - SLACK_S


def test_per_host_requests_overlap_up_to_the_limit(loopback_server: LoopbackServer,
                                                   fast_fetch_config: FetchConfig) -> None:
    config = dataclasses.replace(fast_fetch_config, max_per_host=2, respect_robots=False)
    start = time.monotonic()
    fetch_all(config, [loopback_server.url("/slow/0.4"), loopback_server.url("/slow/0.4?again")])
    assert time.monotonic() - start < 0.75


def test_global_concurrency_limit(loopback_server: LoopbackServer, second_loopback_server: LoopbackServer,
                                  fast_fetch_config: FetchConfig) -> None:
    config = dataclasses.replace(fast_fetch_config, max_concurrency=1, respect_robots=False)
    start = time.monotonic()
    fetch_all(config, [loopback_server.url("/slow/0.3"), second_loopback_server.url("/slow/0.3")])
    assert time.monotonic() - start >= 0.6 - SLACK_S


def test_throttle_defer_pushes_next_start() -> None:
    async def go() -> list[float]:
        throttle = HostThrottle(max_concurrency=4, max_per_host=2)
        loop = asyncio.get_running_loop()
        starts: list[float] = []
        async with throttle.slot("a", 0.0):
            starts.append(loop.time())
        throttle.defer("a", 0.2)
        async with throttle.slot("a", 0.0):
            starts.append(loop.time())
        async with throttle.slot("b", 0.0):  # another host is not deferred
            starts.append(loop.time())
        return starts

    a1, a2, b1 = asyncio.run(go())
    assert a2 - a1 >= 0.19 and b1 - a2 < 0.05


def test_parse_retry_after() -> None:
    now = datetime(2025, 1, 1, 12, 0, 0, tzinfo=timezone.utc)
    assert parse_retry_after("120", now) == 120.0
    assert parse_retry_after("Wed, 01 Jan 2025 12:00:30 GMT", now) == 30.0
    assert parse_retry_after("Wed, 01 Jan 2025 11:00:00 GMT", now) == 0.0
    assert parse_retry_after((now + timedelta(seconds=5)).strftime("%a, %d %b %Y %H:%M:%S GMT"), now) == 5.0
    assert parse_retry_after("soon", now) is None
    assert parse_retry_after(None, now) is None
    assert parse_retry_after("-5", now) is None


def test_backoff_grows_with_jitter_and_cap() -> None:
    rng = random.Random(1)
    delays = [backoff_s(n, 0.5, 3.0, rng) for n in range(6)]
    assert 0.25 <= delays[0] <= 0.5 and 0.5 <= delays[1] <= 1.0
    assert all(1.5 <= d <= 3.0 for d in delays[3:])


def test_host_key() -> None:
    assert host_key(httpx.URL("https://Example.org/a")) == "example.org"
    assert host_key(httpx.URL("http://127.0.0.1:8080/")) == "127.0.0.1:8080"
