"""Discovery over the sample site's feeds, sitemaps and pages (read from samples/site, no network)."""
from __future__ import annotations

import gzip
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from scraper.config import SourceConfig
from scraper.discover import SitemapLinks, parse_feed, parse_links, parse_sitemap, select_links
from scraper.errors import NotAFeed, NotASitemap
from scraper.urls import is_article_candidate

BASE = "http://127.0.0.1:8123"
Reader = Callable[[str], str]

ARTICLES = {
    "harbour-bridge-reopens",
    "council-budget-vote",
    "flood-warning-lifted",
    "library-extends-hours",
    "heatwave-hospital-admissions",
    "river-cleanup-volunteers",
    "rovers-win-promotion",
    "tram-line-extension",
    "school-robotics-team",
    "market-square-fire",
}


def article(slug: str) -> str:
    return f"{BASE}/articles/{slug}.html"


@pytest.fixture
def site(samples_dir: Path) -> Reader:
    """Read a sample-site file as the loopback server serves it ({{BASE}} replaced in .xml and .txt)."""

    def read(name: str) -> str:
        text = (samples_dir / "site" / name).read_text(encoding="utf-8")
        return text.replace("{{BASE}}", BASE) if name.endswith((".xml", ".txt")) else text

    return read


def test_sample_site_has_every_article(samples_dir: Path) -> None:
    assert {p.stem for p in (samples_dir / "site" / "articles").glob("*.html")} == ARTICLES


def test_rss_feed(site: Reader) -> None:
    links = parse_feed(site("feed.xml"), f"{BASE}/feed.xml")
    slugs = ["harbour-bridge-reopens", "council-budget-vote", "flood-warning-lifted", "library-extends-hours"]
    slugs += ["school-robotics-team", "river-cleanup-volunteers"]
    assert links == [article(s) for s in slugs]  # utm_* parameters stripped, feed order kept


def test_atom_feed(site: Reader) -> None:
    links = parse_feed(site("atom.xml").encode("utf-8"), f"{BASE}/atom.xml")
    slugs = ["harbour-bridge-reopens", "council-budget-vote", "heatwave-hospital-admissions", "rovers-win-promotion"]
    assert links == [article(s) for s in slugs]


def test_feed_relative_links_and_guid_permalinks() -> None:
    rss = """<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
      <item><link>/a.html?utm_source=rss</link></item>
      <item><guid isPermaLink="true">https://news.example/b.html</guid></item>
      <item><guid isPermaLink="false">id-3</guid></item>
    </channel></rss>"""
    assert parse_feed(rss, "https://news.example/feed.xml") == ["https://news.example/a.html", "https://news.example/b.html"]


@pytest.mark.parametrize(
    ("content", "what"),
    [
        ("<html><body>Oops</body></html>", "an HTML page"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "not XML"),
        (b"", "empty body"),
        ("http://127.0.0.1:9/feed.xml", "text"),  # a string that looks like a URL is content, never fetched
    ],
)
def test_not_a_feed_is_an_error_not_an_empty_feed(content: str | bytes, what: str) -> None:
    with pytest.raises(NotAFeed, match=f"not a feed \\({what}\\)") as error:
        parse_feed(content, f"{BASE}/feed.xml")
    assert error.value.reason == "not_a_feed"


def test_a_feed_without_items_has_no_links() -> None:
    assert parse_feed('<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>', BASE) == []


def test_links_no_request_can_be_made_for_are_dropped() -> None:
    bad = ["http://xn--/x", "http://127.0.0.1:99999/x", "http://127.0.0.1:-5/x", "http://127.0.0.1:8123:80/x"]
    rss = "<rss version='2.0'><channel>" + "".join(f"<item><link>{u}</link></item>" for u in [*bad, article("a")])
    assert parse_feed(rss + "</channel></rss>", f"{BASE}/feed.xml") == [article("a")]
    urlset = "<urlset>" + "".join(f"<url><loc>{u}</loc></url>" for u in [*bad, article("a")]) + "</urlset>"
    assert parse_sitemap(urlset, f"{BASE}/sitemap.xml").pages == (article("a"),)
    links = "".join(f'<a href="{u}">x</a>' for u in [*bad, article("a")])
    assert parse_links(f"<html><body>{links}</body></html>", f"{BASE}/") == [article("a")]


def test_sitemap_index_lists_nested_sitemaps(site: Reader) -> None:
    links = parse_sitemap(site("sitemap.xml"), f"{BASE}/sitemap.xml")
    assert links == SitemapLinks(pages=(), sitemaps=(f"{BASE}/sitemap-articles.xml", f"{BASE}/sitemap-news.xml"))


def test_sitemap_pages(site: Reader) -> None:
    links = parse_sitemap(site("sitemap-articles.xml"), f"{BASE}/sitemap-articles.xml")
    assert links.sitemaps == ()
    assert links.pages[:3] == (f"{BASE}/", f"{BASE}/category/city", f"{BASE}/category/sport")
    assert [p for p in links.pages if is_article_candidate(p)] == list(links.pages[3:])
    assert len(links.pages) == 10


def test_google_news_sitemap(site: Reader) -> None:
    links = parse_sitemap(site("sitemap-news.xml").encode("utf-8"), f"{BASE}/sitemap-news.xml")
    slugs = ["tram-line-extension", "flood-warning-lifted", "heatwave-hospital-admissions"]
    assert links == SitemapLinks(pages=tuple(article(s) for s in slugs))


def test_gzipped_and_plain_text_sitemaps() -> None:
    xml = b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://a.example/x</loc></url></urlset>'
    assert parse_sitemap(gzip.compress(xml), "https://a.example/s.xml.gz").pages == ("https://a.example/x",)
    text = "https://a.example/one\n\nhttps://a.example/two#frag\nnot a url\n"
    assert parse_sitemap(text, "https://a.example/s.txt").pages == ("https://a.example/one", "https://a.example/two")


def test_broken_sitemaps_give_what_they_can() -> None:
    truncated = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://a.example/x</loc></url><url><loc>htt'
    assert "https://a.example/x" in parse_sitemap(truncated, "https://a.example/s.xml").pages


@pytest.mark.parametrize(
    ("content", "what"),
    [
        ("", "empty body"),
        (b"\x1f\x8bnot gzip", "broken gzip"),
        (gzip.compress(b"<urlset>" + b"<url><loc>https://a.example/x</loc></url>" * 50)[:60], "truncated gzip"),
        ("<!doctype html><html><body><a href='/x'>x</a></body></html>", "an HTML page"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "not XML, no line is a URL"),
        ("<catalog><item>x</item></catalog>", "root element <catalog>"),
        ('<x:feed xmlns:x="urn:x"/>', "<feed> but not a feed"),
    ],
)
def test_not_a_sitemap_is_an_error_not_an_empty_sitemap(content: str | bytes, what: str) -> None:
    with pytest.raises(NotASitemap, match=f"not a sitemap \\({re.escape(what)}") as error:
        parse_sitemap(content, "https://a.example/s.xml")
    assert error.value.reason == "not_a_sitemap"


def test_a_feed_listed_as_sitemap_gives_its_links(site: Reader) -> None:
    links = parse_sitemap(site("feed.xml"), f"{BASE}/feed.xml")  # the sitemap protocol accepts RSS and Atom
    assert links == SitemapLinks(pages=tuple(parse_feed(site("feed.xml"), f"{BASE}/feed.xml")))


def test_sitemap_entities_are_not_expanded() -> None:
    xml = """<?xml version="1.0"?><!DOCTYPE u [<!ENTITY x SYSTEM "file:///etc/passwd">]>
    <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://a.example/&x;</loc></url></urlset>"""
    assert all("root" not in page for page in parse_sitemap(xml, "https://a.example/s.xml").pages)


def test_links_of_the_home_page(site: Reader) -> None:
    links = parse_links(site("index.html"), f"{BASE}/")
    assert links == [
        f"{BASE}/",
        f"{BASE}/category/city",
        f"{BASE}/category/sport",
        article("harbour-bridge-reopens"),  # ?utm_* and plain variants are one URL
        article("council-budget-vote"),  # #comments and plain variants are one URL
        article("flood-warning-lifted"),  # document-relative link resolved
        article("heatwave-hospital-admissions"),
        f"{BASE}/private/draft-embargoed.html",  # reported; robots.txt and deny patterns refuse it later
        "https://example.org/partner-offer",
    ]


def test_links_of_a_section_page_resolve_relative_paths(site: Reader) -> None:
    links = parse_links(site("category/city/index.html"), f"{BASE}/category/city/")
    assert article("river-cleanup-volunteers") in links  # ../../articles/...
    assert article("market-square-fire") in links
    assert f"{BASE}/private/internal-memo.html" in links


def test_base_href_is_honoured() -> None:
    html = '<html><head><base href="/news/"></head><body><a href="a.html">a</a></body></html>'
    assert parse_links(html, "https://a.example/other/page.html") == ["https://a.example/news/a.html"]


def test_discovery_finds_every_article_and_only_through_its_own_channel(site: Reader) -> None:
    """The crawl's view of the site: feeds, the sitemap index and its children, the pages."""
    found: dict[str, set[str]] = {}
    for name in ("feed.xml", "atom.xml"):
        found[name] = set(parse_feed(site(name), f"{BASE}/{name}"))
    queue, seen_sitemaps = [f"{BASE}/sitemap.xml"], set()
    found["sitemaps"] = set()
    while queue:
        url = queue.pop()
        seen_sitemaps.add(url)
        links = parse_sitemap(site(url.removeprefix(f"{BASE}/")), url)
        found["sitemaps"] |= set(links.pages)
        queue += [s for s in links.sitemaps if s not in seen_sitemaps]
    pages = {"index.html": f"{BASE}/", "category/city/index.html": f"{BASE}/category/city/"}
    pages["category/sport/index.html"] = f"{BASE}/category/sport/"
    found["links"] = set()
    for name, url in pages.items():
        found["links"] |= set(parse_links(site(name), url))
    articles = {u for links in found.values() for u in links if is_article_candidate(u)}
    articles -= {f"{BASE}/private/draft-embargoed.html", f"{BASE}/private/internal-memo.html"}
    assert {u for u in articles if u.startswith(BASE)} == {article(s) for s in ARTICLES}
    assert seen_sitemaps == {f"{BASE}/sitemap.xml", f"{BASE}/sitemap-articles.xml", f"{BASE}/sitemap-news.xml"}

    def channels(slug: str) -> set[str]:
        return {name for name, links in found.items() if article(slug) in links}

    assert channels("tram-line-extension") == {"sitemaps"}
    assert channels("school-robotics-team") == {"feed.xml"}
    assert channels("market-square-fire") == {"links"}


def test_select_links_keeps_same_host_links_in_scope(site: Reader) -> None:
    links = parse_links(site("index.html"), f"{BASE}/")
    everything = SourceConfig(name="courier", start_pages=(f"{BASE}/",))
    selected = select_links(links, everything, f"{BASE}/")
    assert "https://example.org/partner-offer" not in selected  # another host
    assert f"{BASE}/private/draft-embargoed.html" in selected  # robots.txt is the fetcher's job

    scoped = SourceConfig(
        name="courier",
        start_pages=(f"{BASE}/",),
        allow=(re.compile(r"/articles/"), re.compile(r"/category/")),
        deny=(re.compile(r"/private/"), re.compile(r"heatwave")),
    )
    assert select_links(links, scoped, f"{BASE}/") == [
        f"{BASE}/category/city",
        f"{BASE}/category/sport",
        article("harbour-bridge-reopens"),
        article("council-budget-vote"),
        article("flood-warning-lifted"),
    ]
