"""Open the corpus near-duplicate index named by the user: an embedded directory or a Redis URL."""
from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

from cleaners.config import CleanConfig
from cleaners.corpus_dedup import CorpusIndex, DedupParams
from cleaners.dedup_stores import RedisAddress
from cleaners.errors import IndexLocked
from scraper.config import redis_url_problem, without_password
from scraper.errors import ConfigError, DedupIndexError, StateLocked


def parse_redis_url(url: str) -> tuple[RedisAddress, bytes]:
    """``redis[s]://[[user]:password@]host[:port][/prefix][?ssl_ca_certs=/ca.pem]`` -> (address, basename).

    User name, password and CA path are percent-decoded; the prefix defaults to "newsclean".
    """
    problem = redis_url_problem(url)
    if problem:
        raise ConfigError(f"dedup index URL {without_password(url)!r} {problem}")
    parts = urlsplit(url)
    assert parts.hostname is not None  # redis_url_problem checked it
    address = RedisAddress(
        host=parts.hostname,
        port=parts.port or 6379,
        username=unquote(parts.username) if parts.username else None,
        password=unquote(parts.password) if parts.password else None,
        ssl=parts.scheme == "rediss",
        ssl_ca_certs=unquote(parts.query.partition("=")[2]) if parts.query else None,
    )
    prefix = parts.path.strip("/") or "newsclean"
    return address, prefix.encode()


def open_index(
    params: DedupParams, *, path: Path | None = None, redis_url: str | None = None, same_id_is_copy: bool = False
) -> CorpusIndex:
    """The shared Redis index when ``redis_url`` is given, else the embedded one at ``path``."""
    if redis_url:
        index = _open_shared(params, redis_url)
    elif path is None:
        raise ConfigError("no dedup index given")
    else:
        index = _open_embedded(params, path)
    index.same_id_is_copy = same_id_is_copy
    return index


def _open_embedded(params: DedupParams, path: Path) -> CorpusIndex:
    try:
        return CorpusIndex.open_embedded(path, params)
    except IndexLocked as exc:
        raise StateLocked(str(exc)) from None
    except ValueError as exc:
        raise DedupIndexError(f"{path}: {exc}") from None
    except OSError as exc:
        raise DedupIndexError(f"{path}: cannot open dedup index: {exc.strerror or exc}") from None


def _open_shared(params: DedupParams, url: str) -> CorpusIndex:
    """The Redis index; every failure is a DedupIndexError naming scheme://host:port/prefix, never the password."""
    address, basename = parse_redis_url(url)
    where = f"{'rediss' if address.ssl else 'redis'}://{address.where}/{basename.decode()}"
    if address.ssl_ca_certs is not None:
        # redis-py would report a missing CA file as "Error 2 connecting to host:port".
        try:
            Path(address.ssl_ca_certs).open("rb").close()
        except OSError as exc:
            raise DedupIndexError(f"{where}: cannot read ssl_ca_certs {address.ssl_ca_certs}: {exc.strerror}") from None
    try:
        return CorpusIndex.open_redis(address, basename, params)
    except ValueError as exc:
        raise DedupIndexError(f"{where}: {exc}") from None
    except Exception as exc:  # redis-py raises its own ConnectionError tree
        if type(exc).__module__.startswith("redis"):
            raise DedupIndexError(f"{where}: {_redis_problem(exc, address)}") from None
        raise


def _redis_problem(exc: Exception, address: RedisAddress) -> str:
    """What a Redis error at open means for the user, in a few words (redis-py's own text names no password)."""
    from redis.exceptions import AuthenticationError, NoPermissionError  # noqa: PLC0415  (optional dependency)
    from redis.exceptions import ConnectionError as RedisConnectionError  # noqa: PLC0415  (not the builtin one)

    if isinstance(exc, AuthenticationError):
        # Without a password redis-py's text is about HELLO, which says nothing to the user.
        if address.password is None:
            return "Redis asks for a password and the URL gives none (redis://[user]:password@host:port/prefix)"
        user = f" of user {address.username!r}" if address.username else ""
        return f"Redis refused the password{user}: {exc}"
    if isinstance(exc, NoPermissionError):
        return f"the Redis user may not use this index: {exc}"
    if isinstance(exc, RedisConnectionError):
        return f"cannot reach Redis: {exc}"
    return f"Redis error: {exc}"


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
