"""ShardWriter: atomic shards, committed records handed back, crash leftovers removed."""
from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from scraper.shards import Committed, ShardWriter

STARTED = datetime(2024, 5, 14, 7, 30, 5, tzinfo=UTC)
SHARD_NAME = re.compile(r"^\d{8}T\d{6}Z-[0-9a-z]+-\d{5}\.jsonl(\.gz)?$")


@dataclass
class Record:
    url: str

    def to_json(self) -> str:
        return json.dumps({"url": self.url, "text": "line one\nline two"})


def record(i: int) -> bytes:
    return json.dumps({"id": str(i), "url": f"https://a.example/{i}"}).encode()


def lines(path: Path) -> list[dict[str, str]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def test_rolls_every_n_records_and_hands_back_what_it_committed(tmp_path: Path) -> None:
    writer = ShardWriter(tmp_path, max_records=2, run_id="r1", started_at=STARTED)
    committed: list[Committed] = []
    for i in range(5):
        now = writer.write(record(i), url=f"https://a.example/{i}", content_hash=f"h{i}")
        assert len(now) == (2 if i in (1, 3) else 0)
        committed += now
    committed += writer.flush()
    assert writer.flush() == []
    writer.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [f"20240514T073005Z-r1-0000{n}.jsonl" for n in (1, 2, 3)]
    assert [c.url for c in committed] == [f"https://a.example/{i}" for i in range(5)]
    assert [c.content_hash for c in committed] == [f"h{i}" for i in range(5)]
    assert {c.shard.name for c in committed[:2]} == {names[0]}
    assert [r["id"] for name in names for r in lines(tmp_path / name)] == ["0", "1", "2", "3", "4"]


def test_gzip_shards_and_objects_with_to_json(tmp_path: Path) -> None:
    with ShardWriter(tmp_path, format="jsonl.gz") as writer:
        writer.write(Record("https://a.example/x"), url="https://a.example/x", content_hash="h")
        writer.write(record(2) + b"\n", url="https://a.example/2", content_hash="h2")
        [first, second] = writer.flush()
    assert SHARD_NAME.match(first.shard.name) and first.shard.name.endswith(".jsonl.gz")
    assert [r["url"] for r in lines(first.shard)] == ["https://a.example/x", "https://a.example/2"]
    assert lines(first.shard)[0]["text"] == "line one\nline two"


def test_a_record_must_be_one_json_line(tmp_path: Path) -> None:
    with ShardWriter(tmp_path) as writer:
        with pytest.raises(ValueError):
            writer.write(b'{"a": 1}\n{"b": 2}', url="u", content_hash="h")
        with pytest.raises(ValueError):
            writer.write(b"[1, 2]", url="u", content_hash="h")


def test_close_discards_records_never_flushed(tmp_path: Path) -> None:
    writer = ShardWriter(tmp_path)
    writer.write(record(1), url="u1", content_hash="h1")
    writer.close()
    assert list(tmp_path.iterdir()) == []


CRASHING_RUN = """
import os, sys
from pathlib import Path
from scraper.shards import ShardWriter
writer = ShardWriter(Path(sys.argv[1]), max_records=2, run_id="crash")
for i in range(3):
    writer.write(b'{"id": "%d"}' % i, url=f"u{i}", content_hash="h")
os._exit(9)  # killed between writing and flushing: no cleanup runs
"""


def test_crash_leaves_no_partial_file_under_a_final_name(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-c", CRASHING_RUN, str(tmp_path)], check=False)
    assert result.returncode == 9
    finals = [p for p in tmp_path.iterdir() if SHARD_NAME.match(p.name)]
    temps = [p for p in tmp_path.iterdir() if p.name.startswith(".") and p.name.endswith(".tmp")]
    # The first shard rolled over complete (and was handed back to the caller); the third record is only in a temp file.
    assert [len(lines(p)) for p in finals] == [2]
    assert len(temps) == 1 and temps[0].name == "." + finals[0].name.replace("-00001", "-00002") + ".tmp"
    for p in finals:
        assert all(set(r) == {"id"} for r in lines(p))

    writer = ShardWriter(tmp_path)  # the next run
    assert sorted(p.name for p in tmp_path.iterdir()) == [finals[0].name]
    writer.close()
