"""Loopback HTTP server fixtures: real servers on 127.0.0.1, one per test, stopped afterwards.

    loopback_server         serves samples/ plus the failure endpoints of tests.loopback.ENDPOINTS
    second_loopback_server  another server on another port: a second host for politeness
    site_server             serves samples/site/ (the sample news site) plus the failure endpoints
    loopback_factory        make more servers, e.g. loopback_factory(root=tmp_path)
    refused_url             an http URL on a port where nothing listens
    fast_fetch_config       a FetchConfig with test-sized delays, timeouts and limits
"""
from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from scraper.fetch_config import FetchConfig
from tests.loopback import SAMPLES, LoopbackServer

ServerFactory = Callable[..., LoopbackServer]


@pytest.fixture
def loopback_factory() -> Iterator[ServerFactory]:
    """Return a function that starts a LoopbackServer (``root`` defaults to samples/)."""
    servers: list[LoopbackServer] = []

    def start(root: Path = SAMPLES) -> LoopbackServer:
        server = LoopbackServer(root).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


@pytest.fixture
def loopback_server(loopback_factory: ServerFactory) -> LoopbackServer:
    """A running server for samples/ and the failure endpoints."""
    return loopback_factory()


@pytest.fixture
def second_loopback_server(loopback_factory: ServerFactory) -> LoopbackServer:
    """A second running server: another host:port for the politeness rules."""
    return loopback_factory()


@pytest.fixture
def site_server(loopback_factory: ServerFactory) -> LoopbackServer:
    """A running server for the sample news site in samples/site/."""
    return loopback_factory(SAMPLES / "site")


@pytest.fixture
def refused_url() -> str:
    """Return a URL whose port has nothing listening (connections are refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/nothing-here"


@pytest.fixture
def fast_fetch_config() -> FetchConfig:
    """A FetchConfig with small delays, timeouts and limits so network tests stay fast."""
    return FetchConfig(
        min_delay_s=0.0,
        connect_timeout_s=1.0,
        read_timeout_s=0.5,
        total_timeout_s=2.0,
        max_bytes=200_000,
        max_xml_bytes=400_000,
        retries=2,
        backoff_base_s=0.05,
        backoff_max_s=0.2,
        max_retry_after_s=5.0,
    )
