"""The ``off_topic`` stage: paragraphs that belong to another story.

Each kept paragraph is compared with the rest of the article (the title and
the other kept paragraphs) as vectors of word stems weighted by rarity (from
wordfreq's frequency lists, so "the" weighs nothing and "Puigdemont" a lot).
Removal needs strong evidence, because short on-topic paragraphs often share
few words with the rest ("the troops will clear the desert north of the
Euphrates"):

* a teaser: a headline-like first line followed by a lead ("Headline\nLead",
  or "Headline - Lead." on one line, after a dash, a pipe, guillemets, a bullet
  or a colon, the lead restating a word of the headline), unrelated to the
  article (cosine below ``max_teaser_similarity``);
  or a headline paragraph and its lead paragraph sharing little with it;
* a caption of another story's picture: a sentence closed by a credit
  ("Photo: Jane Doe", "(Reuters)", "— Jane Doe/Harbour Times") or opened by
  "Pictured:", as unrelated to the article as a teaser;
* a stray paragraph: almost no similarity (``max_similarity``), a large mass
  of rare words of its own (``min_novel_weight``: a topic of its own), hardly
  any rare word shared with the article (``max_shared_weight``), and a name
  the article never mentions. Typography that differs from the rest of the
  article (straight against curly quotes) loosens the similarity bound, as
  copied text often keeps its source's quotes. Strays and split teasers are
  judged only in pages of ``min_paragraphs_for_strays`` paragraphs or more.
"""
from __future__ import annotations

import math
import re
import statistics
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from wordfreq import available_languages, zipf_frequency

from cleaners.document import Document, Reason, Removal
from cleaners.text import words

_CURLY = re.compile("[\u2018\u2019\u201c\u201d]")
_STRAIGHT = re.compile("['\"]")
_DIGIT = re.compile(r"\d")
_READER_PROMPT = re.compile(
    r"\b(?:subscribe|sign (?:up|in)|log in|enter your|e-?mail|newsletter|download|follow us|share|comments?|"
    r"report an? (?:error|mistake)|click|tap|manage|accept|cookies?)\b",
    re.IGNORECASE,
)
_NAME = re.compile(r"\b[A-Z\u00c0-\u00de][\w\u2019'-]+")
_NAME_WORD = re.compile(r"\b\w[\w\u2019'-]*")
_SENTENCE_OPENERS = frozenset(".!?:;\"\u201c\u2018'(\u2014\u2013-")
_DATELINE = re.compile(r"^[A-Z][A-Z.'\u2019 -]{2,}(?:,|\s*\(|$)")
# A picture's caption: a sentence closed by its credit ("... on Monday. Photo: Jane Doe", "... (Reuters)",
# "... \u2014 Jane Doe/Harbour Times"), or opened by "Pictured:".
_CAPTION = re.compile(
    r"[.!?]\s+(?:(?:photo(?:graph)?|picture|image|foto|bild)s?(?: by)?\s*:\s*[A-Z][^.!?]{0,60}"
    r"|\((?:[A-Z][\w&'.-]*\s?){1,5}\)|[\u2014\u2013-]\s*[A-Z][\w .'\u2019-]+/[A-Z][\w .'\u2019-]+)$"
    r"|^(?:pictured|above|main picture|main image|photo)\s*:\s+[A-Z]",
    re.IGNORECASE,
)
# What joins a one-line teaser's headline to its lead: a dash, a pipe, guillemets, a bullet, a colon.
_DASH = re.compile(r"\s[-\u2013\u2014|\u00bb\u2022\u00b7]\s|(?<=\w):\s")
_LIST_ITEM = re.compile(r"^(?:[-*\u2022\u2013]\s|\d+[.)]\s)")
_SENTENCE_END = re.compile(r"[.!?;:,\u2026\"'\u201d)]$")
# Languages whose wordfreq lists need extra tokenisers (MeCab, jieba) are left out:
# the stage does not judge paragraphs it cannot weigh.
_UNWEIGHABLE = frozenset({"ja", "zh", "ko", "th"})
_WORDFREQ_LANGUAGES = frozenset(available_languages()) - _UNWEIGHABLE
# Languages that glue words into compounds ("Wärme" in "Großwärmepumpe"): word
# stems miss what the paragraphs share, so a lone stray paragraph is not judged
# there (teasers still are).
_COMPOUNDING = frozenset({"de", "nl", "sv", "da", "nb", "no", "fi", "is"})


def stem(word: str) -> str:
    """A crude stem: possessive and plural dropped, cut to six letters ("troops" -> "troop")."""
    word = word.removesuffix("'s")
    if len(word) > 4 and word.endswith("s"):
        word = word[:-1]
    return word[:6]


Term = tuple[str, float]  # (stem, rarity weight) of a word
Weigher = Callable[[str], Term]
_TERM_CACHE_LIMIT = 1 << 18
_term_caches: dict[tuple[str, float], dict[str, Term]] = {}


def rarity_weigher(language: str | None, ceiling: float) -> Weigher:
    """Stem and weight of a word: ``ceiling`` minus its Zipf frequency, never below zero.

    The wordfreq lookup dominates the stage, so terms are cached per language
    across documents (the cache is emptied when it reaches 2**18 words).
    """
    lang = language if language in _WORDFREQ_LANGUAGES else "en"
    seen = _term_caches.setdefault((lang, ceiling), {})

    def term(word: str) -> Term:
        value = seen.get(word)
        if value is None:
            if len(seen) >= _TERM_CACHE_LIMIT:
                seen.clear()
            value = seen[word] = (stem(word), max(0.0, ceiling - zipf_frequency(word, lang)))
        return value

    return term


Vector = dict[str, float]


def paragraph_vector(text: str, weigher: Weigher) -> Vector:
    """Rarity-weighted stems of the distinct words of ``text`` (numbers skipped)."""
    vector: Vector = {}
    for word in set(words(text)):
        if not word.isdigit():
            key, w = weigher(word)
            if w > 0:
                vector[key] = vector.get(key, 0.0) + w
    return vector


def add_vectors(*vectors: Vector) -> Vector:
    """The sum of rarity vectors."""
    total: Vector = {}
    for vector in vectors:
        for key, value in vector.items():
            total[key] = total.get(key, 0.0) + value
    return total


def cosine(a: Vector, b: Vector) -> float:
    """Cosine of two rarity vectors."""
    if len(a) > len(b):
        a, b = b, a
    dot = sum(v * b.get(k, 0.0) for k, v in a.items())
    norm = math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


def is_headline_like(line: str, max_words: int = 20, questions: bool = False) -> bool:
    """Short, one line, no closing punctuation (a question mark if ``questions``), not a list item."""
    line = line.strip()
    return (
        "\n" not in line
        and 3 <= len(line.split()) <= max_words
        and not (_SENTENCE_END.search(line) and not (questions and line.endswith("?")))
        and not _LIST_ITEM.match(line)
    )


def is_teaser_headline(line: str, min_words: int = 6) -> bool:
    """A headline of another story, printed as its own paragraph: no digits, not all capitals, not a
    prompt to the reader ("Enter your email address to subscribe")."""
    line = line.strip()
    return (
        is_headline_like(line)
        and len(line.split()) >= min_words
        and not _DIGIT.search(line)
        and not line.isupper()
        and not _READER_PROMPT.search(line)
    )


def is_teaser_shape(text: str, min_lead_words: int = 4, questions: bool = True) -> bool:
    """A headline-like first line (a question if ``questions``) followed by a lead (a sentence or two, not a
    signature), in one paragraph."""
    first, sep, rest = text.partition("\n")
    return bool(sep) and len(rest.split()) >= min_lead_words and is_headline_like(first, questions=questions)


def is_question_teaser_shape(text: str) -> bool:
    """A question line over a lead: a teaser with a question headline, or an interview's question and answer."""
    return is_teaser_shape(text) and not is_teaser_shape(text, questions=False)


def dash_teaser_parts(text: str) -> tuple[str, str] | None:
    """(headline, lead) of a one-line teaser "Headline - Its lead sentence." (or "Headline | Lead",
    "Headline: Lead" ...), or None."""
    if "\n" in text or not _SENTENCE_END.search(text.rstrip()):
        return None
    for match in _DASH.finditer(text):
        head, lead = text[: match.start()], text[match.end() :]
        # The lead is a sentence of its own (a capital letter), not the clause a dash sets off in a
        # sentence; the head is not a wire story's dateline ("SAN JOSE, Costa Rica - ...").
        # A colon also follows a name ("Star Wars Jedi: Fallen Order is ..."): the head must be a sentence.
        if (
            not _DATELINE.match(head)
            and is_headline_like(head, questions=True)
            and (match.group().strip() != ":" or len(head.split()) >= 5)
            and lead[:1].isupper()
            and len(lead.split()) >= 8
        ):
            return head, lead
    return None


def foreign_names(text: str, article_words: Counter[str]) -> set[str]:
    """Capitalised words past a sentence's start ("Puigdemont", "Catalonia") that the rest of the
    article never mentions (``article_words``: casefolded word counts of the whole article, this
    paragraph included)."""
    here = word_counts(text)
    names = set()
    for match in _NAME.finditer(text):
        before = text[: match.start()].rstrip()
        if before and before[-1] not in _SENTENCE_OPENERS:
            name = _name_key(match.group(0))
            if article_words[name] <= here[name]:
                names.add(name)
    return names


def word_counts(text: str) -> Counter[str]:
    """Casefolded words of ``text``, possessives dropped ("Puigdemont's" counts as "puigdemont")."""
    return Counter(_name_key(word) for word in _NAME_WORD.findall(text))


def _name_key(word: str) -> str:
    return word.casefold().removesuffix("'s").removesuffix("\u2019s")


def quote_style(text: str) -> tuple[int, int]:
    """Counts of curly and straight quote marks."""
    return len(_CURLY.findall(text)), len(_STRAIGHT.findall(text))


def odd_typography(texts: dict[int, str]) -> set[int]:
    """Paragraphs whose quote marks are the only ones of their kind in the article (curly among straight,
    or straight among curly): copied text often keeps its source's typography."""
    quotes = {i: quote_style(text) for i, text in texts.items()}
    curly_total = sum(c for c, _ in quotes.values())
    straight_total = sum(s for _, s in quotes.values())
    return {
        i
        for i, (curly, straight) in quotes.items()
        if (curly and curly_total == curly and straight_total > straight)
        or (straight and straight_total == straight and curly_total > curly)
    }


@dataclass(frozen=True)
class OffTopic:
    """Mark paragraphs about another story: teasers, and stray paragraphs with a topic of their own."""

    name: ClassVar[str] = Reason.OFF_TOPIC
    max_similarity: float = 0.01
    max_similarity_odd_typography: float = 0.03
    min_novel_weight: float = 25.0
    max_shared_weight: float = 10.0
    max_teaser_similarity: float = 0.15
    max_teaser_shared_share: float = 0.15
    min_cohesion: float = 0.1
    rarity_ceiling: float = 6.0
    min_paragraphs: int = 3
    # Lone stray paragraphs and split teasers are judged only in a page this long: among
    # three or four paragraphs, any one looks unrelated to the few others.
    min_paragraphs_for_strays: int = 5

    def apply(self, doc: Document) -> Document:
        kept = doc.kept_indices()
        if len(kept) < self.min_paragraphs or doc.language in _UNWEIGHABLE:
            return doc
        weight = rarity_weigher(doc.language, self.rarity_ceiling)
        vectors = {i: paragraph_vector(doc.paragraphs[i].text, weight) for i in kept}
        # Removed copies count as the rest of the article: a paragraph the page prints
        # twice belongs to it, and removing its kept copy would lose it altogether.
        copies = [
            paragraph_vector(p.text, weight)
            for p in doc.paragraphs
            if p.removal is not None and p.removal.reason == Reason.DUPLICATE_PARAGRAPH
        ]
        article = ArticleVector(add_vectors(paragraph_vector(doc.title, weight), *vectors.values(), *copies))
        long_enough = len(kept) >= self.min_paragraphs_for_strays
        marks = self._split_teasers(doc, kept, vectors, article) if long_enough else {}
        comparisons = {i: article.compare(vectors[i]) for i in kept}
        # A stray paragraph stands out from a cohesive article; in a diffuse one (an
        # interview, a listicle, a results table) low similarity is the norm.
        cohesion = statistics.median(similarity for similarity, _, _ in comparisons.values())
        judge_strays = long_enough and cohesion >= self.min_cohesion and doc.language not in _COMPOUNDING
        article_words: Counter[str] | None = None  # counted when a first stray needs it
        odd = odd_typography({i: doc.paragraphs[i].text for i in kept})
        # A question over its answer is a teaser once in a page; several make an interview.
        question_teasers = sum(is_question_teaser_shape(doc.paragraphs[i].text) for i in kept) <= 1
        for i in kept:
            if i in marks:
                continue
            text = doc.paragraphs[i].text
            similarity, shared, novel = comparisons[i]
            if similarity <= self.max_teaser_similarity and (
                is_teaser_shape(text, questions=question_teasers)
                or (long_enough and self._is_dash_teaser(text, weight))
            ):
                marks[i] = Removal(Reason.OFF_TOPIC, f"teaser for another story ({similarity:.2f} similar)")
                continue
            if similarity <= self.max_teaser_similarity and long_enough and _CAPTION.search(text.strip()):
                marks[i] = Removal(Reason.OFF_TOPIC, f"caption of another story's picture ({similarity:.2f} similar)")
                continue
            bound = self.max_similarity_odd_typography if i in odd else self.max_similarity
            if judge_strays and self._is_stray(similarity, shared, novel, bound):
                # Another story names its own people and places; an on-topic paragraph
                # without a name ("the plan relies on higher sales tax receipts") stays.
                if article_words is None:
                    article_words = word_counts(" ".join([doc.title, *(p.text for p in doc.paragraphs)]))
                names = foreign_names(text, article_words)
                if names:
                    detail = (
                        f"{similarity:.2f} similar to the article, {novel:.0f} rare-word weight of its own, "
                        f"names it alone mentions ({', '.join(sorted(names)[:3])})"
                    )
                    marks[i] = Removal(Reason.OFF_TOPIC, detail)
        return doc.with_removals(marks)

    def _split_teasers(
        self, doc: Document, kept: list[int], vectors: dict[int, Vector], article: ArticleVector
    ) -> dict[int, Removal]:
        """A teaser split over two paragraphs: a headline (no digits, not shouted, not a prompt to the
        reader) and its lead, naming the same thing, together sharing little with the article and
        carrying a topic of their own."""
        marks: dict[int, Removal] = {}
        for i, j in zip(kept, kept[1:]):
            first, lead = doc.paragraphs[i].text, doc.paragraphs[j].text
            if (
                is_teaser_headline(first)
                and not is_headline_like(lead)
                and "\n" not in lead
                and vectors[i].keys() & vectors[j].keys()
            ):
                _, shared, novel = article.compare(add_vectors(vectors[i], vectors[j]))
                if novel >= self.min_novel_weight and shared <= self.max_teaser_shared_share * (shared + novel):
                    detail = f"teaser for another story, headline and lead ({shared / (shared + novel):.2f} shared)"
                    marks[i] = marks[j] = Removal(Reason.OFF_TOPIC, detail)
        return marks

    @staticmethod
    def _is_dash_teaser(text: str, weight: Weigher) -> bool:
        """"Headline - lead" on one line, the lead restating a rare word of the headline (an article
        sentence broken by a dash rarely does)."""
        parts = dash_teaser_parts(text)
        if parts is None:
            return False
        head, lead = (paragraph_vector(part, weight) for part in parts)
        return bool(head.keys() & lead.keys())

    def _is_stray(self, similarity: float, shared: float, novel: float, max_similarity: float) -> bool:
        """Little similarity, a topic of its own, and little shared with the article."""
        return similarity <= max_similarity and novel >= self.min_novel_weight and shared <= self.max_shared_weight


class ArticleVector:
    """The rarity vector of a whole article; compares a part of it with the rest without copying."""

    __slots__ = ("norm2", "total")

    def __init__(self, total: Vector) -> None:
        self.total = total
        self.norm2 = sum(v * v for v in total.values())

    def compare(self, part: Vector) -> tuple[float, float, float]:
        """(cosine of ``part`` with the rest of the article, weight it shares with the rest, weight it alone has)."""
        get = self.total.get
        dot_total = norm2 = weight = shared = 0.0
        for k, v in part.items():  # one pass: this runs for every paragraph of every page
            in_total = get(k, 0.0)
            dot_total += v * in_total
            norm2 += v * v
            weight += v
            if in_total - v > 1e-9:
                shared += v
        rest_norm2 = self.norm2 - 2 * dot_total + norm2
        denominator = math.sqrt(norm2 * rest_norm2) if rest_norm2 > 1e-9 else 0.0
        similarity = (dot_total - norm2) / denominator if denominator else 0.0
        return similarity, shared, weight - shared
