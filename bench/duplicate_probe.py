"""How many edited copies of a paragraph the duplicate_paragraph stage catches, by kind of edit.

    python bench/duplicate_probe.py [--shared ../shared]

For each article of shared/bench/cleaning (its ``keep`` paragraphs), one
paragraph of at least 15 words is copied at the end with one edit: a typo,
two words dropped, three words changed, a sentence added, the last sentence
dropped, only the first two sentences kept. Prints the share of copies marked.
The bench set itself has only exact copies and single-word edits.
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    args = parser.parse_args()
    rng = random.Random(5)
    stage = DuplicateParagraph()
    caught: Counter[str] = Counter()
    tried: Counter[str] = Counter()
    for line in open(args.shared / "bench/cleaning/docs.jsonl", encoding="utf-8"):
        doc = json.loads(line)
        keep = [p["text"] for p in doc["paragraphs"] if p["label"] == "keep" and len(p["text"].split()) >= 15]
        if len(keep) < 3:
            continue
        for kind, copy in edits(rng.choice(keep), rng).items():
            out = stage.apply(Document(id="d", title=doc["title"], paragraphs=paragraphs_from([*keep, copy])))
            tried[kind] += 1
            caught[kind] += out.paragraphs[-1].removal is not None
    print("duplicate_paragraph on edited copies (copy at the end of the article)")
    for kind, n in tried.items():
        print(f"  {kind:26s} {caught[kind] / n:.2f} (n={n})")


if __name__ == "__main__":
    main()
