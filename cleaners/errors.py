"""Errors the cleaners raise for input they cannot turn into a Document.

    CleanerError
    ├── EmptyDocument      no text left to clean (empty page, nothing extracted)
    ├── UndecodableInput   bytes that are not text in any encoding we can tell
    ├── NotHTML            a binary file (PDF, image, archive) given as a page
    └── IndexLocked        another process is writing the embedded dedup index

Each class has a ``reason`` slug that summaries count.
"""
from __future__ import annotations


class CleanerError(Exception):
    """Base of every error the cleaners raise on bad input."""

    reason = "cleaner_error"


class EmptyDocument(CleanerError):
    """The input holds no article text."""

    reason = "empty_document"


class UndecodableInput(CleanerError):
    """The input bytes cannot be decoded as text."""

    reason = "undecodable"


class NotHTML(CleanerError):
    """The input is a binary format, not HTML or text."""

    reason = "not_html"


class IndexLocked(CleanerError):
    """Another process holds the embedded dedup index (it has one writer at a time)."""

    reason = "index_locked"


class IndexUnavailable(CleanerError):
    """The shared dedup index (Redis) stopped answering during a run."""

    reason = "index_unavailable"
