"""How many edited copies of the title and of a paragraph the copy stages catch, by kind of edit.

    python bench/copies_probe.py [--shared ../shared]

For each article of shared/bench/cleaning (its ``keep`` paragraphs):
- repeated_headline: the title printed above the article with one edit (two
  site suffixes, a "BREAKING:" or "WATCH:" label, a date, a section kicker,
  quotes, cut to 60% of its words and an ellipsis);
- duplicate_paragraph: one paragraph of at least 15 words copied at the end
  with one edit (a typo, two words dropped, three words changed, a sentence
  added, the last sentence dropped, only the first two sentences kept).
Prints the share of copies marked. The bench set itself has fewer kinds.
"""
from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from cleaners.document import Document, paragraphs_from
from cleaners.duplicates import DuplicateParagraph
from cleaners.headlines import RepeatedHeadline

SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def edits(paragraph: str, rng: random.Random) -> dict[str, str]:
    """The paragraph with each kind of edit that applies to it."""
    sentences = SENTENCE_END.split(paragraph)
    words = paragraph.split()
    out: dict[str, str] = {}
    swap: Callable[[str], str] = lambda w: w[:-1] if len(w) > 3 else w + "s"  # noqa: E731
    typo = words[:]
    k = rng.randrange(len(typo))
    typo[k] = swap(typo[k])
    out["one typo"] = " ".join(typo)
    out["two words dropped"] = " ".join(w for i, w in enumerate(words) if i not in (2, len(words) // 2))
    changed = words[:]
    for k in rng.sample(range(len(changed)), 3):
        changed[k] = changed[k][::-1]
    out["three words changed"] = " ".join(changed)
    out["a sentence added"] = paragraph + " That is what officials said on Monday."
    if len(sentences) >= 3:
        out["last sentence dropped"] = " ".join(sentences[:-1])
        out["first two sentences only"] = " ".join(sentences[:2])
    return out


def title_edits(title: str) -> dict[str, str]:
    """The title with each kind of edit."""
    words = title.split()
    return {
        "two site suffixes": f"{title} | World News | Daily Courier",
        "a BREAKING: label": f"BREAKING: {title}",
        "a WATCH: label": f"WATCH: {title}",
        "a date added": f"{title} (Nov. 19, 2019)",
        "a section kicker": f"Politics {title}",
        "in quotes": f"\u201c{title}\u201d",
        "cut, with an ellipsis": " ".join(words[: max(3, int(len(words) * 0.6))]) + "\u2026",
    }


def report(stage: str, caught: Counter[str], tried: Counter[str]) -> None:
    print(f"{stage} on edited copies")
    for kind, n in tried.items():
        print(f"  {kind:26s} {caught[kind] / n:.2f} (n={n})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    args = parser.parse_args()
    rng = random.Random(5)
    docs = [json.loads(line) for line in open(args.shared / "bench/cleaning/docs.jsonl", encoding="utf-8")]
    headline, duplicates = RepeatedHeadline(), DuplicateParagraph()
    caught: Counter[str] = Counter()
    tried: Counter[str] = Counter()
    for doc in docs:
        keep = [p["text"] for p in doc["paragraphs"] if p["label"] == "keep"]
        for kind, copy in title_edits(doc["title"]).items():
            out = headline.apply(Document(id="d", title=doc["title"], paragraphs=paragraphs_from([copy, *keep[:4]])))
            tried[kind] += 1
            caught[kind] += out.paragraphs[0].removal is not None
    report("repeated_headline (the copy above the article)", caught, tried)
    caught.clear()
    tried.clear()
    for doc in docs:
        keep = [p["text"] for p in doc["paragraphs"] if p["label"] == "keep" and len(p["text"].split()) >= 15]
        if len(keep) < 3:
            continue
        for kind, copy in edits(rng.choice(keep), rng).items():
            out = duplicates.apply(Document(id="d", title=doc["title"], paragraphs=paragraphs_from([*keep, copy])))
            tried[kind] += 1
            caught[kind] += out.paragraphs[-1].removal is not None
    report("duplicate_paragraph (the copy at the end of the article)", caught, tried)


if __name__ == "__main__":
    main()
