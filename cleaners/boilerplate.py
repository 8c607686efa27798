"""The ``boilerplate`` stage: short page-furniture lines in several languages.

A line is furniture when it is short and made of furniture vocabulary
("share", "subscribe", "related", "advertisement", "leia mais" ...), glue
words, numbers, dates and times, with at most a name or two (a photo credit,
a site name after "Copyright ©"). Matching is on words, not whole phrases,
so unseen phrasings of the same furniture ("Share this on WhatsApp",
"Sign up for our alerts") are caught too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from cleaners.document import Document, Reason, Removal
from cleaners.text import words

# Words that name page furniture: sharing, subscribing, navigation, ads,
# related links, comments, media credits, legal lines, update stamps.
FURNITURE_WORDS: frozenset[str] = frozenset(
    """
    share shares shared sharing tweet tweets retweet email e-mail print facebook twitter x whatsapp linkedin
    pinterest reddit telegram instagram youtube tiktok flipboard messenger rss copy link
    subscribe subscribed subscription subscriptions subscriber subscribers newsletter newsletters sign signup login
    log register alerts alert notifications notification follow followers like likes
    read reading continue continues full story stories article articles related recommended popular
    trending latest top news headlines more most also see view watch video videos listen audio podcast
    photo photos photograph picture pictures image images gallery galleries slideshow caption credit credits
    copyright rights reserved advertisement advertisements advertising ad ads sponsored sponsor partner promoted
    content comment comments commenting reply replies leave join discussion conversation
    back skip main menu navigation search home page next previous prev section sections jump
    download app apps store play click tap here now today updated update posted published modified ago
    minutes minute mins min hours hour hrs seconds days day week weeks yesterday
    am pm gmt utc et est edt pt pst pdt bst cet cest ist
    cookie cookies privacy policy terms service accept consent settings contact
    save saved bookmark bookmarks show hide expand collapse load loading close open opens window tab
    media source filed premium ad-free exclusive offer
    don't miss must editor's editors picks pick suggested sections topics tags tag
    getty afp reuters ap epa shutterstock istock associated press file
    publicidad publicidade pubblicità publicité werbung anzeige reklame advertentie
    leer lee leia leggi lire lesen lees más mais anche aussi auch meer mehr weiterlesen suite seguir leyendo
    lendo saiba continua leggere
    compartir compartilhe compartilhar condividi partager teilen delen
    suscríbete suscribirse assine inscreva iscriviti abonnez abonnieren abonneer
    síguenos siga seguici suivez folgen volg
    comentarios comentários commenti commentaires kommentare reacties
    relacionado relacionados relacionadas relacionada correlati correlate liés similaires verwandte weitere
    noticias notícias notizie actualités nachrichten nieuws
    artículos artigos articoli artikel
    foto fotos vídeo vídeos video immagine bild
    publicado actualizado atualizado aggiornato mis à jour aktualisiert
    anuncio annuncio annonce
    """.split()
)

# Words that hold a furniture line together without naming furniture.
GLUE_WORDS: frozenset[str] = frozenset(
    """
    the a an to on in of for with by at from and or this that these our us you your we it is are be
    all any other new below above up out via here's it's get by under per into just
    y el la los las de del en a al por para con nuestro nuestra también
    o os as do da dos das em no na um uma nosso nossa também
    il lo i gli le di del della in su per con il nostro
    le la les de du des en sur pour avec notre nos vous à
    der die das den dem des ein eine zu zum zur im am auf für mit uns sie unser unsere
    het een van op voor met ons onze
    """.split()
)

# Tokens that are numbers, times or dates: "12", "3:45", "11.19.2019", "2,4k".
_NUMERIC = re.compile(r"^[\d.,:/-]+(?:k|m|st|nd|rd|th|h)?$")
_MONTHS = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august "
    "september october november december".split()
)
# Cookie and consent notices are longer than other furniture but unmistakable:
# they name cookies and ask for (or assume) the reader's agreement.
_COOKIES = re.compile(r"\bcookies?\b", re.IGNORECASE)
_CONSENT = re.compile(
    r"\b(?:agree|accept|consent|continu\w*|brows\w*|privacy|experience|settings|aceptar?|acepta\w*|navega\w*|"
    r"akzeptier\w*|zustimm\w*|einverstanden|accepter|acceptez|consentement|accett\w*|consenso|aceit\w*|concord\w*)\b",
    re.IGNORECASE,
)
MAX_NOTICE_WORDS = 60

# "Related: <another headline>", "READ MORE - <headline>", "Lesen Sie auch: <headline>":
# a link to another story, introduced by a furniture label.
_RELATED_LINK = re.compile(
    r"^\s*(?:read more|related(?: stories| articles| news)?|see also|also read|read also|more|recommended|"
    r"watch|listen|don'?t miss|must read|leia tamb\u00e9m|leia mais|lea tamb\u00e9n|lee tamb\u00e9n|ver tamb\u00e9n|"
    r"veja tamb\u00e9m|lesen sie auch|mehr zum thema|lire aussi|\u00e0 lire aussi|leggi anche)"
    r"\s*[:|\u2014\u2013>\u00bb-]\s*\S",
    re.IGNORECASE,
)
MAX_RELATED_LINK_WORDS = 30


def describe(text: str) -> str:
    """The kind of furniture a line is, for the removal's detail."""
    if _COOKIES.search(text) and _CONSENT.search(text):
        return "cookie notice"
    if _RELATED_LINK.match(text):
        return "related-story link"
    return "furniture line"


def classify_words(tokens: list[str]) -> tuple[int, int, int]:
    """Counts of (furniture, glue-or-number, other) tokens."""
    furniture = glue = other = 0
    for token in tokens:
        token = token.removesuffix("'s")
        if token in FURNITURE_WORDS:
            furniture += 1
        elif token in GLUE_WORDS or token in _MONTHS or _NUMERIC.match(token):
            glue += 1
        else:
            other += 1
    return furniture, glue, other


@dataclass(frozen=True)
class Boilerplate:
    """Mark short lines made of furniture vocabulary ("Related news", "Share 12", "Leia mais")."""

    name: ClassVar[str] = Reason.BOILERPLATE
    max_words: int = 14
    max_other_words: int = 2
    min_furniture_share: float = 0.6

    def apply(self, doc: Document) -> Document:
        marks: dict[int, Removal] = {}
        for i, para in enumerate(doc.paragraphs):
            if para.removal is None and self.is_furniture(para.text):
                marks[i] = Removal(Reason.BOILERPLATE, describe(para.text))
        return doc.with_removals(marks)

    def is_furniture(self, text: str) -> bool:
        """True for a short line of furniture words with at most a name or two, a related-story link, or a
        cookie notice."""
        if _COOKIES.search(text) and _CONSENT.search(text) and len(text.split()) <= MAX_NOTICE_WORDS:
            return True
        if _RELATED_LINK.match(text) and len(text.split()) <= MAX_RELATED_LINK_WORDS:
            return True
        if len(text) > 12 * self.max_words:
            return False
        tokens = words(text.replace("\u00a9", " copyright "))
        if not tokens or len(tokens) > self.max_words:
            return False
        furniture, _glue, other = classify_words(tokens)
        return (
            furniture > 0
            and other <= self.max_other_words
            and furniture >= self.min_furniture_share * (furniture + other)
        )
