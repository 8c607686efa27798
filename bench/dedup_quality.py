"""Corpus dedup quality on bench/cleaning crossdoc: pair P/R/F1, FP rate per negative kind, cluster ARI.

    python bench/dedup_quality.py [--shared ../shared] [--out DIR] [--min-containment X] [--shingle-words K]

Runs CorpusIndex (embedded, in a temp dir) over crossdoc_docs.jsonl in file
order, writes pair predictions and clusters, then calls steering's scorer.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from cleaners.corpus_dedup import CorpusIndex, DedupParams
from cleaners.document import Document, paragraphs_from


def load_docs(path: Path) -> list[Document]:
    """crossdoc_docs.jsonl as Documents (paragraphs split on blank lines)."""
    docs = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                r = json.loads(line)
                docs.append(Document(id=r["id"], title=r.get("title", ""),
                                     paragraphs=paragraphs_from(r["text"].split("\n\n"))))
    return docs


def run(bench: Path, out: Path, params: DedupParams) -> dict[str, str]:
    """Dedup the crossdoc documents; write pairs and clusters predictions into ``out``; return id -> cluster."""
    docs = load_docs(bench / "crossdoc_docs.jsonl")
    with tempfile.TemporaryDirectory() as tmp, CorpusIndex.open_embedded(Path(tmp) / "idx", params) as index:
        cluster = {d.id: d.dup_of or d.id for d in index.dedup(docs)}
    pairs = [json.loads(line) for line in open(bench / "crossdoc_pairs.jsonl", encoding="utf-8") if line.strip()]
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "pairs_pred.jsonl", "w", encoding="utf-8") as fh:
        for p in pairs:
            fh.write(json.dumps({"a": p["a"], "b": p["b"], "is_dup": cluster[p["a"]] == cluster[p["b"]]}) + "\n")
    with open(out / "clusters_pred.jsonl", "w", encoding="utf-8") as fh:
        for doc_id, c in cluster.items():
            fh.write(json.dumps({"id": doc_id, "cluster": c}) + "\n")
    return cluster


def main(argv: list[str] | None = None) -> int:
    """Run the index, then the scorer; print its summary line."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--out", type=Path, default=None, help="where predictions go (default: a temp dir)")
    ap.add_argument("--min-containment", type=float, default=None)
    ap.add_argument("--shingle-words", type=int, default=None)
    ap.add_argument("--num-perm", type=int, default=None)
    ap.add_argument("--seed", type=int, default=None)
    args = ap.parse_args(argv)
    params = DedupParams()
    changes = {k: v for k, v in (("min_containment", args.min_containment), ("shingle_words", args.shingle_words),
                                 ("num_perm", args.num_perm), ("seed", args.seed)) if v is not None}
    params = replace(params, **changes)  # type: ignore[arg-type]
    bench = args.shared / "bench" / "cleaning"
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp)
        cluster = run(bench, out, params)
        print(f"params {params}  documents {len(cluster)}  kept {len(set(cluster.values()))}")
        cmd = [sys.executable, str(args.shared / "bench" / "cleaning_score.py"), str(bench),
               "--crossdoc", str(out / "pairs_pred.jsonl"), "--clusters", str(out / "clusters_pred.jsonl")]
        return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main())
