"""The Fetcher against real loopback servers: outcomes, limits, redirects, retries, timeouts."""
from __future__ import annotations

import asyncio
import dataclasses
import time
from collections.abc import Sequence
from pathlib import Path

import pytest

from scraper.errors import FetchError
from scraper.fetch import Fetcher
from scraper.fetch_config import FetchConfig
from scraper.page import Page
from tests.fixtures_http import ServerFactory
from tests.loopback import LoopbackServer


def fetch(config: FetchConfig, url: str, **kwargs: object) -> Page | FetchError:
    """Fetch one URL with a fresh Fetcher."""

    async def go() -> Page | FetchError:
        async with Fetcher(config) as fetcher:
            return await fetcher.fetch(url, **kwargs)  # type: ignore[arg-type]

    return asyncio.run(go())


def fetch_many(config: FetchConfig, urls: Sequence[str]) -> list[Page | FetchError]:
    """Fetch URLs with one fresh Fetcher."""

    async def go() -> list[Page | FetchError]:
        async with Fetcher(config) as fetcher:
            return await fetcher.fetch_many(urls)

    return asyncio.run(go())


def page_of(result: Page | FetchError) -> Page:
    assert isinstance(result, Page), f"expected a Page, got {result!r}"
    return result


def error_of(result: Page | FetchError, reason: str) -> FetchError:
    assert isinstance(result, FetchError), f"expected {reason}, got {result!r}"
    assert result.reason == reason, str(result)
    return result


def test_html_page(loopback_server: LoopbackServer, fast_fetch_config: FetchConfig) -> None:
    url = loopback_server.url("/untyped-html")
    page = page_of(fetch(fast_fetch_config, loopback_server.url("/etag")))
    assert page.status == 200 and page.final_url == page.url == loopback_server.url("/etag")
    assert "Stable." in page.text()
    assert page.fetched_at.tzinfo is not None
    assert page.headers["content-type"] == "text/html" and page.etag and page.last_modified
    sent = loopback_server.requests_to("/etag")[0].headers
    assert sent["user-agent"] == fast_fetch_config.user_agent
    assert "gzip" in sent["accept-encoding"]
    assert "Served /untyped-html" in page_of(fetch(fast_fetch_config, url)).text()


def test_fetch_many_keeps_order(loopback_server: LoopbackServer, fast_fetch_config: FetchConfig) -> None:
    urls = [loopback_server.url(p) for p in ("/status/404", "/etag", "/binary", "/redirect/1")]
    results = fetch_many(fast_fetch_config, urls)
    assert [r.reason if isinstance(r, FetchError) else r.status for r in results] == ["http_404", 200, "not_html", 200]


@pytest.mark.parametrize("code", [404, 410, 403])
def test_client_errors_are_not_retried(loopback_server: LoopbackServer, fast_fetch_config: FetchConfig,
                                       code: int) -> None:
    error = error_of(fetch(fast_fetch_config, loopback_server.url(f"/status/{code}")), f"http_{code}")
    assert getattr(error, "status") == code
    assert len(loopback_server.requests_to(f"/status/{code}")) == 1


def test_server_error_retried_then_reported(loopback_server: LoopbackServer, fast_fetch_config: FetchConfig) -> None:
    error_of(fetch(fast_fetch_config, loopback_server.url("/status/503")), "http_503")
    assert len(loopback_server.requests_to("/status/503")) == fast_fetch_config.retries + 1


def test_503_then_success(loopback_server: LoopbackServer, fast_fetch_config: FetchConfig) -> None:
    page = page_of(fetch(fast_fetch_config, loopback_server.url("/flaky-503/2")))
    assert page.status == 200
    assert len(loopback_server.requests_to("/flaky-503/2")) == 3


def test_retry_after_is_waited(loopback_server: LoopbackServer, fast_fetch_config: FetchConfig) -> None:
    page_of(fetch(fast_fetch_config, loopback_server.url("/retry-after/1")))
    first, second = loopback_server.requests_to("/retry-after/1")
    assert second.at - first.at >= 0.95


def test_retry_after_over_cap_fails_at_once(loopback_server: LoopbackServer, fast_fetch_config: FetchConfig) -> None:
    start = time.monotonic()
    error_of(fetch(fast_fetch_config, loopback_server.url("/retry-after/3600")), "http_429")
    assert time.monotonic() - start < 1.0
    assert len(loopback_server.requests_to("/retry-after/3600")) == 1


def test_refused_connection_is_network_error(refused_url: str, fast_fetch_config: FetchConfig) -> None:
    config = dataclasses.replace(fast_fetch_config, respect_robots=False)
    start = time.monotonic()
    error_of(fetch(config, refused_url), "network_error")
    assert time.monotonic() - start < 2.0


def test_refused_host_is_a_network_error(refused_url: str, fast_fetch_config: FetchConfig) -> None:
    error_of(fetch(fast_fetch_config, refused_url), "network_error")


def test_invalid_url_is_network_error(fast_fetch_config: FetchConfig) -> None:
    error_of(fetch(fast_fetch_config, "ftp://example.invalid/x"), "network_error")
    error_of(fetch(fast_fetch_config, "not a url"), "network_error")


def test_connection_reset_mid_body(loopback_server: LoopbackServer, fast_fetch_config: FetchConfig) -> None:
    error_of(fetch(fast_fetch_config, loopback_server.url("/drop")), "network_error")
    assert len(loopback_server.requests_to("/drop")) == fast_fetch_config.retries + 1


@pytest.mark.parametrize("path", ["/slow-headers/5", "/stall"])
def test_read_timeout_does_not_hang(loopback_server: LoopbackServer, fast_fetch_config: FetchConfig,
                                    path: str) -> None:
    start = time.monotonic()
    error_of(fetch(fast_fetch_config, loopback_server.url(path)), "timeout")
    assert time.monotonic() - start < fast_fetch_config.read_timeout_s + 0.8
    assert len(loopback_server.requests_to(path)) == 1  # read timeouts are not retried


def test_whole_body_deadline(loopback_server: LoopbackServer, fast_fetch_config: FetchConfig) -> None:
    config = dataclasses.replace(fast_fetch_config, total_timeout_s=0.8)
    start = time.monotonic()
    error = error_of(fetch(config, loopback_server.url("/trickle/5")), "timeout")
    assert 0.7 < time.monotonic() - start < 1.6
    assert "deadline" in str(error)


@pytest.mark.parametrize("path", ["/big", "/big-declared", "/gzip-bomb"])
def test_body_over_limit_stops_early(loopback_server: LoopbackServer, fast_fetch_config: FetchConfig,
                                     path: str) -> None:
    start = time.monotonic()
    error_of(fetch(fast_fetch_config, loopback_server.url(path)), "too_large")
    assert time.monotonic() - start < 1.0  # /big would send 50 MB, the bomb inflates to 32 MB


def test_body_at_limit_passes(loopback_server: LoopbackServer, fast_fetch_config: FetchConfig) -> None:
    page = page_of(fetch(fast_fetch_config, loopback_server.url(f"/big/{fast_fetch_config.max_bytes}")))
    assert len(page.body) == fast_fetch_config.max_bytes


def test_gzip_body_is_decoded(loopback_server: LoopbackServer, fast_fetch_config: FetchConfig) -> None:
    page = page_of(fetch(fast_fetch_config, loopback_server.url("/gzip")))
    assert page.text().startswith("<!doctype html>") and "Compressed page." in page.text()


@pytest.mark.parametrize("path", ["/binary", "/image", "/untyped-binary", "/feed"])
def test_non_html_is_rejected(loopback_server: LoopbackServer, fast_fetch_config: FetchConfig, path: str) -> None:
    error_of(fetch(fast_fetch_config, loopback_server.url(path)), "not_html")


def test_xml_accepted_when_asked(loopback_server: LoopbackServer, fast_fetch_config: FetchConfig) -> None:
    page = page_of(fetch(fast_fetch_config, loopback_server.url("/feed"), accept_xml=True))
    assert page.content_type == "application/rss+xml" and "<rss" in page.text()
    error = error_of(fetch(fast_fetch_config, loopback_server.url("/image"), accept_xml=True), "not_xml")
    assert "content type image/png" in str(error)


@pytest.mark.parametrize("content_type", ["x-gzip", "gzip", "octet-stream", "xml"])
def test_gzipped_sitemap_is_inflated_whatever_its_type(loopback_server: LoopbackServer,
                                                       fast_fetch_config: FetchConfig, content_type: str) -> None:
    path = f"/sitemap-gz/{content_type}?loc=http%3A%2F%2Fnews.example%2Fa.html"
    page = page_of(fetch(fast_fetch_config, loopback_server.url(path), accept_xml=True))
    assert page.content_type == f"application/{content_type}"
    assert page.text().startswith("<?xml") and "<loc>http://news.example/a.html</loc>" in page.text()
    error_of(fetch(fast_fetch_config, loopback_server.url(path)), "not_html")  # a page must still be HTML


def test_gzip_file_bomb_is_refused_early(loopback_server: LoopbackServer, fast_fetch_config: FetchConfig) -> None:
    start = time.monotonic()
    error = error_of(fetch(fast_fetch_config, loopback_server.url("/gzip-bomb-file"), accept_xml=True), "too_large")
    assert time.monotonic() - start < 1.0  # inflating stops at max_xml_bytes, not at 32 MB
    assert f"expands beyond {fast_fetch_config.max_xml_bytes} bytes" in str(error)


def test_truncated_gzip_file_is_refused(loopback_server: LoopbackServer, fast_fetch_config: FetchConfig) -> None:
    locs = "&".join(f"loc=http%3A%2F%2Fnews.example%2F{n}.html" for n in range(50))
    url = loopback_server.url(f"/sitemap-gz/x-gzip?{locs}&half=1")
    error = error_of(fetch(fast_fetch_config, url, accept_xml=True), "not_xml")
    assert "truncated gzip body" in str(error)


@pytest.mark.parametrize("content_type", ["application/x-gzip", "application/octet-stream"])
def test_gzip_or_untyped_body_that_is_not_xml_is_refused(loopback_server: LoopbackServer,
                                                         fast_fetch_config: FetchConfig, content_type: str) -> None:
    url = loopback_server.url(f"/image?type={content_type}")  # PNG bytes
    error = error_of(fetch(fast_fetch_config, url, accept_xml=True), "not_xml")
    assert "does not look like XML" in str(error)


def test_malformed_html_is_returned_as_is(loopback_server: LoopbackServer, fast_fetch_config: FetchConfig) -> None:
    page = page_of(fetch(fast_fetch_config, loopback_server.url("/malformed")))
    assert "<i>three</p></b>" in page.text()


def test_redirects_followed(loopback_server: LoopbackServer, fast_fetch_config: FetchConfig) -> None:
    page = page_of(fetch(fast_fetch_config, loopback_server.url("/redirect/3")))
    assert page.url == loopback_server.url("/redirect/3")
    assert page.final_url == loopback_server.url("/redirect/0")


def test_connection_reused_across_redirects_and_errors(loopback_server: LoopbackServer,
                                                       fast_fetch_config: FetchConfig) -> None:
    config = dataclasses.replace(fast_fetch_config, max_per_host=1)
    urls = [loopback_server.url(p) for p in ("/redirect/2", "/status/404", "/etag")]
    fetch_many(config, urls)
    assert len(loopback_server.requests) == 6  # robots.txt, 3 redirect hops, 404, page
    assert len({r.peer_port for r in loopback_server.requests}) == 1  # one keep-alive connection


def test_too_many_redirects(loopback_server: LoopbackServer, fast_fetch_config: FetchConfig) -> None:
    error_of(fetch(fast_fetch_config, loopback_server.url("/redirect/9")), "too_many_redirects")
    hops = [r for r in loopback_server.requests if r.path.startswith("/redirect/")]
    assert len(hops) == fast_fetch_config.max_redirects + 1


def test_redirect_loop_detected(loopback_server: LoopbackServer, fast_fetch_config: FetchConfig) -> None:
    error = error_of(fetch(fast_fetch_config, loopback_server.url("/redirect-loop")), "too_many_redirects")
    assert "loop" in str(error)
    assert len([r for r in loopback_server.requests if r.path.startswith("/redirect-loop")]) == 2


def test_conditional_request_gets_304(loopback_server: LoopbackServer, fast_fetch_config: FetchConfig) -> None:
    first = page_of(fetch(fast_fetch_config, loopback_server.url("/etag")))
    again = page_of(fetch(fast_fetch_config, first.url, etag=first.etag, last_modified=first.last_modified))
    assert again.status == 304 and again.not_modified and again.body == b""
    sent = loopback_server.requests_to("/etag")[1].headers
    assert sent["if-none-match"] == first.etag and sent["if-modified-since"] == first.last_modified
    changed = page_of(fetch(fast_fetch_config, first.url, etag='"other"'))
    assert changed.status == 200 and changed.body == first.body


def test_static_files_with_validators(loopback_factory: ServerFactory, fast_fetch_config: FetchConfig,
                                      tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text("<html><body><p>Home</p></body></html>")
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "one.html").write_text("<html><body><p>One</p></body></html>")
    server = loopback_factory(root=tmp_path)
    assert "Home" in page_of(fetch(fast_fetch_config, server.url("/"))).text()
    page = page_of(fetch(fast_fetch_config, server.url("/articles/one.html")))
    assert "One" in page.text()
    assert page_of(fetch(fast_fetch_config, page.url, last_modified=page.last_modified)).status == 304
    error_of(fetch(fast_fetch_config, server.url("/../../etc/passwd")), "http_404")


def test_fetch_outside_context_is_a_programming_error(fast_fetch_config: FetchConfig) -> None:
    with pytest.raises(RuntimeError):
        asyncio.run(Fetcher(fast_fetch_config).fetch("http://127.0.0.1:9/"))


def test_sample_site_is_served(site_server: LoopbackServer, fast_fetch_config: FetchConfig) -> None:
    urls = [site_server.url(p) for p in ("/", "/robots.txt", "/private/", "/sitemap.xml")]
    index, robots, private, sitemap = fetch_many(fast_fetch_config, urls)
    assert page_of(index).status == 200
    error_of(robots, "not_html")  # text/plain
    error_of(private, "robots_disallowed")
    error_of(sitemap, "not_html")  # XML only when asked for
    sitemap = page_of(fetch(fast_fetch_config, site_server.url("/sitemap.xml"), accept_xml=True))
    assert f"<loc>{site_server.base_url}/sitemap-articles.xml</loc>" in sitemap.text()
