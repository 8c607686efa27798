"""Loopback Redis server fixture: a real redis-server on 127.0.0.1, on a free port of its own.

A missing redis-server is a failure, not a skip: the shared dedup index needs
it (CI installs it with ``apt-get install -y redis-server``).
"""
from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _answers_ping(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2) as s:
            s.sendall(b"PING\r\n")
            return s.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def start_redis(workdir: Path) -> tuple[subprocess.Popen[bytes], int]:
    """A redis-server answering PING on a free loopback port: (process, port)."""
    exe = shutil.which("redis-server")
    if exe is None:
        pytest.fail("redis-server is not installed (apt-get install -y redis-server)", pytrace=False)
    for _attempt in range(3):
        port = _free_port()
        proc = subprocess.Popen(
            [exe, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--dir", str(workdir)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10.0
        while proc.poll() is None and time.monotonic() < deadline and not _answers_ping(port):
            time.sleep(0.02)
        if proc.poll() is None and _answers_ping(port):
            return proc, port
        proc.kill()
        proc.wait()
    pytest.fail("redis-server did not answer PING", pytrace=False)


def stop_redis(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int]]:
    """Start redis-server on a free loopback port; yield (host, port); kill it after the session."""
    proc, port = start_redis(tmp_path_factory.mktemp("redis"))
    try:
        yield "127.0.0.1", port
    finally:
        stop_redis(proc)


@pytest.fixture
def own_redis_server(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], int]]:
    """A redis-server of this test's own, which the test may stop: yield (process, port)."""
    proc, port = start_redis(tmp_path)
    try:
        yield proc, port
    finally:
        stop_redis(proc)
