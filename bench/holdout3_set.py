#!/usr/bin/env python3
"""Build held-out cleaning set 3 (independent of the dev set's generator).

    python bench/holdout3_set.py [--seed N] [--out bench/out/holdout3] [--variants 2]

Writes input.jsonl, docs.jsonl and manifest.json in the schema of
/work/shared/bench/cleaning (labels keep, title, repeated_headline,
duplicate_paragraph, off_topic, boilerplate; "style" on every paragraph;
"group" h / d1.. for copies), so that /work/shared/bench/cleaning_score.py
scores it:

    python3 /work/shared/bench/cleaning_score.py bench/out/holdout3 PRED.jsonl --by-style

Article bodies come from bench/holdout3_articles.py (original texts written for
this set, invented sites/hosts). The noise uses injection styles and
furniture phrasings that deliberately differ from the dev set's README list:

  repeated_headline  head_date, head_prefix (Breaking:/Watch:/...), head_kicker,
                     head_breadcrumb, head_truncated, head_site_prefix, head_social
  duplicate_paragraph dup_numfmt, dup_typo, dup_swap, dup_wire, dup_split,
                     dup_entity, dup_standfirst
  off_topic          off_teaser_sep (one-line teaser, other separators),
                     off_teaser_split (headline and sentence as two paragraphs),
                     off_trending (headline-only list items), off_neartopic,
                     off_para, off_caption (another story's photo caption)
  boilerplate        bp_<kind> with ~90 new phrasings in 7 languages, numbers
                     and dates filled in; extra fields "pos" (top/middle/end)
                     and "lang"
  keep               original; original_subhead / original_short (short
                     article lines); keep_injected_subhead (generic
                     sub-heading inserted as article text)
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import time
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout3_articles import ARTICLES  # noqa: E402

DEFAULT_SEED = 73193

# ----------------------------------------------------------------------------
# fillers

FIRST = ["Jane", "Tomasz", "Aisha", "Colin", "Maren", "Diego", "Yuki", "Fatima", "Owen", "Lotte",
         "Rafael", "Nina", "Kofi", "Ingrid", "Paolo", "Chloé", "Hamid", "Greta", "Sunil", "Moira"]
LAST = ["Whitaker", "Nowicki", "Bello", "Frame", "Lindholm", "Arroyo", "Tanaka", "Haddad", "Pryce",
        "Van Dijk", "Souza", "Petrova", "Mensah", "Berg", "Ricci", "Laurent", "Karimi", "Vogt",
        "Raman", "Gallagher"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
             "September", "Oktober", "November", "Dezember"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]
BEATS = ["local politics", "health", "courts and crime", "business", "the environment",
         "education", "transport", "science"]
TAGS = ["Politics", "Local news", "Weather", "Courts", "Health", "Business", "Economy",
        "Environment", "Transport", "Sport", "Culture", "Education", "World", "Crime",
        "Technology", "Housing", "Energy"]


def fill(rng: random.Random, tpl: str, site: str, host: str) -> str:
    y = rng.choice([2023, 2024, 2025])
    mo = rng.randrange(12)
    d = rng.randint(1, 28)
    h, mi = rng.randint(0, 23), rng.randrange(60)
    h12 = h % 12 or 12
    ap = "am" if h < 12 else "pm"
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    tags = rng.sample(TAGS, 3)
    vals = {
        "n": str(rng.choice([rng.randint(2, 99), rng.randint(100, 999)])),
        "N": f"{rng.randint(1, 48)},{rng.randint(100, 999)}",
        "k": f"{rng.randint(1, 9)}.{rng.randint(1, 9)}k",
        "min": str(rng.randint(2, 14)),
        "few": str(rng.randint(1, 9)),
        "sec": f"{rng.randint(0, 59):02d}",
        "year": str(y),
        "date_en": f"{d} {MONTHS_EN[mo]} {y}",
        "date_us": f"{MONTHS_EN[mo]} {d}, {y}",
        "date_num": f"{d:02d}/{mo + 1:02d}/{y}",
        "date_dot": f"{d:02d}.{mo + 1:02d}.{y}",
        "date_iso": f"{y}-{mo + 1:02d}-{d:02d}",
        "date_fr": f"{d} {MONTHS_FR[mo]} {y}",
        "date_de": f"{d}. {MONTHS_DE[mo]} {y}",
        "date_es": f"{d} de {MONTHS_ES[mo]} de {y}",
        "time24": f"{h:02d}:{mi:02d}",
        "time_h": f"{h:02d}h{mi:02d}",
        "time12": f"{h12}.{mi:02d}{ap}",
        "time_us": f"{h12}:{mi:02d} {ap.upper()}",
        "name": name,
        "name2": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        "handle": name.split()[0].lower() + "_" + name.split()[-1].lower().replace(" ", ""),
        "email": name.split()[0].lower() + "." + name.split()[-1].lower().replace(" ", "") + "@" + host,
        "beat": rng.choice(BEATS),
        "tag1": tags[0], "tag2": tags[1], "tag3": tags[2],
        "site": site, "host": host,
        "price": rng.choice(["£1", "€1", "$1", "£3", "€2", "$5"]),
    }
    return re.sub(r"\b([Tt]he) The ", r"\1 ", tpl.format(**vals))


# ----------------------------------------------------------------------------
# boilerplate: (kind, lang, template) -- all phrasings new for this set

BOILER = [
    # newsletters
    ("newsletter", "en", "Get the Morning Briefing in your inbox every weekday at 7am"),
    ("newsletter", "en", "Want more stories like this? Sign up for {site} Daily, it's free."),
    ("newsletter", "en", "Enter your email address to receive our weekly politics digest"),
    ("newsletter", "en", "Thanks for signing up! Check your inbox to confirm your subscription."),
    ("newsletter", "en", "Never miss a story: join {N} readers who get our evening newsletter"),
    ("newsletter", "fr", "Inscrivez-vous à notre lettre d'information quotidienne"),
    ("newsletter", "de", "Jetzt zum kostenlosen Newsletter anmelden"),
    ("newsletter", "es", "Recibe cada mañana las noticias más importantes en tu correo"),
    ("newsletter", "it", "Iscriviti alla nostra newsletter settimanale"),
    ("newsletter", "pt", "Assine a nossa newsletter e receba as principais notícias do dia"),
    ("newsletter", "nl", "Schrijf je in voor onze dagelijkse nieuwsbrief"),
    # apps
    ("app", "en", "Get breaking news alerts on your phone: download the {site} app for iOS and Android"),
    ("app", "en", "Open in app"),
    ("app", "en", "Read this story in the {site} app for the best experience"),
    ("app", "de", "Jetzt die App herunterladen und keine Eilmeldung mehr verpassen"),
    ("app", "es", "Descarga gratis la app de {site}"),
    # comments
    ("comments", "en", "View {n} comments"),
    ("comments", "en", "Join the conversation ({n})"),
    ("comments", "en", "Comments are closed on this article."),
    ("comments", "en", "Be the first to comment"),
    ("comments", "en", "{n} people are discussing this story"),
    ("comments", "fr", "{n} commentaires"),
    ("comments", "de", "Kommentare ({n})"),
    ("comments", "nl", "{n} reacties"),
    ("comments", "it", "Commenti ({n})"),
    # photo credits
    ("credit", "en", "Photograph: {name}/{site}"),
    ("credit", "en", "(Photo by {name} for {site})"),
    ("credit", "en", "Image: {name} / Supplied"),
    ("credit", "en", "Pictures: {name}"),
    ("credit", "fr", "Photo d'illustration {name} / {site}"),
    ("credit", "de", "Foto: {name}"),
    ("credit", "es", "Fotografía: {name}"),
    ("credit", "pt", "Foto: {name} / Arquivo"),
    # reading time
    ("readtime", "en", "{min} min read"),
    ("readtime", "en", "Reading time: {min} minutes"),
    ("readtime", "fr", "Temps de lecture : {min} min"),
    ("readtime", "de", "Lesezeit: {min} Minuten"),
    ("readtime", "es", "Lectura: {min} min"),
    ("readtime", "nl", "Leestijd {min} minuten"),
    # amendments / updates / datelines
    ("amended", "en", "This article was amended on {date_en} to correct the spelling of a name."),
    ("amended", "en", "Correction: an earlier version of this story gave the wrong date for the hearing."),
    ("amended", "en", "This story has been updated with additional information."),
    ("amended", "en", "Published {date_us} · Last modified {time_us}"),
    ("amended", "en", "Posted {time12}, {date_en}"),
    ("amended", "fr", "Mis à jour le {date_fr} à {time_h}"),
    ("amended", "de", "Aktualisiert am {date_dot}, {time24} Uhr"),
    ("amended", "es", "Actualizado el {date_es} a las {time24}"),
    ("amended", "pt", "Atualizado em {date_num} às {time24}"),
    # share bars
    ("share", "en", "Share via WhatsApp"),
    ("share", "en", "Copy link"),
    ("share", "en", "Link copied to clipboard"),
    ("share", "en", "Share this with Email Facebook X LinkedIn"),
    ("share", "en", "Gift this article"),
    ("share", "fr", "Partager sur WhatsApp"),
    ("share", "de", "Artikel teilen"),
    ("share", "es", "Comparte esta noticia"),
    ("share", "pt", "Compartilhe"),
    ("share", "nl", "Deel dit artikel"),
    # podcasts / audio
    ("podcast", "en", "Listen to this article"),
    ("podcast", "en", "Listen · {min}:{sec} min"),
    ("podcast", "en", "Listen: our daily news podcast, The Briefing, is out every morning."),
    ("podcast", "en", "Hear more on this story on the {site} Podcast, available wherever you get your podcasts."),
    # donations / paywall
    ("donate", "en", "If you value our independent journalism, please consider a contribution from as little as {price}."),
    ("donate", "en", "Support local journalism. Become a member today."),
    ("donate", "en", "You have {few} free articles remaining this month"),
    ("donate", "fr", "Cet article est réservé aux abonnés"),
    ("donate", "de", "Unterstützen Sie unabhängigen Journalismus"),
    ("donate", "es", "Hazte socio y apoya el periodismo independiente"),
    ("donate", "it", "Sostieni il giornalismo locale"),
    # cookie / consent
    ("cookie", "en", "We use cookies to improve your experience. By continuing to browse you agree to our use of cookies."),
    ("cookie", "en", "Manage consent preferences"),
    ("cookie", "en", "This content is blocked. Accept cookies to view it."),
    ("cookie", "de", "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten."),
    ("cookie", "fr", "Accepter et continuer"),
    # author bios / bylines
    ("author", "en", "{name} is a senior reporter covering {beat}. Contact: {email}"),
    ("author", "en", "{name} has been a staff writer at {site} since {year}."),
    ("author", "en", "About the author"),
    ("author", "en", "By {name}, {beat} correspondent"),
    ("author", "en", "Follow {name} on X @{handle}"),
    ("author", "es", "Por {name}"),
    ("author", "de", "Von {name}"),
    # tags
    ("tags", "en", "Tags: {tag1}, {tag2}, {tag3}"),
    ("tags", "en", "Topics: {tag1} · {tag2}"),
    ("tags", "en", "Filed under: {tag1}"),
    ("tags", "de", "Themen: {tag1}, {tag2}"),
    # copyright
    ("copyright", "en", "© {year} {site}. Reproduction without permission is prohibited."),
    ("copyright", "en", "Copyright {year} Coastal Media Group Ltd. Terms of use apply."),
    ("copyright", "it", "Riproduzione riservata © {year}"),
    ("copyright", "fr", "© {site} {year} - Tous droits réservés"),
    # advertising
    ("ad", "en", "- Advertisement -"),
    ("ad", "en", "Article continues after this ad"),
    ("ad", "en", "Scroll down to continue reading"),
    ("ad", "en", "Content from our partners"),
    ("ad", "fr", "Publicité"),
    ("ad", "de", "Anzeige"),
    ("ad", "es", "Publicidad"),
    ("ad", "it", "Pubblicità"),
    ("ad", "nl", "Advertentie"),
    # read-more / nav links
    ("readmore", "en", "More on this story"),
    ("readmore", "en", "Explore more on these topics"),
    ("readmore", "en", "Keep reading"),
    ("readmore", "en", "Show full article"),
    ("readmore", "fr", "À lire également"),
    ("readmore", "de", "Mehr zum Thema"),
    ("readmore", "es", "Te puede interesar"),
    ("readmore", "it", "Leggi anche"),
    ("readmore", "pt", "Veja também"),
    ("readmore", "nl", "Lees ook"),
    # misc page furniture
    ("misc", "en", "Got a story? Email us at news@{host}"),
    ("misc", "en", "Report an error"),
    ("misc", "en", "Print this page"),
    ("misc", "en", "Save for later"),
    ("misc", "en", "Jump to comments"),
    ("misc", "en", "Text size: A A A"),
    ("misc", "es", "Síguenos en Instagram y TikTok"),
    ("misc", "pt", "Siga-nos no Instagram"),
    ("misc", "de", "Dieser Artikel erschien zuerst in der gedruckten Ausgabe."),
]

# lists shown before headline-only "trending" items (boilerplate themselves)
TRENDING_HEADERS = {
    "en": ["Trending on {site}", "Most viewed today", "What others are reading", "Popular right now"],
    "fr": ["Les plus lus", "À la une en ce moment"],
    "de": ["Meistgelesen", "Beliebt bei unseren Lesern"],
    "es": ["Lo más visto", "Lo más leído hoy"],
}

# legitimate generic sub-headings, injected as article text (label keep)
SUBHEADS = {
    "en": ["Background", "What we know", "The response", "Looking ahead", "In numbers",
           "Why it matters", "The details", "Reaction"],
    "fr": ["Le contexte", "Et maintenant ?", "Les réactions"],
    "de": ["Hintergrund", "Die Reaktionen", "Was jetzt?"],
    "es": ["Antecedentes", "Las reacciones", "¿Y ahora qué?"],
}

KICKERS = {
    "politics": ["Politics", "Election 2024", "Analysis"], "courts": ["Courts", "Crime & Justice"],
    "local": ["Local news", "Your town"], "sport": ["Match report", "Sport"],
    "business": ["Business", "Markets"], "media": ["Media"], "tech": ["Technology", "Tech"],
    "science": ["Science", "Discovery"], "health": ["Health"], "culture": ["Review", "Culture"],
    "weather": ["Weather", "Storm watch"], "world": ["World", "International"],
    "obituaries": ["Obituary", "Lives remembered"], "crime": ["Crime"],
    "education": ["Education"], "transport": ["Transport"], "environment": ["Environment"],
    "housing": ["Housing"], "energy": ["Energy"],
    "société": ["Société"], "économie": ["Économie"], "lokales": ["Lokales"],
    "region": ["Region"], "sociedad": ["Sociedad"], "economía": ["Economía"],
}

HEAD_PREFIX = {
    "en": ["Breaking: ", "WATCH: ", "Live: ", "Exclusive: ", "UPDATE 2-", "Video: ", "In pictures: "],
    "fr": ["EN DIRECT - ", "VIDÉO. ", "INFO {site_up}. "],
    "de": ["Eilmeldung: ", "Video: ", "Liveblog: "],
    "es": ["ÚLTIMA HORA | ", "VÍDEO | ", "EN DIRECTO: "],
}
BREADCRUMB = {
    "en": ["Home › News › {Section} › {title}", "Home / {Section} / {title}",
           "You are here: Home > {Section} > {title}", "News » {Section} » {title}"],
    "fr": ["Accueil › {Section} › {title}"],
    "de": ["Startseite › {Section} › {title}"],
    "es": ["Portada > {Section} > {title}"],
}


def slugify(t: str) -> str:
    t = t.lower()
    t = re.sub(r"[^a-z0-9]+", "-", t)
    return t.strip("-")[:70]


# ----------------------------------------------------------------------------
# headline copies

def head_copy(rng, art, style):
    t, lang, site = art["title"], art["lang"], art["site"]
    sec = art["section"]
    if style == "head_date":
        f = rng.choice([
            "{date_en} — {t}", "{date_num} {time24} | {t}", "{date_us}: {t}", "{t} ({date_dot})"])
        return fill(rng, f.replace("{t}", "{{t}}"), site, art["host"]).format(t=t)
    if style == "head_prefix":
        p = rng.choice(HEAD_PREFIX[lang]).replace("{site_up}", site.upper())
        return p + t
    if style == "head_kicker":
        k = rng.choice(KICKERS.get(sec, [sec.title()]))
        f = rng.choice(["{k}: {t}", "{K} | {t}", "{k}\n{t}", "{k} · {t}"])
        return f.format(k=k, K=k.upper(), t=t)
    if style == "head_breadcrumb":
        f = rng.choice(BREADCRUMB[lang])
        return f.format(Section=sec[:1].upper() + sec[1:], title=t)
    if style == "head_truncated":
        words = t.split()
        cut = max(3, int(len(words) * rng.uniform(0.45, 0.75)))
        cut = min(cut, len(words) - 1)
        return " ".join(words[:cut]).rstrip(",:;'") + rng.choice(["…", "...", " ..."])
    if style == "head_site_prefix":
        return rng.choice(["{s}: {t}", "{s} – {t}", "{S} | {t}"]).format(s=site, S=site.upper(), t=t)
    if style == "head_social":
        url = f"https://{art['host']}/{slugify(sec)}/{slugify(t)}"
        return rng.choice(["{t} {u}", "{t} via @{h}", "\"{t}\" — read more at {u}"]).format(
            t=t, u=url, h=art["host"].split(".")[0])
    raise ValueError(style)


HEAD_STYLES = ["head_date", "head_prefix", "head_kicker", "head_breadcrumb", "head_truncated",
               "head_site_prefix", "head_social"]

# ----------------------------------------------------------------------------
# duplicate-paragraph copies

SENT_SPLIT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'”»]))\s+(?=[\"“«„]?[A-ZÀ-ÖØ-Þ¿¡])")
WORDNUM = {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
           "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12"}


def sentences(p):
    return [s for s in SENT_SPLIT.split(p) if s]


def numfmt(rng, p):
    ops = []

    def thousands(x):  # 1,400 -> 1400 / 1.730 -> 1730
        return re.sub(r"(?<=\d)[,.](?=\d{3}\b)", "", x)

    def add_thousands(x):
        return re.sub(r"\b(\d)(\d{3})\b(?![.,]\d)", r"\1,\2", x)

    def percent(x):
        y = x.replace(" per cent", "%").replace(" %", "%")
        return y

    def money(x):
        y = re.sub(r"([£$€]\d+(?:\.\d+)?) million", r"\1m", x)
        y = re.sub(r"([£$€]\d+(?:\.\d+)?)bn", r"\1 billion", y)
        y = re.sub(r"([£$€]\d+(?:\.\d+)?)m\b", r"\1 million", y) if y == x else y
        return y

    def words(x):
        def rep(m):
            w = m.group(0)
            d = WORDNUM[w.lower()]
            return d
        return re.sub(r"\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?= [a-z])",
                      rep, x, count=2)

    def times(x):
        y = re.sub(r"\b(\d{1,2})\.(\d{2})\s?(am|pm)\b",
                   lambda m: f"{m.group(1)}:{m.group(2)} {m.group(3)[0]}.m.", x)
        y = re.sub(r"\b(\d{1,2})(am|pm)\b", lambda m: f"{m.group(1)} {m.group(2)[0]}.m.", y)
        return y

    for f in (thousands, add_thousands, percent, money, words, times):
        y = f(p)
        if y != p:
            ops.append(f)
    if not ops:
        return None
    rng.shuffle(ops)
    out = p
    for f in ops[: rng.randint(1, 2)]:
        out = f(out)
    return out if out != p else None


def typo(rng, p):
    words = [(m.start(), m.end()) for m in re.finditer(r"[A-Za-zÀ-ÿ]{6,}", p)]
    if not words:
        return None
    s, e = rng.choice(words)
    w = p[s:e]
    kind = rng.choice(["swap", "drop", "double"])
    i = rng.randint(1, len(w) - 3)
    if kind == "swap":
        nw = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    elif kind == "drop":
        nw = w[:i] + w[i + 1:]
    else:
        nw = w[:i] + w[i] + w[i:]
    if nw == w:
        nw = w[:i] + w[i + 1:]
    return p[:s] + nw + p[e:]


def swap(rng, p):
    if re.search(r"[\"“”«»„]", p):  # swapping inside quotations reads as garbage
        return None
    ss = sentences(p)
    if len(ss) < 2:
        return None
    i = rng.randrange(len(ss) - 1)
    ss[i], ss[i + 1] = ss[i + 1], ss[i]
    return " ".join(ss)


def wire(rng, p, art):
    city = rng.choice(["PORTSEA", "NORTHFIELD", "EASTPORT", "CALDER", "LONDON", "GENEVA"])
    if re.match(r"^[A-ZÀ-Ö ,]{3,}\(", p):  # already has a dateline: add a trailing credit
        return p + rng.choice([" (Reuters)", " — AP", " (AFP)"])
    return rng.choice([
        p + " (Reuters)",
        p + " — AP",
        p + " (dpa)",
        p + " (EFE)",
        f"{city} (Reuters) - " + p,
        p + f" — Reporting by {rng.choice(FIRST)} {rng.choice(LAST)}; editing by {rng.choice(FIRST)} {rng.choice(LAST)}",
    ])


def split_lines(rng, p):
    ss = sentences(p)
    if len(ss) >= 2 and rng.random() < 0.5:
        i = rng.randint(1, len(ss) - 1)
        return " ".join(ss[:i]) + "\n" + " ".join(ss[i:])
    if len(p) < 90:
        return None
    # hard-wrapped at ~60-75 columns
    width = rng.randint(60, 75)
    lines, cur = [], ""
    for w in p.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return "\n".join(lines)


def entity(rng, p):
    opts = []
    if "’" in p or "'" in p:
        opts.append(lambda x: x.replace("’", "&#8217;").replace("'", "&#39;"))
    if '"' in p or "“" in p:
        opts.append(lambda x: x.replace('"', "&quot;").replace("“", "&ldquo;").replace("”", "&rdquo;"))
    if "&" in p:
        opts.append(lambda x: x.replace("&", "&amp;"))
    if "—" in p:
        opts.append(lambda x: x.replace("—", "&mdash;"))
    if re.search(r"[éèàçüöäñ]", p):
        m = {"é": "&eacute;", "è": "&egrave;", "à": "&agrave;", "ç": "&ccedil;", "ü": "&uuml;",
             "ö": "&ouml;", "ä": "&auml;", "ñ": "&ntilde;"}
        opts.append(lambda x: "".join(m.get(c, c) for c in x))
    if not opts:
        return None
    return rng.choice(opts)(p)


def standfirst(rng, p):
    # the lead as a standfirst above the body, without its wire dateline
    return re.sub(r"^[A-ZÀ-Ö]{3,}[^()—–]{0,30}\([^)]*\)\s*[—–-]\s*", "", p)


DUP_STYLES = ["dup_numfmt", "dup_typo", "dup_swap", "dup_wire", "dup_split", "dup_entity",
              "dup_standfirst"]


def make_dup(rng, style, p, art):
    if style == "dup_numfmt":
        return numfmt(rng, p)
    if style == "dup_typo":
        return typo(rng, p)
    if style == "dup_swap":
        return swap(rng, p)
    if style == "dup_wire":
        return wire(rng, p, art)
    if style == "dup_split":
        return split_lines(rng, p)
    if style == "dup_entity":
        return entity(rng, p)
    if style == "dup_standfirst":
        return standfirst(rng, p)
    raise ValueError(style)


# ----------------------------------------------------------------------------
# article similarity (for near-topic donors)

STOP = set("""the and that with from this have were been their they will said which about after
would there than more into also other over some when what while where them then these those such
said says could only most many just very like dans pour avec sont nach eine einer einen auch sich
wird werden para como pero sobre desde este esta""".split())


def wordset(a):
    txt = " ".join(a["paragraphs"]).lower()
    return {w for w in re.findall(r"[a-zà-ÿ]{4,}", txt) if w not in STOP}


def first_sentence(p, n=1):
    ss = sentences(p)
    return " ".join(ss[:n]) if ss else p


# ----------------------------------------------------------------------------

def build_doc(rng, art, variant, by_topic, similar, arts):
    lang = art["lang"]
    site, host = art["site"], art["host"]
    body = []
    for p in art["paragraphs"]:
        if p.startswith("## "):
            body.append({"text": p[3:].strip(), "label": "keep", "style": "original_subhead"})
        elif len(p) < 60:
            body.append({"text": p, "label": "keep", "style": "original_short"})
        else:
            body.append({"text": p, "label": "keep", "style": "original"})
    n = len(body)
    # items: (slot, order, para); slot = insert after body[slot]; -1 = before the body
    items = [(i, 0, b) for i, b in enumerate(body)]
    seq = [0]

    def add(slot, para, order=None):
        seq[0] += 1
        items.append((slot, order if order is not None else rng.random() + 0.5 + seq[0] * 1e-6, para))

    # legit generic sub-heading (article text)
    if rng.random() < 0.3 and n >= 6:
        at = rng.randint(n // 2, n - 2)
        add(at, {"text": rng.choice(SUBHEADS[lang]), "label": "keep", "style": "keep_injected_subhead"},
            order=0.99)

    # duplicate paragraphs
    ndup = rng.choices([0, 1, 2], [0.3, 0.45, 0.25])[0]
    used = set()
    gid = 0
    for _ in range(ndup):
        style = rng.choice(DUP_STYLES)
        if style == "dup_standfirst":
            cands = [0] if body[0]["style"] == "original" else []
        else:
            cands = [i for i, b in enumerate(body) if b["style"] == "original" and len(b["text"]) >= 80]
        cands = [i for i in cands if i not in used]
        rng.shuffle(cands)
        for i in cands:
            cp = make_dup(rng, style, body[i]["text"], art)
            if cp and cp.strip() and (cp != body[i]["text"] or style == "dup_standfirst"):
                break
        else:
            continue
        used.add(i)
        gid += 1
        g = f"d{gid}"
        body[i]["group"] = g
        para = {"text": cp, "label": "duplicate_paragraph", "style": style, "group": g}
        if style == "dup_standfirst":
            add(-1, para, order=0.2)
        else:
            add(rng.randint(i, n - 1), para)

    # off-topic paragraphs
    others = [a for a in arts if a["topic"] != art["topic"]]
    same = [a for a in by_topic[art["topic"]] if a["id"] != art["id"]]
    noff = rng.choices([0, 1, 2], [0.3, 0.45, 0.25])[0]
    for _ in range(noff):
        style = rng.choices(["off_teaser_sep", "off_teaser_split", "off_trending", "off_neartopic",
                             "off_para", "off_caption"], [2, 1, 1, 3, 2, 1.5])[0]
        slot = rng.randint(0, n - 1)
        if style == "off_neartopic":
            donor = rng.choice(same) if same else similar[art["id"]]
            p = rng.choice([q for q in donor["paragraphs"] if not q.startswith("## ") and len(q) >= 60])
            add(slot, {"text": p, "label": "off_topic", "style": style, "donor": donor["id"]})
        elif style == "off_para":
            donor = rng.choice(others)
            p = rng.choice([q for q in donor["paragraphs"] if not q.startswith("## ") and len(q) >= 60])
            add(slot, {"text": p, "label": "off_topic", "style": style, "donor": donor["id"]})
        elif style == "off_teaser_sep":
            donor = rng.choice(others)
            s = first_sentence(donor["paragraphs"][0])
            sep = rng.choice([" — ", " | ", ": ", " » ", ". ", " – "])
            t = donor["title"].rstrip(".")
            add(slot, {"text": t + sep + s, "label": "off_topic", "style": style, "donor": donor["id"]})
        elif style == "off_teaser_split":
            donor = rng.choice(others)
            o = rng.random() + 0.5
            add(slot, {"text": donor["title"], "label": "off_topic", "style": style, "donor": donor["id"]}, order=o)
            add(slot, {"text": first_sentence(donor["paragraphs"][0]), "label": "off_topic",
                       "style": style, "donor": donor["id"]}, order=o + 1e-4)
        elif style == "off_trending":
            k = rng.choice([1, 2, 3])
            donors = rng.sample(others, k)
            at_end = rng.random() < 0.5
            o = 5.0 + seq[0] * 0.01 if at_end else rng.random() + 0.5
            slot = n - 1 if at_end else slot
            if rng.random() < 0.6:
                hdr = fill(rng, rng.choice(TRENDING_HEADERS[lang]), site, host)
                add(slot, {"text": hdr, "label": "boilerplate", "style": "bp_listheader",
                           "pos": "end" if at_end else "middle", "lang": lang}, order=o)
            fmt = rng.choice(["{i}. {t}", "{i} {t}", "• {t}", "{time} {t}", "{t}", "→ {t}"])
            for j, d in enumerate(donors):
                tm = f"{rng.randint(6, 22):02d}:{rng.randrange(60):02d}"
                add(slot, {"text": fmt.format(i=j + 1, t=d["title"], time=tm), "label": "off_topic",
                           "style": style, "donor": d["id"]}, order=o + (j + 1) * 1e-3)
        elif style == "off_caption":
            donor = rng.choice(others)
            c = donor["caption"]
            f = rng.choice(["{c}", "{c} Photo: {name}", "{c} ({site})", "{c} — {name}/{site}",
                            "Pictured: {c}"])
            txt = fill(rng, f.replace("{c}", "{{c}}"), donor["site"], donor["host"]).format(c=c)
            add(slot, {"text": txt, "label": "off_topic", "style": style, "donor": donor["id"]})

    # boilerplate
    nbp = rng.choices([0, 1, 2, 3, 4], [0.12, 0.28, 0.3, 0.18, 0.12])[0]
    for _ in range(nbp):
        if lang != "en" and rng.random() < 0.6:
            pool = [b for b in BOILER if b[1] == lang] or BOILER
        else:
            pool = BOILER if rng.random() < 0.35 else [b for b in BOILER if b[1] == "en"]
        kind, blang, tpl = rng.choice(pool)
        txt = fill(rng, tpl, site, host)
        pos = rng.choices(["top", "middle", "end"], [0.3, 0.3, 0.4])[0]
        para = {"text": txt, "label": "boilerplate", "style": f"bp_{kind}", "pos": pos, "lang": blang}
        if pos == "top":
            add(-1, para, order=rng.random() * 0.4)
        elif pos == "middle":
            add(rng.randint(0, max(0, n - 2)), para)
        else:
            add(n - 1, para, order=6.0 + rng.random())

    items.sort(key=lambda x: (x[0], x[1]))
    paras = [p for _, _, p in items]

    # headline block
    nh = rng.choices([0, 1, 2, 3], [0.25, 0.4, 0.25, 0.1])[0]
    styles = rng.sample(HEAD_STYLES, nh)
    head = [{"text": art["title"], "label": "title", "style": "title", "group": "h"}]
    for st in styles:
        head.append({"text": head_copy(rng, art, st), "label": "repeated_headline", "style": st, "group": "h"})
    # a breadcrumb sits above the headline on real pages, but the title is the
    # first line by construction: keep it right after the title
    paras = head + paras

    # drop the group tag from originals whose copy was not placed
    groups = Counter(p.get("group") for p in paras if p.get("group"))
    for p in paras:
        if p.get("group") and groups[p["group"]] < 2 and p["label"] == "keep":
            del p["group"]
    for p in paras:
        p["text"] = p["text"].strip()
        assert p["text"] and "\n\n" not in p["text"], p
    return paras


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "out", "holdout3"))
    ap.add_argument("--variants", type=int, default=2)
    args = ap.parse_args(argv)
    t0 = time.time()
    arts = ARTICLES
    by_topic = {}
    for a in arts:
        by_topic.setdefault(a["topic"], []).append(a)
    ws = {a["id"]: wordset(a) for a in arts}
    similar = {}
    for a in arts:
        best = max((b for b in arts if b["topic"] != a["topic"]),
                   key=lambda b: len(ws[a["id"]] & ws[b["id"]]) / (len(ws[a["id"]] | ws[b["id"]]) or 1))
        similar[a["id"]] = best
    os.makedirs(args.out, exist_ok=True)
    docs, inputs = [], []
    for a in arts:
        for v in range(args.variants):
            rng = random.Random(f"{args.seed}:{a['id']}:{v}")
            paras = build_doc(rng, a, v, by_topic, similar, arts)
            did = f"h3-{a['id']}~{v}"
            docs.append({"id": did, "title": a["title"], "source_id": a["id"], "profile": "holdout3",
                         "host": a["host"], "site": a["site"], "lang": a["lang"], "paragraphs": paras})
            inputs.append({"id": did, "title": a["title"], "text": "\n\n".join(p["text"] for p in paras)})
    with open(os.path.join(args.out, "input.jsonl"), "w", encoding="utf-8") as fh:
        for r in inputs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(args.out, "docs.jsonl"), "w", encoding="utf-8") as fh:
        for r in docs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    labels = Counter(p["label"] for d in docs for p in d["paragraphs"])
    styles = Counter(p["style"] for d in docs for p in d["paragraphs"])
    bp_pos = Counter(p["pos"] for d in docs for p in d["paragraphs"] if p["label"] == "boilerplate")
    bp_lang = Counter(p["lang"] for d in docs for p in d["paragraphs"] if p["label"] == "boilerplate")
    manifest = {
        "profile": "holdout3", "seed": args.seed, "variants": args.variants,
        "articles": len(arts), "documents": len(docs),
        "paragraphs": sum(len(d["paragraphs"]) for d in docs),
        "labels": dict(sorted(labels.items())), "styles": dict(sorted(styles.items())),
        "boilerplate_pos": dict(bp_pos), "boilerplate_lang": dict(bp_lang),
        "boilerplate_phrasings": len(BOILER),
        "hosts": len({a["host"] for a in arts}),
        "languages": dict(Counter(a["lang"] for a in arts)),
        "build_seconds": round(time.time() - t0, 3),
    }
    with open(os.path.join(args.out, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, indent=2, ensure_ascii=False)
    print(f"holdout3: {len(docs)} documents, {manifest['paragraphs']} paragraphs -> {args.out} "
          f"({manifest['build_seconds']}s)")


if __name__ == "__main__":
    main()
