"""The crawl's write side: a near-duplicate's drop is final only once its original is on disk."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cleaners.corpus_dedup import CorpusIndex, DedupParams
from cleaners.text import document_from_text
from scraper.config import OutputSettings
from scraper.crawl_output import NEAR_DUPLICATE, CleanedPage, CrawlOutput
from scraper.state import FETCHED, WRITTEN, StateStore

ORIGINAL = "https://news.example/allotment-prize"
COPY = "https://wire.example/allotment-prize-copy"


@pytest.fixture
def state(tmp_path: Path) -> Iterator[StateStore]:
    with StateStore.open(tmp_path / "state") as store:
        store.add_discovered([ORIGINAL, COPY], source="test")
        yield store


@pytest.fixture
def index(tmp_path: Path) -> Iterator[CorpusIndex]:
    with CorpusIndex.open_embedded(tmp_path / "state" / "dedup", DedupParams()) as opened:
        yield opened


def fetched_page(state: StateStore, samples_dir: Path, url: str, name: str) -> CleanedPage:
    """The page as the crawl hands it over: fetched (recorded FETCHED) and cleaned."""
    state.record_fetch_result(url, outcome=FETCHED, status=200, content_hash=name)
    text = (samples_dir / "batch" / f"{name}.txt").read_text(encoding="utf-8")
    item = state.get(url)
    assert item is not None
    return CleanedPage(item, document_from_text(text, doc_id=name), name, "2026-11-25T00:00:00+00:00")


def refetched_by_next_run(state_dir: Path) -> set[str]:
    """URLs a later run would fetch again."""
    with StateStore.open(state_dir) as later:
        later.started_at += 1.0  # a run that starts after this one
        return {item.url for item in later.next_batch(10)}


def test_a_near_duplicate_is_judged_again_if_its_original_never_reached_the_disk(
    tmp_path: Path, samples_dir: Path, state: StateStore, index: CorpusIndex
) -> None:
    output = CrawlOutput(OutputSettings(dir=tmp_path / "out", shard_records=10), state, index)
    assert output.write(fetched_page(state, samples_dir, ORIGINAL, "allotment-prize")) == WRITTEN
    assert output.write(fetched_page(state, samples_dir, COPY, "allotment-prize-copy")) == NEAR_DUPLICATE
    output.close()  # the run dies here: the original's shard was never put in place
    copy = state.get(COPY)
    assert copy is not None and (copy.outcome, copy.written) == (FETCHED, False)
    assert refetched_by_next_run(tmp_path / "state") == {ORIGINAL, COPY}
    assert list((tmp_path / "out").iterdir()) == []


def test_a_near_duplicate_is_dropped_for_good_once_its_original_is_written(
    tmp_path: Path, samples_dir: Path, state: StateStore, index: CorpusIndex
) -> None:
    output = CrawlOutput(OutputSettings(dir=tmp_path / "out", shard_records=10), state, index)
    output.write(fetched_page(state, samples_dir, ORIGINAL, "allotment-prize"))
    output.write(fetched_page(state, samples_dir, COPY, "allotment-prize-copy"))
    output.flush()
    output.close()
    original, copy = state.get(ORIGINAL), state.get(COPY)
    assert original is not None and (original.outcome, original.written) == (WRITTEN, True)
    assert copy is not None and copy.outcome == NEAR_DUPLICATE
    assert refetched_by_next_run(tmp_path / "state") == set()
    (shard,) = output.shards
    assert shard.read_text(encoding="utf-8").count('"url"') == 1
