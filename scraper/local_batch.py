"""Cleaning local inputs in order, in-process for a few and on a process pool for many.

The first ``IN_PROCESS_FIRST`` inputs are cleaned in this process (a pool
costs more to start than they take); after that a process pool across all
cores takes over, with at most ``window`` inputs in flight so memory stays
flat however large the batch. Results come back in input order.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import BrokenExecutor, Future, ProcessPoolExecutor

from cleaners.clean import clean_html, clean_text
from cleaners.config import CleanConfig
from cleaners.document import Document
from cleaners.pipeline import default_pipeline
from scraper.inputs import InputFailure, InputItem
from scraper.processing import CleanFailure, guarded, worker_pool

IN_PROCESS_FIRST = 8

Outcome = Document | CleanFailure


def clean_input(item: InputItem, config: CleanConfig) -> Outcome:
    """Extract (HTML) or split (text), then clean one input (runs in a worker process)."""
    return guarded(lambda: _clean(item, config))


def _clean(item: InputItem, config: CleanConfig) -> Document:
    pipeline = default_pipeline(config)
    if item.kind == "html":
        return clean_html(
            item.content, url=item.url, doc_id=item.doc_id, title=item.title, config=config, pipeline=pipeline
        )
    return clean_text(item.content, doc_id=item.doc_id, title=item.title, url=item.url, pipeline=pipeline)


def clean_inputs(
    items: Iterable[InputItem | InputFailure], config: CleanConfig, *, workers: int | None = None, window: int = 256
) -> Iterator[tuple[InputItem | InputFailure, Outcome | None]]:
    """(input, cleaned document or failure) in input order; None for inputs that could not be read."""
    workers = (os.cpu_count() or 1) if workers is None else workers
    pool: ProcessPoolExecutor | None = None
    pending: deque[tuple[InputItem | InputFailure, Future[Outcome] | None]] = deque()
    try:
        for n, item in enumerate(items):
            if isinstance(item, InputFailure):
                pending.append((item, None))
            elif workers > 0 and n >= IN_PROCESS_FIRST:
                pool = pool or worker_pool(workers)
                try:
                    future = pool.submit(clean_input, item, config)
                except BrokenExecutor:  # a worker died and took the pool with it: start a new one
                    pool.shutdown(wait=False, cancel_futures=True)
                    pool = worker_pool(workers)
                    future = pool.submit(clean_input, item, config)
                pending.append((item, future))
            else:
                pending.append((item, _done(clean_input(item, config))))
            while pending and (len(pending) >= window or pending[0][1] is None or pending[0][1].done()):
                yield _result(pending.popleft())
        while pending:
            yield _result(pending.popleft())
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def _done(outcome: Outcome) -> Future[Outcome]:
    future: Future[Outcome] = Future()
    future.set_result(outcome)
    return future


def _result(
    entry: tuple[InputItem | InputFailure, Future[Outcome] | None],
) -> tuple[InputItem | InputFailure, Outcome | None]:
    item, future = entry
    if future is None:
        return item, None
    try:
        return item, future.result()
    except BrokenExecutor:
        return item, CleanFailure("clean_error", "the cleaning process died")
