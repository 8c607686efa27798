"""Serve a static sample site on 127.0.0.1 (for ``make demo``), with ``{{BASE}}`` filled in feeds and sitemaps."""
from __future__ import annotations

import email.utils
import hashlib
import io
import threading
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType

PLACEHOLDER = b"{{BASE}}"
TEMPLATED = (".xml", ".txt")


class _Handler(SimpleHTTPRequestHandler):
    """Static files with ETag/Last-Modified and 304s; ``{{BASE}}`` replaced in .xml and .txt files."""

    base_url = ""
    protocol_version = "HTTP/1.1"  # keep-alive: the crawl's pooled connections are reused
    disable_nagle_algorithm = True  # headers and body go in two writes: no 40 ms delayed-ACK stall

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the stdlib's name
        pass  # the crawl logs what it fetches

    def send_head(self):  # type: ignore[no-untyped-def]
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if not path.is_file():
            return super().send_head()
        body = path.read_bytes()
        if path.suffix in TEMPLATED:
            body = body.replace(PLACEHOLDER, self.base_url.encode())
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        modified = email.utils.formatdate(path.stat().st_mtime, usegmt=True)
        if self.headers.get("If-None-Match") == etag:
            self.send_response(HTTPStatus.NOT_MODIFIED)
            self.send_header("ETag", etag)
            self.end_headers()
            return None
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", modified)
        self.end_headers()
        return io.BytesIO(body)


class _Server(ThreadingHTTPServer):
    request_queue_size = 128  # the stdlib's 5 drops connections when a crawl has 32 in flight
    daemon_threads = True


class SampleSite:
    """``with SampleSite(root) as site: site.base_url`` serves ``root`` until the block ends."""

    def __init__(self, root: Path, port: int = 0) -> None:
        # A handler class of its own, so two sites never share a base URL.
        handler: type[_Handler] = type("SiteHandler", (_Handler,), {})
        self._server = _Server(("127.0.0.1", port), partial(handler, directory=str(root)))
        self.base_url = f"http://127.0.0.1:{self._server.server_address[1]}"
        handler.base_url = self.base_url
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> SampleSite:
        self._thread.start()
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self._server.shutdown()
        self._server.server_close()
