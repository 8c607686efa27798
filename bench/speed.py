"""Time per page of newsclean's extraction and cleaning against trafilatura's extract alone.

    python bench/speed.py [--shared ../shared] [--repeat 3]

All in one process, over the pages of shared/bench/extraction: trafilatura
``extract(html)`` with defaults, our extraction (``bare_extraction`` with
metadata), and the cleaning stages on its output. Prints ms/page, pages/s,
ratios, and peak RSS.
"""
from __future__ import annotations

import argparse
import gzip
import json
import resource
import time
from pathlib import Path

import trafilatura

from cleaners.config import CleanConfig
from cleaners.extract import extract_document
from cleaners.pipeline import BatchPipeline, batch_stages, default_pipeline
from cleaners.text import bare, plain


def forget_paragraph_texts() -> None:
    """Empty the per-text caches, so a repeated run does not find the paragraphs it normalised last time.

    (Word-level caches stay warm: a real corpus repeats words, not paragraphs.)
    """
    plain.cache_clear()
    bare.cache_clear()


def best_of(repeat: int, fn: object) -> float:
    """Smallest wall time of ``repeat`` runs of ``fn()`` (the least disturbed run), each with cold text caches."""
    times = []
    for _ in range(repeat):
        forget_paragraph_texts()
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    bench = args.shared / "bench/extraction"
    truth = [json.loads(line) for line in open(bench / "truth.jsonl", encoding="utf-8")]
    pages = [(t["id"], t["url"], gzip.open(bench / f"pages/{t['id']}.html.gz").read().decode("utf-8")) for t in truth]
    config = CleanConfig()
    pipeline = default_pipeline(config)
    docs = [extract_document(html, url=url, doc_id=i, config=config.extract) for i, url, html in pages]
    for doc in docs:  # warm caches (wordfreq tables) before timing
        pipeline.run(doc)
    n = len(pages)

    t_base = best_of(args.repeat, lambda: [trafilatura.extract(html, deduplicate=False) for _, _, html in pages])
    t_extract = best_of(
        args.repeat, lambda: [extract_document(html, url=url, doc_id=i, config=config.extract) for i, url, html in pages]
    )
    t_clean = best_of(args.repeat, lambda: [pipeline.run(doc) for doc in docs])
    cleaned = [pipeline.run(doc) for doc in docs]
    batch = BatchPipeline(batch_stages(config))
    t_batch = best_of(args.repeat, lambda: batch.run(cleaned))
    stage_times = {}
    for stage in pipeline.stages:
        stage_times[stage.name] = best_of(args.repeat, lambda s=stage: [s.apply(doc) for doc in docs])

    def row(name: str, seconds: float) -> None:
        print(f"{name:42s} {seconds / n * 1000:7.2f} ms/page {n / seconds:8.1f} pages/s  x{seconds / t_base:5.2f}")

    print(f"{n} pages, best of {args.repeat} runs, one process")
    row("trafilatura extract() (baseline)", t_base)
    row("newsclean extraction (with metadata)", t_extract)
    row("newsclean cleaning stages", t_clean)
    for name, seconds in stage_times.items():
        row(f"  stage {name}", seconds)
    row("  batch stages (borrowed, recurring lines)", t_batch)
    row("newsclean full pipeline", t_extract + t_clean + t_batch)
    cleaning = t_clean + t_batch
    print(f"cleaning adds {cleaning / t_extract * 100:.1f}% to our extraction time, "
          f"{cleaning / t_base * 100:.1f}% to trafilatura extract() alone")
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
