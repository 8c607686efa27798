#!/usr/bin/env python3
"""Build the holdout5 cleaning set: an independent held-out set in the dev schema.

    python bench/holdout5_set.py [--seed N] [--out bench/out/holdout5] [--variants 2] [--no-seed-doc]

It follows the recipe of the dev cleaning set (shared bench/cleaning/README.md)
but with its own, invented articles (bench/holdout5_articles.py), its own
furniture phrasings and some injection styles the dev set does not have:

  keep                 the first 6-22 paragraphs of the article, in order
  title                the headline, first line of the document
  repeated_headline    0-3 extra copies right after the title
                       dev-like: head_exact, head_case, head_suffix, head_trail
                       new:      head_sep (other separators), head_prefix,
                                 head_trunc, head_quote, head_nbsp, head_crumb
  duplicate_paragraph  0-2 article paragraphs repeated later
                       dev-like: dup_exact, dup_near_ws, dup_near_quote, dup_near_word
                       new:      dup_near_punct, dup_near_dash, dup_near_nbsp,
                                 dup_near_typo, dup_near_trunc, dup_near_entity,
                                 dup_near_wrap
  off_topic            0-2 items from another article of the set, at random positions
                       dev-like: off_para, off_neartopic, off_teaser
                       new:      off_teaser_near, off_teaser_inline,
                                 off_teaser_dated, off_headline
  boilerplate          0-3 short furniture lines, top / middle / end
                       (bp_top, bp_middle, bp_end), 80+ phrasings of our own in
                       8 languages, many with numbers or dates

Writes input.jsonl, docs.jsonl, texts/<id>.txt and manifest.json to --out.
Deterministic for a given --seed. Score with
    python3 /work/shared/bench/cleaning_score.py OUT PRED.jsonl --by-style
"""
from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import sys
import zlib
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout5_articles import ARTICLES  # noqa: E402

SEED_SAMPLE = "/work/shared/samples/seed-alqaim.txt"

# ---------------------------------------------------------------- noise amounts
# (value, weight) tables matching the dev set's observed distributions
N_HEAD = [(0, 12), (1, 35), (2, 36), (3, 17)]
N_DUP = [(0, 44), (1, 39), (2, 17)]
N_OFF = [(0, 21), (1, 60), (2, 19)]
N_BP = [(0, 13), (1, 36), (2, 30), (3, 21)]
BP_POS = [("bp_top", 14), ("bp_middle", 38), ("bp_end", 48)]

HEAD_STYLES = [("head_exact", 22), ("head_case", 11), ("head_suffix", 15), ("head_trail", 11),
               ("head_sep", 10), ("head_prefix", 8), ("head_trunc", 7), ("head_quote", 5),
               ("head_nbsp", 5), ("head_crumb", 6)]
DUP_STYLES = [("dup_exact", 20), ("dup_near_ws", 12), ("dup_near_quote", 8), ("dup_near_word", 14),
              ("dup_near_punct", 8), ("dup_near_dash", 6), ("dup_near_nbsp", 6), ("dup_near_typo", 8),
              ("dup_near_trunc", 7), ("dup_near_entity", 5), ("dup_near_wrap", 6)]
OFF_STYLES = [("off_para", 20), ("off_neartopic", 22), ("off_teaser", 20), ("off_teaser_near", 10),
              ("off_teaser_inline", 10), ("off_teaser_dated", 9), ("off_headline", 9)]

# ---------------------------------------------------------------- sites / names
SITES = ["Harbor Ledger", "The Meridian Star", "Coastline Wire", "Daily Upshot", "Northvale Echo",
         "Ridgeway Times", "The Lantern", "Valley Commuter", "Pinegate Observer", "Brightwater News",
         "Kestrel Herald", "Bayside Post", "NEWSROOM 24", "Capital Dispatch", "Gazeta do Vale",
         "El Faro Digital", "Le Courrier du Port", "Rheinkurier", "Il Corriere delle Valli",
         "westfieldnews.example", "TMX", "Orbit Daily"]
SECTIONS = ["Politics", "Local", "World", "Business", "Sport", "Tech", "Culture", "Opinion",
            "Science", "Travel", "Weather", "Lifestyle"]
PHOTOGRAPHERS = ["Lena Morrow", "T. Okoye", "Jakob Riis", "Ana P. Souza", "Marco Bellini",
                 "Chloé Garnier", "Sam Whitfield"]
AGENCIES = ["Coastline Wire", "Nordpix", "Agência Sul", "Fotoagentur Weiss", "StringerPool"]
TAGS = ["housing", "elections", "weather", "transport", "courts", "football", "music", "health",
        "economy", "climate", "education", "technology"]
MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_FULL = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "novembre", "dicembre"]
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

# ---------------------------------------------------------------- boilerplate phrasings
# Our own page-furniture lines ({...} fields are filled per use). None of these
# is one of the dev set's phrasings.
BOILERPLATE = [
    # English
    "Share via WhatsApp", "Copy link", "Listen to this article · {m} min", "Reading time: {m} minutes",
    "Filed under: {section}", "Tags: {tag}, {tag2}", "Image: {photog} / {agency}",
    "Advertisement · Scroll to continue", "Jump to comments ({n})",
    "Last modified on {wd} {d} {mon} {y} {hh}.{mm} GMT", "First published {dd}/{mo}/{y} {hh}:{mm}",
    "Show comments", "Get the app", "Sign in to save this article", "Save for later",
    "Report an error", "Want more stories like this? Join our mailing list",
    "Embedded content unavailable", "Give feedback", "Print this page", "Next article ›",
    "‹ Previous story", "Gallery: {n} photos", "{n} shares", "Posted {h} hours ago",
    "Trending topics", "Editor's picks", "Don't miss", "Partner content", "Paid post",
    "Join the conversation", "Have a news tip? Contact our newsroom", "Follow {site} on Instagram",
    "Subscribe for full access", "Already a subscriber? Log in",
    "You have {k} free articles remaining this month", "Cookie settings",
    "Terms of use | Privacy policy", "Turn on breaking news alerts", "Up next", "Related coverage",
    "More on this story", "Listen to our podcast", "Play video", "{m} min read",
    "Updated: {month} {d}, {y}", "© {y} {site}", "Loading comments…", "See all {section} news",
    "Sponsored by {site}", "Caption: {photog} for {site}", "Text size: A- A+",
    "Most shared this week", "Add {site} as a preferred source",
    # Spanish
    "Compartir en WhatsApp", "Te puede interesar", "Suscríbete a nuestro boletín",
    "Noticias relacionadas", "Contenido patrocinado", "Actualizado: {dd}/{mo}/{y} {hh}:{mm} h",
    "Más noticias de {section}",
    # Portuguese
    "Compartilhe esta notícia", "Veja também", "Siga-nos no Instagram",
    "Assine nossa newsletter", "Atualizado em {dd}/{mo}/{y} às {hh}h{mm}",
    # French
    "Lire aussi", "À lire également", "Abonnez-vous à notre newsletter", "Publicité",
    "Mis à jour le {d} {mois} {y} à {hh}h{mm}", "Réagir ({n} commentaires)",
    # German
    "Anzeige", "Mehr zum Thema", "Artikel teilen", "Zum Newsletter anmelden",
    "Aktualisiert am {dd}.{mo}.{y}, {hh}:{mm} Uhr", "Kommentare ({n})",
    # Italian
    "Leggi anche", "Pubblicità", "Condividi su WhatsApp", "Iscriviti alla newsletter",
    "Aggiornato il {d} {mese} {y}",
    # Dutch / Polish
    "Lees ook", "Deel dit artikel", "Czytaj także",
]

STOP = set("""the a an and or of to in on for with at by from is are was were be been it its
this that as but not have has had will would can could he she they we you i his her their our
said says after over more than about into who what when where which there here also just one two
el la los las de del que en y un una por con para se al lo su sus es o le les des du et à au un une
est qui dans pour sur pas der die das und den dem ein eine ist mit von zu im nicht il lo gli di che
da per non os as do da em um uma com para não""".split())


def wchoice(rng: random.Random, table):
    vals, weights = zip(*table)
    return rng.choices(vals, weights=weights, k=1)[0]


def words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]{3,}", text.lower())


def most_similar(arts: list[dict]) -> list[int]:
    """Index of the most similar other article (TF-IDF cosine on body words)."""
    docs = [Counter(w for w in words(" ".join([a["title"]] + a["paragraphs"])) if w not in STOP)
            for a in arts]
    df = Counter(w for d in docs for w in d)
    n = len(docs)
    vecs = []
    for d in docs:
        v = {w: (1 + math.log(c)) * math.log(n / df[w]) for w, c in d.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vecs.append({w: x / norm for w, x in v.items()})
    best = []
    for i, v in enumerate(vecs):
        scores = [(sum(x * vecs[j].get(w, 0.0) for w, x in v.items()), j)
                  for j in range(n) if j != i]
        best.append(max(scores)[1])
    return best


def sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?»\"”])\s+(?=[A-ZÀ-ÝÄÖÜ\"“«¿¡])", text)
    return [p for p in parts if p]


def lead_sentences(art: dict, rng: random.Random) -> str:
    first = next((p for p in art["paragraphs"] if len(p) >= 60), art["paragraphs"][0])
    sents = sentences(first)
    k = 1 if len(sents) < 2 or len(sents[0]) > 160 else rng.choice([1, 2])
    return " ".join(sents[:k])


# ---------------------------------------------------------------- headline copies
def title_case(t: str) -> str:
    return " ".join(w[:1].upper() + w[1:].lower() if w else w for w in t.split(" "))


def head_copy(title: str, style: str, rng: random.Random) -> str:
    if style == "head_exact":
        return title
    if style == "head_case":
        f = rng.choice(["upper", "lower", "title"])
        out = title.upper() if f == "upper" else title.lower() if f == "lower" else title_case(title)
        return out if out != title else title.upper()
    if style == "head_suffix":
        return title + rng.choice([" | ", " - ", " – ", " — "]) + rng.choice(SITES)
    if style == "head_trail":
        return title + rng.choice(["  ", " ", ".", " ...", "!", " -", ":", "\u00a0", " |"])
    if style == "head_sep":
        return title + rng.choice([" :: ", " « ", " » ", " · ", " / ", " ~ ", " •  ", " // ", " ¦ "]) \
            + rng.choice(SITES)
    if style == "head_prefix":
        return rng.choice([rng.choice(SITES) + ": ", rng.choice(SITES) + " | ", "BREAKING: ", "WATCH: ",
                           "Exclusive | ", "UPDATE: ", "LIVE: ", "Opinion | ", "In pictures: "]) + title
    if style == "head_trunc":
        ws_ = title.split()
        if len(ws_) >= 5:
            k = rng.randint(max(3, len(ws_) // 2), len(ws_) - 1)
            return " ".join(ws_[:k]).rstrip(",:;") + rng.choice(["…", "...", " …"])
        return title + "…"
    if style == "head_quote":
        swapped = swap_quotes(title)
        if swapped != title:
            return swapped
        return "“" + title + "”"
    if style == "head_nbsp":
        return title.replace(" ", "\u00a0")
    if style == "head_crumb":
        return title + rng.choice([" - ", " | ", " › "]) + rng.choice(SECTIONS) \
            + rng.choice([" - ", " | ", " › "]) + rng.choice(SITES)
    raise ValueError(style)


# ---------------------------------------------------------------- duplicate copies
def swap_quotes(t: str) -> str:
    if any(c in t for c in "“”‘’"):
        return t.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"}))
    out, open_ = [], True
    for i, c in enumerate(t):
        if c == '"':
            out.append("“" if open_ else "”")
            open_ = not open_
        elif c == "'":
            prev = t[i - 1] if i else " "
            out.append("’" if prev.isalnum() else "‘")
        else:
            out.append(c)
    return "".join(out)


ADD_WORDS = ["also", "now", "then", "still", "just", "really", "even", "already"]


def dup_copy(text: str, style: str, rng: random.Random) -> str:
    toks = text.split(" ")
    if style == "dup_exact":
        return text
    if style == "dup_near_ws":
        f = rng.choice(["double", "double", "trail", "lead"])
        if f == "trail":
            return text + " "
        if f == "lead":
            return " " + text
        i = rng.randrange(1, len(toks))
        return " ".join(toks[:i]) + "  " + " ".join(toks[i:])
    if style == "dup_near_quote":
        return swap_quotes(text)
    if style == "dup_near_word":
        if rng.random() < 0.5 and len(toks) > 4:
            i = rng.randrange(len(toks))
            return " ".join(toks[:i] + toks[i + 1:])
        i = rng.randrange(1, len(toks))
        return " ".join(toks[:i] + [rng.choice(ADD_WORDS)] + toks[i:])
    if style == "dup_near_punct":
        if text[-1] in ".!?":
            return text[:-1] + rng.choice(["", "", "..", ";"])
        return text + "."
    if style == "dup_near_dash":
        for a, b in (("—", "-"), ("–", "-"), (" - ", " — "), ("...", "…"), ("…", "..."), (", ", " - ")):
            if a in text:
                return text.replace(a, b, 1) if a == ", " else text.replace(a, b)
        return text
    if style == "dup_near_nbsp":
        idx = [i for i, c in enumerate(text) if c == " "]
        pick = set(rng.sample(idx, min(len(idx), rng.randint(1, 4))))
        return "".join("\u00a0" if i in pick else c for i, c in enumerate(text))
    if style == "dup_near_typo":
        letters = [i for i, c in enumerate(text) if c.isalpha() and 0 < i < len(text) - 2]
        i = rng.choice(letters)
        f = rng.choice(["swap", "drop", "double"])
        if f == "swap" and text[i + 1].isalpha():
            return text[:i] + text[i + 1] + text[i] + text[i + 2:]
        if f == "double":
            return text[:i] + text[i] + text[i:]
        return text[:i] + text[i + 1:]
    if style == "dup_near_trunc":
        k = max(4, int(len(toks) * rng.uniform(0.85, 0.93)))
        return " ".join(toks[:k]).rstrip(",;:") + rng.choice(["…", "...", " […]"])
    if style == "dup_near_entity":
        for a, b in (("&", "&amp;"), ("’", "&#8217;"), ("'", "&#39;"), ('"', "&quot;"), ("“", "&ldquo;"),
                     ("é", "&eacute;"), ("—", "&mdash;")):
            if a in text:
                return text.replace(a, b)
        return text.replace(" ", "&nbsp;", 1)
    if style == "dup_near_wrap":
        width = rng.randint(60, 80)
        lines, cur = [], ""
        for t in toks:
            if cur and len(cur) + 1 + len(t) > width:
                lines.append(cur)
                cur = t
            else:
                cur = f"{cur} {t}" if cur else t
        lines.append(cur)
        return "\n".join(lines)
    raise ValueError(style)


def dup_style_ok(style: str, text: str) -> bool:
    if style == "dup_near_quote":
        return any(c in text for c in "\"'“”‘’")
    if style == "dup_near_dash":
        return any(a in text for a in ("—", "–", " - ", "...", "…", ", "))
    if style in ("dup_near_trunc", "dup_near_wrap"):
        return len(text) >= 90
    if style == "dup_near_punct":
        return True
    return True


# ---------------------------------------------------------------- boilerplate
def fill_bp(tpl: str, rng: random.Random) -> str:
    y = rng.choice([2023, 2024, 2025])
    mo = rng.randint(1, 12)
    d = rng.randint(1, 28)
    vals = {
        "m": rng.randint(2, 14), "n": rng.choice([3, 7, 12, 18, 26, 41, 58, 134, 212, 1042]),
        "k": rng.randint(1, 5), "h": rng.randint(1, 11), "section": rng.choice(SECTIONS),
        "tag": rng.choice(TAGS), "tag2": rng.choice(TAGS), "photog": rng.choice(PHOTOGRAPHERS),
        "agency": rng.choice(AGENCIES), "site": rng.choice(SITES), "y": y, "d": d,
        "dd": f"{d:02d}", "mo": f"{mo:02d}", "hh": f"{rng.randint(6, 23):02d}",
        "mm": f"{rng.randrange(0, 60):02d}", "mon": MONTHS_EN[mo - 1], "month": MONTHS_FULL[mo - 1],
        "mois": MOIS[mo - 1], "mese": MESI[mo - 1], "wd": rng.choice(WEEKDAYS),
    }
    return tpl.format(**vals)


# ---------------------------------------------------------------- off-topic items
def fmt_date(rng: random.Random) -> str:
    mo, d = rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"{MONTHS_FULL[mo - 1]} {d}, 2025", f"{d:02d}.{mo:02d}.2025",
                       f"{rng.randint(2, 9)} hours ago", f"{d} {MONTHS_EN[mo - 1]} 2025"])


def off_item(style: str, me: int, arts: list[dict], sim: list[int], rng: random.Random):
    others = [j for j in range(len(arts)) if j != me]
    if style in ("off_neartopic", "off_teaser_near"):
        donor = sim[me]
    else:
        donor = rng.choice(others)
    a = arts[donor]
    if style in ("off_para", "off_neartopic"):
        cands = [p for p in a["paragraphs"] if len(p) >= 60]
        return rng.choice(cands), donor
    lead = lead_sentences(a, rng)
    if style in ("off_teaser", "off_teaser_near"):
        return a["title"] + "\n" + lead, donor
    if style == "off_teaser_inline":
        return a["title"] + rng.choice([" — ", ": ", " - ", ". "]) + lead, donor
    if style == "off_teaser_dated":
        return a["title"] + "\n" + fmt_date(rng) + "\n" + lead, donor
    if style == "off_headline":
        return a["title"], donor
    raise ValueError(style)


# ---------------------------------------------------------------- one document
def build_doc(idx: int, variant: int, arts: list[dict], sim: list[int], seed: int) -> dict:
    art = arts[idx]
    rng = random.Random(f"{seed}:{art['slug']}:{variant}")
    title = art["title"]
    n = min(len(art["paragraphs"]), rng.randint(6, 22))
    body = [{"text": t, "label": "keep", "style": "original"} for t in art["paragraphs"][:n]]
    taken = {" ".join(t.split()).casefold() for t in art["paragraphs"]} | {title.casefold()}

    # duplicate paragraphs: copy an earlier article paragraph to a later position
    ndup = wchoice(rng, N_DUP)
    srcs = [i for i, p in enumerate(body) if len(p["text"]) >= 40]
    rng.shuffle(srcs)
    originals = [body[i] for i in sorted(srcs[:ndup])]
    for g, orig in enumerate(originals, start=1):
        for _ in range(20):
            style = wchoice(rng, DUP_STYLES)
            if dup_style_ok(style, orig["text"]):
                break
        copy = dup_copy(orig["text"], style, rng)
        orig["group"] = f"d{g}"
        pos = body.index(orig)
        at = rng.randint(pos + 1, len(body))
        body.insert(at, {"text": copy, "label": "duplicate_paragraph", "style": style, "group": f"d{g}"})

    # off-topic items from other articles
    noff = wchoice(rng, N_OFF)
    for _ in range(noff):
        for _try in range(20):
            style = wchoice(rng, OFF_STYLES)
            text, donor = off_item(style, idx, arts, sim, rng)
            key = " ".join(text.split()).casefold()
            if key not in taken:
                break
        taken.add(key)
        at = rng.randint(1, len(body))
        body.insert(at, {"text": text, "label": "off_topic", "style": style,
                         "donor": "h5-" + arts[donor]["slug"]})

    # boilerplate furniture
    nbp = wchoice(rng, N_BP)
    top, end = [], []
    used_tpl = set()
    for _ in range(nbp):
        tpl = rng.choice([t for t in BOILERPLATE if t not in used_tpl])
        used_tpl.add(tpl)
        text = fill_bp(tpl, rng)
        pos = wchoice(rng, BP_POS)
        item = {"text": text, "label": "boilerplate", "style": pos}
        if pos == "bp_top":
            top.append(item)
        elif pos == "bp_end":
            end.append(item)
        else:
            body.insert(rng.randint(1, len(body) - 1), item)

    # headline and its copies
    head = [{"text": title, "label": "title", "group": "h", "style": "title"}]
    for _ in range(wchoice(rng, N_HEAD)):
        style = wchoice(rng, HEAD_STYLES)
        head.append({"text": head_copy(title, style, rng), "label": "repeated_headline",
                     "group": "h", "style": style})

    paras = head + top + body + end
    return {"id": f"h5-{art['slug']}~{variant}", "title": title, "source_id": f"h5-{art['slug']}",
            "profile": "holdout5", "host": art["host"], "lang": art["lang"], "paragraphs": paras}


def house_style(art: dict) -> dict:
    """About 40% of the sites set curly quotes; the rest keep straight ones."""
    if zlib.crc32(art["host"].encode()) % 5 >= 2:
        return art
    return dict(art, title=swap_quotes(art["title"]), paragraphs=[swap_quotes(p) for p in art["paragraphs"]])


SEED_LABELS = (["title", "repeated_headline", "repeated_headline"] + ["keep"] * 6 + ["off_topic"]
               + ["keep"] * 5 + ["boilerplate"])


def seed_doc() -> dict | None:
    if not os.path.exists(SEED_SAMPLE):
        return None
    with open(SEED_SAMPLE, encoding="utf-8") as fh:
        paras = [p.strip() for p in re.split(r"\n\s*\n", fh.read()) if p.strip()]
    if len(paras) != len(SEED_LABELS):
        return None
    out = []
    for t, lab in zip(paras, SEED_LABELS):
        p = {"text": t, "label": lab, "style": "seed"}
        if lab in ("title", "repeated_headline"):
            p["group"] = "h"
        out.append(p)
    return {"id": "seed-alqaim", "title": paras[0], "source_id": "seed-alqaim", "profile": "seed",
            "paragraphs": out}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=55190731)
    ap.add_argument("--out", default="bench/out/holdout5")
    ap.add_argument("--variants", type=int, default=2)
    ap.add_argument("--no-seed-doc", action="store_true", help="leave out the hand-labelled seed page")
    args = ap.parse_args(argv)

    arts = [house_style(a) for a in ARTICLES]
    sim = most_similar(arts)
    docs = []
    sd = None if args.no_seed_doc else seed_doc()
    if sd:
        docs.append(sd)
    for i in range(len(arts)):
        for v in range(args.variants):
            docs.append(build_doc(i, v, arts, sim, args.seed))

    os.makedirs(os.path.join(args.out, "texts"), exist_ok=True)
    labels, styles = Counter(), Counter()
    with open(os.path.join(args.out, "input.jsonl"), "w", encoding="utf-8") as fi, \
            open(os.path.join(args.out, "docs.jsonl"), "w", encoding="utf-8") as fd:
        for d in docs:
            text = "\n\n".join(p["text"] for p in d["paragraphs"])
            fi.write(json.dumps({"id": d["id"], "title": d["title"], "text": text}, ensure_ascii=False) + "\n")
            rec = {k: d[k] for k in ("id", "title", "source_id", "profile", "paragraphs")}
            fd.write(json.dumps(rec, ensure_ascii=False) + "\n")
            with open(os.path.join(args.out, "texts", d["id"].replace("~", "_") + ".txt"), "w",
                      encoding="utf-8") as ft:
                ft.write(text + "\n")
            for p in d["paragraphs"]:
                labels[p["label"]] += 1
                styles[p["style"]] += 1
    manifest = {
        "profile": "holdout5", "seed": args.seed, "variants": args.variants, "articles": len(arts),
        "documents": len(docs), "paragraphs": sum(labels.values()),
        "labels": dict(sorted(labels.items())), "styles": dict(sorted(styles.items())),
        "hosts": len({a["host"] for a in arts}),
        "languages": dict(Counter(a["lang"] for a in arts)),
        "most_similar": {a["slug"]: arts[sim[i]]["slug"] for i, a in enumerate(arts)},
        "boilerplate_phrasings": len(BOILERPLATE),
    }
    with open(os.path.join(args.out, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, indent=2, ensure_ascii=False)
    print(f"holdout5: {len(docs)} documents, {manifest['paragraphs']} paragraphs -> {args.out}")
    print("  labels:", json.dumps(manifest["labels"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
