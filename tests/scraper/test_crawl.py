"""The nightly crawl against the sample site on 127.0.0.1: what it finds, fetches, writes and learns.

Every test runs real crawls (``newsclean crawl`` through ``cli.main``) against a loopback copy of
samples/site, with a real SQLite state in tmp_path, and asserts what users see: the output records,
the summary and the server's request log.
"""
from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest

from cleaners.clean import clean_html
from cleaners.document import Document
from scraper.config import load_config
from scraper.state import STATE_FILE
from tests.fixtures_http import ServerFactory
from tests.loopback import LoopbackServer
from tests.scraper.crawl_support import (
    ARTICLES,
    PRIVATE,
    RECORD_KEYS,
    add_paragraph,
    article_requests,
    article_url,
    copy_site,
    publish_article,
    read_records,
    records_of,
    removed_of,
    run_crawl,
    shards,
    urls_of,
    write_config,
)


def test_first_run_finds_every_article_through_feeds_sitemaps_and_links(
    tmp_path: Path, site_server: LoopbackServer, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(tmp_path, site_server.base_url)
    code, out, err = run_crawl(capsys, config)
    assert code == 0, err
    records = read_records(tmp_path / "out")
    # The sitemap-only, feed-only and links-only articles are there with the seven linked everywhere.
    assert sorted(urls_of(records)) == sorted(article_url(site_server.base_url, slug) for slug in ARTICLES)
    assert {r["source"] for r in records} == {"courier"}
    assert "sources        1 (0 unreachable)" in out
    assert "discovered     12 article URLs (12 new)" in out  # ten articles and two robots-disallowed pages
    assert "fetched        10" in out
    assert "written        10 records in 1 shard(s)" in out
    assert "failed         robots_disallowed 2" in out


# Which articles each kind of source reaches (the table in samples/site/README.md).
LINKED_EVERYWHERE = {"harbour-bridge-reopens", "council-budget-vote", "flood-warning-lifted", "library-extends-hours",
                     "heatwave-hospital-admissions", "river-cleanup-volunteers", "rovers-win-promotion"}


@pytest.mark.parametrize(
    ("only", "also_found"),
    [
        ("feeds", {"school-robotics-team"}),
        ("sitemaps", {"tram-line-extension"}),
        ("start_pages", {"market-square-fire"}),
    ],
)
def test_each_kind_of_source_finds_the_articles_only_it_lists(
    tmp_path: Path, site_server: LoopbackServer, capsys: pytest.CaptureFixture[str], only: str, also_found: set[str]
) -> None:
    base = site_server.base_url
    channels = {"feeds": [f"{base}/feed.xml", f"{base}/atom.xml"], "sitemaps": [f"{base}/sitemap.xml"],
                "start_pages": [f"{base}/"]}
    source = {key: (urls if key == only else []) for key, urls in channels.items()}
    code, _, err = run_crawl(capsys, write_config(tmp_path, base, source=source))
    assert code == 0, err
    found = {url.rsplit("/", 1)[1].removesuffix(".html") for url in urls_of(read_records(tmp_path / "out"))}
    assert found == LINKED_EVERYWHERE | also_found


def test_robots_disallowed_pages_are_never_requested_and_are_counted(
    tmp_path: Path, site_server: LoopbackServer, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_crawl(capsys, write_config(tmp_path, site_server.base_url))
    assert code == 0, err  # a site's robots policy is not a failure worth a cron mail
    assert site_server.requests_to("/robots.txt")
    assert [r.path for r in site_server.requests if r.path.startswith("/private")] == []
    assert "failed         robots_disallowed 2" in out
    with sqlite3.connect(tmp_path / "state" / STATE_FILE) as db:
        outcomes = dict(db.execute("SELECT url, outcome FROM urls WHERE url LIKE '%/private/%'").fetchall())
    assert outcomes == {site_server.url(path): "robots_disallowed" for path in PRIVATE}
    assert not any("/private/" in url for url in urls_of(read_records(tmp_path / "out")))


def test_url_variants_are_fetched_once_and_written_once(
    tmp_path: Path, site_server: LoopbackServer, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_crawl(capsys, write_config(tmp_path, site_server.base_url))
    assert code == 0, err
    # utm_* parameters, #comments and relative spellings all collapse to one request per article ...
    fetched = Counter(article_requests(site_server))
    assert fetched == Counter({f"/articles/{slug}.html": 1 for slug in ARTICLES})
    # ... and /category/city/ vs /category/city to one request per section page.
    hubs = Counter(r.path.rstrip("/") for r in site_server.requests if r.path.startswith("/category"))
    assert hubs == Counter({"/category/city": 1, "/category/sport": 1})
    urls = urls_of(read_records(tmp_path / "out"))
    assert len(urls) == len(set(urls)) == len(ARTICLES)
    assert not any("utm_" in url or "#" in url or url.endswith("/") for url in urls)


def test_second_run_is_conditional_and_writes_only_the_new_and_the_changed_article(
    tmp_path: Path, loopback_factory: ServerFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    site = copy_site(tmp_path / "site")
    server = loopback_factory(root=site)
    config = write_config(tmp_path, server.base_url, crawl={"revisit_after_h": 0.0})
    code, _, err = run_crawl(capsys, config)
    assert code == 0, err
    first_shards = shards(tmp_path / "out")

    publish_article(site, "night-buses-return", "Night buses return to the harbour route", [
        "Night buses will run again on the harbour route from Friday, the transport committee confirmed.",
        "The service was cut two years ago when the operator could not find enough drivers for late shifts.",
        "Councillor Amir Haddad said the new timetable would be reviewed after six months of passenger counts.",
    ])
    add_paragraph(site, "library-extends-hours", "Update: the library says the Sunday opening starts on 2 June.")
    seen = len(server.requests)
    code, out, err = run_crawl(capsys, config)
    assert code == 0, err

    second = server.requests[seen:]
    for path in ("/feed.xml", "/atom.xml", "/sitemap.xml"):
        [request] = [r for r in second if r.path == path]
        assert "if-none-match" in request.headers and "if-modified-since" in request.headers, path
    articles = [r for r in second if r.path.startswith("/articles/")]
    assert Counter(r.path for r in articles) == Counter(
        {f"/articles/{slug}.html": 1 for slug in (*ARTICLES, "night-buses-return")}
    )
    for request in articles:
        conditional = "if-none-match" in request.headers
        assert conditional == (request.path != "/articles/night-buses-return.html"), request.path
    assert "not modified   9 (304)" in out
    assert "written        2 records in 1 shard(s)" in out

    [new_shard] = [s for s in shards(tmp_path / "out") if s not in first_shards]
    written = {str(r["url"]): r for r in records_of(new_shard)}
    base = server.base_url
    assert set(written) == {article_url(base, "night-buses-return"), article_url(base, "library-extends-hours")}
    assert "Sunday opening starts on 2 June" in str(written[article_url(base, "library-extends-hours")]["text"])

    # Nothing changed since: a third run writes nothing at all.
    code, out, err = run_crawl(capsys, config)
    assert code == 0, err
    assert "written        0 records in 0 shard(s)" in out
    assert len(shards(tmp_path / "out")) == len(first_shards) + 1


def test_article_added_to_a_child_sitemap_is_found_when_the_sitemap_index_is_unchanged(
    tmp_path: Path, loopback_factory: ServerFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    """News sites update sitemap-news.xml all day while the sitemap index stays the same file."""
    site = copy_site(tmp_path / "site")
    server = loopback_factory(root=site)
    config = write_config(tmp_path, server.base_url)
    code, _, err = run_crawl(capsys, config)
    assert code == 0, err

    publish_article(site, "ferry-strike-ends", "Ferry strike ends after pay deal", [
        "Ferry crews on the harbour crossing returned to work on Thursday after accepting a new pay offer.",
        "The operator said a full timetable would run from Friday morning.",
    ], in_feed=False)
    news = site / "sitemap-news.xml"
    news.write_text(news.read_text(encoding="utf-8").replace(
        "<url>", "<url><loc>{{BASE}}/articles/ferry-strike-ends.html</loc></url>\n  <url>", 1), encoding="utf-8")
    seen = len(server.requests)
    code, _, err = run_crawl(capsys, config)
    assert code == 0, err
    requested = [r.path for r in server.requests[seen:]]
    assert article_url(server.base_url, "ferry-strike-ends") in urls_of(read_records(tmp_path / "out")), requested
    assert "/sitemap-news.xml" in requested


def test_records_have_the_schema_and_the_sample_noise_removed_with_its_reason(
    tmp_path: Path, site_server: LoopbackServer, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_crawl(capsys, write_config(tmp_path, site_server.base_url))
    assert code == 0, err
    records = read_records(tmp_path / "out")
    assert len({r["id"] for r in records}) == len(records) == len(ARTICLES)
    for record in records:
        assert tuple(record) == RECORD_KEYS
        assert record["dup_of"] is None and record["source"] == "courier" and record["language"] == "en"
        assert datetime.fromisoformat(str(record["fetched_at"])).tzinfo is not None
        reasons = Counter(r["reason"] for r in removed_of(record))
        assert reasons["repeated_headline"] >= 1 and reasons["boilerplate"] >= 1, record["url"]
        text = str(record["text"])
        assert not text.startswith(str(record["title"]))  # the title is not repeated in the text
        for furniture in ("Subscribe to our morning newsletter", "We use cookies", "Related news",
                          "independent local newspaper", "Share this article"):
            assert furniture not in text, (record["url"], furniture)

    [fire] = [r for r in records if str(r["url"]).endswith("/market-square-fire.html")]
    title = "Fire damages bakery on Market Square"
    assert (fire["title"], fire["author"], fire["date"]) == (title, "Maria Okafor", "2024-05-14")
    removed = {(r["reason"], r["text"]) for r in removed_of(fire)}
    assert ("repeated_headline", f"{title} | The Riverside Courier") in removed
    newsletter = "Subscribe to our morning newsletter for the day\u2019s top stories from Harbourton."
    assert ("boilerplate", newsletter) in removed
    first_line = "Firefighters were called to a bakery on Market Square shortly after 4am on Tuesday"
    assert any(reason == "duplicate_paragraph" and t.startswith(first_line) for reason, t in removed)
    assert str(fire["text"]).count(first_line) == 1  # the first copy stays
    assert "He hopes to reopen within six weeks." in str(fire["text"])


# A line the newsroom prints under every article; the cleaning stages alone keep it.
NEWSDESK_LINE = "Do you have a story for us? Call the newsdesk on 01632 960 400."
# A teaser printed under every article: unrelated to each story, so the off-topic stage would remove it too.
TEASER_LINE = ("Also today: Catalonia's parliament in Barcelona votes on Puigdemont's independence referendum "
               "as Madrid prepares to invoke Article 155.")


def reasons_for(records: list[dict[str, object]], line: str) -> list[str]:
    """Per record: the reason ``line`` was removed for, or "kept"."""
    out = []
    for record in records:
        reasons = [r["reason"] for r in removed_of(record) if r["text"] == line]
        assert len(reasons) + (line in str(record["text"])) == 1, record["url"]
        out.append(reasons[0] if reasons else "kept")
    return out


def site_printing(tmp_path: Path, line: str) -> Path:
    """A copy of the sample site with ``line`` added to every article."""
    site = copy_site(tmp_path / "site")
    for slug in ARTICLES:
        add_paragraph(site, slug, line)
    return site


def detail_of(record: dict[str, object], line: str) -> str:
    """Why ``line`` was removed from a record (it must have been, once)."""
    [detail] = [str(r.get("detail", "")) for r in removed_of(record) if r["text"] == line]
    return detail


def test_site_boilerplate_is_learned_across_runs(
    tmp_path: Path, loopback_factory: ServerFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    server = loopback_factory(root=site_printing(tmp_path, NEWSDESK_LINE))
    # Only the counts kept in the state may find the line: the batch's recurring-line rule is off.
    clean = {"site_boilerplate_min_pages": 3, "recurring_min_stories": 1000}
    config = write_config(tmp_path, server.base_url, clean=clean)

    code, _, err = run_crawl(capsys, config, "--max-pages", "3")
    assert code == 0, err
    first = read_records(tmp_path / "out")
    assert reasons_for(first, NEWSDESK_LINE) == ["kept"] * 3  # seen on 0, 1, then 2 other pages

    code, _, err = run_crawl(capsys, config)  # a new run: the counts of the first one were kept in the state
    assert code == 0, err
    second = [r for r in read_records(tmp_path / "out") if r not in first]
    assert len(second) == len(ARTICLES) - 3
    assert reasons_for(second, NEWSDESK_LINE) == ["site_boilerplate"] * len(second)
    for record in second:
        assert f"other pages of {server.host}" in detail_of(record, NEWSDESK_LINE)


def test_a_line_every_story_of_a_batch_prints_is_boilerplate_in_the_first_run(
    tmp_path: Path, loopback_factory: ServerFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    server = loopback_factory(root=site_printing(tmp_path, NEWSDESK_LINE))
    code, _, err = run_crawl(capsys, write_config(tmp_path, server.base_url), "--max-pages", "3")
    assert code == 0, err
    records = read_records(tmp_path / "out")
    assert reasons_for(records, NEWSDESK_LINE) == ["boilerplate"] * 3
    why = "printed by 3 documents of the batch, 3 or more of them different stories"
    assert [detail_of(record, NEWSDESK_LINE) for record in records] == [why] * 3


def test_site_boilerplate_is_the_reason_even_where_off_topic_would_also_remove_the_line(
    tmp_path: Path, loopback_factory: ServerFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    """Stages run headline, duplicates, boilerplate, site boilerplate, then off-topic (STYLE.md, DESIGN.md)."""
    site = site_printing(tmp_path, TEASER_LINE)
    server = loopback_factory(root=site)
    # Stray paragraphs judged in every article (cohesion 0), so that off-topic would claim the line.
    clean_settings = {"site_boilerplate_min_pages": 3, "off_topic_min_cohesion": 0.0}
    config = write_config(tmp_path, server.base_url, clean=clean_settings)
    # Precondition (else this test proves nothing): the stages alone call the line off_topic on more
    # than three articles, so at least one of them is crawled after the line became site boilerplate.
    clean = load_config(config).clean
    pages = sorted((site / "articles").glob("*.html"))
    alone = [_reason(clean_html(page.read_text(encoding="utf-8"), config=clean), TEASER_LINE) for page in pages]
    assert alone.count("off_topic") > 3, alone

    code, _, err = run_crawl(capsys, config)
    assert code == 0, err
    reasons = Counter(reasons_for(read_records(tmp_path / "out"), TEASER_LINE))
    # The first three pages cannot know yet; every later page has seen the line on 3 or more others.
    assert reasons["site_boilerplate"] == len(ARTICLES) - 3, reasons


def _reason(doc: Document, line: str) -> str:
    [paragraph] = [p for p in doc.paragraphs if p.text == line]
    return "kept" if paragraph.removal is None else str(paragraph.removal.reason)
