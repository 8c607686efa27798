"""One source's discovery against a loopback server: what feeds and sitemaps yield, and how they fail."""
from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from urllib.parse import urlencode

import pytest

from scraper.config import SourceConfig
from scraper.discovery import Discovered, SourceDiscovery
from scraper.fetch import Fetcher
from scraper.fetch_config import FetchConfig
from scraper.state import StateStore
from tests.fixtures_http import ServerFactory
from tests.loopback import LoopbackServer
from tests.scraper.crawl_support import article_url, copy_site, read_records, run_crawl, write_config

STORY = "http://news.example/articles/harbour-bridge-reopens.html"


def discover(config: FetchConfig, state_dir: Path, source: SourceConfig) -> Discovered:
    """Run one source's discovery with a fresh Fetcher and the state in ``state_dir``."""

    async def go() -> Discovered:
        async with Fetcher(config) as fetcher:
            with StateStore.open(state_dir) as state:
                return await SourceDiscovery(source, fetcher, state, remember=True).run()

    return asyncio.run(go())


def test_feed_links_no_request_can_be_made_for_are_dropped(loopback_server: LoopbackServer,
                                                           fast_fetch_config: FetchConfig, tmp_path: Path) -> None:
    links = [STORY, "http://xn--/x.html", "http://127.0.0.1:99999/x.html", "http://127.0.0.1:-1/x.html"]
    feed = loopback_server.url("/feed?" + urlencode({"link": links}, doseq=True))
    sitemap = loopback_server.url("/sitemap?" + urlencode({"loc": links}, doseq=True))
    found = discover(fast_fetch_config, tmp_path, SourceConfig(name="s", feeds=(feed,), sitemaps=(sitemap,)))
    assert found.articles == {STORY: 0}
    assert found.failures == {}


@pytest.mark.parametrize("content_type", ["x-gzip", "gzip", "octet-stream", "xml"])
def test_gzipped_sitemap_of_any_type_is_read(loopback_server: LoopbackServer, fast_fetch_config: FetchConfig,
                                             tmp_path: Path, content_type: str) -> None:
    sitemap = loopback_server.url(f"/sitemap-gz/{content_type}?" + urlencode({"loc": STORY}))
    found = discover(fast_fetch_config, tmp_path, SourceConfig(name="s", sitemaps=(sitemap,)))
    assert found.failures == {}
    assert found.articles == {STORY: 0}


@pytest.mark.parametrize(
    ("kind", "path", "reason", "message"),
    [
        ("feeds", "/etag", "not_a_feed", "not a feed (an HTML page)"),
        ("feeds", "/image", "not_a_feed", "not a feed: content type image/png"),
        ("feeds", "/image?type=application/xml", "not_a_feed", "not a feed (not XML)"),
        ("sitemaps", "/etag", "not_a_sitemap", "not a sitemap (an HTML page)"),
        ("sitemaps", "/image?type=application/x-gzip", "not_a_sitemap", "not a sitemap: body"),
        ("sitemaps", "/gzip-bomb-file", "too_large", "expands beyond"),
    ],
)
def test_feed_or_sitemap_address_answering_something_else_fails(
    loopback_server: LoopbackServer, fast_fetch_config: FetchConfig, tmp_path: Path, caplog: pytest.LogCaptureFixture,
    kind: str, path: str, reason: str, message: str,
) -> None:
    url = loopback_server.url(path)
    caplog.set_level(logging.WARNING, logger="scraper.discovery")
    found = discover(fast_fetch_config, tmp_path, SourceConfig(name="s", **{kind: (url,)}))  # type: ignore[arg-type]
    assert found.failures == {url: reason}
    assert found.all_failed and found.articles == {}
    [warning] = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert url in warning and message in warning and f"({reason})" in warning


def test_crawl_counts_an_html_page_at_a_feed_address_as_a_discovery_failure(
    tmp_path: Path, loopback_factory: ServerFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    site = copy_site(tmp_path / "site")
    (site / "feed.xml").write_text("<!doctype html><html><body><p>Our feed has moved.</p></body></html>")
    server = loopback_factory(root=site)
    code, out, err = run_crawl(capsys, write_config(tmp_path, server.base_url))
    assert code == 1, err  # a configured feed failed: cron hears of it
    assert "discovery failed: not_a_feed 1" in out
    # Everything but the one article only that feed links: the other feed, the sitemaps and the pages go on.
    assert "written        9 records in 1 shard(s)" in out
    written = {r["url"] for r in read_records(tmp_path / "out")}
    assert article_url(server.base_url, "school-robotics-team") not in written
