"""Cleaning and extraction quality on ../shared/bench, scored with the scorers there.

    python bench/quality.py [--shared ../shared] [--only cleaning|extraction]
"""
from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import time
from pathlib import Path

from cleaners.config import CleanConfig
from cleaners.extract import extract_document
from cleaners.pipeline import default_pipeline

OUT = Path(__file__).resolve().parent / "out"


def clean_bench(shared: Path) -> Path:
    """``newsclean clean input.jsonl --format jsonl``: exactly what a user runs, as one batch."""
    pred = OUT / "cleaning_pred.jsonl"
    cmd = [sys.executable, "-m", "scraper", "clean", str(shared / "bench/cleaning/input.jsonl"), "--format", "jsonl",
           "-o", str(pred)]
    subprocess.run(cmd, check=True)
    return pred


def extraction_bench(shared: Path, config: CleanConfig) -> tuple[Path, Path]:
    """trafilatura's default extract and the full pipeline on every page; write both predictions."""
    import trafilatura

    pipeline = default_pipeline(config)
    base = OUT / "extraction_trafilatura.jsonl"
    ours = OUT / "extraction_newsclean.jsonl"
    truth = [json.loads(line) for line in open(shared / "bench/extraction/truth.jsonl", encoding="utf-8")]
    with open(base, "w", encoding="utf-8") as fb, open(ours, "w", encoding="utf-8") as fo:
        for item in truth:
            html = gzip.open(shared / f"bench/extraction/pages/{item['id']}.html.gz").read().decode("utf-8")
            fb.write(json.dumps({"id": item["id"], "text": trafilatura.extract(html, deduplicate=False)}) + "\n")
            try:
                doc = pipeline.run(extract_document(html, url=item["url"], doc_id=item["id"], config=config.extract))
                text = doc.kept_text()
            except Exception as exc:  # an empty page scores 0, as the scorer says
                print(f"{item['id']}: {exc}", file=sys.stderr)
                text = ""
            fo.write(json.dumps({"id": item["id"], "text": text}) + "\n")
    return base, ours


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--only", choices=["cleaning", "extraction"])
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    config = CleanConfig()
    bench = args.shared / "bench"
    if args.only in (None, "cleaning"):
        t = time.perf_counter()
        pred = clean_bench(args.shared)
        print(f"== cleaning ({time.perf_counter() - t:.1f}s)")
        subprocess.run([sys.executable, str(bench / "cleaning_score.py"), str(bench / "cleaning"), str(pred), "--by-style"], check=True)
    if args.only in (None, "extraction"):
        base, ours = extraction_bench(args.shared, config)
        truth = bench / "extraction/truth.jsonl"
        print("== extraction: trafilatura extract() defaults, then newsclean (extract + clean)")
        subprocess.run([sys.executable, str(bench / "extraction_score.py"), str(truth), str(base), str(ours)], check=True)


if __name__ == "__main__":
    main()
