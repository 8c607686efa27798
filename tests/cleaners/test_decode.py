"""Bytes to text: BOMs, UTF-8, declared charsets; binaries and undecodable bytes refused with a reason."""
from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from cleaners.decode import decode_bytes, decode_file, sniff_binary
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


def test_utf8_with_a_stray_byte_stays_utf8_and_counts_what_was_replaced() -> None:
    before = "Caf\u00e9 owners welcomed the d\u00e9cision. One stray byte: ".encode()
    decoded = decode_file(before + b"\xff" + " here. The caf\u00e9 reopened.".encode())
    assert decoded.text == "Caf\u00e9 owners welcomed the d\u00e9cision. One stray byte: \ufffd here. The caf\u00e9 reopened."
    assert (decoded.stray_bytes, decoded.first_stray_at) == (1, len(before))
    assert decoded.stray_warning() == f"1 byte not valid UTF-8 (first at offset {len(before)}) replaced with U+FFFD"
    assert decode_file("caf\u00e9".encode()).stray_warning() == ""


def test_a_declared_utf8_page_with_a_stray_byte_is_utf8_too() -> None:
    html = '<meta charset="utf-8"><p>Caf\u00e9 news: the d\u00e9cision</p><p>bad '.encode() + b"\xff</p>"
    assert decode_file(html).text.endswith("<p>bad \ufffd</p>")


def test_latin1_text_is_not_taken_for_utf8_with_stray_bytes() -> None:
    text = "Le caf\u00e9 a rouvert lundi apr\u00e8s une longue dispute, et les propri\u00e9taires sont ravis."
    decoded = decode_file(text.encode("latin-1"))
    assert (decoded.text, decoded.stray_bytes) == (text, 0)
