"""load_config: the sample config loads; every mistake names the file, the section and the key."""
from __future__ import annotations

import dataclasses
import re
import tomllib
from pathlib import Path

import pytest

from cleaners.config import CleanConfig, ExtractConfig
from scraper.config import CrawlConfig, load_config, redis_url_problem
from scraper.errors import ConfigError
from scraper.fetch_config import FetchConfig

MINIMAL = '[sources.bbc]\nfeeds = ["https://www.bbc.co.uk/news/rss.xml"]\n'


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sites.toml"
    path.write_text(text, encoding="utf-8")
    return path


def error_of(tmp_path: Path, text: str) -> str:
    with pytest.raises(ConfigError) as info:
        load_config(write(tmp_path, text))
    message = str(info.value)
    assert message.startswith(str(tmp_path / "sites.toml") + ": ")
    return message.removeprefix(str(tmp_path) + "/")


def test_sample_config_loads(samples_dir: Path) -> None:
    config = load_config(samples_dir / "sites.toml")
    assert isinstance(config, CrawlConfig)
    [source] = config.sources
    assert source.name == "courier"
    assert source.max_depth == 2
    assert source.sitemaps == ("http://127.0.0.1:8000/sitemap.xml",)
    assert config.fetch == FetchConfig()  # the sample documents the defaults
    assert config.output.format == "jsonl"
    assert config.output.dir == samples_dir.resolve() / "../out"  # relative to the config file's folder


def test_sample_config_documents_every_fetch_and_extract_field(samples_dir: Path) -> None:
    raw = tomllib.loads((samples_dir / "sites.toml").read_text(encoding="utf-8"))
    assert set(raw["fetch"]) == {f.name for f in dataclasses.fields(FetchConfig)}
    text = (samples_dir / "sites.toml").read_text(encoding="utf-8")
    for f in dataclasses.fields(ExtractConfig):
        assert f.name in text


def test_minimal_config_uses_defaults_and_resolves_paths(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, MINIMAL + '[output]\ndir = "shards"\n[state]\ndir = "/var/tmp/st"\n'))
    assert config.clean == CleanConfig()
    assert config.fetch == FetchConfig()
    assert config.output.dir == tmp_path.resolve() / "shards"
    assert config.state.dir == Path("/var/tmp/st")
    assert config.crawl.max_pages == 1000


def test_values_are_typed(tmp_path: Path) -> None:
    text = MINIMAL + (
        'allow = ["/news/"]\nmax_depth = 3\n'
        "[fetch]\nmin_delay_s = 2\nrespect_robots = false\n"
        "[clean]\nheadline_min_similarity = 1\n[clean.extract]\nfavor_recall = true\n"
        '[output]\nformat = "jsonl.gz"\n[crawl]\nrevisit_after_h = 12\n'
    )
    config = load_config(write(tmp_path, text))
    assert config.fetch.min_delay_s == 2.0 and isinstance(config.fetch.min_delay_s, float)
    assert config.fetch.respect_robots is False
    assert config.clean.headline_min_similarity == 1.0
    assert config.clean.extract.favor_recall is True
    assert config.output.format == "jsonl.gz"
    assert config.crawl.revisit_after_h == 12.0
    source = config.sources[0]
    assert source.max_depth == 3
    assert source.is_in_scope("https://www.bbc.co.uk/news/world-1")
    assert not source.is_in_scope("https://www.bbc.co.uk/sport/x")


def test_array_of_sources(tmp_path: Path) -> None:
    text = '[[sources]]\nname = "a"\nsitemaps = ["https://a.example/sitemap.xml"]\n'
    text += '[[sources]]\nname = "b"\nstart_pages = ["https://b.example/"]\ndeny = ["/tag/"]\n'
    config = load_config(write(tmp_path, text))
    assert [s.name for s in config.sources] == ["a", "b"]
    assert not config.sources[1].is_in_scope("https://b.example/tag/x")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (MINIMAL + 'feed_url = "x"\n', "sites.toml: unknown key 'feed_url' in [sources.bbc]"),
        (MINIMAL + "[fetcher]\nretries = 1\n", "sites.toml: unknown key 'fetcher' in the top level"),
        (MINIMAL + "[fetch]\ntimeout = 3\n", "sites.toml: unknown key 'timeout' in [fetch]"),
        (MINIMAL + "[clean]\nheadline_similarity = 0.9\n", "sites.toml: unknown key 'headline_similarity' in [clean]"),
        (MINIMAL + "[clean.extract]\nfavour_recall = true\n", "sites.toml: unknown key 'favour_recall' in [clean.extract]"),
        (MINIMAL + '[state]\nredis = "redis://x"\n', "sites.toml: unknown key 'redis' in [state]"),
        (MINIMAL + 'max_depth = "two"\n', "sites.toml: key 'max_depth' in [sources.bbc] must be an integer, got a string 'two'"),
        (MINIMAL + "[fetch]\nmax_per_host = 1.5\n", "sites.toml: key 'max_per_host' in [fetch] must be an integer, got a number 1.5"),
        (MINIMAL + '[fetch]\nrespect_robots = "no"\n', "sites.toml: key 'respect_robots' in [fetch] must be true or false, got a string 'no'"),
        (MINIMAL + "[clean]\ndedup_threshold = true\n", "sites.toml: key 'dedup_threshold' in [clean] must be a number, got a boolean True"),
        (MINIMAL + '[output]\nformat = "csv"\n', "sites.toml: key 'format' in [output] must be 'jsonl' or 'jsonl.gz', got 'csv'"),
        ('[sources.bbc]\nfeeds = "https://x.example/rss"\n', "sites.toml: key 'feeds' in [sources.bbc] must be a list, got a string 'https://x.example/rss'"),
        ('[sources.bbc]\nfeeds = ["ftp://x.example/rss"]\n', "sites.toml: key 'feeds' in [sources.bbc]: 'ftp://x.example/rss' is not an http(s) URL"),
        ('[sources.bbc]\nfeeds = ["http://127.0.0.1:99999/rss"]\n',
         "sites.toml: key 'feeds' in [sources.bbc]: invalid URL 'http://127.0.0.1:99999/rss': port 99999 is out of range"),
        (MINIMAL + 'deny = ["(unclosed"]\n', "sites.toml: key 'deny' in [sources.bbc]: bad regex '(unclosed': missing ), unterminated subpattern at position 0"),
        ("[sources.bbc]\nmax_depth = 1\n", "sites.toml: [sources.bbc] needs at least one of feeds, sitemaps, start_pages"),
        ("[fetch]\nretries = 1\n", "sites.toml: no [sources] defined"),
        ('[[sources]]\nfeeds = ["https://a.example/f"]\n', "sites.toml: [[sources]] #1 needs a 'name' string"),
    ],
)
def test_errors_name_the_file_section_and_key(tmp_path: Path, text: str, expected: str) -> None:
    assert error_of(tmp_path, text) == expected


def test_bad_toml_names_the_line(tmp_path: Path) -> None:
    message = error_of(tmp_path, MINIMAL + "[fetch]\nretries = = 3\n")
    assert message.startswith("sites.toml: invalid TOML: ")
    assert "line 4" in message


def test_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read config"):
        load_config(tmp_path / "nope.toml")


@pytest.mark.parametrize(
    ("table", "problem"),
    [
        ("[fetch]\nmax_concurrency = 0", "key 'max_concurrency' in [fetch] must be more than 0, got 0"),
        ("[fetch]\nmax_per_host = 0", "key 'max_per_host' in [fetch] must be more than 0, got 0"),
        ("[fetch]\nretries = -1", "key 'retries' in [fetch] must not be negative, got -1"),
        ("[fetch]\ntotal_timeout_s = 0", "key 'total_timeout_s' in [fetch] must be more than 0, got 0"),
        ("[output]\nshard_records = 0", "key 'shard_records' in [output] must be more than 0, got 0"),
        ("[clean]\ndedup_num_perm = 8", "key 'dedup_num_perm' in [clean] must be at least 16, got 8"),
        ("[clean]\nduplicate_shingle_words = 9", "key 'duplicate_shingle_words' in [clean] must be at most 7, got 9"),
        ("[clean]\nrecurring_min_stories = 1", "key 'recurring_min_stories' in [clean] must be at least 2, got 1"),
        ("[clean]\nheadline_min_similarity = 1.5", "key 'headline_min_similarity' in [clean] must be between 0 and 1"),
    ],
)
def test_values_out_of_range_name_the_key(tmp_path: Path, table: str, problem: str) -> None:
    """A zero limit would stall the nightly run while it holds the lock: refuse it up front."""
    with pytest.raises(ConfigError, match=re.escape(problem)):
        load_config(write(tmp_path, MINIMAL + table + "\n"))


def test_every_default_threshold_is_accepted_from_the_file(tmp_path: Path) -> None:
    """Writing each default back into [clean] is valid: the range checks fit the real fields."""
    defaults = {f.name: getattr(CleanConfig(), f.name) for f in dataclasses.fields(CleanConfig) if f.name != "extract"}
    lines = [f"{key} = {str(value).lower() if isinstance(value, bool) else value}" for key, value in defaults.items()]
    config = load_config(write(tmp_path, MINIMAL + "[clean]\n" + "\n".join(lines) + "\n"))
    assert config.clean == CleanConfig()


@pytest.mark.parametrize(
    ("table", "problem"),
    [
        ("[fetch]\nmin_delay_s = inf", "key 'min_delay_s' in [fetch] must be a finite number, got inf"),
        ("[fetch]\nread_timeout_s = nan", "key 'read_timeout_s' in [fetch] must be a finite number, got nan"),
        ("[fetch]\ntotal_timeout_s = nan", "key 'total_timeout_s' in [fetch] must be a finite number, got nan"),
        ("[fetch]\nbackoff_max_s = -inf", "key 'backoff_max_s' in [fetch] must be a finite number, got -inf"),
        ("[crawl]\nrevisit_after_h = inf", "key 'revisit_after_h' in [crawl] must be a finite number, got inf"),
        ("[clean]\ndedup_threshold = nan", "key 'dedup_threshold' in [clean] must be a finite number, got nan"),
        ("[clean]\noff_topic_min_novel_weight = inf",
         "key 'off_topic_min_novel_weight' in [clean] must be a finite number, got inf"),
    ],
)
def test_non_finite_numbers_name_the_key(tmp_path: Path, table: str, problem: str) -> None:
    """TOML spells inf and nan; an infinite delay would hang the run and a NaN deadline fail every page."""
    assert error_of(tmp_path, MINIMAL + table + "\n") == f"sites.toml: {problem}"


@pytest.mark.parametrize("agent", ["a\\nb", "tab\\there", "", "   ", "caf\u00e9/1.0"])
def test_user_agent_must_be_a_sendable_header(tmp_path: Path, agent: str) -> None:
    message = error_of(tmp_path, MINIMAL + f'[fetch]\nuser_agent = "{agent}"\n')
    assert message.startswith("sites.toml: key 'user_agent' in [fetch] must be printable ASCII text")


@pytest.mark.parametrize(
    "url",
    [
        "redis://localhost:6379/newsclean",
        "redis://redis.internal",
        "redis://[::1]:6380/crawl",
        "redis://h:1/",
        "redis://:s3cret@redis.internal:6379/crawl",
        "redis://crawler:s3cret@redis.internal/crawl",
        "redis://crawler:p%40ss%2Fw%3Ard%23%3F@[::1]:6380/crawl",
        "rediss://:s3cret@redis.internal:6380/crawl",
        "rediss://redis.internal",
        "rediss://crawler:s3cret@redis.internal/crawl?ssl_ca_certs=/etc/newsclean/redis-ca.pem",
        "rediss://h/x?ssl_ca_certs=/etc/my%20ca.pem",
    ],
)
def test_redis_url_of_the_supported_form_is_accepted(tmp_path: Path, url: str) -> None:
    assert load_config(write(tmp_path, MINIMAL + f'[state]\nredis_url = "{url}"\n')).state.redis_url == url


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("http://localhost:6379/x", "is not a redis URL"),
        ("unix:///run/redis.sock", "unix:// is not supported"),
        ("localhost:6379", "is not a redis URL"),
        ("", "is not a redis URL"),
        ("redis://:6379/x", "has no host"),
        ("redis://localhost:99999/x", "has a bad port"),
        ("redis://localhost:0/x", "has a bad port"),
        ("redis://localhost:port/x", "has a bad port"),
        ("rediss://localhost:99999/x", "has a bad port"),
        ("redis://crawler@localhost:6379/x", "has no password before the '@'"),
        ("redis://@localhost:6379/x", "has no password before the '@'"),
        ("redis://localhost:6379/x?db=2", "has a query or fragment"),
        ("redis://localhost:6379/x#db2", "has a query or fragment"),
        ("redis://localhost:6379/x?ssl_ca_certs=/etc/ca.pem", "has a query or fragment"),
        ("rediss://localhost:6380/x?ssl_cert_reqs=none", "has a query other than ?ssl_ca_certs="),
        ("rediss://localhost:6380/x?ssl_ca_certs=ca.pem", "has a query other than ?ssl_ca_certs=/absolute/path"),
        ("rediss://localhost:6380/x?ssl_ca_certs=/a.pem&ssl_ca_certs=/b.pem", "has a query other than"),
        ("rediss://localhost:6380/x#frag", "has a query or fragment"),
    ],
)
def test_bad_redis_url_names_the_file_and_key(tmp_path: Path, url: str, problem: str) -> None:
    """Checked when the config is read, before a state folder is created or a lock taken."""
    message = error_of(tmp_path, MINIMAL + f'[state]\nredis_url = "{url}"\n')
    shown = url.replace("crawler@", "***@").replace("//@", "//***@")  # a user name may be a secret too
    assert message.startswith(f"sites.toml: key 'redis_url' in [state]: {shown!r} "), message
    assert problem in message
    assert not (tmp_path / "state").exists()


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("redis://crawler:@localhost:6379/x", "has no password before the '@'"),
        ("redis://:hunter/22@localhost:6379/x", "has an '@' after the host"),
        ("redis://crawler:hunter#22@localhost:6379/x", "has an '@' after the host"),
        ("redis://:hunter?22@localhost/x", "has an '@' after the host"),
        ("redis://crawler:hunter22@localhost:99999/x", "has a bad port"),
        ("redis://:hunter22@/x", "has no host"),
        ("redis://:hunter22@localhost/x?db=2", "has a query or fragment"),
        ("rediss://:hunter22@localhost/x?ssl_ca_certs=relative.pem", "has a query other than"),
        ("http://:hunter22@localhost/x", "is not a redis URL"),
    ],
)
def test_a_bad_redis_url_with_a_password_is_refused_without_showing_it(
    tmp_path: Path, url: str, problem: str
) -> None:
    """An unencoded '/', '?' or '#' in a password would leave part of it to pass for a port or prefix."""
    said = redis_url_problem(url)
    assert said.startswith(problem), said
    assert "hunter" not in said
    message = error_of(tmp_path, MINIMAL + f'[state]\nredis_url = "{url}"\n')
    assert problem in message and "hunter" not in message, message
