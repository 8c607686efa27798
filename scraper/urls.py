"""URL functions: normalising (one spelling per page), resolving links, article and host checks."""
from __future__ import annotations

import posixpath
from urllib.parse import urljoin, urlsplit, urlunsplit

import courlan
import httpx
from courlan.filters import extension_filter, path_filter, type_filter

_SKIPPED_SCHEMES = ("javascript:", "mailto:", "tel:", "data:", "ftp:", "whatsapp:", "sms:", "#")


def is_http_url(url: str) -> bool:
    """True for an absolute http(s) URL with a host."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def parse_fetchable_url(url: str) -> httpx.URL:
    """Parse an absolute http(s) URL the network can be asked for; ValueError says what is wrong with it."""
    try:
        parsed = httpx.URL(url)
        # Decoding checks the IDNA labels: httpx raises on a malformed one ("xn--") the first time .host is read.
        host = parsed.host
    except (httpx.InvalidURL, ValueError) as exc:  # idna.IDNAError is a ValueError
        raise ValueError(f"invalid URL {url!r}: {exc}") from exc
    if parsed.scheme not in ("http", "https") or not host:
        raise ValueError(f"not an http(s) URL: {url!r}")
    # httpx accepts any integer; the socket layer would raise OverflowError on connect.
    if parsed.port is not None and not 0 < parsed.port < 65536:
        raise ValueError(f"invalid URL {url!r}: port {parsed.port} is out of range")
    return parsed.copy_with(fragment=None)


def resolve_redirect(current: httpx.URL, location: str) -> httpx.URL:
    """The URL a Location header sends ``current`` to; ValueError says why it cannot be followed."""
    location = location.strip()
    try:
        scheme = urlsplit(location).scheme.lower()
    except ValueError as exc:
        raise ValueError(f"bad redirect Location {location!r}: {exc}") from exc
    if scheme and scheme not in ("http", "https"):
        raise ValueError(f"redirect to a non-http(s) URL {location!r}")
    try:
        joined = current.join(location)
    except (httpx.InvalidURL, ValueError) as exc:
        raise ValueError(f"bad redirect Location {location!r}: {exc}") from exc
    try:
        return parse_fetchable_url(str(joined))
    except ValueError as exc:
        raise ValueError(f"bad redirect: {exc}") from exc


def is_fetchable_url(url: str) -> bool:
    """True for an absolute http(s) URL with a valid host and port (``parse_fetchable_url`` accepts it)."""
    try:
        parse_fetchable_url(url)
    except ValueError:
        return False
    return True


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
    """The normalised absolute URL of a link found on base_url; None when it is not a fetchable http(s) link."""
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
        normalized = normalize_url(absolute)
    except ValueError:
        return None
    return normalized if is_fetchable_url(normalized) else None


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
