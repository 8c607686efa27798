"""One incremental crawl run: discover, fetch what is new or changed, clean, write, then record.

Invariants (what makes a run resumable after a crash, with nothing lost or doubled):
- A page's record goes to a temporary shard; before the shard is renamed into
  place its (url, hash) pairs are written ahead to the state; after the
  rename the dedup index is flushed, then the pages are marked written and
  the write-ahead cleared in one transaction.
- At start, a write-ahead left by a killed run is reconciled: if its shard
  reached its final name, its records are re-added to the dedup index and
  marked written; if not, the pages are simply fetched again.
- The embedded dedup index only remembers documents after their shard is on
  disk, and a near-duplicate's drop is recorded only once its original is on
  disk (``scraper.crawl_output``; Redis stores at once, see there).
"""
from __future__ import annotations

import asyncio
import dataclasses
import gzip
import hashlib
import logging
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from cleaners.corpus_dedup import CorpusIndex, DedupParams
from cleaners.document import Document, paragraphs_from
from cleaners.extract import document_id
from cleaners.pipeline import BatchPipeline, Pipeline, batch_stages, topic_stages
from cleaners.site_boilerplate import SiteBoilerplate, paragraph_keys
from cleaners.text import split_paragraphs
from scraper.config import CrawlConfig
from scraper.crawl_output import NEAR_DUPLICATE, CleanedPage, CrawlOutput
from scraper.dedup_index import open_index
from scraper.discovery import SourceDiscovery
from scraper.errors import FetchError, HTTPStatusError, RobotsDisallowed
from scraper.fetch import Fetcher
from scraper.lock import CrawlLock
from scraper.processing import CleanFailure, CleaningPool
from scraper.progress import WorkProgress
from scraper.state import FETCHED, NOT_MODIFIED, UNCHANGED, StateStore, UrlState
from scraper.urls import normalize_url, url_host

logger = logging.getLogger(__name__)

BATCH_SIZE = 64
FLUSH_INTERVAL_S = 60.0
# Reasons that are the site's policy, not a failure worth a cron mail.
NOT_FAILURES = frozenset({"robots_disallowed"})


@dataclass
class CrawlSummary:
    """What one run did; ``lines()`` is the report a cron mail shows."""

    sources: int = 0
    discovered: int = 0  # article URLs found by discovery this run
    new_urls: int = 0  # of those, never seen before
    fetched: int = 0  # pages fetched with content
    not_modified: int = 0  # 304 answers
    unchanged: int = 0  # same content as the record already written
    cleaned: int = 0
    written: int = 0
    near_duplicates: int = 0
    failed: Counter[str] = field(default_factory=Counter)
    discovery_failed: Counter[str] = field(default_factory=Counter)
    sources_unreachable: int = 0
    inputs_failed: int = 0  # configured feeds, sitemaps and start pages that failed
    shards: list[Path] = field(default_factory=list)
    elapsed_s: float = 0.0
    dry_run: bool = False

    @property
    def failures(self) -> int:
        return sum(n for reason, n in self.failed.items() if reason not in NOT_FAILURES)

    def lines(self) -> list[str]:
        failed = ", ".join(f"{reason} {n}" for reason, n in sorted(self.failed.items())) or "none"
        out = [
            f"newsclean crawl {'dry run ' if self.dry_run else ''}summary ({self.elapsed_s:.1f}s)",
            f"  sources        {self.sources} ({self.sources_unreachable} unreachable)",
            f"  discovered     {self.discovered} article URLs ({self.new_urls} new)",
        ]
        if not self.dry_run:
            out += [
                f"  fetched        {self.fetched}",
                f"  not modified   {self.not_modified} (304)",
                f"  unchanged      {self.unchanged} (same content as already written)",
                f"  cleaned        {self.cleaned}",
                f"  near-dups      {self.near_duplicates} (dropped)",
                f"  written        {self.written} records in {len(self.shards)} shard(s)",
                f"  failed         {failed}",
            ]
            out += [f"  shard          {shard}" for shard in self.shards]
        if self.discovery_failed:
            out.append("  discovery failed: " + ", ".join(f"{r} {n}" for r, n in sorted(self.discovery_failed.items())))
        return out


class Crawl:
    """One run over every source of a config."""

    def __init__(
        self, config: CrawlConfig, *, max_pages: int | None = None, dry_run: bool = False, workers: int | None = None
    ) -> None:
        self.config = config
        self.max_pages = config.crawl.max_pages if max_pages is None else max_pages
        self.dry_run = dry_run
        self.workers = workers
        self.summary = CrawlSummary(sources=len(config.sources), dry_run=dry_run)

    def run(self) -> CrawlSummary:
        """Run under the state lock (StateLocked if another run holds it)."""
        started = time.monotonic()
        state_dir = self.config.state.dir
        state_dir.mkdir(parents=True, exist_ok=True)
        with CrawlLock(state_dir), StateStore.open(state_dir) as state:
            if self.dry_run:
                asyncio.run(self._discover_only(state))
            else:
                params = DedupParams.from_config(self.config.clean)
                with open_index(params, path=state_dir / "dedup", redis_url=self.config.state.redis_url) as index:
                    self._recover(state, index)
                    with CleaningPool(self.config.clean, self.workers) as pool:
                        asyncio.run(_RunningCrawl(self, state, index, pool).run())
        self.summary.elapsed_s = time.monotonic() - started
        return self.summary

    async def discover(self, fetcher: Fetcher, state: StateStore) -> dict[str, tuple[str, int]]:
        """Article URLs of every source -> (source name, depth)."""
        found: dict[str, tuple[str, int]] = {}
        for source in self.config.sources:
            result = await SourceDiscovery(source, fetcher, state, remember=not self.dry_run).run()
            for url, depth in result.articles.items():
                found.setdefault(url, (source.name, depth))
            self.summary.new_urls += result.new
            self.summary.discovery_failed.update(result.failures.values())
            if result.all_failed:
                self.summary.sources_unreachable += 1
            # A configured feed, sitemap or start page that failed (robots.txt aside: the site's
            # policy) is an input that failed, as a page is: cron should hear of it.
            configured = {*source.feeds, *source.sitemaps, *source.start_pages}
            configured |= {normalize_url(u) for u in configured}
            self.summary.inputs_failed += sum(
                url in configured and reason != RobotsDisallowed.reason for url, reason in result.failures.items()
            )
            logger.info("%s: %d article URLs discovered", source.name, len(result.articles))
        self.summary.discovered = len(found)
        return found

    async def _discover_only(self, state: StateStore) -> None:
        async with Fetcher(self.config.fetch) as fetcher:
            found = await self.discover(fetcher, state)
        new = [url for url in found if state.get(url) is None]
        self.summary.new_urls = len(new)
        for url in sorted(new):
            print(url)

    def _recover(self, state: StateStore, index: CorpusIndex) -> None:
        """Reconcile the write-ahead of a run that was killed around a shard rename."""
        for shard in state.pending_shards():
            if shard.exists():
                for record in read_shard(shard):
                    index.check_and_add(record_document(record))
                index.flush()
                state.finish_shard(shard)
                logger.warning("recovered shard %s of an interrupted run", shard)
            else:
                state.abandon_shard(shard)


class _RunningCrawl:
    """The fetch phase of one run: the objects it shares, and the per-page steps."""

    def __init__(self, crawl: Crawl, state: StateStore, index: CorpusIndex, pool: CleaningPool) -> None:
        self.crawl = crawl
        self.config = crawl.config
        self.summary = crawl.summary
        self.state = state
        self.pool = pool
        self.output = CrawlOutput(self.config.output, state, index)
        self.batch = BatchPipeline(batch_stages(self.config.clean))
        self.topic = Pipeline(topic_stages(self.config.clean))

    async def run(self) -> None:
        try:
            async with Fetcher(self.config.fetch) as fetcher:
                await self.crawl.discover(fetcher, self.state)
                await self._fetch_all(fetcher)
            self.output.flush()
        finally:
            self.output.close()
            self.summary.written = self.output.written
            self.summary.shards = self.output.shards

    async def _fetch_all(self, fetcher: Fetcher) -> None:
        revisit_h = self.config.crawl.revisit_after_h
        revisit_s = revisit_h * 3600 if revisit_h is not None else None
        remaining = self.crawl.max_pages
        with WorkProgress("crawl") as progress:
            while remaining > 0:
                batch = self.state.next_batch(min(remaining, BATCH_SIZE), revisit_after_s=revisit_s)
                if not batch:
                    break
                progress.grow(len(batch))
                results = await asyncio.gather(*(self._fetch_and_clean(fetcher, item) for item in batch))
                for outcome in results:
                    if isinstance(outcome, str):
                        progress.advance(outcome)
                for outcome in self._write_batch([r for r in results if isinstance(r, CleanedPage)]):
                    progress.advance(outcome)
                remaining -= len(batch)
                if time.monotonic() - self.output.last_commit > FLUSH_INTERVAL_S:
                    self.output.flush()

    async def _fetch_and_clean(self, fetcher: Fetcher, item: UrlState) -> CleanedPage | str:
        """Fetch and clean one page: the cleaned page, or the outcome of a page with nothing to write."""
        url = item.url
        etag, last_modified = self.state.get_validators(url)
        result = await fetcher.fetch(url, etag=etag, last_modified=last_modified)
        if isinstance(result, FetchError):
            status = result.status if isinstance(result, HTTPStatusError) else None
            self.state.record_fetch_result(url, outcome=result.reason, status=status)
            self.summary.failed[result.reason] += 1
            return result.reason
        status, new_etag, new_last_modified = result.status, result.etag, result.last_modified
        if result.not_modified:
            self.state.record_fetch_result(
                url, outcome=NOT_MODIFIED, status=status, etag=new_etag, last_modified=new_last_modified
            )
            self.summary.not_modified += 1
            return NOT_MODIFIED
        self.summary.fetched += 1
        content_hash = hashlib.sha1(result.body).hexdigest()
        if self.state.is_unchanged(url, content_hash):
            self.state.record_fetch_result(
                url, outcome=UNCHANGED, status=status, etag=new_etag, last_modified=new_last_modified
            )
            self.summary.unchanged += 1
            return UNCHANGED
        doc = await self.pool.clean(result.text(), result.final_url, document_id(url, ""), page_only=True)
        if isinstance(doc, CleanFailure):
            self.state.record_fetch_result(url, outcome=doc.reason, status=result.status)
            self.summary.failed[doc.reason] += 1
            return doc.reason
        self.summary.cleaned += 1
        self.state.record_fetch_result(
            url, outcome=FETCHED, status=status, etag=new_etag, last_modified=new_last_modified,
            content_hash=content_hash, fetched_at=result.fetched_at,
        )
        # Site boilerplate needs the state's counts, so it runs here, then the topic stages.
        doc = self.topic.run(self._site_boilerplate(url, doc))
        return CleanedPage(item, doc, content_hash, result.fetched_at.isoformat())

    def _write_batch(self, cleaned: list[CleanedPage]) -> list[str]:
        """Run the batch stages over the batch's pages (borrowed paragraphs, recurring lines), then drop
        near-duplicates and write the rest."""
        docs = self.batch.run([c.doc for c in cleaned])
        outcomes = [self.output.write(dataclasses.replace(page, doc=doc)) for page, doc in zip(cleaned, docs)]
        self.summary.near_duplicates += outcomes.count(NEAR_DUPLICATE)
        return outcomes

    def _site_boilerplate(self, url: str, doc: Document) -> Document:
        """Mark paragraphs the host repeats on many pages, then count this page's paragraphs."""
        host = url_host(url)
        stage = SiteBoilerplate(host=host, counts=self.state, min_pages=self.config.clean.site_boilerplate_min_pages)
        marked = stage.apply(doc)
        self.state.count_paragraphs(host, url, paragraph_keys(doc))
        return marked


def read_shard(path: Path) -> list[dict[str, object]]:
    """The records of a finished shard (.jsonl or .jsonl.gz)."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rb") as handle:
        return [orjson.loads(line) for line in handle if line.strip()]


def record_document(record: dict[str, object]) -> Document:
    """The Document the dedup index judges, rebuilt from an output record."""
    return Document(id=str(record["id"]), paragraphs=paragraphs_from(split_paragraphs(str(record.get("text") or ""))))
