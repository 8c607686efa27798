"""Loopback Redis server fixtures (filled in by the dedup work)."""
