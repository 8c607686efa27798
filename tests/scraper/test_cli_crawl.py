"""``newsclean crawl`` as cron sees it: exit codes, the one stderr line, --dry-run, --max-pages, the lock."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cleaners.file_locks import lock_exclusively, unlock
from scraper.lock import LOCK_FILE
from tests.fixtures_http import ServerFactory
from tests.loopback import LoopbackServer
from tests.scraper.crawl_support import (
    ARTICLES,
    PRIVATE,
    ROBOTS,
    article_requests,
    article_url,
    copy_site,
    publish_article,
    read_records,
    run_crawl,
    shards,
    write_config,
)


def test_some_failed_pages_exit_1_and_the_others_are_still_written(
    tmp_path: Path, loopback_factory: ServerFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    site = copy_site(tmp_path / "site")
    publish_article(site, "withdrawn-story", "Withdrawn story", ["This page is in the feed only."])
    (site / "articles" / "withdrawn-story.html").unlink()  # the feed links it, the server answers 404
    server = loopback_factory(root=site)
    code, out, err = run_crawl(capsys, write_config(tmp_path, server.base_url))
    assert code == 1, err
    assert "failed         http_404 1, robots_disallowed 2" in out
    assert "written        10 records in 1 shard(s)" in out
    assert sorted(str(r["url"]) for r in read_records(tmp_path / "out")) == sorted(
        article_url(server.base_url, slug) for slug in ARTICLES
    )


def test_no_reachable_source_exits_4(tmp_path: Path, refused_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_crawl(capsys, write_config(tmp_path, refused_url.rsplit("/", 1)[0]))
    assert code == 4, err
    assert "sources        1 (1 unreachable)" in out
    assert "written        0 records" in out
    assert shards(tmp_path / "out") == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[sources.courier]\nfeed_url = "http://127.0.0.1:9/feed.xml"\n',
         "unknown key 'feed_url' in [sources.courier]"),
        ('[sources.courier]\nfeeds = ["http://127.0.0.1:9/feed.xml"]\n[fetch]\nmin_delay = 1.0\n',
         "unknown key 'min_delay' in [fetch]"),
        ('[sources.courier]\nfeeds = ["http://127.0.0.1:9/feed.xml"]\n[fetch]\nmin_delay_s = "fast"\n',
         "key 'min_delay_s' in [fetch] must be a number"),
        ('[sources.courier\nfeeds = ["http://127.0.0.1:9/feed.xml"]\n', "invalid TOML"),
        ('[sources.courier]\nfeeds = ["http://127.0.0.1:9/feed.xml"]\n[fetch]\nmin_delay_s = inf\n',
         "key 'min_delay_s' in [fetch] must be a finite number, got inf"),
        ('[sources.courier]\nfeeds = ["http://127.0.0.1:9/feed.xml"]\n[fetch]\nread_timeout_s = nan\n',
         "key 'read_timeout_s' in [fetch] must be a finite number, got nan"),
        ('[sources.courier]\nfeeds = ["http://127.0.0.1:9/feed.xml"]\n[fetch]\nuser_agent = "a\\nb"\n',
         "key 'user_agent' in [fetch] must be printable ASCII text"),
        ('[sources.courier]\nfeeds = ["http://127.0.0.1:9/feed.xml"]\n[state]\nredis_url = "redis://h:99999/x"\n',
         "key 'redis_url' in [state]: 'redis://h:99999/x' has a bad port"),
    ],
)
def test_bad_config_exits_2_with_one_line_naming_the_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, message: str
) -> None:
    config = tmp_path / "sites.toml"
    config.write_text(text, encoding="utf-8")
    code, out, err = run_crawl(capsys, config)
    assert code == 2
    [line] = err.splitlines()
    assert line.startswith(f"newsclean: {config}: ") and message in line, line
    assert out == ""
    assert not (tmp_path / "state").exists() and not (tmp_path / "out").exists()


def test_missing_config_exits_2_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_crawl(capsys, tmp_path / "nowhere.toml")
    assert code == 2
    [line] = err.splitlines()
    assert line.startswith("newsclean: ") and str(tmp_path / "nowhere.toml") in line
    assert "Traceback" not in err and out == ""


def test_dry_run_prints_the_new_urls_and_fetches_and_writes_nothing(
    tmp_path: Path, site_server: LoopbackServer, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(tmp_path, site_server.base_url)
    code, out, err = run_crawl(capsys, config, "--dry-run")
    assert code == 0, err
    printed = out.splitlines()
    assert printed == sorted(printed)
    assert {article_url(site_server.base_url, slug) for slug in ARTICLES} <= set(printed)
    assert set(printed) <= {article_url(site_server.base_url, slug) for slug in ARTICLES} | {
        site_server.url(path) for path in PRIVATE
    }
    assert "discovered     12 article URLs (12 new)" in err  # the summary goes to stderr, the URLs to stdout
    assert article_requests(site_server) == []
    assert not (tmp_path / "out").exists()

    # It remembered nothing: the real run after it still finds everything new and writes it all.
    code, out, err = run_crawl(capsys, config)
    assert code == 0, err
    assert "discovered     12 article URLs (12 new)" in out
    assert len(read_records(tmp_path / "out")) == len(ARTICLES)


def test_max_pages_limits_the_articles_fetched_and_the_next_run_continues(
    tmp_path: Path, site_server: LoopbackServer, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(tmp_path, site_server.base_url)
    code, out, err = run_crawl(capsys, config, "--max-pages", "3")
    assert code == 0, err
    assert len(article_requests(site_server)) == 3
    assert "fetched        3" in out and "written        3 records" in out
    assert len(read_records(tmp_path / "out")) == 3

    code, out, err = run_crawl(capsys, config)
    assert code == 0, err
    assert len(article_requests(site_server)) == len(ARTICLES)  # each article fetched once over both runs
    urls = [str(r["url"]) for r in read_records(tmp_path / "out")]
    assert sorted(urls) == sorted(article_url(site_server.base_url, slug) for slug in ARTICLES)


def test_second_crawl_is_refused_while_one_holds_the_lock(
    tmp_path: Path, site_server: LoopbackServer, capsys: pytest.CaptureFixture[str]
) -> None:
    site_server.set_robots(ROBOTS.format(base=site_server.base_url), delay_s=20)  # the first run waits on it
    config = write_config(tmp_path, site_server.base_url, fetch={"read_timeout_s": 30.0, "total_timeout_s": 30.0})
    lock = tmp_path / "state" / LOCK_FILE
    first = subprocess.Popen([sys.executable, "-m", "scraper", "crawl", str(config)], start_new_session=True,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 15
        while not (lock.exists() and lock.read_text().strip() == str(first.pid)):
            assert first.poll() is None and time.monotonic() < deadline, "the first crawl never took the lock"
            time.sleep(0.02)
        code, out, err = run_crawl(capsys, config)
        assert code == 3
        assert err.splitlines() == [f"newsclean: another newsclean crawl is running (lock: {lock}, pid {first.pid})"]
        assert out == ""
    finally:
        os.killpg(first.pid, signal.SIGKILL)
        first.wait(timeout=10)

    # The killed holder leaves no stale lock behind: the lock is free as soon as its process group
    # (the crawl and its cleaning workers, which the kernel tears down a moment after the crawl) is gone.
    assert lock_frees_within(lock, 5.0), "the lock outlived the killed crawl"
    site_server.reset_robots()
    code, _, err = run_crawl(capsys, config)
    assert code == 0, err


def lock_frees_within(lock: Path, seconds: float) -> bool:
    """Whether an exclusive flock on ``lock`` can be taken (and is let go again) within ``seconds``."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            unlock(lock_exclusively(lock))
            return True
        except BlockingIOError:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.02)


def test_a_file_where_the_state_folder_should_be_exits_2_with_one_line(
    tmp_path: Path, site_server: LoopbackServer, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(tmp_path, site_server.base_url)
    (tmp_path / "state").write_text("not a folder")
    code, out, err = run_crawl(capsys, config)
    assert code == 2
    state_dir = tmp_path / "state"
    assert err.splitlines() == [f"newsclean: state folder {state_dir}: a file is in the way (it must be a folder)"]
    assert out == ""
    assert site_server.requests == []  # nothing ran
    assert not (tmp_path / "out").exists()


def test_negative_workers_exit_2_with_one_line(
    tmp_path: Path, site_server: LoopbackServer, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_crawl(capsys, write_config(tmp_path, site_server.base_url), "--workers", "-3")
    assert code == 2
    assert err.splitlines() == ["newsclean: --workers must be 0 or more"]
    assert out == "" and site_server.requests == []
    assert not (tmp_path / "state").exists()


def test_unreachable_redis_exits_2_with_one_line_before_anything_is_fetched(
    tmp_path: Path, site_server: LoopbackServer, refused_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    port = refused_url.split(":")[2].split("/")[0]
    redis_url = f"redis://127.0.0.1:{port}/crawl"
    code, out, err = run_crawl(capsys, write_config(tmp_path, site_server.base_url, state={"redis_url": redis_url}))
    assert code == 2
    [line] = err.splitlines()
    assert line.startswith(f"newsclean: {redis_url}: cannot reach Redis: "), line
    assert out == ""
    assert site_server.requests == []  # not even robots.txt or a feed
    assert shards(tmp_path / "out") == []
