"""Two crawl workers with states of their own share one near-duplicate index in Redis."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.fixtures_http import ServerFactory
from tests.scraper.crawl_support import ARTICLES, read_records, run_crawl, write_config


def test_a_second_worker_drops_what_the_first_already_wrote(
    tmp_path: Path,
    loopback_factory: ServerFactory,
    redis_server: tuple[str, int],
    samples_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    host, port = redis_server
    shared = {"redis_url": f"redis://{host}:{port}/crawl-{tmp_path.name}"}
    # The same site under two origins: the same articles at other URLs, as a syndicated copy.
    first_site = loopback_factory(root=samples_dir / "site")
    mirror_site = loopback_factory(root=samples_dir / "site")
    first = write_config(tmp_path / "worker1", first_site.base_url, state=shared)
    second = write_config(tmp_path / "worker2", mirror_site.base_url, state=shared)

    code, out, err = run_crawl(capsys, first)
    assert code == 0, err
    assert len(read_records(tmp_path / "worker1" / "out")) == len(ARTICLES)

    code, out, err = run_crawl(capsys, second)
    assert code == 0, err
    assert read_records(tmp_path / "worker2" / "out") == []
    assert f"near-dups      {len(ARTICLES)} (dropped)" in out
    # The embedded index was not used: each worker's state folder holds no dedup segments.
    assert not (tmp_path / "worker2" / "state" / "dedup").exists()
