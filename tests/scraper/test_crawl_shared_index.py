"""Two crawl workers with states of their own share one near-duplicate index in Redis, with or without a password."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest

from tests.fixtures_http import ServerFactory
from tests.fixtures_redis import ACL_KEYS, ACL_PASSWORD, ACL_USER, LoginRedis
from tests.loopback import LoopbackServer
from tests.scraper.crawl_support import ARTICLES, read_records, run_crawl, write_config


def crawl_with_two_workers(
    tmp_path: Path, loopback_factory: ServerFactory, samples_dir: Path, capsys: pytest.CaptureFixture[str], url: str
) -> str:
    """Crawl the sample site, then a mirror of it, each worker with a state of its own and the index at
    ``url``: the second writes nothing, every article a near-duplicate. Returns all both printed."""
    shared = {"redis_url": url}
    # The same site under two origins: the same articles at other URLs, as a syndicated copy.
    first = write_config(tmp_path / "worker1", loopback_factory(root=samples_dir / "site").base_url, state=shared)
    second = write_config(tmp_path / "worker2", loopback_factory(root=samples_dir / "site").base_url, state=shared)

    code, out1, err1 = run_crawl(capsys, first)
    assert code == 0, err1
    assert len(read_records(tmp_path / "worker1" / "out")) == len(ARTICLES)

    code, out2, err2 = run_crawl(capsys, second)
    assert code == 0, err2
    assert read_records(tmp_path / "worker2" / "out") == []
    assert f"near-dups      {len(ARTICLES)} (dropped)" in out2
    return out1 + err1 + out2 + err2


def test_a_second_worker_drops_what_the_first_already_wrote(
    tmp_path: Path,
    loopback_factory: ServerFactory,
    redis_server: tuple[str, int],
    samples_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    host, port = redis_server
    crawl_with_two_workers(tmp_path, loopback_factory, samples_dir, capsys, f"redis://{host}:{port}/crawl-{tmp_path.name}")
    # The embedded index was not used: each worker's state folder holds no dedup segments.
    assert not (tmp_path / "worker2" / "state" / "dedup").exists()


def test_workers_logging_in_with_a_password_share_the_index(
    tmp_path: Path,
    loopback_factory: ServerFactory,
    login_redis_server: LoginRedis,
    samples_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A network Redis has a password: each worker logs in as the ACL user, in the config's URL."""
    url = login_redis_server.url(f"{ACL_KEYS}crawl-{tmp_path.name}", user=ACL_USER, password=ACL_PASSWORD)
    said = crawl_with_two_workers(tmp_path, loopback_factory, samples_dir, capsys, url)
    assert ACL_PASSWORD not in said and quote(ACL_PASSWORD, safe="") not in said


def test_a_wrong_password_stops_the_crawl_with_one_line_before_anything_is_fetched(
    tmp_path: Path, site_server: LoopbackServer, login_redis_server: LoginRedis, capsys: pytest.CaptureFixture[str]
) -> None:
    url = login_redis_server.url("crawl", password="hunter2-wrong")
    code, out, err = run_crawl(capsys, write_config(tmp_path, site_server.base_url, state={"redis_url": url}))
    assert code == 2
    [line] = err.splitlines()
    where = f"redis://127.0.0.1:{login_redis_server.port}/crawl"
    assert line.startswith(f"newsclean: {where}: Redis refused the password: "), line
    assert "hunter2" not in line
    assert out == ""
    assert site_server.requests == []  # not even robots.txt or a feed
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []
