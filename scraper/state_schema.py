"""The crawl state's SQLite schema, as migrations tracked by ``PRAGMA user_version``."""

from __future__ import annotations

# Each entry migrates the schema from version i to i + 1 (PRAGMA user_version).
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE urls (
        url TEXT PRIMARY KEY,           -- normalised (scraper.urls.normalize_url)
        source TEXT NOT NULL,           -- the [sources.NAME] that found it first
        depth INTEGER NOT NULL,         -- link hops from a feed, sitemap or start page
        first_seen REAL NOT NULL,       -- unix seconds
        last_seen REAL NOT NULL,
        outcome TEXT NOT NULL DEFAULT 'pending',
        status INTEGER,                 -- HTTP status of the last fetch
        attempts INTEGER NOT NULL DEFAULT 0,  -- failed fetches in a row
        etag TEXT,
        last_modified TEXT,
        content_hash TEXT,
        fetched_at REAL,
        written INTEGER NOT NULL DEFAULT 0,
        written_at REAL
    );
    CREATE INDEX urls_by_outcome ON urls (outcome, fetched_at);
    CREATE TABLE paragraph_pages (
        host TEXT NOT NULL,
        paragraph_hash TEXT NOT NULL,
        page_url TEXT NOT NULL,
        PRIMARY KEY (host, paragraph_hash, page_url)
    ) WITHOUT ROWID;
    """,
    """
    CREATE TABLE discovery (
        url TEXT PRIMARY KEY,           -- a feed or sitemap, fetched every run
        etag TEXT,
        last_modified TEXT,
        children TEXT NOT NULL DEFAULT '[]',  -- JSON list: the sitemaps a sitemap index names
        fetched_at REAL NOT NULL
    );
    CREATE TABLE pending_shards (
        shard TEXT NOT NULL,            -- final path of a shard about to be renamed into place
        url TEXT NOT NULL,
        content_hash TEXT NOT NULL
    );
    CREATE INDEX pending_by_shard ON pending_shards (shard);
    CREATE INDEX urls_never_fetched ON urls (depth, first_seen, url) WHERE fetched_at IS NULL;
    """,
)
