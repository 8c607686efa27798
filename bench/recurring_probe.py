"""How much article text the recurring-line rule takes from natural news text.

    python bench/recurring_probe.py [--shared ../shared]

Pools the article paragraphs (labelled ``keep``) of shared/bench/cleaning and of
our held-out sets holdout3-6 (built into bench/out when missing), and the
reference text of shared/bench/extraction, into one batch of plain documents
with no noise at all, then runs the recurring-line batch stage over it. Every
line it marks is article text taken by mistake, and is printed.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from cleaners.document import Document, paragraphs_from
from cleaners.recurring_lines import RecurringLines

HERE = Path(__file__).resolve().parent
HOLDOUTS = ("holdout3", "holdout4", "holdout5", "holdout6")


def labelled_articles(docs_jsonl: Path) -> list[Document]:
    """The ``keep`` paragraphs of each labelled document, as a document of its own."""
    docs = []
    for line in docs_jsonl.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        kept = [p["text"] for p in record["paragraphs"] if p["label"] == "keep"]
        docs.append(Document(id=record["id"], title=record["title"], paragraphs=paragraphs_from(kept)))
    return docs


def reference_articles(truth_jsonl: Path) -> list[Document]:
    """The hand-made reference text of each extraction page."""
    docs = []
    for line in truth_jsonl.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        paragraphs = [p for p in record["text"].split("\n\n") if p.strip()]
        docs.append(Document(id=record["id"], title=record.get("title") or "", paragraphs=paragraphs_from(paragraphs)))
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    args = parser.parse_args()
    docs = labelled_articles(args.shared / "bench/cleaning/docs.jsonl")
    for name in HOLDOUTS:
        out = HERE / "out" / name
        if not (out / "docs.jsonl").exists():
            subprocess.run([sys.executable, str(HERE / f"{name}_set.py"), "--out", str(out)], check=True,
                           stdout=subprocess.DEVNULL)
        docs += labelled_articles(out / "docs.jsonl")
    docs += reference_articles(args.shared / "bench/extraction/truth.jsonl")
    paragraphs = sum(len(d.paragraphs) for d in docs)
    marked = [(d.id, p.text) for d in RecurringLines().apply_batch(docs) for p in d.paragraphs if p.removal]
    print(f"recurring lines on natural text: {len(docs)} documents, {paragraphs} paragraphs in one batch, "
          f"{len(marked)} lines marked (each one article text lost)")
    for doc_id, text in marked:
        print(f"  {doc_id}: {text[:120]}")


if __name__ == "__main__":
    main()
