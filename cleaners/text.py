"""Text functions shared by the stages: normalising, tokenising, shingling, splitting."""
from __future__ import annotations

import functools
import html
import re
import unicodedata

from cleaners.document import Document, paragraphs_from

# Typographic variants made plain. Replaced one by one (str.replace is much
# faster than str.translate with a dict, and ASCII text skips it altogether).
_PLAIN: tuple[tuple[str, str], ...] = (
    ("\u201c", '"'), ("\u201d", '"'), ("\u201e", '"'), ("\u00ab", '"'), ("\u00bb", '"'),
    ("\u2018", "'"), ("\u2019", "'"), ("\u201a", "'"), ("\u2032", "'"),
    ("\u2013", "-"), ("\u2014", "-"), ("\u2212", "-"), ("\u2026", "..."),
    ("\u00a0", " "),
    # Invisible characters: soft hyphen, zero-width space and joiners, word joiner, BOM.
    ("\u00ad", ""), ("\u200b", ""), ("\u200c", ""), ("\u200d", ""), ("\u2060", ""), ("\ufeff", ""),
)
_PUNCT = re.compile(r"[^\w\s]+", re.UNICODE)
_WORD = re.compile(r"\w++(?:['\u2019.-]\w++)*+", re.UNICODE)  # possessive: no backtracking, 15% faster
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")


def collapse_space(text: str) -> str:
    return " ".join(text.split())


def plain_typography(text: str) -> str:
    """HTML entities decoded ("&quot;" left in scraped text), NFKC, plain quotes and dashes, invisible
    characters dropped."""
    if "&" in text:
        text = html.unescape(text)
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
        for fancy, simple in _PLAIN:
            if fancy in text:
                text = text.replace(fancy, simple)
    return text


@functools.lru_cache(maxsize=1 << 13)
def plain(text: str) -> str:
    """``plain_typography``, casefolded, whitespace collapsed."""
    return " ".join(plain_typography(text).casefold().split())


@functools.lru_cache(maxsize=1 << 13)
def bare(text: str) -> str:
    """``plain`` text without punctuation: the key for exact-copy comparisons."""
    return " ".join(_PUNCT.sub(" ", plain(text)).split())


def words(text: str) -> list[str]:
    """Casefolded word tokens (apostrophes and inner dots kept: "don't", "u.s")."""
    return _WORD.findall(plain(text))


def cased_words(text: str) -> list[str]:
    """Word tokens as ``words`` finds them, with their case (to tell names from other words)."""
    return _WORD.findall(plain_typography(text))


def char_shingles(text: str, size: int) -> set[str]:
    """Character shingles of the ``bare`` text; a short text is one shingle."""
    key = bare(text)
    if len(key) <= size:
        return {key} if key else set()
    return {key[i : i + size] for i in range(len(key) - size + 1)}


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs separated by blank lines, stripped, empty ones dropped."""
    return [p.strip() for p in _PARAGRAPH_BREAK.split(text.replace("\r\n", "\n")) if p.strip()]


def document_from_text(
    text: str, *, doc_id: str, title: str | None = None, url: str | None = None
) -> Document:
    """A Document from plain text: the first line is the title unless ``title`` is given."""
    paragraphs = split_paragraphs(text)
    if title is None:
        first, _, rest = (paragraphs.pop(0) if paragraphs else "").partition("\n")
        title = first
        if rest.strip():
            paragraphs.insert(0, rest)
    return Document(id=doc_id, title=collapse_space(title), url=url, paragraphs=paragraphs_from(paragraphs))
