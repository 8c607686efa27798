"""The ``newsclean`` command line: one exit point that turns our errors into one stderr line.

Exit codes (documented in the README, for cron):
    0  everything asked for was done
    1  some inputs failed: unreadable, missing or bad input files, failed pages
       (the others were still written)
    2  usage or configuration error (unknown option or bad option value, bad or missing
       config file, a state folder that cannot be created or written, bad -o path)
    3  another crawl holds the state lock (or another process the dedup index)
    4  crawl: no source could be reached
    130 interrupted
"""
from __future__ import annotations

import argparse
import logging
import math
import os
import sys
from collections.abc import Sequence
from types import ModuleType

from cleaners.errors import CleanerError
from scraper.commands import clean as clean_command
from scraper.commands import crawl as crawl_command
from scraper.commands import dedup as dedup_command
from scraper.commands import url as url_command
from scraper.errors import ScraperError
from scraper.fetch_config import is_valid_user_agent

logger = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_LOCKED = 3
EXIT_INTERRUPTED = 130

# Cleaning is CPU-bound: processes beyond a couple per core add no speed, only memory
# (each loads trafilatura and the language model) and start-up time.
MAX_WORKERS_PER_CORE = 2

COMMANDS: tuple[ModuleType, ...] = (crawl_command, url_command, clean_command, dedup_command)


class _ArgumentParser(argparse.ArgumentParser):
    """argparse that reports a usage error as one line and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


class UsageError(Exception):
    """The command line itself is wrong."""


def build_parser() -> argparse.ArgumentParser:
    parser = _ArgumentParser(prog="newsclean", description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="count", default=0, help="log more to stderr (-vv: debug)")
    parser.add_argument("-q", "--quiet", action="store_true", help="log only errors")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_ArgumentParser)
    for command in COMMANDS:
        command.add_parser(sub)
    return parser


def configure_logging(args: argparse.Namespace) -> None:
    """Logs to stderr: warnings by default (crawl: info), more with -v, errors only with -q."""
    level = getattr(args, "log_level", logging.WARNING)
    if args.verbose:
        level = logging.DEBUG if args.verbose > 1 else min(level, logging.INFO)
    if args.quiet:
        level = logging.ERROR
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    # httpx logs every request at INFO, and trafilatura and its helpers log their own view
    # of a bad page at ERROR: debug detail for us, since we report each failure in one line.
    quiet_libraries = args.verbose < 2
    logging.getLogger("httpx").setLevel(max(level, logging.WARNING) if quiet_libraries else logging.DEBUG)
    for library in ("trafilatura", "htmldate", "courlan", "charset_normalizer"):
        logging.getLogger(library).setLevel(logging.CRITICAL if quiet_libraries else logging.DEBUG)


def check_options(args: argparse.Namespace) -> None:
    """Check the option values argparse's types let through; cap --workers (with a log line)."""
    workers: int | None = getattr(args, "workers", None)
    if workers is not None:
        if workers < 0:
            raise UsageError("--workers must be 0 or more")
        cap = MAX_WORKERS_PER_CORE * (os.cpu_count() or 1)
        if workers > cap:
            logger.warning("--workers %d is more than %d per core: using %d", workers, MAX_WORKERS_PER_CORE, cap)
            args.workers = cap
    timeout: float | None = getattr(args, "timeout", None)
    if timeout is not None and not math.isfinite(timeout):
        raise UsageError(f"--timeout must be a finite number of seconds, got {timeout}")
    user_agent: str | None = getattr(args, "user_agent", None)
    if user_agent and not is_valid_user_agent(user_agent):
        raise UsageError(f"--user-agent must be printable ASCII text without control characters, got {user_agent!r}")


def main(argv: Sequence[str] | None = None) -> int:
    """Run one newsclean command and return its exit code."""
    try:
        args = build_parser().parse_args(argv)
    except UsageError as exc:
        print(f"newsclean: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except SystemExit as exc:  # --help and --version exit through argparse
        return int(exc.code or 0)
    configure_logging(args)
    try:
        check_options(args)
    except UsageError as exc:
        print(f"newsclean: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        return int(args.run(args))
    except ScraperError as exc:
        print(f"newsclean: {exc}", file=sys.stderr)
        return exc.exit_code
    except CleanerError as exc:
        print(f"newsclean: {exc}", file=sys.stderr)
        return EXIT_SOME_FAILED
    except BrokenPipeError:
        # The reader went away (`newsclean clean ... | head`): stop quietly.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_SOME_FAILED
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"newsclean: {where}{exc.strerror or exc}", file=sys.stderr)
        # A path the user named is wrong (usage); anything else (a full disk) failed the run.
        user_path = isinstance(exc, FileNotFoundError | IsADirectoryError | NotADirectoryError | PermissionError)
        return EXIT_USAGE if user_path else EXIT_SOME_FAILED
    except KeyboardInterrupt:
        print("newsclean: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
