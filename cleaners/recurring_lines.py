"""Lines that several unrelated stories of a batch print: furniture, whatever its wording.

A site prints the same plug under every article ("Sign up for Harbour Daily, our
free morning newsletter ...", "Content on this page is owned by ... and may not
be copied"), with only its name, a price or a date changed. The ``boilerplate``
stage knows furniture by its vocabulary, so a phrasing with unknown words
passes it; here the evidence is recurrence. A line is reduced to its template
(names, numbers and dates masked: "sign up for @ our free morning newsletter
... before # a m") and marked ``boilerplate`` when ``min_stories`` or more
documents that are different stories print it. Versions and copies of one story
(documents sharing ``related_word_share`` of their words) count once, as
syndicated article text is not furniture.

Stock sentences recur too ("Here is how it works.", "He declined to comment.",
"Reuters could not independently verify the report."), so a template must hold
a furniture word; a long one (``min_plain_template_words`` words or more) must
also talk to the reader or about the page ("you", "our", "this article"), and
a shorter one must be a site's template (a name, a number or a date masked in
it) that tells no story (no "he", "was", "said").
Paragraphs over ``max_words`` words are left alone.

This is a batch decision, like ``cleaners.borrowed``: ``apply_batch(docs)``
runs after the stages over documents cleaned together; ``site_boilerplate``
does the same for one host across crawl runs.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from cleaners.boilerplate import classify_words
from cleaners.config import CleanConfig
from cleaners.document import Document, Reason, Removal
from cleaners.furniture_words import FURNITURE_WORDS
from cleaners.text import bare, cased_words, plain_typography

# Numbers (with their units glued on: "7.50", "3%", "2024") become "#", capitalised words after the
# first (names) "@", and a run of one mask one mask.
_NUMBER = re.compile(r"\d[\d.,:/%]*\w*")
_NAME = re.compile(r"(?<=\W)[A-Z\u00c0-\u00de][\w\u2019'.-]*")
# A site's address ("westfieldnews.example") is a name too; so are the particles inside a name
# ("Le Courrier du Port", "Bank of England").
_DOMAIN = re.compile(r"\b[\w-]+(?:\.[a-z][\w-]*)+\.[a-z]{2,}\b|\b[\w-]+\.(?:com|org|net|co|news|example)\b")
_DOTTED_WORD = re.compile(r"\w\.[a-z]{2}")
_PARTICLE = re.compile(r"@ (?:(?:of|the|de|du|des|la|le|del|da|di|do|van|von|der|den) )+@")
_TEMPLATE_WORD = re.compile(r"[\w#@]+")
_MASK_RUN = re.compile(r"(?<!\S)([#@])(?: \1(?!\S))+")
_MASKS = frozenset("#@")
# A plug talks to its reader or about the page ("Sign up for our newsletter", "you can", "this article
# was amended"); a stock sentence of news copy does neither ("Reuters could not verify the report",
# "X did not respond to a request for comment").
_READER_OR_PAGE = re.compile(
    r"\b(?:you|your|we|our|us|this (?:article|story|page|post|site|website|content)|"
    r"tu|tus|usted|nuestr[oa]s?|este (?:art[ií]culo|contenido)|esta p[aá]gina|hazte|"
    r"voc[eê]|seu|sua|nosso|nossa|este artigo|esta p[aá]gina|assine|"
    r"vous|votre|vos|nous|notre|nos|cet article|cette page|"
    r"sie|ihr|ihre|wir|unser|unsere|dieser artikel|diese seite|"
    r"voi|vostro|nostro|nostra|questo articolo|questa pagina|"
    r"uw|jouw|wij|ons|onze|dit artikel|deze pagina)\b",
    re.IGNORECASE,
)


def line_template(text: str) -> str:
    """The words of a line, casefolded, with names (capitalised words after the first) and numbers masked."""
    text = plain_typography(text.strip())
    if _DOTTED_WORD.search(text):  # the address pattern is slow to fail: try it only where one may be
        text = _DOMAIN.sub("@", text)
    masked = _NAME.sub("@", _NUMBER.sub("#", text))
    template = _PARTICLE.sub("@", " ".join(_TEMPLATE_WORD.findall(masked.casefold())))
    return _MASK_RUN.sub(r"\1", template) if "@ @" in template or "# #" in template else template


def has_furniture_word(text: str) -> bool:
    """Whether a line has a furniture word at all (cheap: ``bare`` is cached from the stages before)."""
    return not FURNITURE_WORDS.isdisjoint(bare(text).split())


@dataclass(frozen=True)
class RecurringLines:
    """Mark lines whose template several unrelated documents of the batch print."""

    min_stories: int = 3
    max_words: int = 40
    min_template_words: int = 4  # unmasked words in the template
    min_plain_template_words: int = 8  # a shorter template must be a site's (see the module docstring)
    related_word_share: float = 0.5

    @classmethod
    def from_config(cls, config: CleanConfig) -> RecurringLines:
        return cls(
            min_stories=config.recurring_min_stories,
            max_words=config.recurring_max_words,
            min_template_words=config.recurring_min_template_words,
            min_plain_template_words=config.recurring_min_plain_template_words,
            related_word_share=config.recurring_related_word_share,
        )

    def apply_batch(self, docs: Sequence[Document]) -> list[Document]:
        """The documents, each with lines that ``min_stories`` unrelated documents print marked ``boilerplate``."""
        holders: dict[str, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
        for d, doc in enumerate(docs):
            for i, para in enumerate(doc.paragraphs):
                if para.removal is None and para.text.count(" ") < self.max_words and has_furniture_word(para.text):
                    holders[line_template(para.text)][d].append(i)
        marks: dict[int, dict[int, Removal]] = defaultdict(dict)
        stories = _Stories(docs, self.related_word_share)
        for template, by_doc in holders.items():
            if len(by_doc) < self.min_stories:
                continue
            d, (i, *_) = next(iter(by_doc.items()))
            if not self.may_be_furniture(docs[d].paragraphs[i].text, template):
                continue
            if stories.count(sorted(by_doc), enough=self.min_stories) < self.min_stories:
                continue
            why = (
                f"printed by {len(by_doc)} documents of the batch, {self.min_stories} or more of them different stories"
            )
            for d, paragraphs in by_doc.items():
                for i in paragraphs:
                    marks[d][i] = Removal(Reason.BOILERPLATE, why)
        return [doc.with_removals(marks[d]) if d in marks else doc for d, doc in enumerate(docs)]

    def may_be_furniture(self, text: str, template: str) -> bool:
        """Whether a recurring line of this template would be furniture rather than a stock sentence."""
        words = template.split()
        unmasked = sum(word not in _MASKS for word in words)
        if unmasked < self.min_template_words:
            return False
        counts = classify_words(cased_words(text))
        if counts.furniture == 0:
            return False
        if unmasked >= self.min_plain_template_words:
            return bool(_READER_OR_PAGE.search(text))
        return counts.narrative == 0 and any(word in _MASKS for word in words)


class _Stories:
    """Tells versions of one story from different stories by the share of words two documents have in common."""

    def __init__(self, docs: Sequence[Document], related_word_share: float) -> None:
        self.docs = docs
        self.share = related_word_share
        self._words: dict[int, frozenset[str]] = {}

    def words(self, d: int) -> frozenset[str]:
        if d not in self._words:
            kept = " ".join(p.text for p in self.docs[d].paragraphs if p.removal is None)
            self._words[d] = frozenset(w.casefold() for w in cased_words(kept) if len(w) > 3)
        return self._words[d]

    def related(self, a: int, b: int) -> bool:
        wa, wb = self.words(a), self.words(b)
        smaller = min(len(wa), len(wb))
        return smaller > 0 and len(wa & wb) >= self.share * smaller

    def count(self, holders: list[int], enough: int) -> int:
        """How many different stories the documents ``holders`` are, counted up to ``enough`` (versions of
        one story count once; a plug on every page of a window costs ``enough`` comparisons a page, not n^2)."""
        firsts: list[int] = []  # one document of each story found so far
        for d in holders:
            if not any(self.related(d, f) for f in firsts):
                firsts.append(d)
                if len(firsts) >= enough:
                    break
        return len(firsts)
