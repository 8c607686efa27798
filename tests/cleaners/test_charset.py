"""Charset decisions: declarations checked against the bytes, BOM, <meta>, detection; and end to end."""
from __future__ import annotations

import asyncio

import pytest

from cleaners.charset import charset_from_content_type, charset_from_meta, decide_charset, looks_like_utf8
from scraper.errors import FetchError
from scraper.fetch import Fetcher
from scraper.fetch_config import FetchConfig
from scraper.page import Page
from tests.loopback import FRENCH, LoopbackServer

FRENCH_CP1252 = (f"<html><body><p>{FRENCH * 2}</p></body></html>").encode("cp1252")
FRENCH_UTF8 = (f"<html><body><p>{FRENCH}</p></body></html>").encode()


@pytest.mark.parametrize(
    ("content_type", "body", "expected"),
    [
        ("text/html; charset=UTF-8", FRENCH_UTF8, "utf-8"),
        ("text/html; charset=iso-8859-1", FRENCH_UTF8, "utf-8"),  # declared wrong: the bytes are UTF-8
        ("text/html; charset=utf-8", FRENCH_CP1252, "cp1252"),  # declared wrong: not UTF-8 at all
        ("text/html; charset=iso-8859-1", FRENCH_CP1252, "cp1252"),  # WHATWG: latin-1 means windows-1252
        ('text/html; charset="windows-1251"', "Привет мир".encode("cp1251"), "cp1251"),
        ("text/html", b'<meta charset="windows-1252"><p>caf\xe9</p>', "cp1252"),
        (None, b"\xef\xbb\xbf<p>caf\xc3\xa9</p>", "utf-8-sig"),
        ("text/html; charset=cp1252", b"\xef\xbb\xbf<p>caf\xc3\xa9</p>", "utf-8-sig"),  # the BOM wins
        (None, "<p>é</p>".encode("utf-16"), "utf-16"),
        (None, b"<p>plain ascii</p>", "utf-8"),
        (None, FRENCH_CP1252, "cp1252"),
        ("text/html; charset=bogus-charset", FRENCH_UTF8, "utf-8"),
        ("text/html; charset=utf-16", b"<p>no bom</p>", "utf-8"),
    ],
)
def test_decide_charset(content_type: str | None, body: bytes, expected: str) -> None:
    assert decide_charset(content_type, body) == expected


def test_mostly_utf8_with_a_stray_byte_stays_utf8() -> None:
    body = ("<p>" + "Ünïcödé ñ " * 20 + "</p>").encode("utf-8") + b"\x96"
    assert decide_charset("text/html; charset=utf-8", body) == "utf-8"


def test_detected_non_western_charset() -> None:
    body = ("<p>" + "Это тестовый текст на русском языке для проверки кодировки. " * 4 + "</p>").encode("cp1251")
    assert decide_charset(None, body) == "cp1251"


def test_declaration_parsers() -> None:
    assert charset_from_content_type("text/html; Charset='Shift_JIS'") == "shift_jis"
    assert charset_from_content_type("text/html") is None
    assert charset_from_meta(b'<meta http-equiv="content-type" content="text/html; charset=KOI8-R">') == "koi8-r"
    assert charset_from_meta(b"<p>charset=utf-8 in text is no declaration</p>") is None


@pytest.mark.parametrize("case", ["wrong", "lying-utf8", "missing", "meta", "bom"])
def test_pages_decode_right(loopback_server: LoopbackServer, fast_fetch_config: FetchConfig, case: str) -> None:
    async def go() -> Page | FetchError:
        async with Fetcher(fast_fetch_config) as fetcher:
            return await fetcher.fetch(loopback_server.url(f"/charset/{case}"))

    page = asyncio.run(go())
    assert isinstance(page, Page), page
    text = page.text()
    assert FRENCH.strip() in text and "\ufffd" not in text and not text.startswith("\ufeff")


CJK = "東京都は今日、新しい交通計画を発表しました。知事は記者会見で、市民の生活を改善すると述べました。2024年5月3日"


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        (FRENCH, "cp1252"),
        ("Это тестовый текст на русском языке для проверки кодировки.", "cp1251"),
        (CJK, "euc_jp"),
        (CJK, "shift_jis"),
        ("中华人民共和国是世界上人口最多的国家之一，首都北京。经济发展迅速。", "gbk"),
        ("서울시는 오늘 새로운 교통 계획을 발표했습니다. 2024년 5월 3일", "euc_kr"),
    ],
    ids=["cp1252", "cp1251", "euc_jp", "shift_jis", "gbk", "euc_kr"],
)
def test_legacy_charsets_do_not_look_like_utf8(text: str, codec: str) -> None:
    assert not looks_like_utf8(text.encode(codec))


def test_utf8_with_a_few_stray_bytes_is_guessed_utf8() -> None:
    body = "Café owners welcomed the décision. ".encode() + b"\xff\xfe\xc3(" + " The café reopened.".encode()
    assert looks_like_utf8(body)
    assert decide_charset(None, body) == "utf-8"
