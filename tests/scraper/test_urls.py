"""URL normalising, link resolution, article and host checks."""
from __future__ import annotations

import pytest

from scraper.urls import is_article_candidate, is_http_url, is_same_host, normalize_url, resolve_link

BASE = "http://127.0.0.1:8123"


@pytest.mark.parametrize(
    "variant",
    [
        f"{BASE}/articles/harbour-bridge-reopens.html",
        f"{BASE}/articles/harbour-bridge-reopens.html?utm_source=homepage&utm_medium=web&utm_campaign=top",
        f"{BASE}/articles/harbour-bridge-reopens.html#comments",
        f"{BASE}/articles/harbour-bridge-reopens.html?fbclid=abc123#top",
        f"HTTP://127.0.0.1:8123/articles/harbour-bridge-reopens.html",
        f"{BASE}/articles/./harbour-bridge-reopens.html",
        f"{BASE}/category/../articles/harbour-bridge-reopens.html",
        f"  {BASE}/articles/harbour-bridge-reopens.html  ",
    ],
)
def test_variants_normalize_to_one_url(variant: str) -> None:
    assert normalize_url(variant) == f"{BASE}/articles/harbour-bridge-reopens.html"


def test_trailing_slash_variants_are_equal() -> None:
    assert normalize_url(f"{BASE}/category/city/") == normalize_url(f"{BASE}/category/city") == f"{BASE}/category/city"
    assert normalize_url("https://Example.com") == normalize_url("https://example.com/") == "https://example.com/"


def test_host_and_port_normalised_but_meaningful_query_kept() -> None:
    assert normalize_url("https://WWW.Example.com:443/a?b=2&a=1") == "https://www.example.com/a?a=1&b=2"
    assert normalize_url("http://example.com:80/story?id=42&utm_source=x") == "http://example.com/story?id=42"
    assert normalize_url("http://example.com:8080/a") == "http://example.com:8080/a"


def test_resolve_link_against_page_url() -> None:
    page = f"{BASE}/category/city/"
    assert resolve_link("../../articles/x.html", page) == f"{BASE}/articles/x.html"
    assert resolve_link("/articles/x.html#comments", page) == f"{BASE}/articles/x.html"
    assert resolve_link("//cdn.example.com/a.html", "https://example.com/") == "https://cdn.example.com/a.html"
    for href in ("mailto:news@example.org", "javascript:void(0)", "#top", "", "tel:+441234", "ftp://x.example/f"):
        assert resolve_link(href, page) is None


def test_is_http_url() -> None:
    assert is_http_url("https://example.com/x")
    assert not is_http_url("/x") and not is_http_url("ftp://example.com/") and not is_http_url("http://")


@pytest.mark.parametrize(
    "url",
    [
        f"{BASE}/articles/market-square-fire.html",
        "https://example.com/2024/05/14/fire-damages-bakery",
        "https://example.com/news/world-europe-68912345",
        "https://example.com/story.php?id=42",
    ],
)
def test_article_candidates(url: str) -> None:
    assert is_article_candidate(url)


@pytest.mark.parametrize(
    "url",
    [
        f"{BASE}/",
        f"{BASE}/index.html",
        f"{BASE}/category/city",
        f"{BASE}/images/logo.png",
        f"{BASE}/feed.xml",
        "https://example.com/tag/harbourton/",
        "https://example.com/author/maria-okafor/",
        "https://example.com/page/2/",
        "https://example.com/login",
        "https://example.com/files/report.pdf",
        "mailto:news@example.org",
    ],
)
def test_non_articles(url: str) -> None:
    assert not is_article_candidate(url)


def test_same_host() -> None:
    assert is_same_host(f"{BASE}/a", f"{BASE}/b")
    assert is_same_host("https://www.example.com/a", "https://example.com/b")
    assert not is_same_host("https://www.example.com/a", "https://example.com/b", ignore_www=False)
    assert not is_same_host(f"{BASE}/a", "http://127.0.0.1:8124/a")
    assert not is_same_host("https://example.com/a", "https://example.org/a")
