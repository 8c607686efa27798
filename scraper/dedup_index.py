"""Open the corpus near-duplicate index named by the user: an embedded directory or a Redis URL."""
from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

from cleaners.config import CleanConfig
from cleaners.corpus_dedup import CorpusIndex, DedupParams
from cleaners.errors import IndexLocked
from scraper.errors import ConfigError, DedupIndexError, ScraperError, StateLocked


def parse_redis_url(url: str) -> tuple[str, int, bytes]:
    """``redis://host:port/prefix`` -> (host, port, basename); the prefix defaults to "newsclean"."""
    parts = urlsplit(url)
    if parts.scheme != "redis" or not parts.hostname:
        raise ConfigError(f"not a redis URL: {url!r} (expected redis://host:port/prefix)")
    try:
        port = parts.port or 6379
    except ValueError:
        raise ConfigError(f"bad port in redis URL {url!r}") from None
    prefix = parts.path.strip("/") or "newsclean"
    return parts.hostname, port, prefix.encode()


def open_index(
    params: DedupParams, *, path: Path | None = None, redis_url: str | None = None, same_id_is_copy: bool = False
) -> CorpusIndex:
    """The shared Redis index when ``redis_url`` is given, else the embedded one at ``path``."""
    try:
        if redis_url:
            host, port, basename = parse_redis_url(redis_url)
            index = CorpusIndex.open_redis(host, port, basename, params)
        elif path is None:
            raise ConfigError("no dedup index given")
        else:
            index = CorpusIndex.open_embedded(path, params)
        index.same_id_is_copy = same_id_is_copy
        return index
    except ScraperError:
        raise
    except IndexLocked as exc:
        raise StateLocked(str(exc)) from None
    except ValueError as exc:
        raise DedupIndexError(f"{path or redis_url}: {exc}") from None
    except OSError as exc:
        raise DedupIndexError(f"{path or redis_url}: cannot open dedup index: {exc.strerror or exc}") from None
    except Exception as exc:  # redis-py raises its own ConnectionError tree
        if type(exc).__module__.startswith("redis"):
            raise DedupIndexError(f"{redis_url}: cannot reach Redis: {exc}") from None
        raise


@contextlib.contextmanager
def batch_index(enabled: bool, config: CleanConfig) -> Iterator[CorpusIndex | None]:
    """A throwaway embedded index for ``--dedup`` within one batch (None when not enabled)."""
    if not enabled:
        yield None
        return
    with tempfile.TemporaryDirectory(prefix="newsclean-dedup-") as scratch:
        params = DedupParams.from_config(config)
        with open_index(params, path=Path(scratch) / "index", same_id_is_copy=True) as index:
            yield index
