"""Which bodies the fetcher passes on: by content type, or by sniffing an untyped body."""
from __future__ import annotations

import gzip

import pytest

from scraper.content_types import inflate_gzip_body, is_wanted_type, sniffs_wanted
from scraper.errors import BodyTooLarge, NotXMLResponse


@pytest.mark.parametrize(
    ("mime", "accept_xml", "wanted"),
    [
        ("text/html", False, True),
        ("", False, True),  # untyped: sniffed later
        ("application/pdf", False, False),
        ("application/rss+xml", False, False),
        ("application/rss+xml", True, True),
        ("application/vnd.google-earth.kml+xml", True, True),
        ("application/gzip", True, True),
        ("image/png", True, False),
    ],
)
def test_content_types(mime: str, accept_xml: bool, wanted: bool) -> None:
    assert is_wanted_type(mime, accept_xml) is wanted


def test_an_untyped_body_is_sniffed() -> None:
    assert sniffs_wanted(b"\xef\xbb\xbf  <!DOCTYPE html><html><body>x</body></html>", accept_xml=False)
    assert not sniffs_wanted(b"%PDF-1.7 binary", accept_xml=False)
    assert not sniffs_wanted(b"<?xml version='1.0'?><rss/>", accept_xml=False)
    assert sniffs_wanted(b"<?xml version='1.0'?><rss/>", accept_xml=True)


def test_a_gzip_file_is_inflated_within_the_limit() -> None:
    body = gzip.compress(b"<urlset/>")
    assert inflate_gzip_body("u", body, 100, "http://a.example/s.xml.gz") == b"<urlset/>"
    with pytest.raises(BodyTooLarge):
        inflate_gzip_body("u", gzip.compress(b"0" * 10_000), 1_000, "http://a.example/s.xml.gz")
    with pytest.raises(NotXMLResponse):
        inflate_gzip_body("u", body[:-6], 100, "http://a.example/s.xml.gz")
