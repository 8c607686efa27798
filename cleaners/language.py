"""The language of a document whose page did not say which: py3langid over its text."""
from __future__ import annotations

from dataclasses import replace
from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from cleaners.document import Document

MIN_WORDS = 20  # below this a guess is noise ("Share on Facebook" is 13% English) ...
MIN_CHARS = 200  # ... unless the text is long: Chinese, Japanese and Thai do not space their words
MIN_CONFIDENCE = 0.9
SAMPLE_CHARS = 2000  # a few paragraphs decide; the cost grows with the text (about 0.5 ms for 2000)


@cache
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language of ``text``, or None when it is too short or the guess is unsure."""
    sample = text[:SAMPLE_CHARS]
    if len(sample.split()) < MIN_WORDS and len(sample) < MIN_CHARS:
        return None
    language, confidence = _identifier().classify(sample)
    return str(language) if confidence >= MIN_CONFIDENCE else None


def with_language(doc: Document) -> Document:
    """``doc`` with the language of its text when it has none."""
    if doc.language:
        return doc
    parts, size = [doc.title], len(doc.title)
    for paragraph in doc.paragraphs:  # only as much text as the guess reads
        if size >= SAMPLE_CHARS:
            break
        parts.append(paragraph.text)
        size += len(paragraph.text) + 1
    language = detect_language("\n".join(parts))
    return replace(doc, language=language) if language else doc
