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

# Every upper-case letter (Latin, Greek, Cyrillic ...): Python's re has no \p{Lu}.
_UPPER = "".join(chr(c) for c in range(0x10000) if chr(c).isupper() and chr(c).isalpha())
# Numbers (with their units glued on: "7.50", "3%", "2024") become "#", capitalised words after the
# first (names) "@", and a run of one mask one mask.
_NUMBER = re.compile(r"\d[\d.,:/%]*\w*")
_NAME = re.compile(rf"(?<=\W)[{re.escape(_UPPER)}][\w\u2019'.-]*")
# A site's address ("westfieldnews.example") is a name too; so are the particles inside a name
# ("Le Courrier du Port", "Bank of England"). Dotted tokens are matched without backtracking and
# masked when they end in a top-level domain.
_DOTTED_TOKEN = re.compile(r"[\w-]++(?:\.[\w-]++)++")
_TOP_LEVEL_DOMAIN = re.compile(r"\.[a-z]{2,}$")
_PARTICLE = re.compile(r"@ (?:(?:of|the|de|du|des|la|le|del|da|di|do|van|von|der|den) )+@")
_TEMPLATE_WORD = re.compile(r"[\w#@]+")
_MASK_RUN = re.compile(r"(?<!\S)([#@])(?: \1(?!\S))+")
_MASKS = frozenset("#@")
_MIN_STORY_WORDS = 8  # distinct words of four letters or more outside the shared lines
# A plug talks to its reader or about the page ("Sign up for our newsletter", "you can", "this article
# was amended"); a stock sentence of news copy does neither ("Reuters could not verify the report",
# "X did not respond to a request for comment"). Pronouns that also mean "she", "his" or "the US"
# (German sie/ihr, Portuguese seu/sua, English us) are left out.
_READER = re.compile(
    r"\b(?:you|your|we|our|tu|tus|usted|nuestr[oa]s?|hazte|voc[eê]|nosso|nossa|assine|vous|votre|vos|nous|"
    r"notre|wir|unser|unsere|voi|vostro|nostro|nostra|uw|jouw|wij|onze)\b",
    re.IGNORECASE,
)
_PAGE = re.compile(
    r"\b(?:this (?:article|story|page|post|site|website|content)|este (?:art[ií]culo|artigo|contenido)|"
    r"esta p[aá]gina|cet article|cette page|dieser artikel|diese seite|questo articolo|questa pagina|"
    r"dit artikel|deze pagina)\b",
    re.IGNORECASE,
)


def _mask_address(match: re.Match[str]) -> str:
    token = match.group()
    return "@" if _TOP_LEVEL_DOMAIN.search(token) else token


def _first_mask(match: re.Match[str]) -> str:
    return match.group(1)


def line_template(text: str) -> str:
    """The words of a line, casefolded, with names (capitalised words after the first) and numbers masked."""
    text = plain_typography(text.strip())
    if "." in text:
        text = _DOTTED_TOKEN.sub(_mask_address, text)
    masked = _NAME.sub("@", _NUMBER.sub("#", text))
    template = _PARTICLE.sub("@", " ".join(_TEMPLATE_WORD.findall(masked.lower())))
    return _MASK_RUN.sub(_first_mask, template) if "@ @" in template or "# #" in template else template


def has_furniture_word(text: str) -> bool:
    """Whether a line has a furniture word at all (cheap: in a small batch ``bare`` is still cached from
    the stages before)."""
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
                # Copies the borrowed stage took for another story's count too: a plug on a topic
                # (a politics newsletter under politics stories) is still printed by all of them.
                held = para.removal is None or para.removal.reason == Reason.OFF_TOPIC
                if held and len(para.text.split()) <= self.max_words and has_furniture_word(para.text):
                    holders[line_template(para.text)][d].append(i)
        shared = {
            (d, i) for by_doc in holders.values() if len(by_doc) > 1
            for d, lines in by_doc.items() for i in lines
        }
        stories = _Stories(docs, shared, self.related_word_share)
        marks: dict[int, dict[int, Removal]] = defaultdict(dict)
        for template, by_doc in holders.items():
            if len(by_doc) < self.min_stories or not self._furniture_by_most(docs, by_doc, template):
                continue
            if stories.count(sorted(by_doc), enough=self.min_stories) < self.min_stories:
                continue
            why = (
                f"printed by {len(by_doc)} documents of the batch, {self.min_stories} or more of them different stories"
            )
            for d, lines in by_doc.items():
                for i in lines:
                    if docs[d].paragraphs[i].removal is None:
                        marks[d][i] = Removal(Reason.BOILERPLATE, why)
        return [doc.with_removals(marks[d]) if d in marks else doc for d, doc in enumerate(docs)]

    def _furniture_by_most(self, docs: Sequence[Document], by_doc: dict[int, list[int]], template: str) -> bool:
        """Whether most of the wordings of a template read as furniture (the verdict does not hang on
        which document came first)."""
        texts = {docs[d].paragraphs[i].text for d, lines in by_doc.items() for i in lines}
        return sum(self.may_be_furniture(text, template) for text in texts) * 2 > len(texts)

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
            # A line about the page may tell its history ("this article was amended"); one that only
            # talks to the reader must not tell a story ("we", "you" and "said" make a quote).
            return bool(_PAGE.search(text)) or (counts.narrative == 0 and bool(_READER.search(text)))
        return counts.narrative == 0 and any(word in _MASKS for word in words)


class _Stories:
    """Tells versions of one story from different stories by the share of words two documents have in common.

    The lines the batch shares (the plugs being judged) are left out of a document's words, and a
    document with fewer than ``_MIN_STORY_WORDS`` words of its own counts as no story at all: a
    one-line page and the plug under it must not decide what the other pages are.
    """

    def __init__(self, docs: Sequence[Document], shared: set[tuple[int, int]], related_word_share: float) -> None:
        self.docs = docs
        self.shared = shared
        self.share = related_word_share
        self._words: dict[int, frozenset[str]] = {}

    def words(self, d: int) -> frozenset[str]:
        if d not in self._words:
            own = " ".join(
                p.text for i, p in enumerate(self.docs[d].paragraphs) if p.removal is None and (d, i) not in self.shared
            )
            self._words[d] = frozenset(w.casefold() for w in cased_words(own) if len(w) > 3)
        return self._words[d]

    def related(self, a: int, b: int) -> bool:
        wa, wb = self.words(a), self.words(b)
        return len(wa & wb) >= self.share * min(len(wa), len(wb))

    def count(self, holders: list[int], enough: int) -> int:
        """How many different stories the documents ``holders`` are, counted up to ``enough`` (versions of
        one story count once; a plug on every page of a window costs ``enough`` comparisons a page, not n^2)."""
        firsts: list[int] = []  # one document of each story found so far
        for d in holders:
            if len(self.words(d)) >= _MIN_STORY_WORDS and not any(self.related(d, f) for f in firsts):
                firsts.append(d)
                if len(firsts) >= enough:
                    break
        return len(firsts)
