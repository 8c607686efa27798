"""Bytes to text: BOMs, UTF-8, declared charsets; binaries and undecodable bytes refused with a reason."""
from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from cleaners.decode import decode_bytes, sniff_binary
from cleaners.errors import NotHTML, UndecodableInput


def test_utf8_and_byte_order_marks() -> None:
    assert decode_bytes("caf\u00e9".encode()) == "caf\u00e9"
    assert decode_bytes(codecs.BOM_UTF8 + "caf\u00e9".encode()) == "caf\u00e9"
    assert decode_bytes("caf\u00e9".encode("utf-16")) == "caf\u00e9"


def test_a_declared_charset_is_honoured_when_the_bytes_are_not_utf8() -> None:
    html = '<meta charset="iso-8859-1"><p>R\u00e9sum\u00e9</p>'.encode("latin-1")
    assert decode_bytes(html) == '<meta charset="iso-8859-1"><p>R\u00e9sum\u00e9</p>'


def test_latin1_without_a_declared_charset_is_detected(samples_dir: Path) -> None:
    text = decode_bytes((samples_dir / "pages/bad/latin1.html").read_bytes())
    assert "R\u00e9sum\u00e9 des d\u00e9bats du conseil" in text


def test_noise_that_no_charset_explains_is_undecodable(samples_dir: Path) -> None:
    with pytest.raises(UndecodableInput) as err:
        decode_bytes((samples_dir / "pages/bad/noise.html").read_bytes())
    assert "not UTF-8 (byte 0xa2" in str(err.value)
    assert "no charset makes sense of it" in str(err.value)
    assert err.value.reason == "undecodable"


def test_an_unknown_declared_charset_is_undecodable() -> None:
    with pytest.raises(UndecodableInput, match="unknown charset 'klingon-8'"):
        decode_bytes(b'<meta charset="klingon-8"><p>\xe9</p>')


def test_a_pdf_is_refused_as_not_html(samples_dir: Path) -> None:
    with pytest.raises(NotHTML, match=r"not HTML or text \(a PDF\)") as err:
        decode_bytes((samples_dir / "pages/bad/report.html").read_bytes())
    assert err.value.reason == "not_html"


def test_nul_bytes_are_binary_but_utf16_text_is_not() -> None:
    assert sniff_binary(b"abc\x00\x01def") == "binary data"
    assert sniff_binary("text".encode("utf-16")) is None
    assert sniff_binary(b"<html><p>hello</p></html>") is None
