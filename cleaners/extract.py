"""HTML to Document with trafilatura: metadata and one paragraph per text block."""
from __future__ import annotations

import hashlib
import re

import trafilatura
from lxml.etree import _Element
from trafilatura.settings import Document as TrafilaturaDocument
from trafilatura.xml import xmltotxt

from cleaners.config import ExtractConfig
from cleaners.document import Document, paragraphs_from
from cleaners.errors import EmptyDocument, NotHTML
from cleaners.headlines import strip_site_suffix
from cleaners.language import with_language
from cleaners.text import collapse_space

_HTML_LANG = re.compile(r"""<html[^>]*?\slang\s*=\s*["']?([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)?""", re.IGNORECASE)
_LOOKS_HTML = re.compile(r"<\s*(?:!doctype|html|head|body|p|div|article|meta|title)\b", re.IGNORECASE)


# A line break inside a block (<br>) travels through trafilatura's text output as
# this character, so "\n" there separates blocks only.
_LINE_BREAK = "\u23ce"  # RETURN SYMBOL: printable (kept by sanitising), and trafilatura uses U+2424 itself


def block_texts(body: _Element, include_formatting: bool) -> list[str]:
    """One text per block of trafilatura's output tree; a <br> inside a block stays a "\n" in it."""
    for lb in list(body.iter("lb")):
        parent = lb.getparent()
        if parent is None:
            continue
        joined = _LINE_BREAK + (lb.tail or "")
        previous = lb.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + joined
        else:
            parent.text = (parent.text or "") + joined
        parent.remove(lb)
    text = xmltotxt(body, include_formatting) or ""
    return [block.replace(_LINE_BREAK, "\n").strip() for block in text.split("\n")]


def _blocks(body: _Element | None, text: str, include_formatting: bool) -> list[str]:
    """Blocks of trafilatura's output: its text lines, unless a <br> inside a block needs the tree."""
    if body is None or body.find(".//lb") is None:
        return text.split("\n")
    return block_texts(body, include_formatting)


def document_id(url: str | None, text: str) -> str:
    """A stable id: a hash of the URL, or of the text when there is no URL."""
    return hashlib.sha1((url or text).encode("utf-8", "replace")).hexdigest()[:16]


def extract_document(
    html: str,
    *,
    url: str | None = None,
    doc_id: str | None = None,
    config: ExtractConfig | None = None,
) -> Document:
    """Extract the article of an HTML page into a Document; raises EmptyDocument or NotHTML."""
    config = config or ExtractConfig()
    if not html.strip():
        raise EmptyDocument("empty page")
    if not _LOOKS_HTML.search(html[:65536]):
        raise NotHTML("no HTML markup found")
    result = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        deduplicate=False,
        favor_precision=config.favor_precision,
        favor_recall=config.favor_recall,
        include_comments=config.include_comments,
        include_tables=config.include_tables,
        include_formatting=config.include_formatting,
        target_language=config.target_language,
    )
    if not isinstance(result, TrafilaturaDocument) or not result.text or not result.text.strip():
        raise EmptyDocument("no article text found in the page")
    text = result.text
    title = collapse_space(result.title or "")
    lang_match = _HTML_LANG.search(html[:4096])
    return with_language(Document(
        id=doc_id or document_id(url, text),
        title=strip_site_suffix(title, config.title_max_suffix_words) if title else "",
        url=url or result.url,
        author=result.author or None,
        date=result.date or None,
        language=result.language or (lang_match.group(1).lower() if lang_match else None),
        paragraphs=paragraphs_from(_blocks(result.body, text, config.include_formatting)),
    ))
