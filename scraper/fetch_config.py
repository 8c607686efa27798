"""Settings of the network layer: politeness, timeouts, limits and retries."""
from __future__ import annotations

from dataclasses import dataclass

# The sitemap protocol's cap on one sitemap file (after inflating a .xml.gz).
DEFAULT_MAX_XML_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class FetchConfig:
    """How the fetcher behaves; every field has a conservative default for a nightly crawl."""

    # Identifies us to site owners; robots.txt groups are matched against its product token.
    user_agent: str = "newsclean/0.1 (+https://example.invalid/newsclean)"
    # Requests in flight across all hosts.
    max_concurrency: int = 16
    # Requests in flight to one host (host:port).
    max_per_host: int = 2
    # Minimum gap between two request starts to one host; robots.txt Crawl-delay can raise it.
    min_delay_s: float = 1.0
    # A robots.txt Crawl-delay above this is capped, so one site cannot stall a run for hours.
    max_crawl_delay_s: float = 30.0
    # Establishing the TCP/TLS connection.
    connect_timeout_s: float = 10.0
    # Longest silence between two reads (headers or body chunks).
    read_timeout_s: float = 20.0
    # Deadline for one request: headers and the whole body.
    total_timeout_s: float = 60.0
    # Largest body accepted, counted after content decoding (stops gzip bombs early).
    max_bytes: int = 5 * 1024 * 1024
    # Largest feed or sitemap accepted (after inflating a .xml.gz): the sitemap protocol allows
    # 50 MB and 50,000 URLs a file, more than an article page ever needs.
    max_xml_bytes: int = DEFAULT_MAX_XML_BYTES
    # Redirect hops followed before giving up with too_many_redirects.
    max_redirects: int = 5
    # Extra attempts after a connection error, 429 or retryable 5xx.
    retries: int = 3
    # Backoff before retry n is about backoff_base_s * 2**n (with jitter), at most backoff_max_s.
    backoff_base_s: float = 0.5
    backoff_max_s: float = 30.0
    # A Retry-After longer than this is not waited for: the URL fails now and the crawl retries later.
    max_retry_after_s: float = 60.0
    # Obey robots.txt (disable only for sites you own).
    respect_robots: bool = True
    # How long a fetched robots.txt is trusted.
    robots_ttl_s: float = 24 * 3600.0
    # How long a robots.txt answered with 5xx or a network error disallows the host before we ask again.
    robots_error_ttl_s: float = 300.0
    # Bytes of robots.txt parsed at most (RFC 9309 requires at least 500 KiB).
    robots_max_bytes: int = 512 * 1024
    # Negotiate HTTP/2 over TLS when the h2 package is installed.
    http2: bool = True


def is_valid_user_agent(text: str) -> bool:
    """True when the text can be sent as the User-Agent header: printable ASCII, not blank."""
    # A control character would split the header (or be refused by the HTTP layer as a network
    # error on every request); httpx encodes header values as ASCII.
    return bool(text.strip()) and all(" " <= char <= "~" for char in text)
