"""The repeated_headline stage: the title printed again, exactly or nearly, is marked; the lead stays."""
from __future__ import annotations

import pytest

from cleaners.document import Document, Reason, Removal, paragraphs_from
from cleaners.headlines import RepeatedHeadline, strip_site_suffix

TITLE = "Harbour authority approves second ferry terminal at Kelmouth"
LEAD = (
    "The Kelmouth harbour authority has approved plans for a second ferry terminal on the east quay, "
    "ending a planning dispute that has run for almost six years."
)


def run(*texts: str, title: str = TITLE) -> Document:
    return RepeatedHeadline().apply(Document(id="d", title=title, paragraphs=paragraphs_from(texts)))


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Rail strike called off | Midland Evening Post", "Rail strike called off"),
        ("Rail strike called off - Midland Evening Post", "Rail strike called off"),
        ("Rail strike called off \u2014 Post", "Rail strike called off"),
        ("Rail strike called off after late-night pay deal", "Rail strike called off after late-night pay deal"),
        ("Rail strike | far too many words to be a site name", "Rail strike | far too many words to be a site name"),
    ],
)
def test_strip_site_suffix(headline: str, expected: str) -> None:
    assert strip_site_suffix(headline, 5) == expected


@pytest.mark.parametrize(
    ("copy", "detail"),
    [
        (TITLE, "same as title"),
        (f"{TITLE} | The Coastal Herald", "same as title"),
        (f"{TITLE.upper()} - Coastal Herald", "same as title"),
        ("Harbour authority approves second ferry terminal\u2026", "truncated copy of title"),
        ("Harbour authority approves second\u2026", "truncated copy of title"),  # cut short, says so
        ("Harbour authority approve second ferry terminal at Kelmouth", "0.99 similar to title"),
        (f"Coastal Herald Business: {TITLE}", "title with a few words around it"),
        (f"12/03/2025 01:14 | {TITLE}", "title with a few words around it"),
        (f"{TITLE} https://coastalherald.example/news/harbour-authority-approves-terminal", "title with a few words around it"),
        (f"Watch: {TITLE} (video)", "title with a few words around it"),
    ],
)
def test_copies_of_the_title_are_marked(copy: str, detail: str) -> None:
    doc = run(copy, LEAD)
    assert doc.paragraphs[0].removal == Removal(Reason.REPEATED_HEADLINE, detail)
    assert doc.kept_text() == LEAD


def test_every_copy_is_marked_and_the_article_stays() -> None:
    doc = run(TITLE, LEAD, f"{TITLE} | The Coastal Herald", "Board members voted seven to two in favour.")
    assert [p.removal.reason if p.removal else None for p in doc.paragraphs] == [
        Reason.REPEATED_HEADLINE, None, Reason.REPEATED_HEADLINE, None,
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The harbour authority met on Monday.",
        "Harbour authority",  # a short prefix is not the title
        "Harbour authority approves",  # nor a sub-heading that starts like it
        f"{TITLE}, ending a six-year planning dispute over the east quay and the mudflats at the estuary mouth.",
        f"Critics said the {TITLE.lower()} decision ignored the birds of the estuary.",  # a sentence around it
    ],
)
def test_paragraphs_sharing_words_with_the_title_stay(text: str) -> None:
    assert run(text, LEAD).paragraphs[0].is_kept


def test_a_document_without_title_is_unchanged() -> None:
    doc = Document(id="d", title="", paragraphs=paragraphs_from([TITLE, LEAD]))
    assert RepeatedHeadline().apply(doc) is doc


def test_an_already_marked_paragraph_keeps_its_mark() -> None:
    doc = Document(id="d", title=TITLE, paragraphs=paragraphs_from([TITLE, LEAD]))
    doc = doc.with_removals({0: Removal(Reason.BOILERPLATE, "furniture line")})
    assert RepeatedHeadline().apply(doc).paragraphs[0].removal == Removal(Reason.BOILERPLATE, "furniture line")
