"""Progress of a crawl: a rich progress bar on a terminal, plain log lines under cron."""
from __future__ import annotations

import logging
import sys
import time
from collections import Counter
from types import TracebackType

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

logger = logging.getLogger(__name__)

LOG_EVERY_S = 10.0


class CrawlProgress:
    """Count pages as they finish; draw a bar on a TTY, else log a line every ``LOG_EVERY_S`` seconds."""

    def __init__(self, total: int | None = None, *, force_terminal: bool | None = None) -> None:
        self.total = total or 0
        self.done = 0
        self.outcomes: Counter[str] = Counter()
        is_tty = sys.stderr.isatty() if force_terminal is None else force_terminal
        self._bar: Progress | None = None
        self._task: TaskID | None = None
        if is_tty:
            self._bar = Progress(
                TextColumn("crawl"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                TextColumn("{task.fields[outcomes]}"), console=Console(stderr=True), transient=True,
            )
        self._last_log = time.monotonic()

    def __enter__(self) -> CrawlProgress:
        if self._bar is not None:
            self._bar.start()
            self._task = self._bar.add_task("crawl", total=self.total or None, outcomes="")
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        if self._bar is not None:
            self._bar.stop()
        elif self.done:
            self._log()

    def grow(self, n: int) -> None:
        """More pages are on their way (the frontier is read in batches)."""
        self.total += n
        if self._bar is not None and self._task is not None:
            self._bar.update(self._task, total=self.total)

    def advance(self, outcome: str) -> None:
        self.done += 1
        self.outcomes[outcome] += 1
        if self._bar is not None and self._task is not None:
            self._bar.update(self._task, advance=1, outcomes=self._describe())
        elif time.monotonic() - self._last_log >= LOG_EVERY_S:
            self._log()

    def _describe(self) -> str:
        return " ".join(f"{k} {v}" for k, v in self.outcomes.most_common())

    def _log(self) -> None:
        logger.info("%d/%d pages: %s", self.done, self.total, self._describe())
        self._last_log = time.monotonic()
