"""Per-host politeness: a concurrency cap per host, a minimum gap between request starts, a global cap.

A request to a host waits for (1) one of the host's ``max_per_host`` slots, (2) the host's next
allowed start time, (3) one of the ``max_concurrency`` global slots, in that order, so a host that
is waiting out its delay never holds a global slot and other hosts proceed in parallel. The gap is
measured between request starts; a 429/503 pushes the host's next start further (``defer``).
"""
from __future__ import annotations

import asyncio
import email.utils
import logging
import random
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime

import httpx

logger = logging.getLogger(__name__)


@dataclass
class _Host:
    """Throttling state of one host."""

    slots: asyncio.Semaphore
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    next_start: float = 0.0  # loop time before which no request may start


class HostThrottle:
    """Schedules request starts so that every host is treated politely; one per Fetcher."""

    def __init__(self, max_concurrency: int, max_per_host: int) -> None:
        self._global = asyncio.Semaphore(max_concurrency)
        self._max_per_host = max_per_host
        self._hosts: dict[str, _Host] = {}

    @asynccontextmanager
    async def slot(self, host: str, delay_s: float) -> AsyncIterator[None]:
        """Hold a request slot for ``host``, starting at least ``delay_s`` after the previous start."""
        state = self._host(host)
        loop = asyncio.get_running_loop()
        async with state.slots:
            async with state.lock:
                wait = state.next_start - loop.time()
                if wait > 0:
                    logger.debug("waiting %.2fs before the next request to %s", wait, host)
                    await asyncio.sleep(wait)
                await self._global.acquire()
                state.next_start = loop.time() + delay_s
            try:
                yield
            finally:
                self._global.release()

    def defer(self, host: str, seconds: float) -> None:
        """Let no request start to ``host`` for ``seconds`` from now (Retry-After, backoff)."""
        state = self._host(host)
        state.next_start = max(state.next_start, asyncio.get_running_loop().time() + seconds)

    def _host(self, host: str) -> _Host:
        state = self._hosts.get(host)
        if state is None:
            state = self._hosts[host] = _Host(asyncio.Semaphore(self._max_per_host))
        return state


def host_key(url: httpx.URL) -> str:
    """Return the politeness key of a URL: lower-case host, plus the port when it is not the default."""
    host = url.host.lower()
    return f"{host}:{url.port}" if url.port is not None else host


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Return the seconds a Retry-After header asks for (delta-seconds or HTTP date), None if unusable."""
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    now = now or datetime.now(UTC)
    return max(0.0, (when - now).total_seconds())


def backoff_s(attempt: int, base_s: float, max_s: float, rng: random.Random) -> float:
    """Return the jittered exponential backoff before retry number ``attempt`` (0-based)."""
    ceiling = min(max_s, base_s * float(2**attempt))
    return ceiling * (0.5 + rng.random() / 2)
