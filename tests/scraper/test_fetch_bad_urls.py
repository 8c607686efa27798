"""URLs no request can be made for (a port out of range, a malformed host, a redirect to javascript:)
fail alone as network_error, in the Fetcher and in a crawl, and the rest of the batch goes on."""
from __future__ import annotations

import asyncio
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import quote

import pytest

from scraper.errors import FetchError
from scraper.fetch import Fetcher
from scraper.fetch_config import FetchConfig
from scraper.page import Page
from tests.fixtures_http import ServerFactory
from tests.loopback import LoopbackServer
from tests.scraper.crawl_support import article_url, copy_site, publish_article, read_records, run_crawl, write_config

BAD_URLS = {
    "http://127.0.0.1:99999/": "port 99999 is out of range",
    "http://127.0.0.1:-1/": "port -1 is out of range",
    "http://xn--/": "invalid URL 'http://xn--/'",
    "http://xn--ls8h.la/x": "invalid URL 'http://xn--ls8h.la/x'",  # an A-label httpx cannot decode
}


def fetch_many(config: FetchConfig, urls: Sequence[str]) -> list[Page | FetchError]:
    async def go() -> list[Page | FetchError]:
        async with Fetcher(config) as fetcher:
            return await fetcher.fetch_many(urls)

    return asyncio.run(go())


def redirect_to(server: LoopbackServer, location: str) -> str:
    return server.url(f"/redirect-to?url={quote(location, safe='')}")


def outcomes(results: list[Page | FetchError]) -> list[str | int]:
    return [r.reason if isinstance(r, FetchError) else r.status for r in results]


def test_bad_urls_fail_alone_and_the_batch_goes_on(loopback_server: LoopbackServer,
                                                   fast_fetch_config: FetchConfig) -> None:
    good = loopback_server.url("/etag")
    results = fetch_many(fast_fetch_config, [good, *BAD_URLS, good])
    assert outcomes(results) == [200, *["network_error"] * len(BAD_URLS), 200]
    for result, message in zip(results[1:-1], BAD_URLS.values()):
        assert message in str(result)


@pytest.mark.parametrize(
    ("location", "message"),
    [
        ("javascript:alert(1)", "redirect to a non-http(s) URL 'javascript:alert(1)'"),
        ("data:text/html,<p>hi</p>", "redirect to a non-http(s) URL 'data:text/html,<p>hi</p>'"),
        ("mailto:desk@news.example", "redirect to a non-http(s) URL 'mailto:desk@news.example'"),
        ("http://127.0.0.1:99999/x.html", "bad redirect: invalid URL 'http://127.0.0.1:99999/x.html': port 99999"),
        ("http://xn--/x.html", "bad redirect: invalid URL 'http://xn--/x.html'"),
        ("//xn--/x.html", "bad redirect: invalid URL 'http://xn--/x.html'"),
    ],
)
def test_redirect_that_cannot_be_followed_says_why(loopback_server: LoopbackServer, fast_fetch_config: FetchConfig,
                                                   location: str, message: str) -> None:
    url = redirect_to(loopback_server, location)
    [result] = fetch_many(fast_fetch_config, [url])
    assert isinstance(result, FetchError) and result.reason == "network_error", result
    assert message in str(result) and "InvalidURL" not in str(result)
    assert len(loopback_server.requests_to(url.removeprefix(loopback_server.base_url))) == 1  # not retried


def test_robots_txt_redirecting_to_a_bad_port_is_unreachable(loopback_server: LoopbackServer,
                                                            fast_fetch_config: FetchConfig) -> None:
    loopback_server.set_robots(status=302, location="http://127.0.0.1:99999/robots.txt")
    [result] = fetch_many(fast_fetch_config, [loopback_server.url("/etag")])
    assert isinstance(result, FetchError) and result.reason == "network_error", result
    assert "robots.txt could not be fetched" in str(result)


def test_crawl_with_a_bad_redirect_writes_the_rest_every_run(
    tmp_path: Path, loopback_factory: ServerFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    """A feed item whose page redirects to a port out of range once crashed every run (a poison pill)."""
    site = copy_site(tmp_path / "site")
    server = loopback_factory(root=site)
    bad = redirect_to(server, "http://127.0.0.1:99999/x.html").removeprefix(server.base_url)
    publish_article(site, "moved-story", "Moved story", ["Never served."])
    feed = site / "feed.xml"
    feed.write_text(feed.read_text(encoding="utf-8").replace("/articles/moved-story.html", bad.replace("&", "&amp;")))
    config = write_config(tmp_path, server.base_url)
    code, out, err = run_crawl(capsys, config)
    assert code == 1, err
    assert "failed         network_error 1, robots_disallowed 2" in out
    assert "written        10 records in 1 shard(s)" in out
    assert article_url(server.base_url, "harbour-bridge-reopens") in {r["url"] for r in read_records(tmp_path / "out")}
    code, out, err = run_crawl(capsys, config)  # the next run is not stuck on it either
    assert code == 1, err
    assert "written        0 records" in out
