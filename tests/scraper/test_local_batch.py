"""Local batches clean in input order, the same on a process pool as in-process."""
from __future__ import annotations

from pathlib import Path

from cleaners.config import CleanConfig
from cleaners.document import Document
from scraper.inputs import InputFailure, read_inputs
from scraper.local_batch import IN_PROCESS_FIRST, clean_inputs


def batch_paths(samples_dir: Path) -> list[str]:
    pages = sorted(str(p) for p in (samples_dir / "pages").glob("*.html"))
    # Enough inputs to reach the pool, and a missing file in the middle.
    return pages + [str(samples_dir / "pages" / "missing.html")] + pages[:3]


def test_pool_and_in_process_give_the_same_documents_in_input_order(samples_dir: Path) -> None:
    paths = batch_paths(samples_dir)
    assert len(paths) > IN_PROCESS_FIRST
    config = CleanConfig()
    pooled = list(clean_inputs(read_inputs(paths), config, workers=2, window=4))
    local = list(clean_inputs(read_inputs(paths), config, workers=0))
    assert [item.where for item, _ in pooled] == paths
    assert pooled == local
    failures = [item for item, outcome in pooled if outcome is None]
    assert [f.where for f in failures] == [paths[len(paths) - 4]]
    assert all(isinstance(f, InputFailure) for f in failures)
    assert all(isinstance(outcome, Document) for _, outcome in pooled if outcome is not None)
