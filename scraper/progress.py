"""Progress of long work: a rich progress bar on a terminal, plain log lines under cron."""

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
LAZY_AFTER_S = 1.0


class WorkProgress:
    """Count items as they finish; draw a bar on a TTY, else log a line every ``LOG_EVERY_S`` seconds.

    ``lazy``: show nothing for work that ends within ``LAZY_AFTER_S`` (a one-file ``clean``).
    """

    def __init__(
        self, label: str, total: int | None = None, *, lazy: bool = False, force_terminal: bool | None = None
    ) -> None:
        self.label = label
        self.total = total or 0
        self.done = 0
        self.outcomes: Counter[str] = Counter()
        self._lazy = lazy
        self._started = time.monotonic()
        self._last_log = self._started
        is_tty = sys.stderr.isatty() if force_terminal is None else force_terminal
        self._bar: Progress | None = None
        self._task: TaskID | None = None
        if is_tty:
            self._bar = Progress(
                TextColumn(label),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                TextColumn("{task.fields[outcomes]}"),
                console=Console(stderr=True),
                transient=True,
            )

    def __enter__(self) -> WorkProgress:
        if not self._lazy:
            self._start_bar()
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        if self._task is not None and self._bar is not None:
            self._bar.stop()
        elif self._bar is None and self.done and (not self._lazy or self._elapsed() >= LAZY_AFTER_S):
            self._log()

    def grow(self, n: int) -> None:
        """More items are on their way (the crawl reads its frontier in batches)."""
        self.total += n
        if self._bar is not None and self._task is not None:
            self._bar.update(self._task, total=self.total)

    def advance(self, outcome: str) -> None:
        self.done += 1
        self.outcomes[outcome] += 1
        if self._bar is not None:
            if self._task is None and self._elapsed() >= LAZY_AFTER_S:
                self._start_bar()
            if self._task is not None:
                self._bar.update(self._task, completed=self.done, outcomes=self._describe())
        elif time.monotonic() - self._last_log >= LOG_EVERY_S:
            self._log()

    def _start_bar(self) -> None:
        if self._bar is not None and self._task is None:
            self._bar.start()
            self._task = self._bar.add_task(self.label, total=self.total or None, completed=self.done, outcomes="")

    def _elapsed(self) -> float:
        return time.monotonic() - self._started

    def _describe(self) -> str:
        return " ".join(f"{k} {v}" for k, v in self.outcomes.most_common())

    def _log(self) -> None:
        total = f"/{self.total}" if self.total else ""
        logger.info("%s: %d%s done: %s", self.label, self.done, total, self._describe())
        self._last_log = time.monotonic()
