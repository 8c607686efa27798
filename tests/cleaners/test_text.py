"""Text functions: normalising for comparisons, tokenising, and text input to a Document."""
from __future__ import annotations

from cleaners.text import bare, char_shingles, document_from_text, plain, split_paragraphs, words


def test_plain_makes_typography_plain_and_casefolds() -> None:
    assert plain("Iraq\u2019s  \u201cForces\u201d \u2014 LIVE\u00a0now") == "iraq's \"forces\" - live now"


def test_plain_decodes_html_entities_left_in_scraped_text() -> None:
    assert plain("&quot;Une r&eacute;union&quot; &amp; more") == '"une réunion" & more'


def test_bare_drops_punctuation_so_copies_compare_equal() -> None:
    assert bare("Iraq\u2019s forces \u2014 LIVE!") == bare("iraq's Forces: live") == "iraq s forces live"


def test_words_keep_apostrophes_and_inner_dots() -> None:
    assert words("Don\u2019t stop the U.S. troops") == ["don't", "stop", "the", "u.s", "troops"]


def test_char_shingles_of_a_short_text_is_the_text_itself() -> None:
    assert char_shingles("A-b", 5) == {"a b"}
    assert char_shingles("abcdefg", 5) == {"abcde", "bcdef", "cdefg"}
    assert char_shingles("?!", 5) == set()


def test_split_paragraphs_on_blank_lines_including_whitespace_and_crlf() -> None:
    assert split_paragraphs("a\n \nb\r\n\r\nc\nd\n\n\n") == ["a", "b", "c\nd"]


def test_first_line_is_the_title_and_the_rest_of_its_block_a_paragraph() -> None:
    doc = document_from_text("Title line\nfirst paragraph\n\nsecond paragraph", doc_id="t")
    assert doc.title == "Title line"
    assert [p.text for p in doc.paragraphs] == ["first paragraph", "second paragraph"]


def test_a_given_title_keeps_the_first_line_as_a_paragraph() -> None:
    doc = document_from_text("Opening line\n\nsecond", doc_id="t", title="  Given   title ", url="https://x.example/a")
    assert doc.title == "Given title"
    assert doc.url == "https://x.example/a"
    assert [p.text for p in doc.paragraphs] == ["Opening line", "second"]
