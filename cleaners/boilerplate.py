"""The ``boilerplate`` stage: short page-furniture lines in several languages.

A line is furniture when it is short and made of furniture vocabulary
(``cleaners.furniture_words``: "share", "subscribe", "related",
"advertisement", "leia mais" ...), glue words, numbers, dates and times, with
at most a name or two (a site name weighs half a word). Matching is on words,
not whole phrases, so unseen phrasings of the same furniture ("Share this on
WhatsApp", "Deel dit artikel") are caught too. Some shapes are recognised
beside the words: a label followed by names only (media credits, bylines, tag
lists, copyright lines: "Photograph: Jane Doe/Reuters", "By Jane Doe | March
3, 2024", "Tags: Economy, Health", "© 2023 Harbour Times"), a byline closed by the
writer's trade ("By Jane Doe, courts correspondent"), a staff bio ("Jane Doe is a
senior reporter covering health. Contact: ..."), a name with a date stamp, a clock
time with its time zone ("Tuesday 1 April 2024 06.45 BST"),
cookie notices, "Related: <headline>" links, section links ("More in Courts",
"Trending on Harbour Times") and breadcrumbs ("Home › Health"). Social handles and e-mail
addresses count as furniture words; a bare link does not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar, NamedTuple

from cleaners.document import Document, Reason, Removal
from cleaners.furniture_words import CALENDAR_WORDS, FURNITURE_WORDS, GLUE_WORDS, NARRATIVE_WORDS, TIME_ZONES
from cleaners.text import cased_words

# Tokens that are numbers, times or dates: "12", "3:45", "11.19.2019", "2,4k".
_NUMERIC = re.compile(r"^(?:[\d.,:/-]+(?:k|m|st|nd|rd|th|h|am|pm)?|\d{1,2}h\d\d)$")
# Social handles and e-mail addresses: contact furniture ("Follow Jane Doe on X @janedoe"). A bare
# link is not: articles print the links they cite.
_CONTACT = re.compile(r"\S+@\S+\.\w+|(?<!\w)@\w+")
_ELISION = re.compile(r"^(?:l|d|qu|dell|all|dall|nell|sull|un)'")
# Cookie and consent notices are longer than other furniture but unmistakable:
# they name cookies and ask for (or assume) the reader's agreement.
_COOKIES = re.compile(r"\bcookies?\b", re.IGNORECASE)
_CONSENT = re.compile(
    r"\b(?:agree|accept|consent|continu\w*|brows\w*|privacy|experience|settings|aceptar?|acepta\w*|navega\w*|"
    r"akzeptier\w*|zustimm\w*|einverstanden|accepter|acceptez|consentement|accett\w*|consenso|aceit\w*|concord\w*)\b",
    re.IGNORECASE,
)
# "We use cookies ...", "Wir verwenden Cookies ...": a site telling its reader about its cookies.
_COOKIE_USE = re.compile(
    r"\b(?:we use|we and our partners use|this (?:web)?site uses|wir verwenden|wir nutzen|nous utilisons|"
    r"ce site utilise|usamos|utilizamos|este sitio (?:web )?utiliza|utilizziamo|questo sito utilizza|"
    r"wij gebruiken|deze website gebruikt|utilizamos|este site usa)\s+(?:\w+\s+){0,2}cookies?\b",
    re.IGNORECASE,
)
MAX_NOTICE_WORDS = 60

# "Related: <another headline>", "READ MORE - <headline>", "Lesen Sie auch: <headline>",
# "Also on Daily Courier: <headline>": a link to another story, introduced by a furniture label.
_RELATED_LINK = re.compile(
    r"^\s*(?:read more|read next|up next|next up|related(?: stories| articles| news| content)?|see also|also read|"
    r"read also|more(?: on this| stories| news| from \w+(?: \w+){0,2})?|also on \w+(?: \w+){0,2}|"
    r"(?:most|popular|trending)(?: now| read| today)?|you (?:may|might) also like|recommended(?: for you)?|"
    r"watch|listen|don'?t miss|must read|leia tamb\u00e9m|leia mais|veja tamb\u00e9m|lea tambi\u00e9n|"
    r"lee tambi\u00e9n|ver tambi\u00e9n|te puede interesar|lesen sie auch|mehr zum thema|lire aussi|"
    r"\u00e0 lire aussi|leggi anche|lees ook|baca juga|czytaj te\u017c|czytaj tak\u017ce|l\u00e4s ocks\u00e5|"
    r"cite\u0219te \u0219i|ilgili haber(?:ler)?)"
    r"\s*[:|\u2014\u2013>\u00bb-]\s*\S",
    re.IGNORECASE,
)
MAX_RELATED_LINK_WORDS = 60  # the label, a headline and its lead
# "More in Courts", "Trending on Harbour Times": a section or site link, a furniture label then
# only names ("Latest from Kyiv" and "News from Gaza" can be sub-headings).
_SECTION_LINK = re.compile(
    r"^(?:more|trending|popular|most read)\s+(?:in|on|from|at)\s+(?=[A-Z])",
    re.IGNORECASE,
)
# "Home › Health", "Home > News > Local", "Inicio / Deportes": a breadcrumb trail from the home page.
_BREADCRUMB = re.compile(
    r"^(?:home|homepage|start|inicio|in\u00edcio|accueil|startseite|hem|beranda|anasayfa|strona g\u0142\u00f3wna)"
    r"(?:\s*[\u203a>\u00bb/|\u2192\n]\s*[^\s\u203a>\u00bb/|\u2192][^\u203a>\u00bb/|\u2192\n]{0,30}){1,5}$",
    re.IGNORECASE,
)

# A media credit or a byline: a label, then only names, agencies, dates and
# separators ("Photograph: Jane Doe/Reuters", "Foto di Marco Rossi / Ansa",
# "By Jane Doe, Daily Courier | Published March 3, 2024",
# "Reporting by Jane Doe; Editing by Tom Okafor").
_CREDIT_LABEL = re.compile(
    r"^\(?\s*(?:file\s+)?(?:photo(?:graph)?s?|pictures?|images?|illustrations?|graphics?|videos?|credits?|"
    r"fotos?|fotograf[i\u00ed]a|zdj\u0119cie|bild|imagen|imagem|immagine|cr[e\u00e9]dit[oa]?|quelle|fuente|fonte)"
    r"(?:\s+(?:by|di|de|von|par|por|oleh|door))?\s*[:/|\u2014\u2013-]?\s+(?=\S)",
    re.IGNORECASE,
)
_BYLINE_LABEL = re.compile(
    r"^(?i:(?:(?:additional\s+)?(?:written|reporting|words|text|edited|editing)\s+)?(?:by|von|por|par|oleh|door))"
    r"\s+(?=[A-Z\u00c0-\u00de])"
)
# "Tags: Economy, Technology", "\u00a9 2023 Harbour Times", "Copyright 2024 Reuters":
# a tag list or a copyright line, a label followed by names only.
_TAGS_LABEL = re.compile(
    r"^(?:tags?|topics?|filed under|more on|schlagw\u00f6rter|etiquetas|temas|mots-cl\u00e9s|argomenti|"
    r"onderwerpen|themen)\s*:\s*(?=\S)",
    re.IGNORECASE,
)
# "Tags: Road closures, Weather", "Filed under Local elections", "Tags\nTech\nEating out": a label,
# then short items (tags are often lower case, so not only names).
_TAG_LIST = re.compile(
    r"^(?:tags?|topics?|filed under|schlagw\u00f6rter|etiquetas|temas|mots-cl\u00e9s|argomenti|onderwerpen|"
    r"themen)(?:\s*[:\n]\s*|\s+(?=[A-Z]))(?P<items>.+)$",
    re.IGNORECASE | re.DOTALL,
)
_TAG_SEPARATOR = re.compile(r"\s*[,;|\n\u2022\u00b7]\s*")
MAX_TAG_WORDS = 4
MAX_TAGS = 10
_COPYRIGHT_LABEL = re.compile(r"^(?:\u00a9|\(c\)|copyright)\s*(?:\u00a9\s*)?(?:(?:19|20)\d\d\s*)?", re.IGNORECASE)
# A journalist's trade, closing a byline ("By Jane Doe, courts and crime correspondent") or naming it
# in a staff bio.
_ROLE = (
    r"(?:writer|reporter|editor|photographer|correspondent|columnist|journalist|producer|contributor|"
    r"critic|analyst)s?"
)
_ROLE_TAIL = re.compile(rf",\s*(?:[\w'\u2019-]+\s+){{0,4}}{_ROLE}\.?$", re.IGNORECASE)
# "Jane Doe is a staff writer at the Daily Courier.", "Jane Doe has been a senior reporter covering
# health since 2019. Contact: jane@courier.example"
_STAFF_BIO = re.compile(
    r"^[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){0,3}\s+(?:is|has\s+been)\s+an?\s+"
    rf"(?:[\w-]+\s+){{0,2}}{_ROLE}\b[^.!?]{{0,80}}\.?"
    r"(?:\s+(?i:contact|e-?mail|follow)\b.{0,80})?$"
)
# "Jane Doe \u00b7 March 3, 2024": a name and a date stamp (a numeric date or a year).
_DATE = re.compile(r"\b\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b|\b(?:19|20)\d\d\b")
_SEPARATOR = re.compile(r"[\u00b7|\u2022/\u2014\u2013,;-]")
_NAME_TOKEN = re.compile(r"[^\s/|\u00b7\u2022,;:()\u2014\u2013]+")
MAX_CREDIT_WORDS = 16
_LABELS_BEFORE_NAMES = (
    (_CREDIT_LABEL, "media credit"),
    (_BYLINE_LABEL, "byline"),
    (_TAGS_LABEL, "tag list"),
    (_COPYRIGHT_LABEL, "copyright line"),
)


def names_only(text: str) -> bool:
    """True when every word is capitalised (a name, an agency, a site) or furniture, glue, a date or a number."""
    tokens = [t.strip(".'\"\u2019!?") for t in _NAME_TOKEN.findall(text)]
    tokens = [t for t in tokens if t and t != "-"]
    if not tokens or len(tokens) > MAX_CREDIT_WORDS:
        return False
    for token in tokens:
        lower = token.casefold()
        if not (
            token[0].isupper()
            or lower in FURNITURE_WORDS
            or lower in GLUE_WORDS
            or lower in CALENDAR_WORDS
            or _NUMERIC.match(lower)
            or "@" in token
            or token == "&"
        ):
            return False
    return True


def is_tag_list(text: str) -> bool:
    """A tag label and short items: "Tags: Road closures, Weather", "Filed under Local elections"."""
    match = _TAG_LIST.match(text.strip())
    if match is None:
        return False
    items = [item for item in _TAG_SEPARATOR.split(match.group("items")) if item]
    return 0 < len(items) <= MAX_TAGS and all(
        len(item.split()) <= MAX_TAG_WORDS and not item.endswith((".", "!", "?")) for item in items
    )


def credit_kind(text: str) -> str | None:
    """The kind of a label-then-names line ("media credit", "byline", "tag list", "copyright line"), a staff
    bio or a name with a date stamp ("byline"); None for anything else."""
    raw, text = text, " ".join(text.split())
    if len(text.split()) > MAX_CREDIT_WORDS:
        return None
    for label, kind in _LABELS_BEFORE_NAMES:
        if (match := label.match(text)) and match.end() < len(text):
            rest = text[match.end() :]
            if names_only(_ROLE_TAIL.sub("", rest) if kind == "byline" else rest):
                return kind
    if _STAFF_BIO.match(text):
        return "byline"
    if is_tag_list(raw):
        return "tag list"
    # Not a tweet's signature ("— Jane Doe (@jdoe) March 3, 2024") or a tour date ("June 10 – Tampa, FL @ Arena").
    if (
        len(text.split()) <= 10
        and _DATE.search(text)
        and _SEPARATOR.search(text)
        and not _SEPARATOR.match(text)
        and "@" not in text
        and names_only(text)
    ):
        return "byline"
    return None


_CLOCK = re.compile(r"(?<![\d.,:+-])([01]?\d|2[0-3])[:.h]([0-5]\d)(?![\d.,%])")


def is_time_stamp(text: str, tokens: list[str]) -> bool:
    """A clock time with its time zone ("Tuesday 1 April 2024 06.45 BST"): a date stamp, where a time zone
    alone ("EST 50 8,412.36 +1.16%", a table row) is not."""
    return bool({token.casefold() for token in tokens} & TIME_ZONES) and bool(_CLOCK.search(text))


class WordCounts(NamedTuple):
    """What the words of a line are."""

    furniture: int
    glue: int  # glue words, numbers, dates
    names: int  # capitalised words after the first (a site, an agency: "Get the CityWire app")
    other: int
    narrative: int  # of the other words, those telling a story ("she", "was", "said")


def classify_words(tokens: list[str]) -> WordCounts:
    """Counts of furniture, glue, name and other words among cased word tokens (a hyphenated word
    counts as furniture when a part of it is: "Abonnez-vous")."""
    furniture = glue = names = other = narrative = 0
    for position, cased in enumerate(tokens):
        token = cased.casefold()
        # "editor's" -> "editor", "l'article" -> "article", "dell'articolo" -> "articolo"
        stem = _ELISION.sub("", token.removesuffix("'s"))
        parts = stem.split("-")
        if token in FURNITURE_WORDS or stem in FURNITURE_WORDS or any(part in FURNITURE_WORDS for part in parts):
            furniture += 1
        elif stem in GLUE_WORDS or stem in CALENDAR_WORDS or _NUMERIC.match(token):
            glue += 1
        elif position > 0 and cased[0].isupper():
            names += 1
        else:
            other += 1
            narrative += stem in NARRATIVE_WORDS
    return WordCounts(furniture, glue, names, other, narrative)


@dataclass(frozen=True)
class Boilerplate:
    """Mark short lines made of furniture vocabulary ("Related news", "Share 12", "Leia mais")."""

    name: ClassVar[str] = Reason.BOILERPLATE
    max_words: int = 16
    max_other_words: int = 2
    min_furniture_share: float = 0.6
    min_narrative_furniture_share: float = 0.8

    def apply(self, doc: Document) -> Document:
        marks: dict[int, Removal] = {}
        for i, para in enumerate(doc.paragraphs):
            if para.removal is None and (kind := self.furniture_kind(para.text)):
                marks[i] = Removal(Reason.BOILERPLATE, kind)
        return doc.with_removals(marks)

    def furniture_kind(self, text: str) -> str | None:
        """What furniture a line is ("cookie notice", "related-story link", "breadcrumb", "media credit",
        "byline", "tag list", "copyright line", "date stamp", "furniture line"), or None for article text."""
        if (
            _COOKIES.search(text)
            and (_CONSENT.search(text) or _COOKIE_USE.search(text))
            and len(text.split()) <= MAX_NOTICE_WORDS
        ):
            return "cookie notice"
        if _RELATED_LINK.match(text) and len(text.split()) <= MAX_RELATED_LINK_WORDS:
            return "related-story link"
        if _BREADCRUMB.match(text.strip()):
            return "breadcrumb"
        if (match := _SECTION_LINK.match(text)) and len(text.split()) <= 8 and names_only(text[match.end() :]):
            return "related-story link"
        if len(text) > 12 * max(self.max_words, MAX_CREDIT_WORDS):
            return None
        if kind := credit_kind(text):
            return kind
        tokens = cased_words(_CONTACT.sub(" link ", text.replace("\u00a9", " copyright ")))
        if not tokens or len(tokens) > self.max_words:
            return None
        counts = classify_words(tokens)
        if counts.furniture == counts.names == counts.other == 0 and is_time_stamp(text, tokens):
            return "date stamp"
        furniture, names, other = counts.furniture, counts.names, counts.other
        # A name weighs half a word: a site's name does not make a line article text. A line
        # telling a story ("She shared the photo on Instagram.") needs a larger share.
        share = self.min_narrative_furniture_share if counts.narrative else self.min_furniture_share
        if (
            furniture > 0
            and other <= self.max_other_words
            and names + other <= self.max_other_words + 1
            and furniture >= share * (furniture + other + (names / 2 if furniture > 1 else names))
        ):
            return "furniture line"
        return None
