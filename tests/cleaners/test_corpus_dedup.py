"""CorpusIndex: syndicated copies get dup_of, same-topic articles stay, the index persists, Redis agrees."""

from __future__ import annotations

import json
import subprocess
import uuid
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from cleaners.corpus_dedup import CorpusIndex, DedupParams
from cleaners.dedup_stores import RedisAddress
from cleaners.document import Document, paragraphs_from
from cleaners.errors import IndexUnavailable
from cleaners.minhash import Signer, estimate_jaccard, normalize_text
from tests.fixtures_redis import ACL_KEYS, ACL_PASSWORD, ACL_USER, PASSWORD, LoginRedis, stop_redis


def load(samples_dir: Path, name: str, doc_id: str | None = None) -> Document:
    """A samples text file as a Document: first line the title, paragraphs split by blank lines."""
    text = (samples_dir / name).read_text(encoding="utf-8")
    title, _, body = text.partition("\n")
    return Document(id=doc_id or name, title=title.strip(), paragraphs=paragraphs_from(body.split("\n\n")))


def syndicate(doc: Document, doc_id: str) -> Document:
    """A wire copy: dateline added, quotes straightened, the fifth paragraph dropped, a new headline."""
    texts = [p.text for p in doc.paragraphs]
    texts[0] = "HOLLIN (Wire) — " + texts[0]
    del texts[4]
    plain = [t.replace("“", '"').replace("”", '"').replace("’", "'") for t in texts]
    return Document(id=doc_id, title="Tram line wins council vote", paragraphs=paragraphs_from(plain))


def abridge(doc: Document, doc_id: str) -> Document:
    """A wire abridgement: only the top three paragraphs."""
    return replace(doc, id=doc_id, paragraphs=doc.paragraphs[:3])


@pytest.fixture
def council(samples_dir: Path) -> Document:
    return load(samples_dir, "dedup/tram-council.txt", "council")


@pytest.fixture
def opinion(samples_dir: Path) -> Document:
    return load(samples_dir, "dedup/tram-opinion.txt", "opinion")


def stream(samples_dir: Path, council: Document, opinion: Document) -> list[Document]:
    seed = load(samples_dir, "seed-alqaim.txt", "alqaim")
    return [
        council,
        opinion,
        syndicate(council, "wire"),
        abridge(council, "short"),
        seed,
        replace(seed, id="alqaim-copy", paragraphs=seed.paragraphs[1:]),
        council,
    ]


def test_normalisation_ignores_quotes_case_and_punctuation() -> None:
    assert normalize_text("“Don’t,” she SAID — twice.") == normalize_text('"Dont" she said - twice')


def test_straightened_quotes_barely_move_the_signature(council: Document) -> None:
    signer = Signer()
    text = council.kept_text()
    straight = text.replace("“", '"').replace("”", '"').replace("’", "'")
    assert estimate_jaccard(signer.sign(text).full, signer.sign(straight).full) == 1.0


def test_syndicated_copy_is_dup_of_the_first(tmp_path: Path, council: Document) -> None:
    with CorpusIndex.open_embedded(tmp_path / "idx") as index:
        assert index.check_and_add(council).dup_of is None
        copy = index.check_and_add(syndicate(council, "wire"))
    assert copy.dup_of == "council"


def test_abridged_copy_is_dup_of_the_first(tmp_path: Path, council: Document) -> None:
    with CorpusIndex.open_embedded(tmp_path / "idx") as index:
        index.check_and_add(council)
        assert index.check_and_add(abridge(council, "short")).dup_of == "council"


def test_same_topic_article_is_kept(tmp_path: Path, council: Document, opinion: Document) -> None:
    with CorpusIndex.open_embedded(tmp_path / "idx") as index:
        index.check_and_add(council)
        assert index.check_and_add(opinion).dup_of is None
        assert [m.id for m in index.query(opinion)] == ["opinion"]


def test_rechecking_an_indexed_document_leaves_it_alone(tmp_path: Path, council: Document) -> None:
    with CorpusIndex.open_embedded(tmp_path / "idx") as index:
        index.check_and_add(council)
        assert index.check_and_add(council).dup_of is None


def test_embedded_index_persists_across_opens(tmp_path: Path, council: Document, opinion: Document) -> None:
    with CorpusIndex.open_embedded(tmp_path / "idx") as index:
        index.check_and_add(council)
        index.check_and_add(opinion)
    with CorpusIndex.open_embedded(tmp_path / "idx") as index:
        assert index.check_and_add(syndicate(council, "wire")).dup_of == "council"
        assert index.check_and_add(abridge(opinion, "opinion-short")).dup_of == "opinion"


def test_many_flushes_merge_segments_and_keep_every_document(tmp_path: Path, council: Document) -> None:
    docs = [
        replace(council, id=f"v{i}", paragraphs=paragraphs_from([f"Item {i} " + "word" * i + f" {i}" * 40]))
        for i in range(1, 12)
    ]
    with CorpusIndex.open_embedded(tmp_path / "idx") as index:
        for doc in docs:
            index.check_and_add(doc)
            index.flush()
    assert len(list((tmp_path / "idx").glob("seg-*"))) <= 8
    with CorpusIndex.open_embedded(tmp_path / "idx") as index:
        assert [index.check_and_add(replace(d, id=d.id + "-copy")).dup_of for d in docs] == [d.id for d in docs]


def test_reopening_with_other_parameters_is_refused(tmp_path: Path, council: Document) -> None:
    with CorpusIndex.open_embedded(tmp_path / "idx") as index:
        index.check_and_add(council)
    with pytest.raises(ValueError, match="other parameters"):
        CorpusIndex.open_embedded(tmp_path / "idx", DedupParams(shingle_words=3))


def damage_manifest(index: Path) -> None:
    (index / "manifest.json").write_text("[1, 2]", encoding="utf-8")


def damage_segment(index: Path) -> None:
    (next(index.glob("seg-*")) / "sigs.npy").write_bytes(b"\x93NUMPY random bytes, not an array")


def truncate_segment(index: Path) -> None:
    sigs = next(index.glob("seg-*")) / "sigs.npy"
    sigs.write_bytes(sigs.read_bytes()[:200])


def older_format(index: Path) -> None:
    manifest = json.loads((index / "manifest.json").read_text(encoding="utf-8"))
    (index / "manifest.json").write_text(json.dumps({**manifest, "version": 0}), encoding="utf-8")


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (damage_manifest, "corrupt dedup index: manifest.json is not an index manifest"),
        (damage_segment, r"corrupt dedup index \(segment seg-\S+ is damaged"),
        (truncate_segment, r"corrupt dedup index \(segment seg-\S+ is damaged"),
        (older_format, "index written in format 0; this newsclean reads format"),
    ],
)
def test_a_damaged_index_is_refused_with_what_is_wrong(
    tmp_path: Path, council: Document, damage: Callable[[Path], None], message: str
) -> None:
    with CorpusIndex.open_embedded(tmp_path / "idx") as index:
        index.check_and_add(council)
    damage(tmp_path / "idx")
    with pytest.raises(ValueError, match=message):
        CorpusIndex.open_embedded(tmp_path / "idx")
    (tmp_path / "idx" / "manifest.json").unlink()
    with CorpusIndex.open_embedded(tmp_path / "idx"):  # the refused open left no lock behind
        pass


def test_a_file_is_not_an_index(tmp_path: Path) -> None:
    (tmp_path / "records.jsonl").write_text("{}", encoding="utf-8")
    with pytest.raises(ValueError, match="not a directory"):
        CorpusIndex.open_embedded(tmp_path / "records.jsonl")


def test_redis_and_embedded_give_identical_decisions(
    tmp_path: Path, samples_dir: Path, redis_server: tuple[str, int], council: Document, opinion: Document
) -> None:
    docs = stream(samples_dir, council, opinion)
    host, port = redis_server
    with CorpusIndex.open_embedded(tmp_path / "idx") as embedded:
        expected = [d.dup_of for d in embedded.dedup(docs)]
    with CorpusIndex.open_redis(RedisAddress(host, port), uuid.uuid4().hex.encode()) as shared:
        got = [d.dup_of for d in shared.dedup(docs)]
    assert got == expected == [None, None, "council", "council", None, "alqaim", None]


@pytest.mark.parametrize("user", ["", ACL_USER])
def test_a_server_with_a_password_gives_the_same_decisions(
    tmp_path: Path, samples_dir: Path, login_redis_server: LoginRedis, council: Document, opinion: Document, user: str
) -> None:
    """The password reaches datasketch's own clients too: it stores the bands with them."""
    docs = stream(samples_dir, council, opinion)
    address = RedisAddress(
        login_redis_server.host, login_redis_server.port, user or None, ACL_PASSWORD if user else PASSWORD
    )
    with CorpusIndex.open_embedded(tmp_path / "idx") as embedded:
        expected = [d.dup_of for d in embedded.dedup(docs)]
    with CorpusIndex.open_redis(address, f"{ACL_KEYS}{uuid.uuid4().hex}".encode()) as shared:
        got = [d.dup_of for d in shared.dedup(docs)]
    assert got == expected == [None, None, "council", "council", None, "alqaim", None]


def test_a_redis_address_never_shows_its_password() -> None:
    address = RedisAddress("::1", 6380, "crawler", "hunter2-secret")
    assert "hunter2" not in repr(address) and "hunter2" not in str(address)
    assert address.where == "[::1]:6380"
    assert address.client_kwargs() == {"host": "::1", "port": 6380, "username": "crawler", "password": "hunter2-secret"}


def test_redis_workers_share_one_index(redis_server: tuple[str, int], council: Document) -> None:
    host, port = redis_server
    basename = uuid.uuid4().hex.encode()
    address = RedisAddress(host, port)
    with CorpusIndex.open_redis(address, basename) as first, CorpusIndex.open_redis(address, basename) as other:
        assert first.check_and_add(council).dup_of is None
        assert other.check_and_add(syndicate(council, "wire")).dup_of == "council"
        assert other.check_and_add(abridge(council, "short")).dup_of == "council"
    with CorpusIndex.open_redis(address, basename) as later:
        assert [m.id for m in later.query(syndicate(council, "again"))] == ["council"]


def test_redis_going_away_mid_run_is_one_clear_error(
    own_redis_server: tuple[subprocess.Popen[bytes], int], council: Document, opinion: Document
) -> None:
    proc, port = own_redis_server
    with CorpusIndex.open_redis(RedisAddress("127.0.0.1", port), b"gone") as index:
        assert index.check_and_add(council).dup_of is None
        stop_redis(proc)
        with pytest.raises(IndexUnavailable, match=f"redis index at 127.0.0.1:{port} unavailable"):
            index.check_and_add(opinion)


def test_signatures_are_uint32_and_stable(council: Document) -> None:
    a, b = Signer().sign(council.kept_text()), Signer().sign(council.kept_text())
    assert a.full.dtype == np.uint32 and np.array_equal(a.full, b.full) and a.size > 200


def test_many_flushes_keep_every_document_findable_in_few_segments(tmp_path: Path) -> None:
    """Tiered merges: segments stay bounded and no merge loses a document."""
    texts = [" ".join(f"w{(i * 7919 + j * 104729) % 100003}" for j in range(120)) for i in range(40)]
    path = tmp_path / "dedup"
    with CorpusIndex.open_embedded(path) as index:
        for i, text in enumerate(texts):
            index.check_and_add(Document(id=f"d{i}", paragraphs=paragraphs_from([text])))
            index.flush()
    segments = [p for p in path.iterdir() if p.name.startswith("seg-")]
    assert 1 <= len(segments) <= 16
    with CorpusIndex.open_embedded(path) as index:
        for i, text in enumerate(texts):
            copy = index.check_and_add(Document(id=f"copy{i}", paragraphs=paragraphs_from([text])))
            assert copy.dup_of == f"d{i}"
