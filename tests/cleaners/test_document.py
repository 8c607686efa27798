"""Document, Paragraph and Removal: marking never deletes, and the first mark wins."""
from __future__ import annotations

import dataclasses

import pytest

from cleaners.document import Document, Paragraph, Reason, Removal, paragraphs_from


def make_doc(*texts: str) -> Document:
    return Document(id="doc", title="A title", paragraphs=paragraphs_from(texts))


def test_reason_names_are_the_stable_names_of_the_design() -> None:
    assert {r.value for r in Reason} == {
        "repeated_headline",
        "duplicate_paragraph",
        "boilerplate",
        "site_boilerplate",
        "off_topic",
        "near_duplicate",
    }


def test_with_removals_marks_a_copy_and_leaves_the_original_untouched() -> None:
    doc = make_doc("one", "two", "three")
    marked = doc.with_removals({1: Removal(Reason.BOILERPLATE, "furniture line")})
    assert [p.removal for p in doc.paragraphs] == [None, None, None]
    assert marked.paragraphs[1].removal == Removal(Reason.BOILERPLATE, "furniture line")
    assert [p.text for p in marked.paragraphs] == ["one", "two", "three"]


def test_with_removals_keeps_the_first_mark() -> None:
    doc = make_doc("one", "two").with_removals({0: Removal(Reason.REPEATED_HEADLINE, "same as title")})
    again = doc.with_removals({0: Removal(Reason.OFF_TOPIC, "later stage"), 1: Removal(Reason.DUPLICATE_PARAGRAPH)})
    assert again.paragraphs[0].removal == Removal(Reason.REPEATED_HEADLINE, "same as title")
    assert again.paragraphs[1].removal == Removal(Reason.DUPLICATE_PARAGRAPH)


def test_kept_text_joins_kept_paragraphs_with_a_blank_line_without_the_title() -> None:
    doc = make_doc("first", "noise", "last").with_removals({1: Removal(Reason.BOILERPLATE)})
    assert doc.kept_text() == "first\n\nlast"
    assert [p.text for p in doc.removed()] == ["noise"]
    assert doc.kept_indices() == [0, 2]
    assert [p.is_kept for p in doc.paragraphs] == [True, False, True]


def test_paragraphs_from_strips_and_drops_empty_texts() -> None:
    assert paragraphs_from(["  a  ", "", " \n ", "b"]) == (Paragraph("a"), Paragraph("b"))


def test_document_and_paragraph_are_frozen() -> None:
    doc = make_doc("one")
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.title = "changed"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.paragraphs[0].removal = Removal(Reason.BOILERPLATE)  # type: ignore[misc]
