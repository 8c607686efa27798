"""The polite async fetcher: one httpx client, robots.txt, per-host throttling, retries and limits.

``await fetcher.fetch(url)`` returns a ``Page`` or a ``FetchError`` (returned, never raised):

    robots.txt disallows          RobotsDisallowed     (checked again on every redirect hop)
    4xx, or 429/5xx after retries HTTPStatusError      (reason http_<status>)
    body over max_bytes           BodyTooLarge         (Content-Length, or counted after gzip decoding;
                                                        max_xml_bytes for feeds and sitemaps)
    not HTML                      NotHTMLResponse
    with accept_xml: not XML/HTML NotXMLResponse       (a .xml.gz file is inflated first, within max_xml_bytes)
    loop or too many redirects    TooManyRedirects
    connect/read/total timeout    FetchTimeout         (only connect timeouts are retried)
    refused, reset                NetworkError         (connection errors are retried)
    bad URL, port, host or Location  NetworkError      (the URL fails alone, at once)

A 304 answer to a conditional request (``etag``/``last_modified``) is a ``Page`` with status 304
and an empty body. Retries back off exponentially with jitter and honour Retry-After up to
``max_retry_after_s``; a longer Retry-After fails the URL at once so the crawl can come back later.
"""
from __future__ import annotations

import asyncio
import importlib.util
import logging
import random
import zlib
from collections.abc import AsyncGenerator, Iterable
from contextlib import aclosing
from dataclasses import dataclass
from datetime import UTC, datetime
from types import TracebackType

import httpx

from cleaners.charset import decide_charset
from scraper.content_types import GZIP_TYPES, UNKNOWN_TYPES, inflate_gzip_body, is_wanted_type, sniffs_wanted
from scraper.errors import (
    BodyTooLarge,
    FetchError,
    FetchTimeout,
    HTTPStatusError,
    NetworkError,
    NotHTMLResponse,
    NotXMLResponse,
    RobotsDisallowed,
    TooManyRedirects,
)
from scraper.fetch_config import FetchConfig
from scraper.gunzip import GZIP_MAGIC
from scraper.page import Page
from scraper.politeness import HostThrottle, backoff_s, host_key, parse_retry_after
from scraper.robots import RobotsAnswer, RobotsCache, RobotsRules
from scraper.urls import parse_fetchable_url, resolve_redirect

logger = logging.getLogger(__name__)

HTML_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"
XML_ACCEPT = "application/rss+xml,application/atom+xml,application/xml,text/xml;q=0.9,text/html;q=0.8,*/*;q=0.5"
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})
# Transient failures worth another attempt (a read or whole-body timeout is not: it would only wait again).
RETRYABLE_ERRORS = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.ReadError,
    httpx.WriteError,
    httpx.RemoteProtocolError,
)
# Redirect and error bodies up to this size are read (and dropped) to keep the connection alive.
DRAIN_MAX_BYTES = 64 * 1024


@dataclass(frozen=True, slots=True)
class _Reply:
    """One HTTP exchange: the status and headers, and the body of an accepted 2xx answer."""

    url: str
    status: int
    headers: dict[str, str]
    body: bytes = b""


class Fetcher:
    """Fetches pages politely over one pooled httpx client; use as ``async with Fetcher(config) as f``."""

    def __init__(self, config: FetchConfig | None = None, *, seed: int | None = None) -> None:
        self.config = config or FetchConfig()
        self._rng = random.Random(seed)
        self._client: httpx.AsyncClient | None = None
        self._throttle = HostThrottle(self.config.max_concurrency, self.config.max_per_host)
        self._robots = RobotsCache(
            self._download_robots,
            self.config.user_agent,
            ttl_s=self.config.robots_ttl_s,
            error_ttl_s=self.config.robots_error_ttl_s,
        )

    async def __aenter__(self) -> Fetcher:
        self._client = _build_client(self.config)
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool."""
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    async def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        accept_xml: bool = False,
    ) -> Page | FetchError:
        """Fetch one URL; return its Page, or the FetchError saying why not (never raised)."""
        try:
            return await self._fetch(url, etag, last_modified, accept_xml)
        except FetchError as error:
            logger.info("fetch failed (%s): %s", error.reason, error)
            return error

    async def fetch_many(self, urls: Iterable[str], *, accept_xml: bool = False) -> list[Page | FetchError]:
        """Fetch URLs concurrently under the politeness rules; results are in the order of ``urls``."""
        return list(await asyncio.gather(*(self.fetch(url, accept_xml=accept_xml) for url in urls)))

    async def robots_rules(self, url: str) -> RobotsRules:
        """Return the robots.txt rules of the URL's site (cached), e.g. for its Sitemap lines."""
        return await self._robots.rules_for(url)

    async def _fetch(self, url: str, etag: str | None, last_modified: str | None, accept_xml: bool) -> Page:
        """Follow redirects by hand, checking robots.txt on every hop; raise FetchError on failure."""
        headers = {"Accept": XML_ACCEPT if accept_xml else HTML_ACCEPT}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        try:
            target = parse_fetchable_url(url)
        except ValueError as exc:
            raise NetworkError(url, str(exc)) from exc
        seen = {str(target)}
        for _hop in range(self.config.max_redirects + 1):
            delay_s = await self._delay_for(url, target)
            reply = await self._request(url, target, headers, delay_s, accept_xml)
            location = reply.headers.get("location")
            if reply.status in REDIRECT_STATUSES and location:
                try:
                    target = resolve_redirect(target, location)
                except ValueError as exc:  # the response hook refuses these first
                    raise NetworkError(url, str(exc)) from exc
                if str(target) in seen:
                    raise TooManyRedirects(url, f"redirect loop back to {target}")
                seen.add(str(target))
                continue
            if reply.status == 304 or 200 <= reply.status < 300:
                return _page(url, reply)
            where = "" if reply.url == url else f" from {reply.url}"
            raise HTTPStatusError(url, reply.status, f"HTTP {reply.status}{where}")
        raise TooManyRedirects(url, f"more than {self.config.max_redirects} redirects")

    async def _delay_for(self, url: str, target: httpx.URL) -> float:
        """Return the gap to keep between requests to the target's host; raise if robots.txt forbids it."""
        config = self.config
        if not config.respect_robots:
            return config.min_delay_s
        rules = await self._robots.rules_for(str(target))
        if not rules.allows(str(target), config.user_agent):
            raise _robots_refusal(url, str(target), rules)
        crawl_delay = min(rules.crawl_delay(config.user_agent) or 0.0, config.max_crawl_delay_s)
        return max(config.min_delay_s, crawl_delay)

    async def _request(
        self, url: str, target: httpx.URL, headers: dict[str, str], delay_s: float, accept_xml: bool
    ) -> _Reply:
        """Make one request with retries on connection errors, 429 and 5xx; return the last reply."""
        config = self.config
        host = host_key(target)
        for attempt in range(config.retries + 1):
            last = attempt == config.retries
            try:
                async with self._throttle.slot(host, delay_s):
                    reply = await self._attempt(url, target, headers, accept_xml)
            except RETRYABLE_ERRORS as exc:
                if last:
                    raise _translate(url, target, exc) from exc
                wait_s = backoff_s(attempt, config.backoff_base_s, config.backoff_max_s, self._rng)
                logger.info("%s: %s, retry %d in %.2fs", target, type(exc).__name__, attempt + 1, wait_s)
                self._throttle.defer(host, wait_s)
                continue
            except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError, TimeoutError) as exc:
                raise _translate(url, target, exc) from exc
            if reply.status not in RETRY_STATUSES or last:
                return reply
            retry_after = parse_retry_after(reply.headers.get("retry-after"))
            if retry_after is not None and retry_after > config.max_retry_after_s:
                logger.warning("%s: Retry-After %.0fs is too long, giving up for now", target, retry_after)
                return reply
            wait_s = retry_after if retry_after is not None else backoff_s(
                attempt, config.backoff_base_s, config.backoff_max_s, self._rng
            )
            logger.info("%s: HTTP %d, retry %d in %.2fs", target, reply.status, attempt + 1, wait_s)
            self._throttle.defer(host, wait_s)
        raise AssertionError("unreachable: the last attempt always returns or raises")

    async def _attempt(self, url: str, target: httpx.URL, headers: dict[str, str], accept_xml: bool) -> _Reply:
        """Send one GET and read an acceptable body within the whole-request deadline."""
        try:
            async with asyncio.timeout(self.config.total_timeout_s):
                async with self._require_client().stream("GET", target, headers=headers) as response:
                    return await self._reply(url, response, accept_xml)
        except _BadRedirect as exc:
            where = "" if str(target) == url else f" (at {target})"
            raise NetworkError(url, f"{exc}{where}") from exc

    async def _reply(self, url: str, response: httpx.Response, accept_xml: bool) -> _Reply:
        """Read the answer: the status and headers, and the body when it is a 2xx of a wanted type."""
        reply_headers = {name.lower(): value for name, value in response.headers.items()}
        final_url = str(response.url)
        if not 200 <= response.status_code < 300:
            await _drain_small(response)
            return _Reply(final_url, response.status_code, reply_headers)
        wanted = "XML" if accept_xml else "HTML"
        refusal = NotXMLResponse if accept_xml else NotHTMLResponse
        mime = reply_headers.get("content-type", "").split(";", 1)[0].strip().lower()
        if not is_wanted_type(mime, accept_xml):
            raise refusal(url, f"content type {mime} at {final_url} is not {wanted}")
        max_bytes = self.config.max_xml_bytes if accept_xml else self.config.max_bytes
        body = await self._read_body(url, response, reply_headers, max_bytes)
        if accept_xml and body.startswith(GZIP_MAGIC):
            body = inflate_gzip_body(url, body, max_bytes, final_url)
        if (mime in UNKNOWN_TYPES or mime in GZIP_TYPES) and not sniffs_wanted(body, accept_xml):
            raise refusal(url, f"body at {final_url} does not look like {wanted}")
        return _Reply(final_url, response.status_code, reply_headers, body)

    async def _read_body(self, url: str, response: httpx.Response, headers: dict[str, str], max_bytes: int) -> bytes:
        """Read the content-decoded body, stopping as soon as it passes ``max_bytes``."""
        declared = headers.get("content-length", "").strip()
        if declared.isdigit() and int(declared) > max_bytes:
            raise BodyTooLarge(url, f"Content-Length {declared} > {max_bytes}")
        encoding = headers.get("content-encoding", "identity").strip().lower()
        chunks: list[bytes] = []
        size = 0
        async with aclosing(_decoded_chunks(response, encoding, max_bytes)) as stream:
            async for chunk in stream:
                size += len(chunk)
                if size > max_bytes:
                    raise BodyTooLarge(url, f"body over {max_bytes} bytes (decoded)")
                chunks.append(chunk)
        return b"".join(chunks)

    async def _download_robots(self, robots_url: str) -> RobotsAnswer:
        """Download one robots.txt politely (redirects followed); a failure is an answer with status None."""
        target = httpx.URL(robots_url)
        limit = self.config.robots_max_bytes
        try:
            # A zero gap: the page that needed these rules may follow at once (one-off `newsclean url`).
            async with self._throttle.slot(host_key(target), 0.0):
                async with asyncio.timeout(self.config.total_timeout_s):
                    client = self._require_client()
                    async with client.stream("GET", target, follow_redirects=True) as response:
                        if not 200 <= response.status_code < 300:
                            await _drain_small(response)
                            return RobotsAnswer(response.status_code)
                        body = bytearray()
                        async for chunk in response.aiter_bytes():
                            body += chunk
                            if len(body) >= limit:  # RFC 9309: parse at least the first 500 KiB
                                break
                        return RobotsAnswer(response.status_code, bytes(body[:limit]))
        except httpx.TooManyRedirects:
            return RobotsAnswer(310)  # RFC 9309: after 5 redirects robots.txt is "unavailable" (allow)
        except _BadRedirect as exc:
            logger.info("%s: %s", robots_url, exc)
            return RobotsAnswer(None)
        except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError, TimeoutError) as exc:
            logger.info("%s: %s", robots_url, type(exc).__name__)
            return RobotsAnswer(None)

    def _require_client(self) -> httpx.AsyncClient:
        if self._client is None:
            raise RuntimeError("use the Fetcher inside 'async with Fetcher(config) as fetcher:'")
        return self._client


class _BadRedirect(Exception):
    """A redirect whose Location cannot be followed, found by the response hook before httpx resolves it."""


async def _refuse_bad_redirect(response: httpx.Response) -> None:
    """Response hook: stop at a Location we would not follow, before httpx resolves it for its next request.

    httpx resolves every redirect, even unfollowed, and fails obscurely on a javascript: Location, raises
    IDNAError on a bad host name and lets a port out of range overflow in the socket layer.
    """
    location = response.headers.get("location")
    if response.status_code in REDIRECT_STATUSES and location:
        try:
            resolve_redirect(response.request.url, location)
        except ValueError as exc:
            raise _BadRedirect(str(exc)) from exc


async def _decoded_chunks(response: httpx.Response, encoding: str, max_bytes: int) -> AsyncGenerator[bytes, None]:
    """Yield the body content-decoded; gzip is inflated here so no chunk exceeds max_bytes + 1."""
    if encoding not in ("gzip", "x-gzip"):
        async for chunk in response.aiter_bytes():  # identity, or deflate/br decoded by httpx
            yield chunk
        return
    inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
    produced = 0
    try:
        async for raw in response.aiter_raw():
            # max_length bounds memory: a bomb yields max_bytes + 1 bytes and the caller stops.
            chunk = inflater.decompress(raw, max_bytes - produced + 1)
            produced += len(chunk)
            yield chunk
            if produced > max_bytes:
                return
        yield inflater.flush()
    except zlib.error as exc:
        raise httpx.DecodingError(f"bad gzip body: {exc}") from exc


async def _drain_small(response: httpx.Response) -> None:
    """Read an empty or short redirect/error body so its keep-alive connection can be reused."""
    declared = response.headers.get("content-length", "").strip()
    if response.status_code in (204, 304) or (declared.isdigit() and int(declared) <= DRAIN_MAX_BYTES):
        await response.aread()


def _robots_refusal(url: str, target: str, rules: RobotsRules) -> FetchError:
    """Why robots.txt keeps us from ``target``: its rules (final), or its host failing (transient, retried)."""
    if rules.source == "unreachable":
        return NetworkError(url, f"host unreachable (its robots.txt could not be fetched), not fetching {target}")
    if rules.source.startswith("http_") and rules.parser is None and not rules.allow_all:
        status = int(rules.source.removeprefix("http_"))
        return HTTPStatusError(url, status, f"robots.txt answered HTTP {status}, not fetching {target} for now")
    return RobotsDisallowed(url, f"robots.txt ({rules.source}) disallows {target}")


def _build_client(config: FetchConfig) -> httpx.AsyncClient:
    """Return the pooled client: no automatic redirects, our timeouts, identifying User-Agent."""
    http2 = config.http2 and importlib.util.find_spec("h2") is not None
    timeout = httpx.Timeout(
        connect=config.connect_timeout_s,
        read=config.read_timeout_s,
        write=config.read_timeout_s,
        pool=config.total_timeout_s,
    )
    limits = httpx.Limits(max_connections=config.max_concurrency, max_keepalive_connections=config.max_concurrency)
    return httpx.AsyncClient(
        http2=http2,
        follow_redirects=False,
        max_redirects=config.max_redirects,
        timeout=timeout,
        limits=limits,
        headers={"User-Agent": config.user_agent, "Accept-Encoding": "gzip, deflate"},
        event_hooks={"response": [_refuse_bad_redirect]},
    )


def _page(url: str, reply: _Reply) -> Page:
    """Build the Page of an accepted reply, deciding its charset."""
    encoding = decide_charset(reply.headers.get("content-type"), reply.body) if reply.body else "utf-8"
    return Page(
        url=url,
        final_url=reply.url,
        status=reply.status,
        headers=reply.headers,
        body=reply.body,
        fetched_at=datetime.now(UTC),
        encoding=encoding,
    )


def _translate(url: str, target: httpx.URL, exc: Exception) -> FetchError:
    """Turn an httpx or timeout exception into our FetchError for ``url``."""
    where = "" if str(target) == url else f" (at {target})"
    if isinstance(exc, (TimeoutError, httpx.TimeoutException)):
        kind = "whole-request deadline" if isinstance(exc, TimeoutError) else type(exc).__name__
        return FetchTimeout(url, f"timed out: {kind}{where}")
    detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return NetworkError(url, f"{detail}{where}")
