"""HTML to Document: metadata from the page, one paragraph per text block, clear errors."""
from __future__ import annotations

from pathlib import Path

import pytest

from cleaners.errors import EmptyDocument, NotHTML
from cleaners.extract import document_id, extract_document


def read_page(samples_dir: Path, case: str) -> str:
    return (samples_dir / "pages" / f"{case}.html").read_text(encoding="utf-8")


def test_metadata_comes_from_the_page_and_the_title_loses_its_site_suffix(samples_dir: Path) -> None:
    doc = extract_document(read_page(samples_dir, "repeated-title"), url="https://coastalherald.example/ferry")
    assert doc.title == "Harbour authority approves second ferry terminal at Kelmouth"
    assert doc.author == "Ruth Penhale"
    assert doc.date == "2024-03-12"
    assert doc.language == "en"
    assert doc.url == "https://coastalherald.example/ferry"
    assert doc.id == document_id("https://coastalherald.example/ferry", "")


def test_language_of_a_spanish_page(samples_dir: Path) -> None:
    assert extract_document(read_page(samples_dir, "spanish")).language == "es"


def test_one_paragraph_per_block_and_no_page_furniture(samples_dir: Path) -> None:
    doc = extract_document(read_page(samples_dir, "clean"))
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == "Fishing fleet welcomes higher mackerel quota for next year"  # the <h1>
    assert len(texts) == 7
    assert texts[-1] == "The quota for pollack, which was closed to commercial fishing last year, remains at zero."
    joined = "\n".join(texts)
    for furniture in ("Home", "By Jory Pascoe", "All rights reserved", "covers Kelmouth"):
        assert furniture not in joined
    assert all(p.is_kept for p in doc.paragraphs)


def test_a_line_break_inside_a_paragraph_does_not_split_it(samples_dir: Path) -> None:
    # <p><strong>headline</strong><br>lead</p> is one block: the off-topic stage needs
    # the headline and its lead together to recognise a teaser.
    doc = extract_document(read_page(samples_dir, "teaser-inline"))
    teaser = [p.text for p in doc.paragraphs if "Maritime museum reopens" in p.text]
    assert teaser == [
        "Maritime museum reopens after two-year roof repair\n"
        "Visitors queued around the harbour wall on Saturday as the Kelmouth Maritime Museum opened "
        "its doors for the first time since storm damage forced its closure in 2022."
    ]


def test_document_id_is_stable_and_depends_on_the_url() -> None:
    assert document_id("https://a.example/x", "text") == document_id("https://a.example/x", "other text")
    assert document_id("https://a.example/x", "text") != document_id("https://a.example/y", "text")
    assert document_id(None, "text") == document_id(None, "text") != document_id(None, "other")
    assert len(document_id(None, "text")) == 16


@pytest.mark.parametrize("html", ["", "   \n  "])
def test_an_empty_page_is_an_empty_document(html: str) -> None:
    with pytest.raises(EmptyDocument, match="empty page"):
        extract_document(html)


def test_text_without_markup_is_not_html() -> None:
    with pytest.raises(NotHTML, match="no HTML markup"):
        extract_document("just some words, no tags at all")


def test_a_page_without_article_text_is_an_empty_document() -> None:
    with pytest.raises(EmptyDocument, match="no article text"):
        extract_document("<html><head><title>Only a title</title></head><body><div></div></body></html>")
