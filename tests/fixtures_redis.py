"""Loopback Redis server fixtures: a real redis-server on 127.0.0.1, on a free port of its own.

Plain, with a password and an ACL user, and over TLS with a CA made by the
``openssl`` command. A missing redis-server or openssl is a failure, not a
skip: the shared dedup index needs them (CI installs them with
``apt-get install -y redis-server openssl``).
"""
from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pytest

# Every character a URL gives a meaning to, so a URL only works when it is percent-encoded and decoded.
PASSWORD = "pa:ss/w@rd%#?1"
ACL_USER = "crawler"
ACL_PASSWORD = "cr@wl:er/%#?2"
ACL_KEYS = "acl-"  # the ACL user may use only keys starting with this


@dataclass(frozen=True)
class LoginRedis:
    """A redis-server that asks for a password (``requirepass``) and knows an ACL user."""

    host: str
    port: int
    ca_certs: Path | None = None  # set when the server speaks TLS only

    def url(self, prefix: str, *, user: str = "", password: str | None = PASSWORD) -> str:
        """redis:// (rediss:// over TLS) URL logging in as ``user`` with ``password``, percent-encoded."""
        scheme = "rediss" if self.ca_certs else "redis"
        login = "" if password is None else f"{quote(user, safe='')}:{quote(password, safe='')}@"
        query = f"?ssl_ca_certs={self.ca_certs}" if self.ca_certs else ""
        return f"{scheme}://{login}{self.host}:{self.port}/{prefix}{query}"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _unverified_tls() -> ssl.SSLContext:
    """Only for "is it up yet": the tests check the certificate through the client under test."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


def _answers_ping(port: int, tls: bool = False) -> bool:
    """True when a redis-server answers PING on ``port`` (asking for a password is an answer too)."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2) as raw:
            s = _unverified_tls().wrap_socket(raw) if tls else raw
            s.sendall(b"PING\r\n")
            return s.recv(16).startswith((b"+PONG", b"-NOAUTH"))
    except OSError:
        return False


def start_redis(workdir: Path, *options: str, tls: bool = False) -> tuple[subprocess.Popen[bytes], int]:
    """A redis-server answering PING on a free loopback port: (process, port).

    ``options`` go on its command line; with ``tls`` the port speaks TLS only (options name the files).
    """
    exe = shutil.which("redis-server")
    if exe is None:
        pytest.fail("redis-server is not installed (apt-get install -y redis-server)", pytrace=False)
    for _attempt in range(3):
        port = _free_port()
        ports = ["--port", "0", "--tls-port", str(port)] if tls else ["--port", str(port)]
        proc = subprocess.Popen(
            [exe, *ports, "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--dir", str(workdir), *options],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10.0
        while proc.poll() is None and time.monotonic() < deadline and not _answers_ping(port, tls):
            time.sleep(0.02)
        if proc.poll() is None and _answers_ping(port, tls):
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


def _login_options() -> list[str]:
    """requirepass for the default user, and an ACL user that may use only keys under ACL_KEYS."""
    return ["--requirepass", PASSWORD, "--user", ACL_USER, "on", f">{ACL_PASSWORD}", f"~{ACL_KEYS}*", "+@all"]


@pytest.fixture(scope="session")
def login_redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LoginRedis]:
    """A redis-server that asks for PASSWORD (and knows ACL_USER) on a free loopback port."""
    proc, port = start_redis(tmp_path_factory.mktemp("redis-login"), *_login_options())
    try:
        yield LoginRedis("127.0.0.1", port)
    finally:
        stop_redis(proc)


def _openssl(folder: Path, *args: str) -> None:
    exe = shutil.which("openssl")
    if exe is None:
        pytest.fail("openssl is not installed (apt-get install -y openssl)", pytrace=False)
    done = subprocess.run([exe, *args], cwd=folder, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.fail(f"openssl {args[0]} failed: {done.stderr.strip()}", pytrace=False)


def make_certificates(folder: Path) -> tuple[Path, Path, Path]:
    """A throwaway CA and a server certificate for 127.0.0.1 it signed: (ca.crt, server.crt, server.key)."""
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    _openssl(folder, "req", "-x509", *ec, "-keyout", "ca.key", "-out", "ca.crt", "-days", "2",
             "-subj", "/CN=newsclean test CA",
             "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign")
    _openssl(folder, "req", *ec, "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=127.0.0.1")
    # The extensions a strict verifier (Python 3.13's default) wants of a server certificate.
    (folder / "server.ext").write_text(
        "subjectAltName=IP:127.0.0.1\nbasicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n"
        "extendedKeyUsage=serverAuth\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n",
        encoding="utf-8")
    _openssl(folder, "x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial",
             "-out", "server.crt", "-days", "2", "-extfile", "server.ext")
    return folder / "ca.crt", folder / "server.crt", folder / "server.key"


@pytest.fixture(scope="session")
def tls_redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LoginRedis]:
    """A redis-server speaking TLS only (certificate from a CA of the test's own) and asking for PASSWORD."""
    folder = tmp_path_factory.mktemp("redis-tls")
    ca, cert, key = make_certificates(folder)
    tls = ["--tls-cert-file", str(cert), "--tls-key-file", str(key), "--tls-ca-cert-file", str(ca),
           "--tls-auth-clients", "no"]  # the server checks the password, not a client certificate
    proc, port = start_redis(folder, *tls, *_login_options(), tls=True)
    try:
        yield LoginRedis("127.0.0.1", port, ca_certs=ca)
    finally:
        stop_redis(proc)
