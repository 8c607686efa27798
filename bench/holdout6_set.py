#!/usr/bin/env python3
"""Build the holdout6 cleaning set: an independent held-out set in the dev schema.

    python bench/holdout6_set.py [--seed N] [--out bench/out/holdout6]

It follows the recipe of the shared dev set (bench/cleaning/README.md) with
articles written for this set (bench/holdout6_articles.py, 52 articles on 52
``.example`` hosts, 6 of them not in English) and furniture phrasings
invented here. Each article gives two dirty variants. Per document:

  keep                 the first 6-22 paragraphs of the article, in order
                       (short lines such as sub-headings, table rows, list
                       items and Q&A questions are article text)
  title                the first paragraph, the headline (group "h")
  repeated_headline    0-3 copies of the headline right after the title:
                       the dev styles (exact, case, site suffix, trailing
                       junk) plus new ones (section/site prefix, date suffix,
                       all lower case, quote/dash/space edits, and a copy
                       placed after the first article paragraph)
  duplicate_paragraph  0-2 article paragraphs repeated later (groups d1, d2):
                       exact, whitespace, quotes, one word; and new: punctuation,
                       a one-letter typo, a line break inside the paragraph
  off_topic            0-2 paragraphs from other articles of this set: random
                       paragraph, paragraph of the most similar article, teaser
                       (headline + "\\n" + first sentence or two); and new: a
                       dated teaser (three lines), a one-line teaser, a bare
                       headline, two consecutive paragraphs of one donor
  boilerplate          0-3 short furniture lines at the top, middle or end, from
                       ~100 phrasings invented here (English and es, pt, fr, de,
                       it, nl; many with numbers or dates); and new: a stacked
                       block of several furniture lines in one paragraph

Writes input.jsonl ({"id","title","text"}), docs.jsonl (labels), manifest.json
and texts/<id>.txt. Deterministic for a given --seed. Stdlib only.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import shutil
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout6_articles import ARTICLES, paragraphs  # noqa: E402

PROFILE = "holdout6"
DEFAULT_SEED = 60613

# --------------------------------------------------------------------------
# furniture phrasings (all invented for this set)

EN_BP = [
    "Send this story to a friend",
    "Copy link",
    "Link copied to clipboard",
    "Save for later",
    "Gift this article",
    "Listen to this article · {m} min",
    "{m} min read",
    "Reading time: {m} minutes",
    "Posted {Mon}. {d}, {yyyy}",
    "Last modified on {Weekday} {d} {Month} {yyyy} {hh}.{mm} BST",
    "Published {Month} {d}, {yyyy} at {h}:{mm} a.m.",
    "View {n} comments",
    "Join the conversation ({n})",
    "Show comments",
    "Comments are closed for this story.",
    "Photograph: {name}/{site}",
    "Image: {site} archive",
    "Click to enlarge",
    "View gallery ({k} photos)",
    "Play video ({k}:{ss})",
    "Advertisement - scroll to continue",
    "Article continues after this ad",
    "Paid partner content",
    "Promoted stories",
    "Around the web",
    "More in {section}",
    "Editor's picks",
    "You might have missed",
    "What to read next",
    "Get the morning briefing in your inbox",
    "Enter your email address",
    "By signing up you agree to our Terms of Use and Privacy Policy.",
    "Already a subscriber? Log in",
    "This content is for subscribers only.",
    "Subscribe for ${price} a week",
    "Support independent local journalism",
    "Become a member today",
    "Follow {site} on Instagram",
    "Join our WhatsApp channel",
    "Got a news tip? Email us at tips@{host}",
    "Report an error",
    "Print this page",
    "Text size",
    "Open in app",
    "Back to homepage",
    "Next article",
    "Previous story",
    "Page {p} of {q}",
    "Filed under: {section}",
    "© {yyyy} {site} Media Group",
    "Terms & Conditions | Privacy Notice | Cookie Settings",
    "We use cookies to improve your experience on our site.",
    "Accept all cookies",
    "Loading...",
    "Trending on {site}",
    "Get breaking news alerts",
    "{n} shares",
    "Updated {k} minutes ago",
    "Tap here to add {site} to your home screen",
    "Sign in to continue reading",
    "Most shared this week",
    "Home › {section}",
    "{site} is on Threads",
    "Skip advertisement",
]
OTHER_BP = {
    "es": ["Compartir en WhatsApp", "Te puede interesar", "Suscríbete a nuestro boletín",
           "Lo más leído", "Comentarios ({n})", "Actualizado el {dd}/{mo}/{yyyy}",
           "Noticias relacionadas"],
    "pt": ["Veja também", "Compartilhe esta notícia", "Assine já", "Continua após a publicidade",
           "Mais lidas", "Atualizado em {dd}/{mo}/{yyyy} às {hh}h{mm}"],
    "fr": ["À lire aussi", "Partager sur X", "Abonnez-vous", "Publié le {d} {mois} {yyyy} à {hh}h{mm}",
           "Article réservé aux abonnés", "Les plus lus"],
    "de": ["Mehr zum Thema", "Anzeige", "Artikel teilen", "Zur Startseite",
           "Aktualisiert am {dd}.{mo}.{yyyy}, {hh}:{mm} Uhr", "Kommentare ({n})"],
    "it": ["Leggi anche", "Condividi su Facebook", "Iscriviti alla newsletter", "Pubblicità",
           "Aggiornato il {d} {mese} {yyyy}", "I più letti"],
    "nl": ["Lees ook", "Deel dit artikel", "Advertentie", "Meer nieuws",
           "Bijgewerkt: {dd}-{mo}-{yyyy}, {hh}:{mm}", "Meest gelezen"],
}
STACKS = [
    ["Share", "Facebook", "X", "LinkedIn", "Email"],
    ["Copy link", "WhatsApp", "Messenger", "Print"],
    ["Tags", "{section_l}", "news", "{yyyy}"],
    ["Advertisement", "Scroll to continue with content"],
    ["Sign up for our newsletter", "Sign up"],
    ["Home", "{section}", "News"],
]

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
MONTHS = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"],
}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PHOTOGRAPHERS = ["Lena Marsh", "Tobias Quell", "Ruth Adeyemi", "Carlos Venn", "Ines Holt",
                 "Mika Stroud"]
OUTLETS = ["Daily Meridian", "The Courier Post", "Newsfront", "Wirecast", "The Evening Ledger",
           "Metro Today", "Globe Dispatch", "Northline News"]


def fill(template: str, rng: random.Random, art: dict) -> str:
    mo = rng.randint(1, 12)
    d = rng.randint(1, 28)
    yyyy = rng.choice([2023, 2024, 2025])
    h = rng.randint(1, 11)
    vals = {
        "m": rng.randint(2, 14), "n": rng.choice([3, 7, 12, 18, 26, 41, 64, 95, 132, 208, 1450]),
        "k": rng.randint(2, 59), "ss": f"{rng.randint(0, 59):02d}", "p": 1, "q": rng.randint(2, 4),
        "price": rng.choice(["1", "2", "0.99", "4"]),
        "d": d, "dd": f"{d:02d}", "mo": f"{mo:02d}", "yyyy": yyyy, "h": h,
        "hh": f"{rng.randint(6, 22):02d}", "mm": f"{rng.randint(0, 59):02d}",
        "Month": EN_MONTHS[mo - 1], "Mon": EN_MONTHS[mo - 1][:3],
        "Weekday": rng.choice(WEEKDAYS), "mois": MONTHS["fr"][mo - 1], "mese": MONTHS["it"][mo - 1],
        "site": art["site"], "host": art["host"], "section": art["section"],
        "section_l": art["section"].lower(), "name": rng.choice(PHOTOGRAPHERS),
    }
    return template.format(**vals)


def bp_phrase(rng, art):
    lang = art["lang"]
    r = rng.random()
    if lang == "en":
        pool = EN_BP if r < 0.85 else OTHER_BP[rng.choice(sorted(OTHER_BP))]
    else:
        pool = OTHER_BP[lang] if r < 0.55 else (EN_BP if r < 0.85 else OTHER_BP[rng.choice(sorted(OTHER_BP))])
    return fill(rng.choice(pool), rng, art)


def bp_stack(rng, art):
    items = rng.choice(STACKS)
    if len(items) > 3 and rng.random() < 0.5:
        items = items[: rng.randint(3, len(items))]
    return "\n".join(fill(x, rng, art) for x in items)


# --------------------------------------------------------------------------
# text helpers

ABBREV = {"dr", "mr", "mrs", "ms", "sen", "rep", "st", "gov", "jr", "no", "jan", "feb", "sept",
          "oct", "nov", "dec", "aug", "u.s", "a.d", "a.m", "p.m", "vs", "inc", "co", "d", "i", "l",
          "m", "a"}
SENT_END = re.compile(r"[.!?][\"”’»]?(?=\s+[\"“«„¿¡A-ZÀ-ÖØ-Þ0-9])")


def sentences(text: str) -> list[str]:
    out, start = [], 0
    for m in SENT_END.finditer(text):
        word = text[start:m.start()].split()[-1:] or [""]
        w = word[0].lower().strip("(\"“")
        if w in ABBREV or re.fullmatch(r"[a-z]", w):
            continue
        out.append(text[start:m.end()].strip())
        start = m.end()
    rest = text[start:].strip()
    if rest:
        out.append(rest)
    return out


def smart_title(t: str) -> str:
    return re.sub(r"(^|[\s(“\"‘-])([a-zà-ÿ])", lambda m: m.group(1) + m.group(2).upper(), t)


def swap_quotes(t: str) -> str | None:
    if any(c in t for c in "“”‘’"):
        return t.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"}))
    if '"' in t or "'" in t:
        t = re.sub(r'(^|[\s(])"', "\\1“", t)
        t = t.replace('"', "”")
        t = re.sub(r"(^|[\s(])'", "\\1‘", t)
        return t.replace("'", "’")
    return None


WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
FILLERS = ["also", "then", "now", "still", "just", "even", "really"]


# --------------------------------------------------------------------------
# injections

def headline_copy(style, title, art, rng):
    if style == "head_exact" or style == "head_late":
        return title
    if style == "head_case":
        return title.upper() if rng.random() < 0.45 else (title.title() if rng.random() < 0.5 else smart_title(title))
    if style == "head_lower":
        return title.lower()
    if style == "head_suffix":
        sep = rng.choices([" | ", " - ", " — ", " – ", " :: ", " · ", " « "], [5, 5, 3, 2, 1, 1, 1])[0]
        r = rng.random()
        if r < 0.45:
            site = art["site"]
        elif r < 0.75:
            site = art["host"].split(".")[0].replace("-", " ").title().replace(" ", "")
        else:
            site = rng.choice(OUTLETS)
        return title + sep + site
    if style == "head_trail":
        return title + rng.choice(["  ", " ", "   ", " -", " |", ":", " ...", ".", " –", "\u00a0", " »"])
    if style == "head_prefix":
        r = rng.random()
        if r < 0.4:
            return f"{art['section']}: {title}"
        if r < 0.7:
            return f"{art['site']} | {title}"
        return f"{art['section'].upper()} — {title}"
    if style == "head_date":
        mo, d, y = rng.randint(1, 12), rng.randint(1, 28), rng.choice([2023, 2024, 2025])
        return rng.choice([f"{title} ({EN_MONTHS[mo - 1]} {d}, {y})", f"{title} - {d:02d}.{mo:02d}.{y}",
                           f"{title}, {rng.choice(WEEKDAYS)}"])
    if style == "head_punct":
        q = swap_quotes(title)
        if q and q != title:
            return q
        for a, b in ((" — ", " - "), (": ", " - "), ("; ", ", "), (", ", " ")):
            if a in title:
                return title.replace(a, b, 1)
        words = title.split(" ")
        i = rng.randrange(1, len(words))
        return " ".join(words[:i]) + "\u00a0" + " ".join(words[i:])
    raise ValueError(style)


def near_copy(style, text, lang, rng):
    """Return (style, copy) with copy != text; falls back to exact."""
    if style == "dup_exact":
        return style, text
    if style == "dup_near_ws":
        words = text.split(" ")
        i = rng.randrange(1, len(words))
        r = rng.random()
        if r < 0.4:
            t = " ".join(words[:i]) + "  " + " ".join(words[i:])
        elif r < 0.7:
            t = " ".join(words[:i]) + "\u00a0" + " ".join(words[i:]) + rng.choice(["", " "])
        else:
            t = text + rng.choice(["\u00a0", " ", "  "])
            if rng.random() < 0.5:
                t = " ".join(words[:i]) + "  " + " ".join(words[i:]) + "\u00a0"
        return style, t
    if style == "dup_near_quote":
        t = swap_quotes(text)
        if t and t != text:
            return style, t
        style = "dup_near_word"
    if style == "dup_near_word":
        words = text.split(" ")
        if lang != "en" or rng.random() < 0.55:
            idx = [i for i in range(1, len(words)) if WORD.fullmatch(words[i])]
            if idx:
                i = rng.choice(idx)
                return style, " ".join(words[:i] + words[i + 1:])
        i = rng.randrange(1, len(words))
        return style, " ".join(words[:i] + [rng.choice(FILLERS)] + words[i:])
    if style == "dup_near_punct":
        opts = []
        if text.endswith("."):
            opts.append(text[:-1])
        if " — " in text:
            opts.append(text.replace(" — ", rng.choice([" - ", ", ", " -- "]), 1))
        if ", " in text:
            i = rng.choice([m.start() for m in re.finditer(", ", text)])
            opts.append(text[:i] + text[i + 1:])
        if not text.endswith((".", "?", "!", ":")):
            opts.append(text + ".")
        return style, rng.choice(opts)
    if style == "dup_near_typo":
        ms = [m for m in WORD.finditer(text) if len(m.group()) >= 6]
        if ms:
            m = rng.choice(ms)
            w = m.group()
            j = rng.randrange(1, len(w) - 2)
            w2 = w[:j] + w[j + 1] + w[j] + w[j + 2:] if rng.random() < 0.6 else w[:j] + w[j + 1:]
            if w2 != w:
                return style, text[:m.start()] + w2 + text[m.end():]
        return "dup_exact", text
    if style == "dup_near_linebreak":
        ss = sentences(text)
        if len(ss) >= 2:
            k = rng.randrange(1, len(ss))
            return style, " ".join(ss[:k]) + "\n" + " ".join(ss[k:])
        if ", " in text:
            i = rng.choice([m.start() for m in re.finditer(", ", text)])
            return style, text[:i + 1] + "\n" + text[i + 2:]
        return "dup_exact", text
    raise ValueError(style)


def teaser(donor, rng, style):
    ss = sentences(paragraphs(donor)[0])
    lead = ss[0]
    if len(ss) > 1 and len(lead) < 160 and rng.random() < 0.6:
        lead = lead + " " + ss[1]
    title = donor["title"]
    if style == "off_teaser":
        return title + "\n" + lead
    if style == "off_teaser_dated":
        mo, d = rng.randint(1, 12), rng.randint(1, 28)
        date = rng.choice([f"{EN_MONTHS[mo - 1]} {d}, {rng.choice([2024, 2025])}",
                           f"{d:02d}/{mo:02d}/{rng.choice([2024, 2025])}", f"{rng.randint(2, 23)} hours ago"])
        return title + "\n" + date + "\n" + lead
    if style == "off_teaser_inline":
        return title + rng.choice([" — ", ": ", " | "]) + ss[0]
    if style == "off_headline":
        return title
    raise ValueError(style)


# --------------------------------------------------------------------------
# similarity (for the same-topic off-topic donor)

TOPICS = {
    "elections": "governor-poll lakeport-runoff primary-night-live",
    "government": "harlow-budget broadband-bill tanner-bridge kesselbach-radwege property-tax-appeal",
    "courts": "cutter-creek foodbank-fraud warehouse-burglaries",
    "business": "grocery-merger northgate-air haverdijk-huizen",
    "markets": "stocks-slide dollar-high",
    "football": "rovers-ashcombe penmarsh-derby serrano-ribeirense",
    "sport": "tidewater-hoops port-alder-open harborview-marathon",
    "culture": "salt-harvest low-tide-radio cartographer-play reservoir-novel festival-villanueva "
               "teatro-san-vitale bellweather-obit",
    "tech": "aurion-x7 verity-book router-flaw",
    "health": "flu-clinics er-waits school-sleep",
    "science": "water-vapor-planet bronze-workshop kalea-coral glaciologist-qa",
    "weather": "storm-ingrid valley-heat senn-flood-live",
    "labour": "rail-strike greve-montclair alder-creek-buses",
    "community": "pinecrest-library chef-osei corran-day-trips",
    "consumer": "grocery-bill-tips repot-houseplant",
    "energy": "sable-bank-wind brightwater-explainer",
}
TOPIC_OF = {"h6-" + a: t for t, ids in TOPICS.items() for a in ids.split()}


def similar_articles():
    """Other articles, most similar first: same topic first, then tf-idf cosine."""
    toks = {}
    for a in ARTICLES:
        words = re.findall(r"[^\W\d_]{4,}", (a["title"] + " " + a["body"]).lower())
        toks[a["id"]] = Counter(words)
    df = Counter(w for c in toks.values() for w in c)
    n = len(ARTICLES)
    vec = {}
    for i, c in toks.items():
        v = {w: (1 + math.log(f)) * math.log(n / df[w]) for w, f in c.items() if df[w] < n}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vec[i] = {w: x / norm for w, x in v.items()}
    ranked = {}
    for a in ARTICLES:
        va = vec[a["id"]]
        sims = []
        for b in ARTICLES:
            if b["id"] == a["id"]:
                continue
            vb = vec[b["id"]]
            sims.append((sum(x * vb.get(w, 0.0) for w, x in va.items()), b["id"]))
        sims.sort(key=lambda x: (TOPIC_OF[x[1]] == TOPIC_OF[a["id"]], x[0]), reverse=True)
        ranked[a["id"]] = [b for _, b in sims]
    return ranked


# --------------------------------------------------------------------------

def weighted(rng, table):
    keys = list(table)
    return rng.choices(keys, [table[k] for k in keys])[0]


HEAD_N = {0: 12, 1: 35, 2: 36, 3: 17}
DUP_N = {0: 44, 1: 39, 2: 17}
OFF_N = {0: 21, 1: 59, 2: 20}
BP_N = {0: 13, 1: 36, 2: 31, 3: 20}
HEAD_STYLES = {"head_exact": 27, "head_suffix": 20, "head_trail": 14, "head_case": 12,
               "head_prefix": 7, "head_date": 5, "head_lower": 5, "head_punct": 6, "head_late": 4}
DUP_STYLES = {"dup_exact": 30, "dup_near_ws": 15, "dup_near_quote": 10, "dup_near_word": 19,
              "dup_near_punct": 9, "dup_near_typo": 9, "dup_near_linebreak": 8}
OFF_STYLES = {"off_neartopic": 30, "off_para": 22, "off_teaser": 26, "off_teaser_dated": 6,
              "off_teaser_inline": 6, "off_headline": 4}
BP_POS = {"bp_top": 14, "bp_middle": 38, "bp_end": 48}


def make_doc(art, v, seed, by_id, ranked):
    rng = random.Random(f"{PROFILE}/{seed}/{art['id']}/{v}")
    paras = paragraphs(art)
    n_keep = min(len(paras), rng.randint(6, 22))
    body = [{"text": t, "label": "keep", "style": "original"} for t in paras[:n_keep]]
    title = art["title"]
    lang = art["lang"]

    # duplicate paragraphs
    n_dup = weighted(rng, DUP_N)
    cands = [i for i, p in enumerate(body) if len(p["text"]) >= 50]
    rng.shuffle(cands)
    for g, orig in enumerate([body[i] for i in sorted(cands[:n_dup])], 1):
        style, copy = near_copy(weighted(rng, DUP_STYLES), orig["text"], lang, rng)
        if copy == orig["text"]:
            style = "dup_exact"
        gid = f"d{g}"
        orig["group"] = gid
        pos = body.index(orig)
        at = rng.randint(pos + 1, len(body))
        body.insert(at, {"text": copy, "label": "duplicate_paragraph", "style": style, "group": gid})

    # off-topic paragraphs
    n_off = weighted(rng, OFF_N)
    used = set()
    others = [a for a in ARTICLES if a["id"] != art["id"]]
    made = 0
    pair = n_off == 2 and rng.random() < 0.15
    while made < n_off:
        style = "off_pair" if pair else weighted(rng, OFF_STYLES)
        pair = False
        if style == "off_pair" and n_off - made < 2:
            continue
        if style == "off_neartopic":
            donor = by_id[ranked[art["id"]][0 if rng.random() < 0.75 else 1]]
        else:
            donor = rng.choice(others)
        dps = paragraphs(donor)
        if style in ("off_neartopic", "off_para"):
            ok = [t for t in dps if len(t) >= 40 and t not in used]
            if not ok:
                continue
            items = [rng.choice(ok)]
        elif style == "off_pair":
            starts = [i for i in range(len(dps) - 1) if len(dps[i]) >= 40 and len(dps[i + 1]) >= 40
                      and dps[i] not in used]
            if not starts:
                continue
            i = rng.choice(starts)
            items = dps[i:i + 2]
        else:
            items = [teaser(donor, rng, style)]
        if any(t in used for t in items):
            continue
        used.update(items)
        at = rng.randint(1, len(body))
        for k, t in enumerate(items):
            body.insert(at + k, {"text": t, "label": "off_topic", "style": style, "donor": donor["id"]})
        made += len(items)

    # boilerplate
    n_bp = weighted(rng, BP_N)
    top, end = [], []
    seen = set(p["text"] for p in body) | {title}
    for _ in range(n_bp):
        pos = weighted(rng, BP_POS)
        for _try in range(20):
            if rng.random() < 0.08:
                text, style = bp_stack(rng, art), "bp_stack"
            else:
                text, style = bp_phrase(rng, art), pos
            if text not in seen:
                break
        seen.add(text)
        item = {"text": text, "label": "boilerplate", "style": style}
        if pos == "bp_top":
            top.append(item)
        elif pos == "bp_end":
            end.append(item)
        else:
            body.insert(rng.randint(1, max(1, len(body) - 1)), item)

    # headline copies
    n_head = weighted(rng, HEAD_N)
    heads, late = [], []
    for _ in range(n_head):
        style = weighted(rng, HEAD_STYLES)
        item = {"text": headline_copy(style, title, art, rng), "label": "repeated_headline",
                "style": style, "group": "h"}
        (late if style == "head_late" else heads).append(item)
    for item in late:
        k = next((i for i, p in enumerate(body) if p["label"] == "keep"), 0)
        body.insert(k + 1, item)

    doc = [{"text": title, "label": "title", "style": "title", "group": "h"}] + heads + top + body + end
    for p in doc:
        assert p["text"].strip() and "\n\n" not in p["text"], p
    return {"id": f"{art['id']}~{v}", "title": title, "source_id": art["id"], "profile": PROFILE,
            "paragraphs": doc}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "out", PROFILE))
    ap.add_argument("--variants", type=int, default=2)
    args = ap.parse_args(argv)

    by_id = {a["id"]: a for a in ARTICLES}
    assert len(by_id) == len(ARTICLES)
    assert len({a["host"] for a in ARTICLES}) == len(ARTICLES)
    for a in ARTICLES:
        ps = paragraphs(a)
        assert len(ps) == len(set(ps)) and len(ps) >= 6, a["id"]
    assert set(TOPIC_OF) == set(by_id), set(by_id) ^ set(TOPIC_OF)
    ranked = similar_articles()
    docs = [make_doc(a, v, args.seed, by_id, ranked) for a in ARTICLES for v in range(args.variants)]

    os.makedirs(args.out, exist_ok=True)
    tdir = os.path.join(args.out, "texts")
    if os.path.isdir(tdir):
        shutil.rmtree(tdir)
    os.makedirs(tdir)
    labels, styles = Counter(), Counter()
    with open(os.path.join(args.out, "docs.jsonl"), "w", encoding="utf-8") as fd, \
            open(os.path.join(args.out, "input.jsonl"), "w", encoding="utf-8") as fi:
        for d in docs:
            text = "\n\n".join(p["text"] for p in d["paragraphs"])
            fd.write(json.dumps(d, ensure_ascii=False) + "\n")
            fi.write(json.dumps({"id": d["id"], "title": d["title"], "text": text}, ensure_ascii=False) + "\n")
            with open(os.path.join(tdir, d["id"].replace("~", "_") + ".txt"), "w", encoding="utf-8") as ft:
                ft.write(text + "\n")
            for p in d["paragraphs"]:
                labels[p["label"]] += 1
                styles[p["style"]] += 1
    manifest = {
        "profile": PROFILE, "seed": args.seed, "variants": args.variants, "articles": len(ARTICLES),
        "documents": len(docs), "paragraphs": sum(labels.values()),
        "labels": dict(sorted(labels.items())), "styles": dict(sorted(styles.items())),
        "hosts": len({a["host"] for a in ARTICLES}),
        "languages": dict(sorted(Counter(a["lang"] for a in ARTICLES).items())),
        "boilerplate_phrasings": len(EN_BP) + sum(len(v) for v in OTHER_BP.values()) + len(STACKS),
        "neartopic_donor": {a["id"]: ranked[a["id"]][0] for a in ARTICLES},
    }
    with open(os.path.join(args.out, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, indent=2, ensure_ascii=False)
    print(f"{len(docs)} documents, {manifest['paragraphs']} paragraphs -> {args.out}")
    print("labels:", json.dumps(manifest["labels"]))


if __name__ == "__main__":
    main()
