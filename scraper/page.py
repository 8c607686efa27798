"""What the network returned for one URL, unparsed."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Page:
    """One fetched response: the body is content-decoded (no gzip) but not charset-decoded."""

    url: str  # as requested
    final_url: str  # after redirects
    status: int  # 200..299, or 304 for a conditional request whose page did not change
    headers: dict[str, str] = field(hash=False)  # lower-case names; repeated headers joined by ", "
    body: bytes  # empty for 304
    fetched_at: datetime  # timezone-aware (UTC)
    encoding: str = "utf-8"  # charset decided by scraper.charset; a Python codec name

    def text(self) -> str:
        """Return the body decoded with the decided charset, replacing undecodable bytes."""
        return self.body.decode(self.encoding, errors="replace")

    @property
    def content_type(self) -> str:
        """Return the media type without parameters, lower-case ("" when the server sent none)."""
        return self.headers.get("content-type", "").split(";", 1)[0].strip().lower()

    @property
    def etag(self) -> str | None:
        """Return the ETag to send back as If-None-Match next time."""
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        """Return the Last-Modified to send back as If-Modified-Since next time."""
        return self.headers.get("last-modified")

    @property
    def not_modified(self) -> bool:
        """Return True when a conditional request found the page unchanged (HTTP 304)."""
        return self.status == 304
