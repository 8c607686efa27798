"""URL functions: normalising (one spelling per page), resolving links, article and host checks."""
from __future__ import annotations

import posixpath
from urllib.parse import urljoin, urlsplit, urlunsplit

import courlan
from courlan.filters import extension_filter, path_filter, type_filter

_SKIPPED_SCHEMES = ("javascript:", "mailto:", "tel:", "data:", "ftp:", "whatsapp:", "sms:", "#")


def is_http_url(url: str) -> bool:
    """True for an absolute http(s) URL with a host."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def normalize_url(url: str) -> str:
    """One spelling per page: lower-case host, no default port, tracking parameters (utm_*, fbclid, ...)
    and the #fragment dropped, query sorted, dot segments resolved, no trailing slash except the root."""
    normalized = courlan.normalize_url(url.strip(), strict=False, trailing_slash=False)
    parts = urlsplit(normalized)
    path = parts.path or "/"
    if "/." in path:
        resolved = posixpath.normpath(path)
        path = resolved if resolved != "." else "/"
        path = "/" + path.lstrip("/")
    return urlunsplit((parts.scheme, parts.netloc, path, parts.query, ""))


def resolve_link(href: str, base_url: str) -> str | None:
    """The normalised absolute URL of a link found on base_url; None when it is not an http(s) link."""
    href = href.strip()
    if not href or href.lower().startswith(_SKIPPED_SCHEMES):
        return None
    try:
        absolute = urljoin(base_url, href)
    except ValueError:
        return None
    if not is_http_url(absolute):
        return None
    try:
        return normalize_url(absolute)
    except ValueError:
        return None


def url_host(url: str) -> str:
    """The host (and a non-default port) of a URL, lower-case."""
    return urlsplit(normalize_url(url)).netloc


def is_same_host(url: str, other: str, *, ignore_www: bool = True) -> bool:
    """True when both URLs are on the same host (``www.`` ignored unless told otherwise)."""
    a, b = url_host(url), url_host(other)
    if ignore_www:
        a, b = a.removeprefix("www."), b.removeprefix("www.")
    return a == b


def is_article_candidate(url: str) -> bool:
    """True when the URL may be an article: an HTML-like path, not a file, feed, index, tag,
    category, author, search, pagination or login page (courlan's filters)."""
    if not is_http_url(url):
        return False
    parts = urlsplit(url)
    path = parts.path or "/"
    if path == "/":
        return False
    return (
        extension_filter(path)
        and path_filter(path, parts.query)
        and type_filter(url, strict=True)
        and not courlan.is_navigation_page(url)
        and not courlan.is_not_crawlable(url)
    )
