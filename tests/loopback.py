"""A real threaded HTTP/1.1 server on 127.0.0.1 for network tests: static files plus failure endpoints.

Static files come from ``root`` (``samples/`` by default) with ETag and Last-Modified, answering
conditional requests with 304; in .xml and .txt files ``{{BASE}}`` becomes the server's base URL
(see samples/site/README.md), and a directory serves its index.html. Failure endpoints (see ``ENDPOINTS``)
take precedence. Every request is logged as a ``RequestRecord`` with its ``time.monotonic()`` arrival time.
"""
from __future__ import annotations

import email.utils
import gzip
import hashlib
import mimetypes
import socket
import struct
import threading
import time
import zlib
from collections import Counter
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

ENDPOINTS = """
/robots.txt               static file, or what set_robots() configured (text, status, delay, Location)
/status/{code}            that status with a small HTML body
/retry-after/{s}          429 with Retry-After: s the first time per path, then 200
/retry-after-date/{s}     the same with Retry-After as an HTTP date
/flaky-503[/{n}]          503 the first n (default 1) times per path, then 200
/slow-headers/{s}, /slow/{s}  wait s seconds before answering 200
/trickle/{s}              200 with a body sent one byte every 0.05 s for s seconds
/stall                    headers and part of a 100 kB body, then silence (until server stop)
/drop                     headers and part of a body, then a TCP reset
/big[/{n}]                n bytes (default 50 MB) of HTML with no Content-Length
/big-declared             Content-Length: 100000000
/gzip-bomb                ~30 kB gzip (Content-Encoding: gzip) inflating to 32 MB
/gzip                     a normal gzip-encoded HTML page
/gzip-bomb-file           the same bomb as a gzip file (application/x-gzip, no Content-Encoding): a .xml.gz
/binary, /image[?type=T]  application/pdf, image/png (PNG bytes served as T when given)
/untyped-html, /untyped-binary  no Content-Type; HTML, or PDF bytes
/feed[?link=U...]         application/rss+xml: an RSS channel with one item linking to each U
/sitemap[?loc=U...]       application/xml: a urlset listing each U
/sitemap-gz/{type}[?loc=U...][&half=1]  that urlset as a gzip file (no Content-Encoding) served as
                          application/{type}; with half=1 only its first half (a truncated file)
/redirect/{n}             n relative 302 hops, then 200 at /redirect/0
/redirect-loop            /redirect-loop -> /redirect-loop/b -> /redirect-loop
/redirect-to?url=U        302 to U (e.g. another server)
/charset/wrong            header iso-8859-1, body UTF-8 with <meta charset="utf-8">
/charset/lying-utf8       header utf-8, body windows-1252
/charset/missing          no charset anywhere, windows-1252 body
/charset/meta             charset only in <meta>, windows-1252 body
/charset/bom              UTF-8 with a BOM, no charset declared
/malformed                broken HTML (unclosed and misnested tags)
/etag                     fixed page with ETag/Last-Modified; 304 to a matching conditional request
"""

FRENCH = "Le café de la gare était très animé ; on y parlait de la crème brûlée, des élèves et du théâtre. "
HTML_PAGE = "<!doctype html><html><head><title>{title}</title></head><body><p>{text}</p></body></html>"


@dataclass(frozen=True, slots=True)
class RequestRecord:
    """One request the server received."""

    at: float  # time.monotonic() on arrival
    method: str
    path: str  # with the query string
    headers: dict[str, str]  # lower-case names
    peer_port: int  # the client's port: equal ports mean one reused keep-alive connection


class LoopbackServer:
    """One server on 127.0.0.1 and a free port; a distinct port counts as a distinct host."""

    def __init__(self, root: Path = SAMPLES) -> None:
        self.root = root.resolve()
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._requests: list[RequestRecord] = []
        self._hits: Counter[str] = Counter()
        self._robots: tuple[int, str, float, str] | None = None
        self._bomb: bytes | None = None
        self._httpd = _Server(("127.0.0.1", 0), _Handler)
        self._httpd.loopback = self
        self.port: int = self._httpd.server_address[1]
        self.host = f"127.0.0.1:{self.port}"
        self.base_url = f"http://{self.host}"
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, name=f"loopback-{self.port}", daemon=True
        )

    def start(self) -> LoopbackServer:
        """Start serving in a background thread."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and wake stalled handlers."""
        self.stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def url(self, path: str) -> str:
        """Return the absolute URL of a path on this server."""
        return f"{self.base_url}/{path.lstrip('/')}"

    @property
    def requests(self) -> list[RequestRecord]:
        """Return a copy of the request log, oldest first."""
        with self._lock:
            return list(self._requests)

    def requests_to(self, path: str) -> list[RequestRecord]:
        """Return the logged requests for one path (query included)."""
        return [r for r in self.requests if r.path == path]

    def set_robots(self, text: str = "", *, status: int = 200, delay_s: float = 0.0, location: str = "") -> None:
        """Serve this robots.txt (status 404/500 for those modes, 302 with a Location; delay_s to make it slow)."""
        with self._lock:
            self._robots = (status, text, delay_s, location)

    def reset_robots(self) -> None:
        """Serve robots.txt from the static root again."""
        with self._lock:
            self._robots = None

    def log(self, record: RequestRecord) -> int:
        """Record a request; return how many times its path was hit before."""
        with self._lock:
            self._requests.append(record)
            before = self._hits[record.path]
            self._hits[record.path] += 1
            return before

    def robots(self) -> tuple[int, str, float, str] | None:
        with self._lock:
            return self._robots

    def gzip_bomb(self) -> bytes:
        """Return (building once) 32 MB of zeros gzip-compressed."""
        with self._lock:
            if self._bomb is None:
                packer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
                block = b"\0" * (1 << 20)
                self._bomb = b"".join(packer.compress(block) for _ in range(32)) + packer.flush()
            return self._bomb


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    loopback: LoopbackServer

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # clients that hang up and our deliberate resets are expected here


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        lb = self.server.loopback
        headers = {k.lower(): v for k, v in self.headers.items()}
        hits = lb.log(RequestRecord(time.monotonic(), "GET", self.path, headers, self.client_address[1]))
        parts = [p for p in urlsplit(self.path).path.split("/") if p]
        name, arg = (parts[0] if parts else ""), (parts[1] if len(parts) > 1 else "")
        try:
            self._route(lb, name, arg, hits)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def _route(self, lb: LoopbackServer, name: str, arg: str, hits: int) -> None:
        html = HTML_PAGE.format(title=name or "index", text=f"Served {self.path}.").encode()
        robots = lb.robots()
        query = parse_qs(urlsplit(self.path).query)
        if name == "robots.txt" and robots is not None:
            status, text, delay_s, location = robots
            self._sleep(delay_s)
            self._send(status, text.encode(), "text/plain", {"Location": location} if location else None)
        elif name == "status":
            self._send(int(arg), html)
        elif name in ("retry-after", "retry-after-date"):
            if hits == 0:
                value = arg if name == "retry-after" else email.utils.formatdate(time.time() + float(arg), usegmt=True)
                self._send(429, b"slow down", "text/plain", {"Retry-After": value})
            else:
                self._send(200, html)
        elif name == "flaky-503":
            self._send(503, b"busy", "text/plain") if hits < int(arg or 1) else self._send(200, html)
        elif name in ("slow-headers", "slow"):
            self._sleep(float(arg))
            self._send(200, html)
        elif name == "trickle":
            self._trickle(float(arg))
        elif name in ("stall", "drop"):
            self._partial(reset=name == "drop")
        elif name == "big":
            self._big(int(arg or 50_000_000))
        elif name == "big-declared":
            self._send_head(200, "text/html", {"Content-Length": "100000000", "Connection": "close"})
            self.wfile.write(b"<html>" * 100)
            self.close_connection = True
        elif name == "gzip-bomb":
            self._send(200, lb.gzip_bomb(), "text/html", {"Content-Encoding": "gzip"})
        elif name == "gzip-bomb-file":
            self._send(200, lb.gzip_bomb(), "application/x-gzip")
        elif name == "gzip":
            page = HTML_PAGE.format(title="gzip", text="Compressed page. " * 200).encode()
            self._send(200, gzip.compress(page), "text/html; charset=utf-8", {"Content-Encoding": "gzip"})
        elif name == "binary":
            self._send(200, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "application/pdf")
        elif name == "image":
            self._send(200, b"\x89PNG\r\n\x1a\n" + b"\0" * 64, query.get("type", ["image/png"])[0])
        elif name == "untyped-html":
            self._send(200, html, None)
        elif name == "untyped-binary":
            self._send(200, b"%PDF-1.4\n" + bytes(range(256)), None)
        elif name == "feed":
            items = "".join(f"<item><title>t</title><link>{escape(u)}</link></item>" for u in query.get("link", []))
            rss = f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'
            self._send(200, rss.encode(), "application/rss+xml")
        elif name in ("sitemap", "sitemap-gz"):
            locs = "".join(f"<url><loc>{escape(u)}</loc></url>" for u in query.get("loc", []))
            urlset = f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>'
            if name == "sitemap":
                self._send(200, urlset.encode(), "application/xml")
            else:
                packed = gzip.compress(urlset.encode())
                self._send(200, packed[: len(packed) // 2] if "half" in query else packed, f"application/{arg}")
        elif name == "redirect":
            n = int(arg)
            self._redirect(f"/redirect/{n - 1}") if n > 0 else self._send(200, html)
        elif name == "redirect-loop":
            self._redirect("/redirect-loop" if arg else "/redirect-loop/b")
        elif name == "redirect-to":
            self._redirect(query["url"][0])
        elif name == "charset":
            self._charset(arg)
        elif name == "malformed":
            self._send(200, b"<html><head><title>Broken</head><body><p>One <b>two <i>three</p></b> four<div>five")
        elif name == "etag":
            self._send_conditional(HTML_PAGE.format(title="etag", text="Stable.").encode(), "text/html", 1_700_000_000)
        else:
            self._static(lb)

    def _charset(self, case: str) -> None:
        utf8_page = f'<html><head><meta charset="utf-8"><title>x</title></head><body><p>{FRENCH}</p></body></html>'
        plain_page = f"<html><head><title>x</title></head><body><p>{FRENCH * 3}</p></body></html>"
        meta_page = plain_page.replace("<head>", '<head><meta http-equiv="Content-Type" '
                                       'content="text/html; charset=windows-1252">')
        cases: dict[str, tuple[bytes, str]] = {
            "wrong": (utf8_page.encode("utf-8"), "text/html; charset=iso-8859-1"),
            "lying-utf8": (plain_page.encode("cp1252"), "text/html; charset=utf-8"),
            "missing": (plain_page.encode("cp1252"), "text/html"),
            "meta": (meta_page.encode("cp1252"), "text/html"),
            "bom": (b"\xef\xbb\xbf" + plain_page.encode("utf-8"), "text/html"),
        }
        body, content_type = cases[case]
        self._send(200, body, content_type)

    def _static(self, lb: LoopbackServer) -> None:
        rel = urlsplit(self.path).path.lstrip("/")
        path = (lb.root / rel).resolve()
        if path.is_dir():
            path = path / "index.html"
        if not path.is_relative_to(lb.root) or not path.is_file():
            self._send(404, b"<html><body>not found</body></html>")
            return
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        body = path.read_bytes()
        if path.suffix in (".xml", ".txt"):  # samples/site/README.md: absolute URLs are spelled {{BASE}}
            body = body.replace(b"{{BASE}}", lb.base_url.encode())
        self._send_conditional(body, content_type, int(path.stat().st_mtime))

    def _send_conditional(self, body: bytes, content_type: str, mtime: int) -> None:
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        validators = {"ETag": etag, "Last-Modified": email.utils.formatdate(mtime, usegmt=True)}
        inm = self.headers.get("If-None-Match")
        ims = self.headers.get("If-Modified-Since")
        if inm is not None:
            tags = {t.strip().removeprefix("W/") for t in inm.split(",")}
            unchanged = "*" in tags or etag in tags
        elif ims is not None:
            try:
                unchanged = mtime <= email.utils.parsedate_to_datetime(ims).timestamp()
            except (TypeError, ValueError):
                unchanged = False
        else:
            unchanged = False
        if unchanged:
            self._send_head(304, None, validators)
        else:
            self._send(200, body, content_type, validators)

    def _send_head(self, status: int, content_type: str | None, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()

    def _send(self, status: int, body: bytes, content_type: str | None = "text/html; charset=utf-8",
              headers: dict[str, str] | None = None) -> None:
        self._send_head(status, content_type, {**(headers or {}), "Content-Length": str(len(body))})
        self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self._send(302, b"", "text/html", {"Location": location})

    def _sleep(self, seconds: float) -> None:
        self.server.loopback.stopping.wait(seconds)

    def _trickle(self, seconds: float) -> None:
        count = int(seconds / 0.05)
        self._send_head(200, "text/html", {"Content-Length": str(count)})
        for _ in range(count):
            if self.server.loopback.stopping.wait(0.05):
                break
            self.wfile.write(b"x")
        self.close_connection = True

    def _partial(self, *, reset: bool) -> None:
        self._send_head(200, "text/html", {"Content-Length": "100000"})
        self.wfile.write(b"<html><body>" + b"a" * 1000)
        self.wfile.flush()
        self.close_connection = True
        if reset:
            time.sleep(0.05)
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
        else:
            self._sleep(30)

    def _big(self, size: int) -> None:
        self._send_head(200, "text/html", {"Connection": "close"})
        self.close_connection = True
        chunk = b"<p>" + b"x" * 65_530 + b"</p>"
        sent = 0
        while sent < size and not self.server.loopback.stopping.is_set():
            self.wfile.write(chunk[: size - sent])
            sent += len(chunk)
