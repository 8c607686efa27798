"""The JSONL record: exactly the schema of DESIGN.md, and a lossless JSON round trip."""
from __future__ import annotations

import orjson

from cleaners.document import Document, Reason, Removal, paragraphs_from
from cleaners.records import Record, RemovedText

KEYS = {"id", "url", "title", "author", "date", "language", "text", "removed", "dup_of", "fetched_at", "source"}


def cleaned_doc() -> Document:
    doc = Document(
        id="ferry",
        title="Ferry terminal approved",
        url="https://coastalherald.example/ferry",
        author="Ruth Penhale",
        date="2024-03-12",
        language="en",
        paragraphs=paragraphs_from(
            ["Ferry terminal approved", "The board voted seven to two.", "Share on Facebook", "Work starts in May."]
        ),
    )
    return doc.with_removals(
        {0: Removal(Reason.REPEATED_HEADLINE, "same as title"), 2: Removal(Reason.BOILERPLATE, "furniture line")}
    )


def test_the_record_has_exactly_the_design_keys() -> None:
    record = Record.from_document(cleaned_doc(), fetched_at="2024-03-12T10:00:00+00:00", source="ferry.html")
    data = orjson.loads(record.to_json())
    assert set(data) == KEYS
    assert all(set(item) == {"text", "reason", "detail"} for item in data["removed"])


def test_text_is_the_kept_paragraphs_without_the_title_and_removed_says_why() -> None:
    data = orjson.loads(Record.from_document(cleaned_doc(), source="ferry.html").to_json())
    assert data["text"] == "The board voted seven to two.\n\nWork starts in May."
    assert data["removed"] == [
        {"text": "Ferry terminal approved", "reason": "repeated_headline", "detail": "same as title"},
        {"text": "Share on Facebook", "reason": "boilerplate", "detail": "furniture line"},
    ]
    assert (data["id"], data["title"], data["author"], data["date"], data["language"]) == (
        "ferry", "Ferry terminal approved", "Ruth Penhale", "2024-03-12", "en",
    )
    assert data["dup_of"] is None and data["fetched_at"] is None and data["source"] == "ferry.html"


def test_json_round_trip() -> None:
    record = Record.from_document(cleaned_doc(), fetched_at="2024-03-12T10:00:00+00:00", source="ferry.html")
    assert Record.from_dict(orjson.loads(record.to_json())) == record
    assert b"\n" not in record.to_json()


def test_from_dict_ignores_unknown_keys_and_defaults_missing_ones() -> None:
    data = {"id": 7, "text": "Body.", "html": "<p>Body.</p>", "removed": [{"text": "x", "reason": "boilerplate"}]}
    record = Record.from_dict(data)
    assert record.id == "7"
    assert record.title == "" and record.url is None and record.dup_of is None
    assert record.removed == [RemovedText("x", "boilerplate", "")]


def test_to_text_is_title_blank_line_paragraphs() -> None:
    record = Record.from_document(cleaned_doc())
    assert record.to_text() == "Ferry terminal approved\n\nThe board voted seven to two.\n\nWork starts in May."
    untitled = Record.from_document(Document(id="u", paragraphs=paragraphs_from(["Only a body."])))
    assert untitled.to_text() == "Only a body."


def test_text_of_a_title_only_record_is_the_title() -> None:
    record = Record.from_document(Document(id="d", title="Only a headline"))
    assert record.to_text() == "Only a headline"
