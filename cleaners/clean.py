"""One call from input to cleaned Document: ``clean_html`` and ``clean_text``."""

from __future__ import annotations

from dataclasses import replace

from cleaners.config import CleanConfig
from cleaners.document import Document
from cleaners.errors import EmptyDocument
from cleaners.extract import extract_document
from cleaners.language import with_language
from cleaners.pipeline import Pipeline, default_pipeline
from cleaners.text import document_from_text


def clean_html(
    html: str,
    *,
    url: str | None = None,
    doc_id: str | None = None,
    title: str | None = None,
    config: CleanConfig | None = None,
    pipeline: Pipeline | None = None,
) -> Document:
    """Extract an HTML page with trafilatura, then run the cleaning stages; a given ``title`` wins over the page's."""
    config = config or CleanConfig()
    doc = extract_document(html, url=url, doc_id=doc_id, config=config.extract)
    if title:
        doc = replace(doc, title=title)
    return (pipeline or default_pipeline(config)).run(doc)


def clean_text(
    text: str,
    *,
    doc_id: str,
    title: str | None = None,
    url: str | None = None,
    config: CleanConfig | None = None,
    pipeline: Pipeline | None = None,
) -> Document:
    """Clean already extracted text (paragraphs split by blank lines; first line is the title)."""
    doc = document_from_text(text, doc_id=doc_id, title=title, url=url)
    if not doc.paragraphs and not doc.title:
        raise EmptyDocument("no text")
    return (pipeline or default_pipeline(config)).run(with_language(doc))
