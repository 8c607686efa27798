"""Paragraphs borrowed from another story of the batch are off topic where they fit worst."""
from __future__ import annotations

from pathlib import Path

from cleaners.borrowed import BorrowedParagraphs
from cleaners.document import Document, Reason
from cleaners.text import document_from_text

ORCHARD = "The town's allotment society has won a national prize for its community orchard"


def load(samples_dir: Path, *names: str) -> list[Document]:
    return [
        document_from_text((samples_dir / "batch" / f"{name}.txt").read_text(encoding="utf-8"), doc_id=name)
        for name in names
    ]


def test_a_teaser_of_another_story_is_marked_in_the_borrowing_article_only(samples_dir: Path) -> None:
    ferry, orchard = BorrowedParagraphs().mark_borrowed(load(samples_dir, "harbour-ferry", "allotment-prize"))
    marked = [p for p in ferry.paragraphs if p.removal is not None]
    assert [p.text[: len(ORCHARD)] for p in marked] == [ORCHARD]
    assert marked[0].removal is not None and marked[0].removal.reason == Reason.OFF_TOPIC
    assert "allotment-prize" in marked[0].removal.detail
    assert orchard.removed() == []
    assert ORCHARD in orchard.kept_text()


def test_versions_of_one_article_share_paragraphs_without_evidence(samples_dir: Path) -> None:
    docs = BorrowedParagraphs().mark_borrowed(load(samples_dir, "allotment-prize", "allotment-prize-copy"))
    assert all(doc.removed() == [] for doc in docs)


def test_a_lone_document_is_unchanged(samples_dir: Path) -> None:
    (ferry,) = load(samples_dir, "harbour-ferry")
    assert BorrowedParagraphs().mark_borrowed([ferry]) == [ferry]


def test_versions_of_the_stories_decide_where_a_shared_paragraph_belongs(samples_dir: Path) -> None:
    names = ("harbour-ferry", "harbour-ferry-update", "allotment-prize", "allotment-prize-copy")
    ferry, ferry_update, *orchard_versions = BorrowedParagraphs().mark_borrowed(load(samples_dir, *names))
    (marked,) = ferry.removed()
    assert marked.text.startswith(ORCHARD)
    assert marked.removal is not None and "every version of allotment-prize" in marked.removal.detail
    assert ferry_update.removed() == []
    assert all(doc.removed() == [] and ORCHARD in doc.kept_text() for doc in orchard_versions)


def test_a_short_paragraph_borrowed_with_its_neighbour_goes_with_it(samples_dir: Path) -> None:
    ferry, orchard = BorrowedParagraphs().mark_borrowed(load(samples_dir, "harbour-ferry-block", "allotment-prize"))
    marked = [p for p in ferry.paragraphs if p.removal is not None]
    assert [p.text[: len(ORCHARD)] for p in marked] == [ORCHARD, "Eighty trees, three kinds of fruit."]
    assert marked[1].removal is not None
    assert "next to a paragraph borrowed from allotment-prize" in marked[1].removal.detail
    assert orchard.removed() == []
