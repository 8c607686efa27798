"""newsclean cleaners: turn HTML or text from any source into a cleaned Document.

This package never imports ``scraper``.
"""
from __future__ import annotations

from cleaners.config import CleanConfig
from cleaners.document import Document, Paragraph, Reason, Removal
from cleaners.errors import CleanerError, EmptyDocument, NotHTML, UndecodableInput
from cleaners.extract import extract_document
from cleaners.pipeline import Pipeline, default_pipeline
from cleaners.text import document_from_text

__all__ = [
    "CleanConfig",
    "CleanerError",
    "Document",
    "EmptyDocument",
    "NotHTML",
    "Paragraph",
    "Pipeline",
    "Reason",
    "Removal",
    "UndecodableInput",
    "default_pipeline",
    "document_from_text",
    "extract_document",
]
