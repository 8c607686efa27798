"""Extraction and cleaning off the event loop: a process pool across all cores.

Fetching stays in one asyncio loop; each fetched page is decoded, extracted
and cleaned in a worker process (``clean_page`` is the picklable job), so a
slow page never stalls the network side.
"""
from __future__ import annotations

import asyncio
import logging
import os
import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import BrokenExecutor, Executor, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from types import TracebackType

from cleaners.clean import clean_html
from cleaners.config import CleanConfig
from cleaners.document import Document
from cleaners.errors import CleanerError
from cleaners.file_locks import forget_inherited_locks
from cleaners.pipeline import Pipeline, default_stages, page_stages

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class CleanFailure:
    """A page that could not be cleaned: the reason slug and one line."""

    reason: str
    message: str


def guarded(clean: Callable[[], Document]) -> Document | CleanFailure:
    """Run one cleaning job: bad input, or a bug a page triggers, is a failure of that page, not of the batch."""
    try:
        return clean()
    except CleanerError as exc:
        return CleanFailure(exc.reason, str(exc))
    except Exception as exc:  # noqa: BLE001 - one pathological page must not stop a crawl or a batch
        logger.debug("cleaning failed", exc_info=True)
        return CleanFailure("clean_error", f"cleaning failed ({type(exc).__name__}: {exc})")


def clean_page(html: str, url: str, doc_id: str, config: CleanConfig, *, page_only: bool) -> Document | CleanFailure:
    """Extract and clean one page (runs in a worker process); ``page_only`` stops before the topic stages."""
    stages = page_stages(config) if page_only else default_stages(config)
    return guarded(lambda: clean_html(html, url=url, doc_id=doc_id, config=config, pipeline=Pipeline(stages)))


def start_worker(parent: int) -> None:
    """Set up a forked cleaning process: it lets go of the parent's locks (the crawl's, the index's),
    leaves Ctrl-C to the parent (which stops the pool), and exits when the parent is gone."""
    forget_inherited_locks()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(parent,), name="exit-with-parent", daemon=True).start()


def _exit_with_parent(parent: int, interval_s: float = 0.5) -> None:
    """Exit this worker once its parent has died (killed with ``kill -9``, nothing would stop it)."""
    while os.getppid() == parent:
        time.sleep(interval_s)
    os._exit(1)


def worker_pool(workers: int) -> ProcessPoolExecutor:
    """A process pool whose workers are set up by ``start_worker``."""
    return ProcessPoolExecutor(max_workers=workers, initializer=start_worker, initargs=(os.getpid(),))


def _warm_up() -> None:
    """A job that only makes a worker process start (and import the cleaners)."""
    import cleaners.pipeline  # noqa: F401


class CleaningPool:
    """``await pool.clean(html, url, doc_id)`` on ``workers`` processes (0: a thread, for tiny runs and tests)."""

    def __init__(self, config: CleanConfig, workers: int | None = None) -> None:
        self._config = config
        self._workers = (os.cpu_count() or 1) if workers is None else workers
        self._executor: Executor = self._new_executor()

    def _new_executor(self) -> Executor:
        if self._workers <= 0:
            return ThreadPoolExecutor(1)
        pool = worker_pool(self._workers)
        # Start every worker now, before the event loop's threads exist: forking later,
        # from inside the loop, could copy a lock some thread holds.
        for future in [pool.submit(_warm_up) for _ in range(self._workers)]:
            future.result()
        return pool

    async def clean(self, html: str, url: str, doc_id: str, *, page_only: bool = False) -> Document | CleanFailure:
        """Extract and clean in a worker; ``page_only``: only the stages that need no more than the page."""
        loop = asyncio.get_running_loop()
        job = partial(clean_page, html, url, doc_id, self._config, page_only=page_only)
        try:
            return await loop.run_in_executor(self._executor, job)
        except BrokenExecutor:
            # A worker died (killed, out of memory): this page fails, the next ones get a new pool.
            logger.warning("%s: a cleaning process died; starting a new pool", url)
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = self._new_executor()
            return CleanFailure("clean_error", "the cleaning process died")

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> CleaningPool:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.close()
