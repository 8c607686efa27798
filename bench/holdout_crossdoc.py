#!/usr/bin/env python3
"""Build a held-out cross-document near-duplicate set and score `newsclean dedup` on it.

    python bench/holdout_crossdoc.py [--shared ../shared] [--seed N] [--out bench/out/holdout_crossdoc]
                                     [--originals 100] [--no-run]

The set has the schema of the dev set's cross-doc part (shared
bench/cleaning/README.md, "Cross-doc") but is built from the invented
articles of bench/holdout3-6_articles.py and uses republishing edits that the
dev copies do not have. A copy is the same article republished with some of:
merge (two adjacent paragraphs joined), split (one paragraph cut in two),
spelling (British <-> American), numbers ("5 percent" <-> "5%", "$1.2
million" <-> "$1,200,000", times, small number words), furniture (a
republisher's lines at top and bottom), move (a paragraph moved), note (an
editor's note or correction prepended), trim (a sentence or two cut from
several paragraphs), copyedit (a few words changed per paragraph), aggregate
(an aggregator keeps 60-70% of the paragraphs), related ("READ MORE:" lines
inside the body) and rewrap (hard line breaks inside paragraphs); some copies
are made from another copy (chained). Negatives: same_event (another
outlet's story on the same event), same_topic, same_host, same_furniture (two
different articles republished by the same site with the same furniture),
random, quotes_two_paragraphs (a follow-up story quoting two paragraphs of the
original) and roundup (a digest with one paragraph of each of several
stories). Document ids are random and say nothing about the label.

Writes crossdoc_docs.jsonl, crossdoc_pairs.jsonl, crossdoc_clusters.jsonl and
manifest.json (counts by kind and by edit) to --out, with provenance.jsonl (what
each document was made from) and input.jsonl (only id, title and text, in the
order of crossdoc_docs.jsonl). Unless --no-run, it then runs
`python -m scraper dedup input.jsonl -o pred.jsonl --mark`, turns the dup_of
links into pair and cluster predictions, scores them with
../shared/bench/cleaning_score.py (--shared) and lists every wrong pair with its kind
and edits. Deterministic for a given --seed.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import subprocess
import sys
import textwrap
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import holdout3_articles  # noqa: E402
import holdout4_articles  # noqa: E402
import holdout5_articles  # noqa: E402
import holdout6_articles  # noqa: E402

DEFAULT_SEED = 20261125

# ---------------------------------------------------------------- articles


@dataclass
class Article:
    key: str
    site: str
    host: str
    lang: str
    topic: str | None
    title: str
    paras: list[str]


def site_from_host(host: str) -> str:
    return host.split(".")[0].replace("-", " ").title()


def load_articles() -> list[Article]:
    arts: list[Article] = []
    for a in holdout3_articles.ARTICLES:
        paras = [p[3:].strip() if p.startswith("## ") else p for p in a["paragraphs"]]
        arts.append(Article("h3/" + a["id"], a["site"], a["host"], a["lang"], "h3/" + a["topic"],
                            a["title"], paras))
    for a in holdout4_articles.ARTICLES:
        arts.append(Article("h4/" + a["slug"], a["site"], a["host"], a["lang"], "h4/" + a["topic"],
                            a["title"], list(a["paras"])))
    for a in holdout5_articles.ARTICLES:
        arts.append(Article("h5/" + a["slug"], site_from_host(a["host"]), a["host"], a["lang"],
                            "h5/" + a["topic"], a["title"], list(a["paragraphs"])))
    for a in holdout6_articles.ARTICLES:
        arts.append(Article("h6/" + a["id"].removeprefix("h6-"), a["site"], a["host"], a["lang"], None,
                            a["title"], [p.strip() for p in a["body"].split("\n\n") if p.strip()]))
    return arts


# Different articles about one event (or one running story), mostly from
# different outlets: the hard negatives. Read by hand from the article texts.
SAME_EVENT: list[tuple[str, ...]] = [
    ("h3/valdoria-vote", "h3/valdoria-coalition"),
    ("h3/imelda-landfall", "h3/imelda-cleanup", "h3/storm-short"),
    ("h3/aldcroft-trial-opens", "h3/aldcroft-verdict"),
    ("h3/rates-hold", "h3/markets-react"),
    ("h3/lumena-breach", "h3/lumena-scams"),
    ("h3/measles-outbreak", "h3/measles-clinics"),
    ("h3/geneva-talks", "h3/mirna-aid"),
    ("h4/mpa-kinnear-bridge", "h4/kvrn-bridge-live"),
    ("h4/mpa-norland-rates", "h4/ledger-mortgage-wait"),
    ("h4/ledger-kestrel-fab", "h4/circ-kestrel-analysis"),
    ("h4/circ-fold3-review", "h4/circ-fold3-launch"),
    ("h4/ftr-pell-sacked", "h4/blaze-pell-axed"),
    ("h4/courier-drought-farmers", "h4/mpa-heatwave-reservoirs"),
    ("h4/salt-night-market", "h4/courier-night-market-record"),
    ("h4/kvrn-pine-hollow-fire", "h4/mpa-pine-hollow-containment"),
    ("h4/courier-mayoral-debate", "h4/mpa-harrowgate-count"),
    ("h4/ftr-ndiaye-record", "h4/kvrn-marathon-closures"),
    ("h4/mpa-valdoria-quake", "h4/blaze-quake-holidaymakers"),
    ("h5/velmar-flood-levee", "h5/velmar-flood-relief"),
    ("h5/calloway-mayor-debate", "h5/calloway-mayor-column"),
    ("h5/ashbury-kelton-report", "h5/ashbury-kelton-ratings"),
    ("h5/norvik-vela-9-review", "h5/norvik-vela-9-launch"),
    ("h5/skyreach-pilots-strike", "h5/skyreach-strike-advice"),
    ("h5/tallow-creek-fire-grows", "h5/tallow-creek-evacuations"),
    ("h5/aurora-launch-success", "h5/aurora-launch-analysis"),
]

# ---------------------------------------------------------------- text helpers

ABBREV = {"mr", "mrs", "ms", "dr", "st", "gov", "sen", "rep", "gen", "lt", "col", "jr", "sr", "prof", "no",
          "inc", "ltd", "co", "vs", "mt", "ft", "sgt", "capt", "supt", "insp", "det", "cllr", "rev", "fr",
          "jan", "feb", "aug", "sept", "oct", "nov", "dec", "u.s", "a.m", "p.m", "etc", "approx", "av",
          "sra", "dra", "m", "mme", "hr", "nr", "dott", "sig"}
_BOUNDARY = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘'(\[¿¡]?[A-ZÀ-ÝÄÖÜ0-9])")
_WORD = re.compile(r"\w+", re.UNICODE)


def sentences(text: str) -> list[str]:
    """Split a paragraph into sentences (a simple rule set, abbreviations kept whole)."""
    out: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        tok = re.search(r"([\w.]+)$", text[start:m.start()])
        word = tok.group(1).lower().strip(".") if tok else ""
        if word in ABBREV or (len(word) == 1 and word.isalpha()):
            continue
        out.append(text[start:m.end()].strip())
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


def words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def tfidf_vectors(texts: list[str]) -> list[dict[str, float]]:
    docs = [Counter(w for w in words(t) if len(w) > 2) for t in texts]
    df: Counter[str] = Counter()
    for d in docs:
        df.update(d.keys())
    n = len(docs)
    vecs = []
    for d in docs:
        v = {w: c * math.log(n / df[w]) for w, c in d.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vecs.append({w: x / norm for w, x in v.items()})
    return vecs


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(w, 0.0) for w, x in a.items())


# ---------------------------------------------------------------- documents


@dataclass
class Para:
    text: str
    body: bool = True  # article text (False: notes, furniture, related links)


@dataclass
class Doc:
    id: str
    title: str
    paras: list[Para]
    role: str  # original | copy | followup | roundup
    cluster: str
    source: str | None = None  # article key
    edits: list[str] = field(default_factory=list)  # a copy's edits, its parent's included
    own_edits: list[str] = field(default_factory=list)  # the edits made on top of the parent
    parent: str | None = None  # doc id a chained copy was made from
    republisher: str | None = None
    detail: str = ""

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.paras)


class IdMaker:
    """Random, label-free document ids."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 7919 + 17)
        self.seen: set[str] = set()

    def __call__(self) -> str:
        while True:
            i = f"hx-{self.rng.getrandbits(40):010x}"
            if i not in self.seen:
                self.seen.add(i)
                return i


# ---------------------------------------------------------------- republishers

REPUBLISHERS = ["Tri-County Daily Digest", "NewsPulse Network", "The Morning Relay", "Coastal Syndicate",
                "Metro Wire Online", "Heartland Headlines", "Pressline Aggregate", "The Evening Standard-Post"]
EN_TOP = ["Sign up for {site}'s free morning newsletter", "Listen to this article · {m} min",
          "Get the {site} app for breaking news alerts", "Home › News › {section}", "Advertisement",
          "Follow {site} on Bluesky and Threads", "Reading time: {m} minutes"]
EN_BOTTOM = ["Share this article", "Share on Facebook · Share on X · Email",
             "© 2025 {site}. All rights reserved.", "More from {site}", "Was this article helpful? Yes / No",
             "Comments are closed for this story.",
             "Sign up for the {site} Daily Brief: the stories that matter, in your inbox every morning.",
             "Have a news tip? Email tips@{slug}.example"]
OTHER_FURNITURE: dict[str, tuple[list[str], list[str]]] = {
    "fr": (["Inscrivez-vous à notre newsletter", "Écouter cet article · {m} min"],
           ["Partager cet article", "© 2025 {site}. Tous droits réservés."]),
    "es": (["Suscríbete a nuestro boletín", "Escuchar esta noticia · {m} min"],
           ["Compartir esta noticia", "© 2025 {site}. Todos los derechos reservados."]),
    "de": (["Jetzt Newsletter abonnieren", "Artikel anhören · {m} Min."],
           ["Artikel teilen", "© 2025 {site}. Alle Rechte vorbehalten."]),
    "pt": (["Assine a nossa newsletter", "Ouvir esta notícia · {m} min"],
           ["Compartilhe esta notícia", "© 2025 {site}. Todos os direitos reservados."]),
    "it": (["Iscriviti alla newsletter", "Ascolta l'articolo · {m} min"],
           ["Condividi questo articolo", "© 2025 {site}. Tutti i diritti riservati."]),
    "nl": (["Meld je aan voor onze nieuwsbrief", "Luister naar dit artikel · {m} min"],
           ["Deel dit artikel", "© 2025 {site}. Alle rechten voorbehouden."]),
}
SECTIONS = ["Local", "World", "Business", "Sport", "Tech", "Politics", "Science", "Culture"]
EN_NOTES = ["Editor's note: This story has been updated with additional reporting.",
            "Correction: An earlier version of this article misspelled the name of a spokesperson. "
            "It has been corrected.",
            "Editor's note: This article was updated at {h}:{mm} {ap} with new information from officials.",
            "Update, {mon} {d}: This story has been updated to reflect the latest figures.",
            "Correction, {mon} {d}: A previous version of this story gave an incorrect date for the "
            "next hearing. We regret the error.",
            "Editor's note: This story was first published on {wd} and has been updated throughout."]
OTHER_NOTES = {"fr": "Note de la rédaction : cet article a été mis à jour le {d} à {h} h {mm}.",
               "es": "Nota de la redacción: esta información ha sido actualizada a las {h}.{mm}.",
               "de": "Anmerkung der Redaktion: Dieser Artikel wurde am {d}. aktualisiert.",
               "pt": "Nota da redação: esta reportagem foi atualizada às {h}h{mm}.",
               "it": "Nota della redazione: l'articolo è stato aggiornato alle {h}.{mm}.",
               "nl": "Noot van de redactie: dit artikel is bijgewerkt om {h}.{mm} uur."}
RELATED = {"en": ["READ MORE: {t}", "Related: {t}", "See also: {t}", "›› {t}"],
           "fr": ["À lire aussi : {t}"], "es": ["Lee también: {t}"], "de": ["Auch interessant: {t}"],
           "pt": ["Leia também: {t}"], "it": ["Leggi anche: {t}"], "nl": ["Lees ook: {t}"]}
MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fill(tpl: str, rng: random.Random, site: str = "") -> str:
    return tpl.format(site=site, slug=re.sub(r"\W+", "", site.lower()), m=rng.randint(2, 9),
                      section=rng.choice(SECTIONS), h=rng.randint(1, 12), mm=f"{rng.randrange(0, 60, 5):02d}",
                      ap=rng.choice(["a.m.", "p.m."]), mon=rng.choice(MONTHS), d=rng.randint(1, 28),
                      wd=rng.choice(WEEKDAYS))


@dataclass
class Furniture:
    top: list[str]
    bottom: list[str]


def republisher_furniture(name: str, lang: str, seed: int) -> Furniture:
    """One fixed set of lines per republisher and language: its pages all look alike."""
    rng = random.Random(f"{seed}/{name}/{lang}")
    if lang == "en":
        top = [fill(t, rng, name) for t in rng.sample(EN_TOP, rng.randint(1, 2))]
        bottom = [fill(t, rng, name) for t in rng.sample(EN_BOTTOM, rng.randint(1, 3))]
    else:
        tops, bottoms = OTHER_FURNITURE[lang]
        top = [fill(t, rng, name) for t in rng.sample(tops, rng.randint(1, 2))]
        bottom = [fill(t, rng, name) for t in rng.sample(bottoms, rng.randint(1, 2))]
    return Furniture(top, bottom)


# ---------------------------------------------------------------- word lists

UK_US = [
    ("colour", "color"), ("colours", "colors"), ("coloured", "colored"), ("favour", "favor"),
    ("favourite", "favorite"), ("favoured", "favored"), ("honour", "honor"), ("honoured", "honored"),
    ("labour", "labor"), ("neighbour", "neighbor"), ("neighbours", "neighbors"),
    ("neighbourhood", "neighborhood"), ("neighbourhoods", "neighborhoods"), ("behaviour", "behavior"),
    ("harbour", "harbor"), ("harbours", "harbors"), ("flavour", "flavor"), ("flavours", "flavors"),
    ("rumour", "rumor"), ("rumours", "rumors"), ("vapour", "vapor"), ("humour", "humor"),
    ("savoury", "savory"), ("endeavour", "endeavor"), ("centre", "center"), ("centres", "centers"),
    ("metre", "meter"), ("metres", "meters"), ("kilometre", "kilometer"), ("kilometres", "kilometers"),
    ("litre", "liter"), ("litres", "liters"), ("theatre", "theater"), ("theatres", "theaters"),
    ("fibre", "fiber"), ("programme", "program"), ("programmes", "programs"), ("organise", "organize"),
    ("organised", "organized"), ("organising", "organizing"), ("organiser", "organizer"),
    ("organisers", "organizers"), ("organisation", "organization"), ("organisations", "organizations"),
    ("recognise", "recognize"), ("recognised", "recognized"), ("realise", "realize"),
    ("realised", "realized"), ("apologise", "apologize"), ("apologised", "apologized"),
    ("criticise", "criticize"), ("criticised", "criticized"), ("emphasise", "emphasize"),
    ("emphasised", "emphasized"), ("prioritise", "prioritize"), ("authorised", "authorized"),
    ("mobilised", "mobilized"), ("utilise", "utilize"), ("minimise", "minimize"), ("maximise", "maximize"),
    ("summarise", "summarize"), ("finalised", "finalized"), ("privatisation", "privatization"),
    ("modernise", "modernize"), ("modernisation", "modernization"), ("specialised", "specialized"),
    ("hospitalised", "hospitalized"), ("subsidised", "subsidized"), ("stabilise", "stabilize"),
    ("defence", "defense"), ("defences", "defenses"), ("offence", "offense"), ("offences", "offenses"),
    ("licence", "license"), ("travelled", "traveled"), ("travelling", "traveling"),
    ("cancelled", "canceled"), ("cancelling", "canceling"), ("modelling", "modeling"),
    ("labelled", "labeled"), ("fuelled", "fueled"), ("counselling", "counseling"),
    ("signalling", "signaling"), ("levelled", "leveled"), ("totalled", "totaled"),
    ("marvellous", "marvelous"), ("jewellery", "jewelry"), ("aluminium", "aluminum"), ("grey", "gray"),
    ("catalogue", "catalog"), ("analyse", "analyze"), ("analysed", "analyzed"), ("analysing", "analyzing"),
    ("ageing", "aging"), ("manoeuvre", "maneuver"), ("towards", "toward"), ("paediatric", "pediatric"),
    ("sceptical", "skeptical"), ("enrolment", "enrollment"), ("instalment", "installment"),
    ("skilful", "skillful"), ("judgement", "judgment"), ("pyjamas", "pajamas"), ("mould", "mold"),
    ("plough", "plow"), ("sulphur", "sulfur"), ("whilst", "while"), ("amongst", "among"),
    ("learnt", "learned"), ("practise", "practice"), ("tyres", "tires"), ("kerb", "curb"),
]
# American forms that are also ordinary words in British English: never turned "British"
US_AMBIGUOUS = {"while", "among", "learned", "practice", "tires", "curb", "meter", "meters", "license"}
UK_TO_US = dict(UK_US)
US_TO_UK = {us: uk for uk, us in UK_US if us not in US_AMBIGUOUS}
UK_RE = re.compile(r"\b(" + "|".join(sorted(UK_TO_US, key=len, reverse=True)) + r")\b")
US_RE = re.compile(r"\b(" + "|".join(sorted(US_TO_UK, key=len, reverse=True)) + r")\b")

# light copy-editing: (pattern, replacements), lower case only so names stay; "" drops the match
NUM_AHEAD = r"(?= [$£€]?\d|[$£€]\d)"
COPYEDITS: list[tuple[str, list[str]]] = [
    (r"\babout" + NUM_AHEAD, ["around", "roughly", "some"]), (r"\baround" + NUM_AHEAD, ["about"]),
    (r"\broughly" + NUM_AHEAD, ["about", "around"]), (r"(?<!no )\bmore than" + NUM_AHEAD, ["over"]),
    (r"\bat least" + NUM_AHEAD, ["no fewer than"]), (r"\bnearly\b", ["almost"]), (r"\balmost\b", ["nearly"]),
    (r"(?<!at )\blarge\b", ["big"]), (r"\bbig\b", ["large"]), (r"\bbegan\b", ["started"]),
    (r"\bstarted\b", ["began"]), (r"\bbought\b", ["purchased"]), (r"\bbecause\b(?! of)", ["as", "since"]),
    (r"\bofficials\b", ["authorities"]), (r"\bquickly\b", ["rapidly", "swiftly"]), (r"\bcompany\b", ["firm"]),
    (r"\bresidents\b", ["locals"]), (r"\bdespite\b", ["in spite of"]), (r"\bexpected\b", ["anticipated"]),
    (r"\bmain\b", ["primary", "principal"]), (r"\bwarned\b", ["cautioned"]), (r"\btry to\b", ["attempt to"]),
    (r"\ba number of\b", ["several"]), (r"\bin order to\b", ["to"]),
    (r"\btold(?= (?:reporters|the|a|an|me|us|him|her|them)\b)", ["informed"]),
    (r"\bsaid(?= (?:in a statement|on|that|it|the|he|she|they)\b)", ["stated"]),
    (r"\b(?:very|also|really) ", [""]),
    (r"\bon (?=(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)", [""]),
]
COPYEDIT_RES = [(re.compile(p), r) for p, r in COPYEDITS]
NUMBER_WORDS = {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
                "nine": "9"}
COUNTED = ("people|years|days|weeks|months|hours|minutes|times|miles|seats|goals|points|children|men|women|"
           "counts|schools|wards|games|matches|stages|candidates|members|homes|routes|branches|stations")

# ---------------------------------------------------------------- edits


@dataclass
class EditCtx:
    art: Article
    republisher: str
    furniture: Furniture
    other_titles: list[str]


EditFn = Callable[[list[Para], EditCtx, random.Random], "list[Para] | None"]


def body_idx(paras: list[Para]) -> list[int]:
    return [i for i, p in enumerate(paras) if p.body]


def ed_aggregate(paras: list[Para], ctx: EditCtx, rng: random.Random) -> list[Para] | None:
    bi = body_idx(paras)
    if len(bi) < 5:
        return None
    k = max(3, round(len(bi) * rng.uniform(0.6, 0.7)))
    keep = set([bi[0]] + rng.sample(bi[1:], k - 1))
    out = [p for i, p in enumerate(paras) if not p.body or i in keep]
    if rng.random() < 0.6:
        line = rng.choice(["Read the full story at {h}", "This is a summary. The full article is at {h}",
                           "Source: {h}"])
        out.append(Para(line.format(h=ctx.art.host), body=False))
    return out


def ed_move(paras: list[Para], ctx: EditCtx, rng: random.Random) -> list[Para] | None:
    bi = body_idx(paras)
    if len(bi) < 4:
        return None
    i = rng.choice(bi[1:])
    targets = [j for j in bi[1:] if abs(j - i) >= 2]
    if not targets:
        return None
    j = rng.choice(targets)
    out = list(paras)
    p = out.pop(i)
    out.insert(j if j < i else j - 1, p)
    return out


def ed_merge(paras: list[Para], ctx: EditCtx, rng: random.Random) -> list[Para] | None:
    cands = [i for i in range(len(paras) - 1) if paras[i].body and paras[i + 1].body
             and len(paras[i].text) >= 60 and len(paras[i + 1].text) >= 60]
    if not cands:
        return None
    i = rng.choice(cands)
    return paras[:i] + [Para(paras[i].text + " " + paras[i + 1].text)] + paras[i + 2:]


def ed_split(paras: list[Para], ctx: EditCtx, rng: random.Random) -> list[Para] | None:
    cands = [i for i, p in enumerate(paras) if p.body and len(p.text) >= 150 and len(sentences(p.text)) >= 2]
    if not cands:
        return None
    i = rng.choice(cands)
    ss = sentences(paras[i].text)
    cut = max(1, min(len(ss) - 1, round(len(ss) / 2)))
    return paras[:i] + [Para(" ".join(ss[:cut])), Para(" ".join(ss[cut:]))] + paras[i + 1:]


def ed_trim(paras: list[Para], ctx: EditCtx, rng: random.Random) -> list[Para] | None:
    cands = [i for i, p in enumerate(paras) if p.body and len(sentences(p.text)) >= 2]
    if len(cands) < 2:
        return None
    chosen = rng.sample(cands, max(2, round(len(cands) * rng.uniform(0.3, 0.5))))
    out = list(paras)
    for i in chosen:
        ss = sentences(out[i].text)
        n = 2 if len(ss) >= 4 and rng.random() < 0.3 else 1
        out[i] = Para(" ".join(ss[:-n]))
    return out


def ed_copyedit(paras: list[Para], ctx: EditCtx, rng: random.Random) -> list[Para] | None:
    if ctx.art.lang != "en":
        return None
    out = list(paras)
    changes = 0
    for i, p in enumerate(paras):
        if not p.body:
            continue
        spans: list[tuple[int, int, list[str]]] = []
        for rx, repl in COPYEDIT_RES:
            spans.extend((m.start(), m.end(), repl) for m in rx.finditer(p.text))
        spans.sort()
        free: list[tuple[int, int, list[str]]] = []
        for span in spans:  # no overlapping edits
            if not free or span[0] >= free[-1][1]:
                free.append(span)
        if not free:
            continue
        picked = sorted(rng.sample(free, min(len(free), rng.randint(1, 3))), reverse=True)
        t = p.text
        for start, end, repl in picked:
            t = t[:start] + rng.choice(repl) + t[end:]
            changes += 1
        out[i] = Para(t)
    return out if changes >= 3 else None


def _dialect_swap(text: str, to_us: bool) -> str:
    if to_us:
        return UK_RE.sub(lambda m: UK_TO_US[m.group(1)], text)
    return US_RE.sub(lambda m: US_TO_UK[m.group(1)], text)


def writes_british(art: Article) -> bool:
    body = " ".join(art.paras)
    return len(UK_RE.findall(body)) >= len(US_RE.findall(body))


def ed_spelling(paras: list[Para], ctx: EditCtx, rng: random.Random) -> list[Para] | None:
    if ctx.art.lang != "en":
        return None
    to_us = writes_british(ctx.art)
    out = [Para(_dialect_swap(p.text, to_us)) if p.body else p for p in paras]
    return out if out != paras else None


def _expand_money(m: re.Match[str]) -> str:
    cur, num, unit = m.group(1), m.group(2), m.group(3).lower()
    value = float(num) * (1_000_000 if unit in ("million", "m") else 1_000_000_000)
    if value != int(value):
        return m.group(0)
    return f"{cur}{int(value):,}"


def _shrink_money(m: re.Match[str]) -> str:
    cur, digits = m.group(1), int(m.group(2).replace(",", ""))
    if digits % 100_000:
        return m.group(0)
    if digits >= 1_000_000_000 and digits % 100_000_000 == 0:
        return f"{cur}{digits / 1e9:g} billion"
    return f"{cur}{digits / 1e6:g} million"


def _time_to_us(m: re.Match[str]) -> str:
    h, mm, ap = m.group(1), m.group(2), m.group(3).lower()
    return f"{h}:{mm} {ap[0]}.m." if mm else f"{h} {ap[0]}.m."


def numbers_restyle(text: str) -> str:
    t = text
    if re.search(r"\d\s?(?:percent|per cent)\b", t):
        t = re.sub(r"(\d+(?:\.\d+)?)\s?(?:percent|per cent)\b", r"\1%", t)
    else:
        t = re.sub(r"(\d+(?:\.\d+)?)%", r"\1 percent", t)
    t = re.sub(r"([$£€])(\d+(?:\.\d+)?)\s?(million|billion|m|bn)\b", _expand_money, t)
    t = re.sub(r"([$£€])(\d{1,3}(?:,\d{3}){2,})(?!\d)", _shrink_money, t)
    t = re.sub(r"(?<![\d,.])(\d),(\d{3})(?![\d,])", r"\1\2", t)
    t = re.sub(r"\b(\d{1,2})(?:[.:](\d{2}))?\s?(am|pm)\b", _time_to_us, t)
    t = re.sub(r"\b(two|three|four|five|six|seven|eight|nine)\b(?= (?:" + COUNTED + r")\b)",
               lambda m: NUMBER_WORDS[m.group(1)], t)
    return t


def ed_numbers(paras: list[Para], ctx: EditCtx, rng: random.Random) -> list[Para] | None:
    if ctx.art.lang != "en":
        return None
    out = [Para(numbers_restyle(p.text)) if p.body else p for p in paras]
    return out if out != paras else None


def ed_note(paras: list[Para], ctx: EditCtx, rng: random.Random) -> list[Para] | None:
    lang = ctx.art.lang
    tpl = rng.choice(EN_NOTES) if lang == "en" else OTHER_NOTES.get(lang)
    if tpl is None:
        return None
    return [Para(fill(tpl, rng), body=False)] + paras


def ed_related(paras: list[Para], ctx: EditCtx, rng: random.Random) -> list[Para] | None:
    bi = body_idx(paras)
    if len(bi) < 4 or not ctx.other_titles:
        return None
    tpls = RELATED.get(ctx.art.lang, RELATED["en"])
    out = list(paras)
    for pos in sorted(rng.sample(bi[1:-1], min(len(bi) - 2, rng.randint(1, 2))), reverse=True):
        out.insert(pos + 1, Para(rng.choice(tpls).format(t=rng.choice(ctx.other_titles)), body=False))
    return out


def ed_furniture(paras: list[Para], ctx: EditCtx, rng: random.Random) -> list[Para] | None:
    f = ctx.furniture
    return [Para(t, False) for t in f.top] + paras + [Para(t, False) for t in f.bottom]


def ed_rewrap(paras: list[Para], ctx: EditCtx, rng: random.Random) -> list[Para] | None:
    width = rng.randint(64, 78)
    return [Para(textwrap.fill(p.text, width=width, break_long_words=False, break_on_hyphens=False), p.body)
            for p in paras]


# application order; each copy lists its edits in this order
EDITS: list[tuple[str, EditFn]] = [
    ("aggregate", ed_aggregate), ("move", ed_move), ("merge", ed_merge), ("split", ed_split),
    ("trim", ed_trim), ("copyedit", ed_copyedit), ("spelling", ed_spelling), ("numbers", ed_numbers),
    ("note", ed_note), ("related", ed_related), ("furniture", ed_furniture), ("rewrap", ed_rewrap),
]
EDIT_FN = dict(EDITS)
EDIT_ORDER = [name for name, _ in EDITS]
EDIT_WEIGHTS = {"aggregate": 9, "move": 8, "merge": 10, "split": 9, "trim": 10, "copyedit": 12, "spelling": 9,
                "numbers": 9, "note": 8, "related": 6, "furniture": 13, "rewrap": 4}
N_EDITS = [(1, 25), (2, 35), (3, 25), (4, 15)]
EXCLUSIVE = [{"aggregate", "trim"}]  # together they leave too little of the article


def wchoice(rng: random.Random, table: list[tuple[int, int]]) -> int:
    return rng.choices([v for v, _ in table], weights=[w for _, w in table])[0]


def make_copy(parent: Doc, art: Article, banned: set[str], rng: random.Random, new_id: IdMaker,
              seed: int, titles_by_lang: dict[str, list[str]]) -> Doc:
    """Republish `parent` (the original or another copy) with a random set of edits."""
    republisher = rng.choice(REPUBLISHERS)
    ctx = EditCtx(art, republisher, republisher_furniture(republisher, art.lang, seed),
                  [t for t in titles_by_lang.get(art.lang, []) if t != art.title])
    want = wchoice(rng, N_EDITS)
    pool = [e for e in EDIT_ORDER if e not in banned and e not in parent.edits]
    chosen: list[str] = []
    paras = [Para(p.text, p.body) for p in parent.paras]
    tries = 0
    while len(chosen) < want and pool and tries < 40:
        tries += 1
        e = rng.choices(pool, weights=[EDIT_WEIGHTS[x] for x in pool])[0]
        pool.remove(e)
        if any(e in ex and (ex & set(chosen + parent.edits)) for ex in EXCLUSIVE):
            continue
        chosen.append(e)
    # apply in canonical order; an edit that does not apply to this text is replaced by nothing
    done: list[str] = []
    for e in EDIT_ORDER:
        if e not in chosen:
            continue
        res = EDIT_FN[e](paras, ctx, rng)
        if res is not None and [p.text for p in res] != [p.text for p in paras]:
            paras = res
            done.append(e)
    if not done:  # guarantee at least one edit: furniture always applies
        paras = ed_furniture(paras, ctx, rng) or paras
        done = ["furniture"]
    edits = [e for e in EDIT_ORDER if e in done or e in parent.edits]
    title = art.title
    if "spelling" in done:
        title = _dialect_swap(title, writes_british(art))
    return Doc(new_id(), title, paras, "copy", parent.cluster, source=art.key, edits=edits, own_edits=done,
               parent=parent.id if parent.role == "copy" else None, republisher=republisher)


# ---------------------------------------------------------------- non-copies sharing text

FOLLOWUP_FRAMES = ["In an earlier report, {site} wrote:", "As {site} reported on {wd}:",
                   "Background, from our earlier coverage:", "From {site}'s original report:"]
ROUNDUP_TITLES = ["Morning briefing: the stories to know this {wd}", "The week in review",
                  "Evening roundup: what you missed today", "Your {wd} news digest",
                  "Five things to know before you start your day", "Weekend reading: the week's top stories",
                  "Catch up: today's headlines"]
ROUNDUP_INTROS = ["Good morning. Here is what our newsroom is following today.",
                  "In case you missed it, here are the stories that mattered this week.",
                  "Here's a quick look at today's top stories from around the region."]
ROUNDUP_OUTROS = ["That's all for today. See you tomorrow.", "Enjoyed this digest? Forward it to a friend.",
                  "Got a story we should cover? Reply to this email."]


def make_followup(src: Article, donor: Article, n: int, rng: random.Random, new_id: IdMaker) -> Doc:
    """Another story (the donor's text) that quotes two consecutive paragraphs of `src`."""
    own = donor.paras[:rng.randint(8, 12)]
    cands = [i for i in range(len(src.paras) - 1) if len(src.paras[i]) >= 60 and len(src.paras[i + 1]) >= 60]
    start = rng.choice(cands or [0])
    quoted = [Para(t) for t in src.paras[start:start + 2]]
    pos = rng.randint(2, min(4, len(own)))
    frame = [Para(fill(rng.choice(FOLLOWUP_FRAMES), rng, src.site))] if rng.random() < 0.5 else []
    paras = [Para(t) for t in own[:pos]] + frame + quoted + [Para(t) for t in own[pos:]]
    return Doc(new_id(), donor.title, paras, "followup", f"followup-{n}", source=src.key,
               detail=f"{donor.key} + paragraphs {start + 1}-{start + 2} of {src.key}")


def make_roundup(items: list[Article], n: int, rng: random.Random, new_id: IdMaker) -> Doc:
    """A digest: for each story its headline and one paragraph (the lead, mostly)."""
    paras = [Para(rng.choice(ROUNDUP_INTROS))]
    picks = []
    for a in items:
        i = 0 if rng.random() < 0.7 else rng.randrange(1, min(4, len(a.paras)))
        picks.append(f"{a.key}#{i + 1}")
        paras += [Para(a.title), Para(a.paras[i])]
        if rng.random() < 0.4:
            paras.append(Para(f"Full story: {a.host}"))
    if rng.random() < 0.5:
        paras.append(Para(rng.choice(ROUNDUP_OUTROS)))
    title = fill(rng.choice(ROUNDUP_TITLES), rng)
    return Doc(new_id(), title, paras, "roundup", f"roundup-{n}", detail="items " + ", ".join(picks))


# ---------------------------------------------------------------- the set


@dataclass
class Pair:
    a: str
    b: str
    is_dup: bool
    kind: str

    @property
    def key(self) -> tuple[str, str]:
        return (min(self.a, self.b), max(self.a, self.b))


@dataclass
class CrossdocSet:
    docs: list[Doc]
    pairs: list[Pair]
    selected: list[Article]


def build_set(seed: int, n_originals: int) -> CrossdocSet:
    rng = random.Random(seed)
    new_id = IdMaker(seed)
    arts = load_articles()
    by_key = {a.key: a for a in arts}
    for group in SAME_EVENT:
        assert all(k in by_key for k in group), group

    # originals: every same-event story, the rest drawn at random
    event_keys = [k for g in SAME_EVENT for k in g]
    rest = [a.key for a in arts if a.key not in set(event_keys)]
    rng.shuffle(rest)
    chosen = event_keys + rest[:max(0, n_originals - len(event_keys))]
    selected = [by_key[k] for k in chosen]
    unused = [by_key[k] for k in rest[max(0, n_originals - len(event_keys)):]]
    titles_by_lang: dict[str, list[str]] = defaultdict(list)
    for a in arts:
        titles_by_lang[a.lang].append(a.title)

    docs: list[Doc] = []
    clusters: dict[str, list[Doc]] = {}
    for a in selected:
        orig = Doc(new_id(), a.title, [Para(p) for p in a.paras], "original", a.key, source=a.key)
        members = [orig]
        n_copies = wchoice(rng, [(0, 20), (1, 45), (2, 35)])
        for c in range(n_copies):
            chained = c == 1 and rng.random() < 0.35
            parent = members[1] if chained else orig
            banned = {"aggregate"} if any("aggregate" in m.edits for m in members) else set()
            if chained:
                banned |= {"rewrap"}
            members.append(make_copy(parent, a, banned, rng, new_id, seed, titles_by_lang))
        clusters[a.key] = members
        docs.extend(members)

    pairs: dict[tuple[str, str], Pair] = {}

    def add(x: Doc, y: Doc, is_dup: bool, kind: str) -> bool:
        p = Pair(x.id, y.id, is_dup, kind)
        if x.id == y.id or p.key in pairs:
            return False
        pairs[p.key] = p
        return True

    # positives: every pair inside a cluster
    for members in clusters.values():
        for i in range(len(members)):
            for j in range(i + 1, len(members)):
                add(members[i], members[j], True, "syndicated")

    def member(k: str) -> Doc:
        return rng.choice(clusters[k])

    sel_keys = set(chosen)
    # same_event: each pair of same-event stories, plus a copy-vs-copy pair when both have copies
    for group in SAME_EVENT:
        for i in range(len(group)):
            for j in range(i + 1, len(group)):
                ka, kb = group[i], group[j]
                add(member(ka), member(kb), False, "same_event")
                if len(clusters[ka]) > 1 and len(clusters[kb]) > 1:
                    add(rng.choice(clusters[ka][1:]), rng.choice(clusters[kb][1:]), False, "same_event")

    # follow-ups quoting two paragraphs, and roundups
    en_sources = [a for a in selected if a.lang == "en" and len(a.paras) >= 6]
    donors = [a for a in unused if a.lang == "en" and len(a.paras) >= 7]
    vecs = tfidf_vectors([a.title + " " + " ".join(a.paras) for a in en_sources + donors])
    vec = {a.key: v for a, v in zip(en_sources + donors, vecs)}
    fu_sources = rng.sample(en_sources, min(16, len(en_sources), len(donors)))
    for n, src in enumerate(fu_sources, 1):
        donor = max(donors, key=lambda d: cosine(vec[src.key], vec[d.key]))
        donors.remove(donor)
        fu = make_followup(src, donor, n, rng, new_id)
        docs.append(fu)
        add(fu, clusters[src.key][0], False, "quotes_two_paragraphs")
        if len(clusters[src.key]) > 1:
            add(fu, rng.choice(clusters[src.key][1:]), False, "quotes_two_paragraphs")
    ru_pool = [a for a in en_sources if a not in fu_sources]
    rng.shuffle(ru_pool)
    for n in range(1, 8):
        items = [ru_pool.pop() for _ in range(rng.randint(4, 6)) if ru_pool]
        if len(items) < 3:
            break
        ru = make_roundup(items, n, rng, new_id)
        docs.append(ru)
        for a in items:
            add(ru, member(a.key), False, "roundup")

    # same_furniture: two different articles republished with the same site furniture
    by_rep: dict[str, list[Doc]] = defaultdict(list)
    for d in docs:
        if d.role == "copy" and "furniture" in d.edits and d.republisher:
            by_rep[d.republisher].append(d)
    furn = [(x, y) for ds in by_rep.values() for i, x in enumerate(ds) for y in ds[i + 1:]
            if x.cluster != y.cluster]
    for x, y in rng.sample(furn, min(25, len(furn))):
        add(x, y, False, "same_furniture")

    # same_topic: shared topic key, or the most similar other article (not a same-event story)
    event_of = {k: set(g) for g in SAME_EVENT for k in g}
    topic_pairs = [(a.key, b.key) for i, a in enumerate(selected) for b in selected[i + 1:]
                   if a.topic and a.topic == b.topic and b.key not in event_of.get(a.key, set())]
    svecs = tfidf_vectors([a.title + " " + " ".join(a.paras) for a in selected])
    sims = []
    for i, a in enumerate(selected):
        best = max((j for j in range(len(selected)) if j != i
                    and selected[j].key not in event_of.get(a.key, set())),
                   key=lambda j: cosine(svecs[i], svecs[j]))
        sims.append((a.key, selected[best].key))
    n_topic = 0
    for ka, kb in topic_pairs + rng.sample(sims, len(sims)):
        if n_topic >= 50:
            break
        n_topic += add(member(ka), member(kb), False, "same_topic")

    # same_host: two different articles of one site
    by_host: dict[str, list[str]] = defaultdict(list)
    for a in selected:
        by_host[a.host].append(a.key)
    host_pairs = [(x, y) for ks in by_host.values() for i, x in enumerate(ks) for y in ks[i + 1:]]
    n_host = 0
    for ka, kb in rng.sample(host_pairs, len(host_pairs)):
        if n_host >= 45:
            break
        n_host += add(member(ka), member(kb), False, "same_host")

    # random
    n_rand = 0
    keys = sorted(sel_keys)
    while n_rand < 70:
        ka, kb = rng.sample(keys, 2)
        if kb in event_of.get(ka, set()):
            continue
        n_rand += add(member(ka), member(kb), False, "random")

    docs.sort(key=lambda d: d.id)
    return CrossdocSet(docs, sorted(pairs.values(), key=lambda p: p.key), selected)


# ---------------------------------------------------------------- writing


def write_jsonl(path: str, rows: Iterable[dict[str, object]]) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def read_jsonl(path: str) -> list[dict[str, object]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def write_set(cs: CrossdocSet, out: str, seed: int) -> dict[str, object]:
    os.makedirs(out, exist_ok=True)
    docs_rows: list[dict[str, object]] = []
    for d in cs.docs:
        row: dict[str, object] = {"id": d.id, "title": d.title, "text": d.text}
        if d.role == "copy":
            row["edits"] = d.edits
        docs_rows.append(row)
    write_jsonl(os.path.join(out, "crossdoc_docs.jsonl"), docs_rows)
    write_jsonl(os.path.join(out, "crossdoc_pairs.jsonl"),
                ({"a": p.key[0], "b": p.key[1], "is_dup": p.is_dup, "kind": p.kind} for p in cs.pairs))
    write_jsonl(os.path.join(out, "crossdoc_clusters.jsonl"), ({"id": d.id, "cluster": d.cluster} for d in cs.docs))
    write_jsonl(os.path.join(out, "provenance.jsonl"),
                ({"id": d.id, "role": d.role, "cluster": d.cluster, "source": d.source, "edits": d.edits,
                  "own_edits": d.own_edits, "parent": d.parent, "republisher": d.republisher,
                  "detail": d.detail} for d in cs.docs))
    write_jsonl(os.path.join(out, "input.jsonl"), ({"id": d.id, "title": d.title, "text": d.text} for d in cs.docs))

    copies = [d for d in cs.docs if d.role == "copy"]
    by_edit = Counter(e for d in copies for e in d.edits)
    own_edit = Counter(e for d in copies for e in d.own_edits)
    sizes = Counter(Counter(d.cluster for d in cs.docs if d.role in ("original", "copy")).values())
    manifest: dict[str, object] = {
        "profile": "holdout_crossdoc", "seed": seed,
        "articles": len(cs.selected),
        "articles_by_source": dict(sorted(Counter(a.key.split("/")[0] for a in cs.selected).items())),
        "languages": dict(Counter(a.lang for a in cs.selected).most_common()),
        "docs": len(cs.docs),
        "docs_by_role": dict(Counter(d.role for d in cs.docs).most_common()),
        "pairs": len(cs.pairs),
        "positive": sum(p.is_dup for p in cs.pairs),
        "by_kind": dict(sorted(Counter(p.kind for p in cs.pairs).items())),
        "by_edit": dict(sorted(by_edit.items())),
        "by_edit_own": dict(sorted(own_edit.items())),
        "edits_per_copy": dict(sorted(Counter(len(d.edits) for d in copies).items())),
        "chained_copies": sum(d.parent is not None for d in copies),
        "cluster_sizes": dict(sorted(sizes.items())),
        "clusters": len({d.cluster for d in cs.docs}),
        "same_event_groups": [list(g) for g in SAME_EVENT],
    }
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, indent=2, ensure_ascii=False)
    return manifest


# ---------------------------------------------------------------- running and scoring


def find(parent: dict[str, str], x: str) -> str:
    while parent.get(x, x) != x:
        x = parent[x]
    return x


def predictions(pred_path: str, doc_ids: list[str]) -> dict[str, str]:
    """doc id -> root of its dup_of chain (a document not in the output is its own root)."""
    parent: dict[str, str] = {}
    for r in read_jsonl(pred_path):
        rid = str(r["id"])
        dup = r.get("dup_of")
        if dup:
            ra, rb = find(parent, rid), find(parent, str(dup))
            if ra != rb:
                parent[ra] = rb
    return {i: find(parent, i) for i in doc_ids}


def describe(d: Doc) -> str:
    if d.role == "original":
        return f"original {d.source}"
    if d.role == "copy":
        via = f", from copy {d.parent}" if d.parent else ""
        return f"copy of {d.source} {d.edits}{via}"
    if d.role == "followup":
        return f"follow-up: {d.detail}"
    return f"roundup: {d.detail}"


def run_and_score(cs: CrossdocSet, out: str, scorer: Path) -> int:
    inp, pred = os.path.join(out, "input.jsonl"), os.path.join(out, "pred.jsonl")
    cmd = [sys.executable, "-m", "scraper", "dedup", inp, "-o", pred, "--mark"]
    t0 = time.perf_counter()
    r = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True)
    took = time.perf_counter() - t0
    if r.returncode != 0:
        print(r.stdout, r.stderr, sep="\n", file=sys.stderr)
        print(f"dedup failed with exit code {r.returncode}", file=sys.stderr)
        return r.returncode
    print(f"newsclean dedup --mark: {len(cs.docs)} docs in {took:.1f}s")
    root = predictions(pred, [d.id for d in cs.docs])
    pairs_pred = os.path.join(out, "pairs_pred.jsonl")
    clusters_pred = os.path.join(out, "clusters_pred.jsonl")
    write_jsonl(pairs_pred, ({"a": p.key[0], "b": p.key[1], "is_dup": root[p.a] == root[p.b]} for p in cs.pairs))
    write_jsonl(clusters_pred, ({"id": d.id, "cluster": root[d.id]} for d in cs.docs))
    sc = subprocess.run([sys.executable, str(scorer), out, "--crossdoc", pairs_pred, "--clusters", clusters_pred,
                         "--json", os.path.join(out, "score.json")], capture_output=True, text=True)
    print(sc.stdout.rstrip())
    if sc.returncode != 0:
        print(sc.stderr, file=sys.stderr)
        return sc.returncode

    by_id = {d.id: d for d in cs.docs}
    rec: dict[str, Counter[str]] = defaultdict(Counter)
    wrong = []
    for p in cs.pairs:
        y = root[p.a] == root[p.b]
        if p.is_dup:
            da, db = by_id[p.a], by_id[p.b]
            for e in set(da.edits) | set(db.edits):
                rec[e]["n"] += 1
                rec[e]["hit"] += y
            n_ed = len(set(da.edits) | set(db.edits))
            rec[f"({n_ed} edits)"]["n"] += 1
            rec[f"({n_ed} edits)"]["hit"] += y
        if y != p.is_dup:
            wrong.append(p)
    print("recall of positive pairs by edit (a pair counts under every edit of either copy):")
    for e in EDIT_ORDER + sorted(k for k in rec if k.startswith("(")):
        if e in rec:
            print(f"  {e:12s} {rec[e]['hit'] / rec[e]['n']:.3f}  ({rec[e]['hit']}/{rec[e]['n']})")
    print(f"wrong pairs: {len(wrong)}")
    for p in sorted(wrong, key=lambda p: (not p.is_dup, p.kind)):
        tag = "FN" if p.is_dup else "FP"
        print(f"  {tag} {p.kind:22s} {p.a} = {describe(by_id[p.a])}")
        print(f"     {'':22s} {p.b} = {describe(by_id[p.b])}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=Path("../shared"), help="folder holding bench/cleaning_score.py")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default=os.path.join("bench", "out", "holdout_crossdoc"))
    ap.add_argument("--originals", type=int, default=100, help="articles used as originals (the rest donate "
                    "the text of follow-up stories)")
    ap.add_argument("--no-run", action="store_true", help="only build and write the set")
    args = ap.parse_args(argv)

    cs = build_set(args.seed, args.originals)
    m = write_set(cs, args.out, args.seed)
    print(f"holdout_crossdoc: {m['docs']} docs, {m['pairs']} pairs ({m['positive']} positive) -> {args.out}")
    print("  docs by role:", json.dumps(m["docs_by_role"]))
    print("  pairs by kind:", json.dumps(m["by_kind"]))
    print("  copies by edit:", json.dumps(m["by_edit"]))
    if args.no_run:
        return 0
    return run_and_score(cs, args.out, args.shared / "bench" / "cleaning_score.py")


if __name__ == "__main__":
    sys.exit(main())
