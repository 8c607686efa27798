"""Loopback HTTP server fixtures (filled in by the fetcher work)."""
