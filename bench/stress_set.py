"""Stress set for the cleaning stage: the dev articles re-noised in styles the dev set does not have.

    python bench/stress_set.py [--shared ../shared] [--seed 7] [--out bench/out/stress]

Imitates steering's held-out cleaning set (same construction, unseen phrasings and injection styles). It reads
<shared>/bench/cleaning/docs.jsonl, keeps each article's `keep` paragraphs and title (variant ~0; seed-alqaim
skipped), drops the dev noise and injects new noise, deterministically for a given --seed:

  repeated_headline   0-2 copies: head_sitesep (" · Site", " :: Site"...), head_caps, head_section
                      ("WORLD | "...), head_media (" (VIDEO)", " [PHOTOS]"...). Group "h".
  duplicate_paragraph 0-2 later copies: dup_ap ("(AP)" added/dropped), dup_nbsp, dup_numfmt ("5%" -> "5 per
                      cent"...), dup_noperiod, dup_invisible (soft hyphens / zero-width spaces). Groups d1, d2...
  boilerplate         0-3 lines, bp_top / bp_middle / bp_end, from bench/stress_phrases.py: BOILERPLATE_A for
                      even document indices, BOILERPLATE_B for odd ones (the doc's "phrase_set").
  off_topic           0-2 items, donors never from the same source_id or host: teaser_dash, teaser_label,
                      two_paras_same_donor, off_para, off_neartopic (most word-overlap-similar article).
  keep/short_keep     0-1 short legitimate article line (SHORT_ARTICLE_LINES), to measure precision.

Writes <out>/input.jsonl ({"id","title","text"}), <out>/docs.jsonl (the dev label schema; boilerplate paragraphs
also carry "phrase", the template) and <out>/manifest.json. Score with
    python ../shared/bench/cleaning_score.py bench/out/stress PRED.jsonl --by-style
"""
from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import stress_phrases as sp

Para = dict[str, Any]
WORD = re.compile(r"[^\W\d_]{4,}")
STOP = set("that this with from have were they their there which would about after been said will more "
           "than also into when what over some only other them like just most could where while".split())
SEPS = [" · ", " :: ", " « ", " / ", " • "]
SECTIONS = ["WORLD | ", "Politics › ", "OPINION: ", "EXCLUSIVE - ", "Business / ", "LIVE: "]
MEDIA = [" (VIDEO)", " [PHOTOS]", " | WATCH", " (+video)", " – in pictures", " [GALLERY]"]
TEASER_LABELS = ["Read next:", "MORE FROM US:", "Also on {site}:", "Don't miss:", "Up next:", "Popular now:",
                 "ALSO READ |", "Editor's choice:"]
NUMFMT = [(r"(\d)%", r"\1 per cent"), (r"(\d) per ?cent\b", r"\1%"), (r"(\d) percent\b", r"\1%"),
          (r"\$(\d+(?:\.\d+)?) million\b", r"$\1m"), (r"\$(\d+(?:\.\d+)?) billion\b", r"$\1bn"),
          (r"\b(\d{1,3}),(\d{3})\b", r"\1\2"), (r"\b(\d{2})(\d{3})\b(?![.,]\d)", r"\1,\2")]


def words(text: str) -> set[str]:
    return {w for w in WORD.findall(text.casefold()) if w not in STOP}


def first_sentence(text: str) -> str:
    parts = re.split(r"(?<=[.!?\u201d])\s+(?=[A-Z\u201c\"])", text.strip())
    out = parts[0]
    if len(out) < 50 and len(parts) > 1:
        out += " " + parts[1]
    return out


def fill(template: str, rng: random.Random) -> str:
    site = rng.choice(sp.FILL_SITES)
    names = rng.sample(sp.FILL_NAMES, 2)
    return template.format(
        n=rng.choice([3, 7, 14, 26, 58, 112, 341]), min=rng.randint(2, 12), ss=f"{rng.randint(0, 59):02d}",
        name=names[0], name2=names[1], agency=rng.choice(sp.FILL_AGENCIES), site=site,
        date=rng.choice(sp.FILL_DATES), time=rng.choice(sp.FILL_TIMES), year=rng.choice([2019, 2023, 2024]),
        date_fr=rng.choice(sp.FILL_DATES_FR), date_de=rng.choice(sp.FILL_DATES_DE),
        tag=rng.choice(sp.FILL_TAGS), tag2=rng.choice(sp.FILL_TAGS), domain=site.lower().replace(" ", "") + ".com")


def headline_copy(title: str, style: str, rng: random.Random) -> str:
    site = rng.choice(sp.FILL_SITES)
    if style == "head_sitesep":
        return title + rng.choice(SEPS) + site
    if style == "head_caps":
        caps = title.upper() + (rng.choice(SEPS) + site.upper() if rng.random() < 0.4 else "")
        return caps if caps != title else caps + rng.choice(MEDIA)
    if style == "head_section":
        return rng.choice(SECTIONS) + title
    return title + rng.choice(MEDIA)


def dup_edit(text: str, style: str, rng: random.Random) -> str:
    """One unseen edit of an article paragraph; returns the text unchanged if the edit does not apply."""
    if style == "dup_ap":
        return re.sub(r"\s*\(AP\)\s*$", "", text) if re.search(r"\(AP\)\s*$", text) else text.rstrip() + " (AP)"
    if style == "dup_nbsp":
        return re.sub(" ", lambda m: "\u00a0" if rng.random() < 0.3 else " ", text)
    if style == "dup_numfmt":
        for pat, rep in NUMFMT:
            if re.search(pat, text):
                return re.sub(pat, rep, text, count=1)
        return text
    if style == "dup_noperiod":
        return text.rstrip()[:-1] if text.rstrip().endswith(".") else text
    ws = [m.start() for m in re.finditer(r"[^\W\d_]{9,}", text)][:4]  # dup_invisible
    for pos in reversed(ws):
        text = text[: pos + 4] + rng.choice(["\u00ad", "\u200b"]) + text[pos + 4:]
    return text


def load(shared: Path) -> tuple[list[dict[str, Any]], dict[str, str]]:
    docs = [json.loads(line) for line in open(shared / "bench/cleaning/docs.jsonl", encoding="utf-8")]
    arts = [d for d in docs if d["id"].endswith("~0") and d["source_id"] != "seed-alqaim"]
    hosts: dict[str, str] = {}
    truth = shared / "bench/extraction/truth.jsonl"
    if truth.exists():
        for line in open(truth, encoding="utf-8"):
            r = json.loads(line)
            hosts[r["id"]] = urlparse(r.get("url") or "").netloc.removeprefix("www.")
    for a in arts:
        a["keep"] = [p["text"] for p in a["paragraphs"] if p["label"] == "keep"]
        a["host"] = hosts.get(a["source_id"]) or a["source_id"]
        a["words"] = words(a["title"] + " " + " ".join(a["keep"]))
    return sorted(arts, key=lambda a: a["source_id"]), hosts


def off_topic(art: dict[str, Any], donors: list[dict[str, Any]], style: str, rng: random.Random) -> list[Para]:
    """One off-topic item (two paragraphs for two_paras_same_donor) from an article of another source and host."""
    if style == "off_neartopic":
        donor = max(donors, key=lambda d: len(art["words"] & d["words"]) / (len(art["words"] | d["words"]) or 1))
        cands = [t for t in donor["keep"] if len(t) >= 40] or donor["keep"]
        texts = [max(cands, key=lambda t: len(words(t) & art["words"]))]
    else:
        donor = rng.choice(donors)
        keep = donor["keep"]
        if style == "two_paras_same_donor":
            i = rng.randrange(len(keep) - 1)
            texts = keep[i: i + 2]
        elif style == "off_para":
            texts = [rng.choice([t for t in keep if len(t) >= 40] or keep)]
        else:
            head, sent = donor["title"].strip(), first_sentence(keep[0])
            if style == "teaser_dash":
                texts = [head + rng.choice([" \u2014 ", " - "]) + sent]
            else:
                label = fill(rng.choice(TEASER_LABELS), rng)
                texts = [f"{label} {head}" + ("\n" if rng.random() < 0.5 else " ") + sent]
    return [{"text": t, "label": "off_topic", "style": style, "donor": donor["source_id"]} for t in texts]


def build(idx: int, art: dict[str, Any], arts: list[dict[str, Any]], rng: random.Random) -> dict[str, Any]:
    title: str = art["title"].strip()
    phrase_set = "A" if idx % 2 == 0 else "B"
    phrases = sp.BOILERPLATE_A if phrase_set == "A" else sp.BOILERPLATE_B
    head: list[Para] = [{"text": title, "label": "title", "style": "title", "group": "h"}]
    for style in rng.sample(["head_sitesep", "head_caps", "head_section", "head_media"], rng.choice([0, 1, 1, 2])):
        head.append({"text": headline_copy(title, style, rng), "label": "repeated_headline", "style": style,
                     "group": "h"})
    body: list[Para] = [{"text": t, "label": "keep", "style": "original"} for t in art["keep"]]
    present = {t.casefold() for t in art["keep"]}
    if rng.random() < 0.6:
        line = rng.choice([s for s in sp.SHORT_ARTICLE_LINES if s.casefold() not in present])
        body.insert(rng.randint(1, len(body) - 1), {"text": line, "label": "keep", "style": "short_keep"})
    cands = [p for p in body if p["style"] == "original" and len(p["text"]) >= 40]
    styles = ["dup_ap", "dup_nbsp", "dup_numfmt", "dup_noperiod", "dup_invisible"]
    for g in range(1, rng.choice([0, 1, 1, 2]) + 1):
        style = rng.choice(styles)
        pool = [p for p in cands if "group" not in p and dup_edit(p["text"], style, random.Random(0)) != p["text"]]
        if not pool:
            style, pool = "dup_ap", [p for p in cands if "group" not in p]
        orig = rng.choice(pool)
        text = dup_edit(orig["text"], style, rng)
        if text == orig["text"]:
            style, text = "dup_ap", dup_edit(text, "dup_ap", rng)
        orig["group"] = f"d{g}"
        pos = body.index(orig)
        body.insert(rng.randint(pos + 1, len(body)),
                    {"text": text, "label": "duplicate_paragraph", "style": style, "group": f"d{g}"})
    donors = [d for d in arts if d["source_id"] != art["source_id"] and d["host"] != art["host"]]
    for _ in range(rng.choice([0, 1, 1, 2])):
        style = rng.choice(["teaser_dash", "two_paras_same_donor", "teaser_label", "off_para", "off_neartopic"])
        items = [p for p in off_topic(art, donors, style, rng) if p["text"].casefold() not in present]
        present.update(p["text"].casefold() for p in items)
        pos = rng.randint(1, len(body))
        body[pos:pos] = items
    top: list[Para] = []
    end: list[Para] = []
    for tpl in rng.sample(phrases, rng.choice([0, 1, 1, 2, 2, 3])):
        where = rng.choice(["bp_top", "bp_middle", "bp_middle", "bp_end", "bp_end"])
        p = {"text": fill(tpl, rng), "label": "boilerplate", "style": where, "phrase": tpl}
        if where == "bp_top":
            top.append(p)
        elif where == "bp_end":
            end.append(p)
        else:
            body.insert(rng.randint(1, len(body) - 1), p)
    paras = head + top + body + end
    return {"id": f"{art['source_id']}~s", "title": title, "source_id": art["source_id"], "profile": "stress",
            "phrase_set": phrase_set, "paragraphs": paras}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=Path("bench/out/stress"))
    args = parser.parse_args()
    arts, _ = load(args.shared)
    args.out.mkdir(parents=True, exist_ok=True)
    labels: Counter[str] = Counter()
    styles: Counter[str] = Counter()
    with open(args.out / "input.jsonl", "w", encoding="utf-8") as fi, \
            open(args.out / "docs.jsonl", "w", encoding="utf-8") as fd:
        for idx, art in enumerate(arts):
            doc = build(idx, art, arts, random.Random(f"{args.seed}:{art['source_id']}"))
            assert all(p["text"].strip() and not re.search(r"\n\s*\n", p["text"]) for p in doc["paragraphs"])
            text = "\n\n".join(p["text"] for p in doc["paragraphs"])
            fi.write(json.dumps({"id": doc["id"], "title": doc["title"], "text": text}, ensure_ascii=False) + "\n")
            fd.write(json.dumps(doc, ensure_ascii=False) + "\n")
            labels.update(p["label"] for p in doc["paragraphs"])
            styles.update(p["style"] for p in doc["paragraphs"])
    manifest = {"profile": "stress", "seed": args.seed, "documents": len(arts), "paragraphs": sum(labels.values()),
                "labels": dict(sorted(labels.items())), "styles": dict(sorted(styles.items())),
                "boilerplate_phrases": {"A": len(sp.BOILERPLATE_A), "B": len(sp.BOILERPLATE_B)}}
    (args.out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(manifest))


if __name__ == "__main__":
    main()
