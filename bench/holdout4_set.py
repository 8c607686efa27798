#!/usr/bin/env python3
"""Build the holdout4 cleaning set: an independent held-out set in the dev schema.

    python bench/holdout4_set.py [--seed N] [--out bench/out/holdout4]

Writes input.jsonl, docs.jsonl, manifest.json and texts/<id>.txt, in the same
format as the dev set (/work/shared/bench/cleaning), so that
cleaning_score.py scores it.

The article bodies are the original articles in holdout4_articles.py (46
articles, 13 invented .example sites, 6 languages). Each article gives two
noised variants.  The noise follows the dev recipe (title first; 0-3 headline
copies right after it; 0-2 duplicated paragraphs; 0-2 off-topic items from
other articles of this set; 0-3 boilerplate lines at top, middle or end) but
with this file's own injection styles and boilerplate phrasings.  Every
injected paragraph records its style; boilerplate also records "bp_kind"
(the phrasing family) and "lang".
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout4_articles import ARTICLES  # noqa: E402

DEFAULT_SEED = 770431
VARIANTS = 2

# --------------------------------------------------------------------------
# fill-in values
FIRST = ["Maren", "Tobias", "Adaeze", "Colm", "Priti", "Ruben", "Yara", "Hollis", "Ines",
         "Kwame", "Sunniva", "Dmitri", "Fenella", "Ossian", "Leilani", "Bartek", "Noemi",
         "Cyrus", "Agathe", "Emeka", "Rosalind", "Tariq", "Wilhelmina", "Jory"]
LAST = ["Achterberg", "Mbeki-Rowe", "Quennell", "Strand", "Halloran", "Okafor-Lind", "Pazzi",
        "Varga", "Thistlewood", "Lacombe", "Nakagawa", "Desrosiers", "Kowal", "Brightwater",
        "Oyenuga", "Sallinen", "Corbishley", "Iturbe", "Renwick", "Demir", "Faulkner", "Abernethy"]
ROLES = ["Staff Writer", "Senior Correspondent", "Business Reporter", "Sports Editor",
         "Local Democracy Reporter", "Digital Producer", "Chief Political Correspondent",
         "Food Editor", "Weekend Anchor"]
AGENCIES = ["Norpix", "Tessel Images", "MPA Photo", "Fotostream", "Lumina Press", "Harbour Pictures"]
CITIES = ["Esterby", "Carrowmore", "Port Ambry", "Linwood", "Kessock", "Dunmore", "Sandholm"]
SECTIONS = ["News", "Local", "Business", "Sport", "Tech", "Politics", "Lifestyle", "Weather",
            "Opinion", "World", "Money", "Travel"]
SKIES = ["partly cloudy", "light rain", "sunny", "overcast", "clear", "showers"]
HELPLINES = ["Lifeline Norland", "Samaritan Line", "Crisis Text Service"]
M_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"]
M_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
M_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
        "octubre", "noviembre", "diciembre"]
M_IT = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "novembre", "dicembre"]
M_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
        "september", "oktober", "november", "december"]
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TOPIC_TAGS = {
    "bridge": ["Infrastructure", "Port Ambry", "Transport"], "rates": ["Interest rates", "Economy", "Mortgages"],
    "chip": ["Semiconductors", "Manufacturing", "Dunmore"], "phone": ["Smartphones", "Lumen", "Reviews"],
    "sack": ["Carrowmore City", "Football", "Managers"], "match": ["Football", "Match reports", "Cup"],
    "drought": ["Drought", "Weather", "Farming"], "fares": ["Public transport", "Council", "Buses"],
    "food": ["Recipes", "Restaurants", "Eating out"], "festival": ["Festivals", "Food", "What's on"],
    "people": ["Celebrity", "Real life", "Lottery"], "fire": ["Wildfires", "Evacuations", "Weather"],
    "retail": ["Retail", "High street", "Markets"], "airline": ["Airlines", "Travel", "Earnings"],
    "election": ["Local elections", "Politics", "Housing"], "software": ["Orbis", "Software", "Updates"],
    "marathon": ["Running", "Port Ambry Marathon", "Road closures"], "tennis": ["Tennis", "Esterby Open"],
    "quake": ["Earthquakes", "Valdoria", "Travel"], "school": ["Education", "Schools"],
    "obituary": ["Obituaries", "Linwood", "Libraries"],
}


def values(rng: random.Random, art: dict) -> dict:
    y, mo, d = rng.randint(2023, 2025), rng.randint(1, 12), rng.randint(1, 28)
    h24, mi = rng.randint(0, 23), rng.randint(0, 59)
    first, last = rng.choice(FIRST), rng.choice(LAST)
    tags = TOPIC_TAGS.get(art["topic"], ["News"]) + rng.sample(SECTIONS, 2)
    rng.shuffle(tags)
    return {
        "n": rng.choice([rng.randint(2, 40), rng.randint(41, 900)]), "n2": rng.randint(0, 60),
        "m": rng.randint(2, 14), "i": rng.randint(1, 9), "k": rng.randint(10, 24),
        "yyyy": y, "d": d, "dd": f"{d:02d}", "mo": f"{mo:02d}", "mi": f"{mi:02d}",
        "h": (h24 % 12) or 12, "hh": f"{h24:02d}", "H": h24, "ampm": "a.m." if h24 < 12 else "p.m.",
        "AMPM": "AM" if h24 < 12 else "PM",
        "Month": M_EN[mo - 1], "Mon": M_EN[mo - 1][:3], "wd": rng.choice(WD_EN),
        "mois": M_FR[mo - 1], "mes": M_ES[mo - 1], "mese": M_IT[mo - 1], "maand": M_NL[mo - 1],
        "Name": f"{first} {last}", "Name2": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        "first": first.lower(), "last": last.lower().replace("-", ""),
        "role": rng.choice(ROLES), "agency": rng.choice(AGENCIES), "city": rng.choice(CITIES),
        "site": art["site"], "host": art["host"], "section": rng.choice(SECTIONS),
        "tag1": tags[0], "tag2": tags[1], "tag3": tags[2],
        "p": rng.choice(["1", "2", "3.99", "4.99", "5", "7.50", "9.99"]),
        "phone": f"0{rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
        "t": rng.randint(-3, 34), "sky": rng.choice(SKIES), "helpline": rng.choice(HELPLINES),
    }


# --------------------------------------------------------------------------
# boilerplate phrasings, written for this set: (lang, positions, kind, template)
# positions: t = top, m = middle, e = end
BP = [
    # English, short
    ("en", "tme", "share", "Share this article"),
    ("en", "te", "share", "Share on WhatsApp"),
    ("en", "te", "share", "Copy link"),
    ("en", "te", "save", "Save for later"),
    ("en", "te", "save", "Bookmark this story"),
    ("en", "e", "comments", "Comments ({n})"),
    ("en", "e", "comments", "View all {n} comments"),
    ("en", "e", "comments", "Join the discussion: {n} comments"),
    ("en", "t", "readtime", "{m} min read"),
    ("en", "t", "readtime", "Listen to this story · {m} min"),
    ("en", "t", "readtime", "Reading time: {m} minutes"),
    ("en", "m", "ad", "Advertisement"),
    ("en", "m", "ad", "ADVERTISEMENT — SCROLL TO CONTINUE"),
    ("en", "m", "ad", "Story continues below"),
    ("en", "m", "ad", "Article continues after advertisement"),
    ("en", "m", "ad", "Sponsored"),
    ("en", "me", "rail", "Recommended stories"),
    ("en", "me", "rail", "More on this story"),
    ("en", "e", "rail", "Most popular"),
    ("en", "e", "rail", "Trending on {site}"),
    ("en", "me", "rail", "You might also like"),
    ("en", "e", "rail", "Top stories"),
    ("en", "e", "nav", "Back to top ↑"),
    ("en", "e", "nav", "Next story →"),
    ("en", "e", "nav", "← Previous article"),
    ("en", "e", "nav", "Load more stories"),
    ("en", "tm", "gallery", "See all {n} photos"),
    ("en", "tm", "gallery", "Photo {i} of {k}"),
    ("en", "t", "date", "Published {Mon} {d}, {yyyy} {h}:{mi} {ampm}"),
    ("en", "t", "date", "Last updated: {d} {Month} {yyyy}, {hh}:{mi}"),
    ("en", "t", "date", "Posted {m} hours ago"),
    ("en", "t", "date", "{wd} {d} {Month} {yyyy} {hh}.{mi} BST"),
    ("en", "t", "byline", "By {Name} · {Mon} {d}, {yyyy}"),
    ("en", "t", "byline", "By {Name}, {role}"),
    ("en", "t", "byline", "{Name} | {role}"),
    ("en", "tm", "credit", "Photo: {Name}/{site}"),
    ("en", "tm", "credit", "Image: {Name} for {site}"),
    ("en", "tm", "credit", "Credit: {agency}"),
    ("en", "e", "credit", "Reporting by {Name}; editing by {Name2}"),
    ("en", "e", "credit", "Additional reporting by {Name} in {city}"),
    ("en", "e", "contact", "Email {first}.{last}@{host}"),
    ("en", "e", "copyright", "© {yyyy} {site}. Reproduction without permission prohibited."),
    ("en", "e", "copyright", "Copyright {yyyy} {site}"),
    ("en", "e", "footer", "Terms · Privacy · Cookie settings · Contact"),
    ("en", "e", "tags", "Tags: {tag1}, {tag2}, {tag3}"),
    ("en", "e", "tags", "Filed under {tag1}"),
    ("en", "e", "tags", "Topics: {tag1} / {tag2}"),
    ("en", "te", "social", "Follow {site} on Instagram"),
    ("en", "te", "app", "Get the {site} app"),
    ("en", "te", "app", "Turn on notifications for breaking news"),
    ("en", "te", "social", "Join our WhatsApp channel"),
    ("en", "me", "newsletter", "Newsletter sign-up"),
    ("en", "e", "comments", "Sign in to comment"),
    ("en", "te", "account", "Already have an account? Sign in"),
    ("en", "te", "paywall", "Subscribe for ${p}/month"),
    ("en", "e", "feedback", "Report a typo"),
    ("en", "e", "feedback", "Was this article useful? Yes · No"),
    ("en", "te", "tv", "Watch live: {site} at {h}"),
    ("en", "t", "tv", "Weather: {t}°, {sky}"),
    ("en", "me", "audio", "Listen to the podcast"),
    # English, multi-line widgets
    ("en", "te", "share", "Share\nFacebook\nX\nEmail"),
    ("en", "e", "tags", "Tags\n{tag1}\n{tag2}"),
    # English, long
    ("en", "me", "newsletter", "Sign up for {site} Daily, our free morning newsletter with the stories you need to know, delivered to your inbox before {h} a.m."),
    ("en", "te", "cookie", "We use cookies and similar technologies to personalise content and measure traffic. By clicking “Accept”, you agree to this use. You can change your settings at any time."),
    ("en", "me", "donate", "Independent journalism costs money. If you value what we do, please consider becoming a supporter from just ${p} a month. It takes less than a minute."),
    ("en", "te", "affiliate", "This article contains affiliate links. If you buy something through them, {site} may earn a small commission at no extra cost to you."),
    ("en", "e", "contact", "Have a news tip? Contact our newsroom at tips@{host} or call {phone}. You can also reach us securely through our website."),
    ("en", "e", "comments", "Comments on this article have been closed. Please read our community guidelines before taking part in future discussions."),
    ("en", "e", "date", "This story was first published on {Month} {d}, {yyyy} and has been updated with new information."),
    ("en", "e", "copyright", "Content on this page is owned by {site} and may not be copied, reposted or sold without written permission."),
    ("en", "e", "helpline", "If you or someone you know needs support, call the {helpline} helpline free on {phone}, 24 hours a day."),
    ("en", "tm", "paywall", "You have read {i} of your {k} free articles this month. Subscribe for unlimited access."),
    ("en", "e", "affiliate", "Prices and availability were correct at the time of writing and may have changed since."),
    # French
    ("fr", "te", "share", "Partager sur Facebook"),
    ("fr", "te", "share", "Partager l'article"),
    ("fr", "e", "comments", "{n} commentaires"),
    ("fr", "t", "date", "Publié le {d} {mois} {yyyy} à {H}h{mi}"),
    ("fr", "t", "date", "Mis à jour le {dd}/{mo}/{yyyy} à {H}h{mi}"),
    ("fr", "t", "byline", "Par {Name}"),
    ("fr", "tm", "credit", "Photo : {Name}"),
    ("fr", "me", "newsletter", "Abonnez-vous à notre newsletter"),
    ("fr", "t", "paywall", "Article réservé aux abonnés"),
    ("fr", "m", "ad", "Publicité"),
    ("fr", "tm", "paywall", "Vous avez lu {i} articles gratuits ce mois-ci. Abonnez-vous pour continuer à nous lire sans limite."),
    ("fr", "t", "cookie", "Nos partenaires et nous utilisons des cookies pour mesurer l'audience et personnaliser les contenus."),
    ("fr", "e", "copyright", "Toute reproduction interdite sans autorisation"),
    # Spanish
    ("es", "te", "share", "Compartir en X"),
    ("es", "e", "comments", "Comentarios ({n})"),
    ("es", "t", "date", "Actualizado el {d} de {mes} de {yyyy}, {hh}:{mi}"),
    ("es", "t", "byline", "Por {Name}"),
    ("es", "tm", "credit", "Foto: {Name} / {site}"),
    ("es", "me", "newsletter", "Suscríbete a nuestro boletín diario"),
    ("es", "te", "social", "Síguenos en nuestro canal de WhatsApp"),
    ("es", "e", "rail", "Más noticias de {section}"),
    ("es", "m", "ad", "Publicidad"),
    ("es", "tm", "paywall", "Este contenido es exclusivo para suscriptores. Hazte socio por {p} € al mes y accede a toda nuestra información."),
    # Portuguese
    ("pt", "te", "share", "Compartilhe esta notícia"),
    ("pt", "t", "date", "Publicado em {dd}/{mo}/{yyyy} às {H}h{mi}"),
    ("pt", "t", "date", "Atualizado há {m} minutos"),
    ("pt", "tm", "credit", "Foto: {Name}/Divulgação"),
    ("pt", "te", "app", "Receba as notícias da {site} no seu celular"),
    ("pt", "me", "newsletter", "Assine a nossa newsletter"),
    ("pt", "e", "comments", "Comentários ({n})"),
    ("pt", "m", "ad", "Continua após a publicidade"),
    # Italian
    ("it", "te", "share", "Condividi su WhatsApp"),
    ("it", "t", "date", "Pubblicato il {d} {mese} {yyyy} alle {hh}:{mi}"),
    ("it", "t", "date", "Ultimo aggiornamento: {hh}:{mi}"),
    ("it", "tm", "credit", "Foto di {Name}"),
    ("it", "me", "newsletter", "Iscriviti alla newsletter"),
    ("it", "e", "copyright", "Riproduzione riservata ©"),
    ("it", "e", "comments", "Commenti: {n}"),
    ("it", "m", "ad", "Pubblicità"),
    # German
    ("de", "te", "share", "Artikel teilen"),
    ("de", "t", "date", "Veröffentlicht am {dd}.{mo}.{yyyy} um {H}:{mi} Uhr"),
    ("de", "t", "date", "Aktualisiert: {dd}.{mo}.{yyyy}"),
    ("de", "t", "byline", "Von {Name}"),
    ("de", "tm", "credit", "Foto: {Name}/NA"),
    ("de", "me", "newsletter", "Jetzt kostenlos den Newsletter abonnieren"),
    ("de", "e", "comments", "Kommentare ({n})"),
    ("de", "m", "ad", "Anzeige"),
    ("de", "m", "ad", "Weiterlesen nach der Anzeige"),
    ("de", "t", "readtime", "Lesezeit: {m} Minuten"),
    ("de", "tm", "paywall", "Dieser Artikel ist nur für Abonnenten verfügbar. Jetzt 4 Wochen für 0,99 € testen."),
    # Dutch
    ("nl", "te", "share", "Deel dit artikel"),
    ("nl", "t", "date", "Gepubliceerd op {d} {maand} {yyyy}"),
    ("nl", "me", "rail", "Meer nieuws uit {city}"),
]
LANG_POOLS = {}
for _e in BP:
    LANG_POOLS.setdefault(_e[0], []).append(_e)

# --------------------------------------------------------------------------
# text helpers
SENT_RE = re.compile(r"(?<=[.!?»”\"])\s+(?=[A-ZÀ-ÝÄÖÜ“\"«„¿¡])")
DATELINE_RE = re.compile(r"^[^—]{3,60}\([A-Z]{2,5}\)\s*—\s*")
ADVERBS = {"en": ["also", "now", "still", "just", "already"], "fr": ["aussi", "déjà", "encore"],
           "es": ["también", "ya", "todavía"], "pt": ["também", "já", "ainda"],
           "it": ["anche", "già", "ancora"], "de": ["auch", "bereits", "noch"]}
KICKERS = {"en": ["READ MORE:", "ALSO READ:", "Related:", "See also:", "More:", "PREVIOUSLY:"],
           "fr": ["Lire aussi :", "À lire aussi :", "Sur le même sujet :"],
           "es": ["Lea también:", "Te puede interesar:", "Relacionado:"],
           "pt": ["Leia também:", "Veja também:", "Saiba mais:"],
           "it": ["Leggi anche:", "Potrebbe interessarti:", "Approfondimento:"],
           "de": ["Lesen Sie auch:", "Mehr zum Thema:", "Auch interessant:"]}
META = {"en": ["{n}h ago", "{s} · {m} min read", "{m} min read", "Updated {n}h ago", "{s}"],
        "fr": ["Il y a {n} h", "{s} · {m} min de lecture"], "es": ["Hace {n} horas", "{s} · {m} min"],
        "pt": ["Há {n} horas", "{s} · {m} min de leitura"], "it": ["{n} ore fa", "{s} · {m} min"],
        "de": ["vor {n} Stunden", "{s} · {m} Min. Lesezeit"]}
HEAD_KICK = {"en": (["WATCH: ", "UPDATED: ", "EXCLUSIVE: ", "BREAKING: ", "In pictures: "],
                    [" (VIDEO)", " [PHOTOS]", " – live updates", " (+video)"]),
             "fr": (["VIDÉO. ", "INFO. "], [" (vidéo)", " [PHOTOS]"]),
             "es": (["VÍDEO | ", "ÚLTIMA HORA: "], [" (vídeo)", " [FOTOS]"]),
             "pt": (["VÍDEO: ", "URGENTE: "], [" (vídeo)", " [FOTOS]"]),
             "it": (["VIDEO | ", "ULTIM'ORA: "], [" (video)", " [FOTO]"]),
             "de": (["Video: ", "Eilmeldung: "], [" (mit Video)", " [Fotos]"])}
QUOTE_SWAP = [("“", '"'), ("”", '"'), ("’", "'"), ("‘", "'")]


def sentences(text):
    return [s.strip() for s in SENT_RE.split(text) if s.strip()]


def strip_dateline(text):
    return DATELINE_RE.sub("", text, count=1)


def swap_quotes(text):
    if any(c in text for c in "“”‘’"):
        for a, b in QUOTE_SWAP:
            text = text.replace(a, b)
        return text
    out, open_q = [], True
    for i, c in enumerate(text):
        if c == '"':
            out.append("“" if open_q else "”")
            open_q = not open_q
        elif c == "'" and 0 < i < len(text) - 1 and text[i - 1].isalpha():
            out.append("’")
        else:
            out.append(c)
    return "".join(out)


def nbsp_some(rng, text, k=None):
    idx = [i for i, c in enumerate(text) if c == " "]
    if not idx:
        return text
    chars = list(text)
    for i in rng.sample(idx, min(len(idx), k or rng.randint(1, 3))):
        chars[i] = rng.choice(["\u00a0", "  ", " \u00a0"])
    return "".join(chars)


# --------------------------------------------------------------------------
# headline copies
HEAD_STYLES = [("head_exact", 22), ("head_upper", 9), ("head_titlecase", 7), ("head_site_sep", 17),
               ("head_site_prefix", 10), ("head_kicker", 10), ("head_trail", 11), ("head_nbsp", 6),
               ("head_quotes", 8)]


def head_copy(rng, art, style):
    t, site = art["title"], art["site"]
    if style == "head_exact":
        return t, style
    if style == "head_upper":
        return t.upper(), style
    if style == "head_titlecase":
        tc = " ".join(w[:1].upper() + w[1:] for w in t.split(" "))
        return (tc, style) if tc != t else (t.lower(), "head_lower")
    if style == "head_site_sep":
        sep = rng.choice([" — ", " · ", " :: ", " « ", " | ", " – "])
        return t + sep + rng.choice([site, site, site.upper(), art["host"]]), style
    if style == "head_site_prefix":
        return rng.choice([site, site.upper()]) + rng.choice([": ", " | ", " — ", " › "]) + t, style
    if style == "head_kicker":
        pre, suf = HEAD_KICK.get(art["lang"], HEAD_KICK["en"])
        if rng.random() < 0.5 and not t.upper().startswith("LIVE"):
            return rng.choice(pre) + t, style
        return t + rng.choice(suf), style
    if style == "head_trail":
        return t + rng.choice(["…", " »", " ›", "!", " ·", ".", " ↗", " *"]), style
    if style == "head_nbsp":
        return nbsp_some(rng, t), style
    if style == "head_quotes":
        s = swap_quotes(t)
        if s != t:
            return s, style
        if " - " in t or "-" in t:
            return t.replace("-", "–"), style
        return nbsp_some(rng, t), "head_nbsp"
    raise ValueError(style)


# --------------------------------------------------------------------------
# duplicate paragraphs
DUP_STYLES = [("dup_exact", 26), ("dup_ws", 12), ("dup_quotes", 12), ("dup_word", 15),
              ("dup_punct", 10), ("dup_dash", 5), ("dup_pullquote", 11), ("dup_trunc", 9)]


def dup_copy(rng, text, style, lang):
    """Return (copy, style) or None when the style does not apply to text."""
    if style == "dup_exact":
        return text, style
    if style == "dup_ws":
        return nbsp_some(rng, text, rng.randint(1, 4)), style
    if style == "dup_quotes":
        s = swap_quotes(text)
        return (s, style) if s != text else None
    if style == "dup_word":
        words = text.split(" ")
        if len(words) < 8:
            return None
        if rng.random() < 0.5:
            j = rng.randint(1, len(words) - 2)
            del words[j]
        else:
            j = rng.randint(1, len(words) - 1)
            words.insert(j, rng.choice(ADVERBS.get(lang, ADVERBS["en"])))
        return " ".join(words), style
    if style == "dup_punct":
        if text.endswith("."):
            s = text[:-1]
        elif text[-1:].isalnum():
            s = text + "."
        elif ", " in text:
            s = text.replace(", ", " ", 1)
        else:
            return None
        return s, style
    if style == "dup_dash":
        for a, b in ((" — ", " - "), (" – ", " - "), (" - ", " — "), ("—", " - ")):
            if a in text:
                return text.replace(a, b), style
        return None
    if style == "dup_pullquote":
        ss = [s for s in sentences(text) if len(s) >= 50]
        if len(sentences(text)) < 2 or not ss:
            return None
        return rng.choice(ss), style
    if style == "dup_trunc":
        words = text.split()
        if len(words) < 16:
            return None
        k = int(len(words) * rng.uniform(0.55, 0.8))
        return " ".join(words[:k]).rstrip(",;:") + rng.choice(["…", " …", "..."]), style
    raise ValueError(style)


def dup_applies(text, style, lang):
    res = dup_copy(random.Random(0), text, style, lang)
    return bool(res) and (res[0] != text or style == "dup_exact")


# --------------------------------------------------------------------------
# off-topic items
OFF_STYLES = [("off_para", 18), ("off_neartopic", 20), ("off_teaser", 14), ("off_teaser_near", 10),
              ("off_teaser_inline", 10), ("off_kicker", 12), ("off_headline", 8), ("off_teaser_meta", 8)]


def words(text):
    return set(w for w in re.findall(r"\w{4,}", text.lower()))


def pick_donor(rng, art, near):
    others = [a for a in ARTICLES if a["slug"] != art["slug"]]
    if near:
        # same topic and language; else the most similar article in the same
        # language; else same topic in another language; else most similar
        same = [a for a in others if a["topic"] == art["topic"]]
        same_l = [a for a in same if a["lang"] == art["lang"]]
        if same_l:
            return rng.choice(same_l)
        aw = words(" ".join(art["paras"]))

        def sim(a):
            bw = words(" ".join(a["paras"]))
            return len(aw & bw) / (1 + len(aw | bw))
        others_l = [a for a in others if a["lang"] == art["lang"]]
        if others_l:
            return max(others_l, key=sim)
        return rng.choice(same) if same else max(others, key=sim)
    pool = [a for a in others if a["topic"] != art["topic"]]
    same_l = [a for a in pool if a["lang"] == art["lang"]]
    if same_l and rng.random() < 0.85:
        return rng.choice(same_l)
    return rng.choice(pool)


def lead(donor, n):
    return " ".join(sentences(strip_dateline(donor["paras"][0]))[:n])


def off_item(rng, art, style):
    lang = art["lang"]
    near = style in ("off_neartopic", "off_teaser_near")
    donor = pick_donor(rng, art, near)
    if style in ("off_para", "off_neartopic"):
        cands = [p for p in donor["paras"][1:] if len(p) >= 60] or donor["paras"]
        return rng.choice(cands), donor
    if style in ("off_teaser", "off_teaser_near"):
        return donor["title"] + "\n" + lead(donor, rng.choice([1, 1, 2])), donor
    if style == "off_teaser_inline":
        return donor["title"] + rng.choice([" — ", ". ", ": "]) + lead(donor, 1), donor
    if style == "off_kicker":
        return rng.choice(KICKERS.get(lang, KICKERS["en"])) + " " + donor["title"], donor
    if style == "off_headline":
        return donor["title"], donor
    if style == "off_teaser_meta":
        meta = rng.choice(META.get(lang, META["en"])).format(
            n=rng.randint(1, 23), m=rng.randint(2, 9), s=rng.choice(SECTIONS))
        return donor["title"] + "\n" + meta, donor
    raise ValueError(style)


# --------------------------------------------------------------------------
def wchoice(rng, pairs):
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def bp_line(rng, art, pos, used):
    lang = art["lang"]
    if rng.random() < (0.85 if lang == "en" else 0.75):
        pool = LANG_POOLS.get(lang, LANG_POOLS["en"])
    else:
        pool = LANG_POOLS[rng.choice([l for l in LANG_POOLS if l != lang])]
    cands = [e for e in pool if pos[0] in e[1] and e[3] not in used] or \
            [e for e in pool if e[3] not in used]
    e = rng.choice(cands)
    used.add(e[3])
    return e[3].format(**values(rng, art)), e


def make_doc(art, variant, seed):
    rng = random.Random(f"holdout4:{seed}:{art['slug']}:{variant}")
    lang = art["lang"]
    body = [{"text": p, "label": "keep", "style": "original"} for p in art["paras"]]

    # duplicates
    ndup = wchoice(rng, [(0, 40), (1, 43), (2, 17)])
    gid = 0
    for _ in range(ndup):
        style = wchoice(rng, DUP_STYLES)
        cands = [i for i, p in enumerate(body) if p["label"] == "keep" and "group" not in p
                 and len(p["text"]) >= 40 and dup_applies(p["text"], style, lang)]
        if not cands:
            style = "dup_exact"
            cands = [i for i, p in enumerate(body) if p["label"] == "keep" and "group" not in p
                     and len(p["text"]) >= 40]
        if not cands:
            continue
        i = rng.choice(cands)
        res = dup_copy(rng, body[i]["text"], style, lang)
        gid += 1
        src = body[i]
        src["group"] = f"d{gid}"
        copy = {"text": res[0], "label": "duplicate_paragraph", "style": res[1], "group": f"d{gid}"}
        si = body.index(src)
        if rng.random() < 0.3 or si + 2 > len(body):
            copy["where"] = "adjacent"
            body.insert(si + 1, copy)
        else:
            copy["where"] = "later"
            body.insert(rng.randint(si + 2, len(body)), copy)

    # off-topic
    noff = wchoice(rng, [(0, 28), (1, 46), (2, 26)])
    for _ in range(noff):
        style = wchoice(rng, OFF_STYLES)
        text, donor = off_item(rng, art, style)
        body.insert(rng.randint(0, len(body)),
                    {"text": text, "label": "off_topic", "style": style, "donor": donor["slug"]})

    # boilerplate
    nbp = wchoice(rng, [(0, 15), (1, 30), (2, 32), (3, 23)])
    top, end, used = [], [], set()
    for _ in range(nbp):
        pos = wchoice(rng, [("top", 25), ("middle", 32), ("end", 43)])
        text, e = bp_line(rng, art, pos, used)
        item = {"text": text, "label": "boilerplate", "style": f"bp_{pos}", "bp_kind": e[2],
                "lang": e[0]}
        if pos == "top":
            top.append(item)
        elif pos == "end":
            end.append(item)
        else:
            body.insert(rng.randint(1, max(1, len(body) - 1)), item)

    # headline and its copies
    head = [{"text": art["title"], "label": "title", "style": "title", "group": "h"}]
    for _ in range(wchoice(rng, [(0, 18), (1, 36), (2, 30), (3, 16)])):
        text, style = head_copy(rng, art, wchoice(rng, HEAD_STYLES))
        head.append({"text": text, "label": "repeated_headline", "style": style, "group": "h"})

    paras = head + top + body + end
    for p in paras:  # schema order like the dev set
        p.setdefault("group", None)
    paras = [{k: v for k, v in p.items() if v is not None} for p in paras]
    return {"id": f"h4-{art['slug']}~{variant}", "title": art["title"], "source_id": art["slug"],
            "profile": "holdout4", "site": art["site"], "host": art["host"], "lang": lang,
            "paragraphs": paras}


def main(argv=None):
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default=os.path.join(here, "out", "holdout4"))
    args = ap.parse_args(argv)
    os.makedirs(os.path.join(args.out, "texts"), exist_ok=True)
    docs = [make_doc(a, v, args.seed) for a in ARTICLES for v in range(VARIANTS)]
    labels, styles, bp_kinds, bp_langs = Counter(), Counter(), Counter(), Counter()
    with open(os.path.join(args.out, "docs.jsonl"), "w", encoding="utf-8") as fd, \
            open(os.path.join(args.out, "input.jsonl"), "w", encoding="utf-8") as fi:
        for d in docs:
            text = "\n\n".join(p["text"] for p in d["paragraphs"])
            fd.write(json.dumps(d, ensure_ascii=False) + "\n")
            fi.write(json.dumps({"id": d["id"], "title": d["title"], "text": text}, ensure_ascii=False) + "\n")
            with open(os.path.join(args.out, "texts", d["id"].replace("~", "_") + ".txt"), "w",
                      encoding="utf-8") as ft:
                ft.write(text + "\n")
            for p in d["paragraphs"]:
                labels[p["label"]] += 1
                styles[p["style"]] += 1
                if p["label"] == "boilerplate":
                    bp_kinds[p["bp_kind"]] += 1
                    bp_langs[p["lang"]] += 1
    manifest = {
        "profile": "holdout4", "seed": args.seed, "variants": VARIANTS, "articles": len(ARTICLES),
        "documents": len(docs), "paragraphs": sum(labels.values()),
        "labels": dict(sorted(labels.items())), "styles": dict(sorted(styles.items())),
        "boilerplate_phrasings": len(BP), "boilerplate_phrasing_langs": dict(Counter(e[0] for e in BP)),
        "boilerplate_by_kind": dict(sorted(bp_kinds.items())), "boilerplate_by_lang": dict(bp_langs),
        "hosts": len({a["host"] for a in ARTICLES}),
        "article_langs": dict(Counter(a["lang"] for a in ARTICLES)),
    }
    with open(os.path.join(args.out, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, indent=2, ensure_ascii=False)
    print(f"holdout4: {len(docs)} documents, {manifest['paragraphs']} paragraphs -> {args.out}")
    print("  labels:", json.dumps(manifest["labels"]))


if __name__ == "__main__":
    main()
