"""Corpus dedup speed: signature throughput, index insert/query rates, bytes per document, load time.

    python bench/dedup_speed.py [--shared ../shared] [--sizes 100000 1000000]

Signatures: real texts (crossdoc_docs.jsonl), one core, vectorised path
(Signer.sign_many: whole text + lead) against a plain per-token
MinHash.update loop (whole text only) in the same run.
Index: check_and_add at the first size (real path: live MinHashLSH, then a
flushed segment); at larger sizes the index is bulk-imported from RANDOM
signatures (computing a million real ones would take ~10 minutes) and only
queries are timed. Half of the queries are copies of indexed documents.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from datasketch import MinHash

from cleaners.corpus_dedup import CorpusIndex, DedupParams
from cleaners.dedup_stores import EmbeddedStore
from cleaners.document import Document
from cleaners.minhash import Signature, normalize_text


def per_token_loop(text: str, params: DedupParams) -> MinHash:
    """The baseline: one MinHash.update call per shingle."""
    words = normalize_text(text).split()
    k = params.shingle_words
    m = MinHash(num_perm=params.num_perm, seed=params.seed)
    for i in range(max(1, len(words) - k + 1)):
        m.update(" ".join(words[i:i + k]).encode("utf-8"))
    return m


def bench_signatures(texts: list[str], params: DedupParams) -> None:
    """Docs/s of both signature paths and their ratio."""
    signer = params.signer()
    reps = max(1, 2000 // len(texts))
    t = time.perf_counter()
    for _ in range(reps):
        signer.sign_many(texts)
    fast = reps * len(texts) / (time.perf_counter() - t)
    t = time.perf_counter()
    for text in texts:
        per_token_loop(text, params)
    slow = len(texts) / (time.perf_counter() - t)
    words = sum(len(x.split()) for x in texts) / len(texts)
    print(f"signatures ({words:.0f} words/doc): vectorised {fast:.0f} docs/s (full+lead), "
          f"per-token update loop {slow:.0f} docs/s (full only), ratio {fast / slow:.1f}x")


def random_sigs(rng: np.random.Generator, n: int, num_perm: int) -> list[Signature]:
    """Random signatures; every other document gets a lead distinct from its full signature."""
    full = rng.integers(0, 2**32, size=(n, num_perm), dtype=np.uint64).astype(np.uint32)
    lead = full.copy()
    lead[::2] = rng.integers(0, 2**32, size=(len(lead[::2]), num_perm), dtype=np.uint64).astype(np.uint32)
    sizes = rng.integers(100, 1500, size=n)
    return [Signature(full[i], lead[i], int(sizes[i])) for i in range(n)]


def near_copy(sig: Signature, rng: np.random.Generator) -> Signature:
    """A copy of an indexed signature with a tenth of its values changed (Jaccard ~0.9)."""
    full = sig.full.copy()
    idx = rng.choice(len(full), size=len(full) // 10, replace=False)
    full[idx] = rng.integers(0, 2**32, size=len(idx), dtype=np.uint64).astype(np.uint32)
    return Signature(full, full, sig.size)


def dir_bytes(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def time_queries(index: CorpusIndex, sigs: list[Signature], n_queries: int, rng: np.random.Generator) -> None:
    """Median and p99 latency of check-only lookups, misses and hits separately."""
    store = index._store  # the bench times the store's lookup plus confirmation, without signing
    for label, qs in (("miss", random_sigs(rng, n_queries, index.params.num_perm)),
                      ("hit", [near_copy(sigs[int(i)], rng) for i in rng.integers(0, len(sigs), n_queries)])):
        lat = []
        found = 0
        for q in qs:
            t = time.perf_counter()
            cands = sorted(store.candidates(q))
            stored = store.fetch(cands)
            found += bool(stored)
            lat.append(time.perf_counter() - t)
        a = np.array(lat) * 1e3
        print(f"    query {label}: median {np.median(a):.3f} ms  p99 {np.percentile(a, 99):.3f} ms  "
              f"{len(a) / a.sum() * 1e3:.0f} q/s  found {found}/{len(qs)}")


def bench_index(n: int, params: DedupParams, real_inserts: bool, rng: np.random.Generator) -> None:
    """Build an index of n documents, reopen it, time the queries."""
    with tempfile.TemporaryDirectory(dir=os.environ.get("TMPDIR")) as tmp:
        path = Path(tmp) / "idx"
        sigs = random_sigs(rng, n, params.num_perm)
        ids = [f"doc-{i:08d}" for i in range(n)]
        t = time.perf_counter()
        with CorpusIndex.open_embedded(path, params) as index:
            if real_inserts:
                for i, sig in zip(ids, sigs):
                    index.check_and_add_signed(Document(id=i), sig)
                t_add = time.perf_counter() - t
                index.flush()
                how = f"check_and_add {n / t_add:.0f} docs/s, then flush {time.perf_counter() - t - t_add:.1f} s"
            else:
                store = index._store
                assert isinstance(store, EmbeddedStore)
                store.import_signed(ids, sigs)
                how = "bulk import of random signatures"
        build = time.perf_counter() - t
        t = time.perf_counter()
        index = CorpusIndex.open_embedded(path, params)
        load = time.perf_counter() - t
        print(f"{n:,} documents: {how}; build {build:.1f} s ({n / build:.0f} docs/s); "
              f"{dir_bytes(path) / n:.0f} bytes/doc on disk; open (load) {load * 1e3:.1f} ms")
        time_queries(index, sigs, 2000, rng)
        index.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    args = ap.parse_args(argv)
    params = DedupParams()
    print(f"params {params}, bands (b, r) = {params.bands()}")
    path = args.shared / "bench" / "cleaning" / "crossdoc_docs.jsonl"
    texts = [json.loads(line)["text"] for line in open(path, encoding="utf-8") if line.strip()]
    bench_signatures(texts, params)
    rng = np.random.default_rng(7)
    for i, n in enumerate(args.sizes):
        bench_index(n, params, real_inserts=(i == 0), rng=rng)
    return 0


if __name__ == "__main__":
    sys.exit(main())
