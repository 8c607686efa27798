"""The crawl configuration: one TOML file read into frozen dataclasses.

Every key is checked: an unknown key, a wrong type or a bad regex raises a
``ConfigError`` whose message names the file, the section and the key, e.g.
``sites.toml: unknown key 'feed_url' in [sources.bbc]``. Relative paths
resolve against the folder of the config file. [fetch], [clean] and
[clean.extract] accept exactly the fields of ``FetchConfig``, ``CleanConfig``
and ``ExtractConfig``. See ``samples/sites.toml``.
"""

from __future__ import annotations

import dataclasses
import math
import re
import tomllib
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, TypeVar, get_args, get_origin, get_type_hints
from urllib.parse import urlsplit

from cleaners.config import CleanConfig, ExtractConfig
from cleaners.minhash import MAX_SHINGLE_WORDS
from scraper.errors import ConfigError
from scraper.fetch_config import FetchConfig, is_valid_user_agent
from scraper.urls import parse_fetchable_url

T = TypeVar("T")

OutputFormat = Literal["jsonl", "jsonl.gz"]


@dataclass(frozen=True, slots=True)
class SourceConfig:
    """One site to crawl: where its links come from and which URLs are in scope."""

    name: str
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    start_pages: tuple[str, ...] = ()
    # Link hops from a start page to an article (1: the articles it links to; 2: also through its
    # section pages; 0: start pages are not used).
    max_depth: int = 1
    # Regexes searched in the normalised URL: in scope when any allow matches (or none is given) and no deny does.
    allow: tuple[re.Pattern[str], ...] = ()
    deny: tuple[re.Pattern[str], ...] = ()

    def is_in_scope(self, url: str) -> bool:
        """True when the URL passes this source's allow and deny patterns."""
        if self.allow and not any(p.search(url) for p in self.allow):
            return False
        return not any(p.search(url) for p in self.deny)


@dataclass(frozen=True, slots=True)
class OutputSettings:
    """Where JSONL shards go ([output])."""

    dir: Path = Path("out")
    format: OutputFormat = "jsonl"
    # A shard is renamed to its final name and a new one started after this many records.
    shard_records: int = 1000


@dataclass(frozen=True, slots=True)
class StateSettings:
    """Where the SQLite state, the lock and the dedup index live ([state])."""

    dir: Path = Path("state")
    # redis[s]://[[user]:password@]host[:port][/prefix] for a dedup index shared by several workers (see
    # redis_url_problem for the forms); None keeps it next to the state.
    redis_url: str | None = None


@dataclass(frozen=True, slots=True)
class CrawlSettings:
    """Limits of one run ([crawl])."""

    # Pages fetched per run at most (feeds, sitemaps and start pages not counted).
    max_pages: int = 1000
    # Re-fetch an article this many hours after its last fetch; None: fetch each article once.
    revisit_after_h: float | None = None


@dataclass(frozen=True, slots=True)
class CrawlConfig:
    """Everything ``newsclean crawl`` needs, read from one TOML file."""

    path: Path
    sources: tuple[SourceConfig, ...]
    fetch: FetchConfig = field(default_factory=FetchConfig)
    output: OutputSettings = field(default_factory=OutputSettings)
    state: StateSettings = field(default_factory=StateSettings)
    clean: CleanConfig = field(default_factory=CleanConfig)
    crawl: CrawlSettings = field(default_factory=CrawlSettings)


_SECTIONS = ("sources", "fetch", "output", "state", "clean", "crawl")


def load_config(path: str | Path) -> CrawlConfig:
    """Read and validate a crawl config; raise ConfigError naming the file and the bad key."""
    path = Path(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text") from exc
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config: {exc.strerror or exc}") from exc
    return _Reader(path).read(raw)


class _Reader:
    """Validates the parsed TOML of one file; knows the file name for messages."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.base_dir = path.resolve().parent

    def error(self, message: str) -> ConfigError:
        return ConfigError(f"{self.path}: {message}")

    def read(self, raw: Mapping[str, object]) -> CrawlConfig:
        self.check_keys(raw, _SECTIONS, "the top level")
        output = self.build(OutputSettings, self.table(raw, "output", "[output]"), "[output]")
        state = self.read_state(self.table(raw, "state", "[state]"))
        return CrawlConfig(
            path=self.path,
            sources=self.read_sources(raw.get("sources")),
            fetch=self.read_fetch(self.table(raw, "fetch", "[fetch]")),
            output=dataclasses.replace(output, dir=self.resolve(output.dir)),
            state=dataclasses.replace(state, dir=self.resolve(state.dir)),
            clean=self.read_clean(self.table(raw, "clean", "[clean]")),
            crawl=self.build(CrawlSettings, self.table(raw, "crawl", "[crawl]"), "[crawl]"),
        )

    def resolve(self, path: Path) -> Path:
        return path if path.is_absolute() else self.base_dir / path

    def table(self, raw: Mapping[str, object], key: str, where: str) -> Mapping[str, object]:
        value = raw.get(key, {})
        if not isinstance(value, dict):
            raise self.error(f"{where} must be a table, got {_describe(value)}")
        return value

    def check_keys(self, table: Mapping[str, object], allowed: typing.Iterable[str], where: str) -> None:
        allowed = set(allowed)
        for key in table:
            if key not in allowed:
                raise self.error(f"unknown key '{key}' in {where}")

    def read_fetch(self, table: Mapping[str, object]) -> FetchConfig:
        fetch = self.build(FetchConfig, table, "[fetch]")
        if not is_valid_user_agent(fetch.user_agent):
            raise self.error(
                f"key 'user_agent' in [fetch] must be printable ASCII text without control characters, "
                f"got {fetch.user_agent!r}"
            )
        return fetch

    def read_state(self, table: Mapping[str, object]) -> StateSettings:
        state = self.build(StateSettings, table, "[state]")
        if state.redis_url is not None:
            problem = redis_url_problem(state.redis_url)
            if problem:
                raise self.error(f"key 'redis_url' in [state]: {without_password(state.redis_url)!r} {problem}")
        return state

    def read_sources(self, raw: object) -> tuple[SourceConfig, ...]:
        if raw is None:
            raise self.error("no [sources] defined")
        if isinstance(raw, list):  # [[sources]] with a name key each
            items: list[tuple[str, object]] = []
            for i, table in enumerate(raw):
                where = f"[[sources]] #{i + 1}"
                if not isinstance(table, dict) or not isinstance(table.get("name"), str) or not table["name"]:
                    raise self.error(f"{where} needs a 'name' string")
                items.append((table["name"], {k: v for k, v in table.items() if k != "name"}))
        elif isinstance(raw, dict):  # [sources.NAME]
            items = list(raw.items())
        else:
            raise self.error(f"[sources] must be tables, got {_describe(raw)}")
        if not items:
            raise self.error("no [sources] defined")
        names = [name for name, _ in items]
        if len(set(names)) != len(names):
            raise self.error(f"source '{next(n for n in names if names.count(n) > 1)}' is defined twice")
        return tuple(self.read_source(name, table) for name, table in items)

    def read_source(self, name: str, table: object) -> SourceConfig:
        where = f"[sources.{name}]"
        if not isinstance(table, dict):
            raise self.error(f"{where} must be a table, got {_describe(table)}")
        plain = {k: v for k, v in table.items() if k not in ("allow", "deny")}
        source = self.build(SourceConfig, {**plain, "name": name}, where)
        for key in ("feeds", "sitemaps", "start_pages"):
            for url in getattr(source, key):
                parts = urlsplit(url)
                if parts.scheme not in ("http", "https") or not parts.netloc:
                    raise self.error(f"key '{key}' in {where}: {url!r} is not an http(s) URL")
                try:
                    parse_fetchable_url(url)
                except ValueError as exc:
                    raise self.error(f"key '{key}' in {where}: {exc}") from None
        if not (source.feeds or source.sitemaps or source.start_pages):
            raise self.error(f"{where} needs at least one of feeds, sitemaps, start_pages")
        if source.max_depth < 0:
            raise self.error(f"key 'max_depth' in {where} must be >= 0")
        return dataclasses.replace(
            source,
            allow=self.patterns(table.get("allow", []), "allow", where),
            deny=self.patterns(table.get("deny", []), "deny", where),
        )

    def patterns(self, value: object, key: str, where: str) -> tuple[re.Pattern[str], ...]:
        texts = self.check(value, tuple[str, ...], key, where)
        compiled = []
        for text in typing.cast(tuple[str, ...], texts):
            try:
                compiled.append(re.compile(text))
            except re.error as exc:
                raise self.error(f"key '{key}' in {where}: bad regex {text!r}: {exc}") from exc
        return tuple(compiled)

    def read_clean(self, table: Mapping[str, object]) -> CleanConfig:
        extract_table = table.get("extract", {})
        if not isinstance(extract_table, dict):
            raise self.error(f"[clean.extract] must be a table, got {_describe(extract_table)}")
        extract = self.build(ExtractConfig, extract_table, "[clean.extract]")
        rest = {k: v for k, v in table.items() if k != "extract"}
        return dataclasses.replace(self.build(CleanConfig, rest, "[clean]"), extract=extract)

    def build(self, cls: type[T], table: Mapping[str, object], where: str) -> T:
        """Instantiate a config dataclass from a table, checking names and types of its fields."""
        hints = get_type_hints(cls)
        # Nested config dataclasses ([clean.extract]) are sub-tables, read by the caller.
        fields = dataclasses.fields(cls)  # type: ignore[arg-type]
        names = [f.name for f in fields if not dataclasses.is_dataclass(hints[f.name])]
        self.check_keys(table, names, where)
        values = {key: self.check(value, hints[key], key, where) for key, value in table.items()}
        return cls(**values)

    def check_range(self, value: float, key: str, where: str) -> None:
        """Numbers have sensible ranges: finite, no negative sizes, no zero limits or timeouts, shares within 0..1."""
        # TOML can spell inf and nan; no key means them (an infinite delay hangs the run, a NaN deadline fails it).
        if not math.isfinite(value):
            raise self.error(f"key '{key}' in {where} must be a finite number, got {value}")
        if value < 0:
            raise self.error(f"key '{key}' in {where} must not be negative, got {value}")
        if (key in _AT_LEAST_ONE or key.endswith("_timeout_s")) and value <= 0:
            raise self.error(f"key '{key}' in {where} must be more than 0, got {value}")
        if key.endswith("num_perm") and value < 16:
            raise self.error(f"key '{key}' in {where} must be at least 16, got {value}")
        if _SHARE.search(key) and value > 1:
            raise self.error(f"key '{key}' in {where} must be between 0 and 1, got {value}")
        if key == "recurring_min_stories" and value < 2:  # one story printing a line proves nothing
            raise self.error(f"key '{key}' in {where} must be at least 2, got {value}")
        if key.endswith("shingle_words") and value > MAX_SHINGLE_WORDS:
            raise self.error(f"key '{key}' in {where} must be at most {MAX_SHINGLE_WORDS}, got {value}")

    def check(self, value: object, hint: object, key: str, where: str) -> object:
        """Return the value converted to the hinted type, or raise naming the key."""
        origin = get_origin(hint)
        if origin in (types.UnionType, typing.Union):  # TOML has no null: "X | None" means X
            options = [a for a in get_args(hint) if a is not type(None)]
            return self.check(value, options[0], key, where)
        if origin is Literal:
            if value not in get_args(hint):
                choices = " or ".join(repr(a) for a in get_args(hint))
                raise self.error(f"key '{key}' in {where} must be {choices}, got {value!r}")
            return value
        if origin is tuple:
            if not isinstance(value, list):
                raise self.error(f"key '{key}' in {where} must be a list, got {_describe(value)}")
            item_hint = get_args(hint)[0]
            return tuple(self.check(item, item_hint, key, where) for item in value)
        if hint not in _SCALAR_NAMES:
            raise self.error(f"key '{key}' in {where} cannot be set from the config file")
        if not _is_scalar(value, hint):
            raise self.error(f"key '{key}' in {where} must be {_SCALAR_NAMES[hint]}, got {_describe(value)}")
        if hint in (int, float):
            self.check_range(typing.cast(float, value), key, where)
        if hint is float:
            return float(typing.cast(float, value))
        if hint is Path:
            return Path(typing.cast(str, value))
        return value


# Limits and sizes where 0 would stall or break a run.
_AT_LEAST_ONE = frozenset(
    {
        "max_concurrency",
        "max_per_host",
        "max_bytes",
        "robots_max_bytes",
        "max_xml_bytes",
        "shard_records",
        "duplicate_shingle_words",
        "duplicate_min_contained_words",
        "dedup_shingle_words",
        "dedup_lead_words",
        "boilerplate_max_words",
        "site_boilerplate_min_pages",
        "borrowed_min_words",
        "borrowed_min_paragraphs_for_related",
        "borrowed_max_holders",
        "borrowed_min_headline_words",
        "off_topic_min_paragraphs_for_strays",
        "recurring_min_stories",
        "recurring_max_words",
        "recurring_min_template_words",
    }
)
# Similarities, shares and thresholds: fractions.
# Whole words of the key, so "off_topic_max_shared_weight" (a weight, not a share) is not one.
_SHARE = re.compile(r"(?:^|_)(?:similarity|share|jaccard|threshold|margin|cohesion|shared_for_related)(?:_|$)")

_SCALAR_NAMES: Mapping[object, str] = types.MappingProxyType(
    {bool: "true or false", int: "an integer", float: "a number", str: "a string", Path: "a path"}
)


def without_password(url: str) -> str:
    """``url`` with everything between the scheme and its last '@' (user name, password) shown as ``***``."""
    if "@" not in url:
        return url
    scheme, sep, _ = url.partition("://")
    shown_scheme = f"{scheme}{sep}" if sep and "@" not in scheme else ""
    return f"{shown_scheme}***@{url.rpartition('@')[2]}"


def redis_url_problem(url: str) -> str:
    """What is wrong with a shared dedup index URL ("" when it has a form the shared index supports).

    Forms: ``redis://[[user]:password@]host[:port][/prefix]``, and ``rediss://`` (TLS) with the same
    parts and optionally ``?ssl_ca_certs=/absolute/path/ca.pem``.
    """
    # The shared index (cleaners.dedup_stores.RedisStore) takes a host, a port, an optional ACL user
    # and password (percent-encoded) and, over TLS, a CA file to trust: no unix socket, no other
    # options, and the path is our key prefix, not a database number. Problems never quote the URL:
    # it may hold a password.
    form = "redis://[[user]:password@]host[:port][/prefix]"
    # An unencoded '/', '?' or '#' in a password ends the host part early, so the rest of the
    # password would pass for a host, port or prefix (and be printed as one): refuse it here.
    if "@" in url and "@" not in urlsplit(url).netloc:
        return "has an '@' after the host (in a password write '/' as %2F, '?' as %3F, '#' as %23, '@' as %40)"
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return f"has a bad port (expected {form}, port 1-65535)"
    if parts.scheme not in ("redis", "rediss"):
        return f"is not a redis URL (expected {form}, or rediss:// for TLS; unix:// is not supported)"
    if not parts.hostname:
        return f"has no host (expected {form})"
    if port == 0:
        return f"has a bad port (expected {form}, port 1-65535)"
    if parts.username is not None and not parts.password:
        return "has no password before the '@' (expected [user]:password@host; Redis logs in with a password)"
    if parts.fragment or (parts.query and parts.scheme == "redis"):
        return "has a query or fragment, which the shared index does not support (rediss:// takes ?ssl_ca_certs=)"
    if parts.query:
        # One option: a CA file; absolute, since a relative one would not resolve against the config's folder.
        name, _, value = parts.query.partition("=")
        if name != "ssl_ca_certs" or "&" in value or not Path(value).is_absolute():
            return "has a query other than ?ssl_ca_certs=/absolute/path/ca.pem, which the shared index does not support"
    return ""


def _is_scalar(value: object, hint: object) -> bool:
    """True when a TOML value fits a scalar field type (a bool is never a number)."""
    if isinstance(value, bool):
        return hint is bool
    if hint in (int, float):
        return isinstance(value, int) or (hint is float and isinstance(value, float))
    if hint is str:
        return isinstance(value, str)
    return hint is Path and isinstance(value, str) and bool(value)


def _describe(value: object) -> str:
    kinds = {bool: "a boolean", int: "an integer", float: "a number", str: "a string", list: "a list", dict: "a table"}
    kind = kinds.get(type(value), type(value).__name__)
    return f"{kind} {value!r}" if not isinstance(value, dict | list) else kind
