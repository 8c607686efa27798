"""`newsclean dedup`: first seen wins, --mark, a persistent --index, the shared Redis index, bad input."""
from __future__ import annotations

import gzip
import json
import logging
import uuid
from pathlib import Path
from urllib.parse import quote

import pytest

from scraper.cli import main
from tests.fixtures_redis import ACL_KEYS, ACL_PASSWORD, ACL_USER, PASSWORD, LoginRedis


def corpus(samples_dir: Path, tmp_path: Path, *names: str) -> Path:
    """A JSONL corpus of records (id, text) made from samples/batch texts."""
    path = tmp_path / ("-".join(names) + ".jsonl")
    with path.open("w", encoding="utf-8") as out:
        for name in names:
            text = (samples_dir / "batch" / f"{name}.txt").read_text(encoding="utf-8")
            title, _, body = text.partition("\n\n")
            out.write(json.dumps({"id": name, "title": title, "text": body, "source": "test"}) + "\n")
    return path


def read(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_later_copies_are_dropped_and_other_fields_kept(samples_dir: Path, tmp_path: Path) -> None:
    src = corpus(samples_dir, tmp_path, "allotment-prize", "harbour-ferry", "allotment-prize-copy")
    out = tmp_path / "out.jsonl"
    assert main(["dedup", str(src), "-o", str(out)]) == 0
    kept = read(out)
    assert [r["id"] for r in kept] == ["allotment-prize", "harbour-ferry"]
    assert kept[0]["source"] == "test" and kept[0]["title"] == "Allotment society wins national prize for community orchard"


def test_mark_keeps_the_copy_with_dup_of(samples_dir: Path, tmp_path: Path) -> None:
    src = corpus(samples_dir, tmp_path, "allotment-prize", "allotment-prize-copy")
    out = tmp_path / "out.jsonl"
    assert main(["dedup", "--mark", str(src), "-o", str(out)]) == 0
    assert [(r["id"], r.get("dup_of")) for r in read(out)] == [
        ("allotment-prize", None),
        ("allotment-prize-copy", "allotment-prize"),
    ]


def test_a_persistent_index_remembers_earlier_runs(samples_dir: Path, tmp_path: Path) -> None:
    index = tmp_path / "index"
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    assert main(["dedup", str(corpus(samples_dir, tmp_path, "allotment-prize")), "--index", str(index), "-o", str(first)]) == 0
    later = corpus(samples_dir, tmp_path, "allotment-prize-copy", "harbour-ferry")
    assert main(["dedup", str(later), "--index", str(index), "-o", str(second)]) == 0
    assert [r["id"] for r in read(second)] == ["harbour-ferry"]


def test_the_redis_index_gives_the_same_decisions(samples_dir: Path, tmp_path: Path, redis_server: tuple[str, int]) -> None:
    host, port = redis_server
    src = corpus(samples_dir, tmp_path, "allotment-prize", "harbour-ferry", "allotment-prize-copy")
    embedded, shared = tmp_path / "embedded.jsonl", tmp_path / "shared.jsonl"
    assert main(["dedup", "--mark", str(src), "-o", str(embedded)]) == 0
    assert main(["dedup", "--mark", str(src), "--redis", f"redis://{host}:{port}/clitest", "-o", str(shared)]) == 0
    assert read(embedded) == read(shared)


def shared_prefix() -> str:
    """A key prefix of this run's own (the servers live for the session), under the ACL user's keys."""
    return f"{ACL_KEYS}{uuid.uuid4().hex}"


@pytest.mark.parametrize(("user", "password"), [("", PASSWORD), (ACL_USER, ACL_PASSWORD)])
def test_a_url_with_a_password_gives_the_same_decisions(
    samples_dir: Path,
    tmp_path: Path,
    login_redis_server: LoginRedis,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    user: str,
    password: str,
) -> None:
    caplog.set_level(logging.DEBUG)
    src = corpus(samples_dir, tmp_path, "allotment-prize", "harbour-ferry", "allotment-prize-copy")
    embedded, shared = tmp_path / "embedded.jsonl", tmp_path / "shared.jsonl"
    assert main(["dedup", "--mark", str(src), "-o", str(embedded)]) == 0
    url = login_redis_server.url(shared_prefix(), user=user, password=password)
    assert main(["-vv", "dedup", "--mark", str(src), "--redis", url, "-o", str(shared)]) == 0
    assert read(shared) == read(embedded)
    assert [r.get("dup_of") for r in read(shared)] == [None, None, "allotment-prize"]
    said = capsys.readouterr().err + caplog.text
    assert password not in said and quote(password, safe="") not in said


@pytest.mark.parametrize(
    ("user", "password", "problem"),
    [
        ("", "hunter2-wrong", "Redis refused the password: "),
        (ACL_USER, "hunter2-wrong", f"Redis refused the password of user {ACL_USER!r}: "),
        ("nobody", PASSWORD, "Redis refused the password of user 'nobody': "),
        ("", None, "Redis asks for a password and the URL gives none"),
    ],
)
def test_a_wrong_or_missing_password_is_one_line_naming_the_server_not_the_password(
    samples_dir: Path,
    tmp_path: Path,
    login_redis_server: LoginRedis,
    capsys: pytest.CaptureFixture[str],
    user: str,
    password: str | None,
    problem: str,
) -> None:
    src, out = corpus(samples_dir, tmp_path, "harbour-ferry"), tmp_path / "out.jsonl"
    url = login_redis_server.url("clitest", user=user, password=password)
    assert main(["dedup", str(src), "--redis", url, "-o", str(out)]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith(f"newsclean: redis://127.0.0.1:{login_redis_server.port}/clitest: {problem}"), line
    assert "hunter2" not in line and PASSWORD not in line and quote(PASSWORD, safe="") not in line
    assert not out.exists()


def test_a_user_outside_its_keys_is_one_line(
    samples_dir: Path, tmp_path: Path, login_redis_server: LoginRedis, capsys: pytest.CaptureFixture[str]
) -> None:
    """An ACL user may use only some keys: a prefix outside them is refused, not a traceback."""
    src = corpus(samples_dir, tmp_path, "harbour-ferry")
    url = login_redis_server.url("not-acl", user=ACL_USER, password=ACL_PASSWORD)
    assert main(["dedup", str(src), "--redis", url, "-o", str(tmp_path / "out.jsonl")]) == 2
    [line] = capsys.readouterr().err.splitlines()
    where = f"redis://127.0.0.1:{login_redis_server.port}/not-acl"
    assert line.startswith(f"newsclean: {where}: the Redis user may not use this index: "), line
    assert ACL_PASSWORD not in line


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("redis://:hunter/22@127.0.0.1:6379/x", "'redis://***@127.0.0.1:6379/x' has an '@' after the host"),
        ("redis://crawler:hunter22@127.0.0.1:99999/x", "'redis://***@127.0.0.1:99999/x' has a bad port"),
        ("rediss://:hunter22@127.0.0.1/x?ssl_ca_certs=ca.pem", "has a query other than ?ssl_ca_certs=/absolute/path"),
    ],
)
def test_a_bad_url_with_a_password_is_one_line_without_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], url: str, problem: str
) -> None:
    assert main(["dedup", str(tmp_path / "in.jsonl"), "--redis", url]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith("newsclean: dedup index URL ") and problem in line, line
    assert "hunter" not in line


def test_rediss_trusting_the_servers_ca_gives_the_same_decisions(
    samples_dir: Path, tmp_path: Path, tls_redis_server: LoginRedis
) -> None:
    src = corpus(samples_dir, tmp_path, "allotment-prize", "harbour-ferry", "allotment-prize-copy")
    embedded, shared = tmp_path / "embedded.jsonl", tmp_path / "shared.jsonl"
    assert main(["dedup", "--mark", str(src), "-o", str(embedded)]) == 0
    url = tls_redis_server.url(shared_prefix())
    assert url.startswith("rediss://") and "?ssl_ca_certs=/" in url
    assert main(["dedup", "--mark", str(src), "--redis", url, "-o", str(shared)]) == 0
    assert read(shared) == read(embedded)


def test_rediss_to_a_server_whose_ca_is_not_trusted_is_one_line(
    samples_dir: Path, tmp_path: Path, tls_redis_server: LoginRedis, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without ?ssl_ca_certs= only the system's CAs are trusted: the test's own CA is not one of them."""
    src = corpus(samples_dir, tmp_path, "harbour-ferry")
    url = tls_redis_server.url("tls").partition("?")[0]
    assert main(["dedup", str(src), "--redis", url, "-o", str(tmp_path / "out.jsonl")]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith(f"newsclean: rediss://127.0.0.1:{tls_redis_server.port}/tls: cannot reach Redis: "), line
    assert "certificate verify failed" in line
    assert not (tmp_path / "out.jsonl").exists()


def test_rediss_with_a_missing_ca_file_is_one_line(
    samples_dir: Path, tmp_path: Path, tls_redis_server: LoginRedis, capsys: pytest.CaptureFixture[str]
) -> None:
    src, missing = corpus(samples_dir, tmp_path, "harbour-ferry"), tmp_path / "no-such-ca.pem"
    url = f"{tls_redis_server.url('tls').partition('?')[0]}?ssl_ca_certs={missing}"
    assert main(["dedup", str(src), "--redis", url, "-o", str(tmp_path / "out.jsonl")]) == 2
    assert capsys.readouterr().err == (
        f"newsclean: rediss://127.0.0.1:{tls_redis_server.port}/tls: cannot read ssl_ca_certs {missing}: "
        "No such file or directory\n"
    )


def test_bad_lines_are_reported_and_good_records_written(
    samples_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = corpus(samples_dir, tmp_path, "harbour-ferry")
    with src.open("a", encoding="utf-8") as out:
        out.write("{not json\n" + json.dumps({"text": "no id"}) + "\n")
    dst = tmp_path / "out.jsonl"
    assert main(["dedup", str(src), "-o", str(dst)]) == 1
    assert [r["id"] for r in read(dst)] == ["harbour-ferry"]
    err = capsys.readouterr().err.splitlines()
    assert len([line for line in err if line.startswith("newsclean: ")]) == 2
    assert all(f"{src}:" in line for line in err if line.startswith("newsclean: "))


def test_threshold_out_of_range_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["dedup", "--threshold", "1.5", str(tmp_path / "x.jsonl")]) == 2
    assert capsys.readouterr().err == "newsclean: --threshold must be in (0, 1]\n"


def test_an_index_in_use_is_refused_with_exit_3(
    samples_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from cleaners.corpus_dedup import CorpusIndex

    index = tmp_path / "index"
    src = corpus(samples_dir, tmp_path, "harbour-ferry")
    with CorpusIndex.open_embedded(index):  # e.g. tonight's crawl, still running
        assert main(["dedup", str(src), "--index", str(index), "-o", str(tmp_path / "out.jsonl")]) == 3
    assert capsys.readouterr().err == f"newsclean: {index}: the dedup index is in use by another newsclean process\n"
    assert not (tmp_path / "out.jsonl").exists()
    assert main(["dedup", str(src), "--index", str(index), "-o", str(tmp_path / "out.jsonl")]) == 0


def test_the_same_record_twice_is_kept_once(samples_dir: Path, tmp_path: Path) -> None:
    src = corpus(samples_dir, tmp_path, "harbour-ferry")
    out = tmp_path / "out.jsonl"
    assert main(["dedup", str(src), str(src), "-o", str(out)]) == 0
    assert [r["id"] for r in read(out)] == ["harbour-ferry"]


def test_records_already_in_the_index_are_not_written_again(samples_dir: Path, tmp_path: Path) -> None:
    index, src = tmp_path / "index", corpus(samples_dir, tmp_path, "harbour-ferry", "allotment-prize")
    assert main(["dedup", str(src), "--index", str(index), "-o", str(tmp_path / "first.jsonl")]) == 0
    assert main(["dedup", str(src), "--index", str(index), "-o", str(tmp_path / "again.jsonl")]) == 0
    assert read(tmp_path / "again.jsonl") == []


def test_the_crawls_gzip_shards_are_read(samples_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = corpus(samples_dir, tmp_path, "allotment-prize", "harbour-ferry", "allotment-prize-copy")
    shard = tmp_path / "20240101T000000Z-00001.jsonl.gz"
    shard.write_bytes(gzip.compress(src.read_bytes()))
    unnamed = tmp_path / "also-gzip.jsonl"  # compressed but not named so: told by its magic bytes
    unnamed.write_bytes(shard.read_bytes())
    out = tmp_path / "out.jsonl"
    assert main(["dedup", str(shard), str(unnamed), "-o", str(out)]) == 0
    assert capsys.readouterr().err == ""
    assert [r["id"] for r in read(out)] == ["allotment-prize", "harbour-ferry"]


def test_bad_records_say_what_is_wrong_in_one_line_each(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "bad.jsonl"
    src.write_text(
        '[1, 2]\nnull\n{"id": "a"}\n{"text": "no id"}\n{"id": "b", "text": 5}\n{not json\n', encoding="utf-8"
    )
    assert main(["dedup", str(src)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[:5] == [
        f"newsclean: {src}:1: not a JSON object",
        f"newsclean: {src}:2: not a JSON object",
        f"newsclean: {src}:3: missing 'text'",
        f"newsclean: {src}:4: missing 'id'",
        f"newsclean: {src}:5: 'text' must be a string",
    ]
    assert err[5].startswith(f"newsclean: {src}:6: not JSON (") and len(err) == 6


def test_a_binary_input_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "report.jsonl"
    src.write_bytes(b"%PDF-1.7\n" + b"1 0 obj\n<< >>\nendobj\n" * 20)
    assert main(["dedup", str(src)]) == 1
    assert capsys.readouterr().err == f"newsclean: {src}: not JSONL (a PDF)\n"


def test_an_output_file_is_left_alone_when_no_input_can_be_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    keep = tmp_path / "keep.jsonl"
    keep.write_text('{"id": "precious", "text": "kept"}\n', encoding="utf-8")
    missing = tmp_path / "missing.jsonl"
    assert main(["dedup", str(missing), "-o", str(keep)]) == 1
    assert capsys.readouterr().err == f"newsclean: {missing}: no such file\n"
    assert keep.read_text(encoding="utf-8") == '{"id": "precious", "text": "kept"}\n'
    assert list(tmp_path.iterdir()) == [keep]
