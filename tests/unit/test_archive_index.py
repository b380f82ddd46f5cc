"""The replay index: which archived answer a request gets (no browser)."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

from benchmark.crawl.archive import Exchange, build_warc
from benchmark.crawl.replay import load_archive

DESKTOP, MOBILE = "Mozilla/5.0 (X11) desktop", "Mozilla/5.0 (Linux; Android) mobile"
SITE = "https://www.example.org"


def exchange(seq: int, url: str, body: bytes = b"", status: int = 200, method: str = "GET",
             agent: str = DESKTOP, headers: list[tuple[str, str]] | None = None,
             truncated: str = "") -> Exchange:
    return Exchange(seq=seq, date=datetime(2026, 11, 21, tzinfo=UTC), method=method, url=url,
                    status=status, reason="", request_headers=[("User-Agent", agent)],
                    response_headers=headers or [("Content-Type", "text/html")], body=body,
                    truncated=truncated)


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    path = tmp_path / "archive.warc.gz"
    path.write_bytes(build_warc([
        exchange(1, f"{SITE}/", b"home v1"),
        exchange(2, f"{SITE}/", b"home v2"),
        exchange(3, f"{SITE}/form", b"posted", method="POST"),
        exchange(4, f"{SITE}/old", status=301, headers=[("Location", "/new")]),
        exchange(5, f"{SITE}/new", b"new page",
                 headers=[("Content-Encoding", "gzip"), ("Content-Length", "9")]),
        exchange(6, f"{SITE}/", b"mobile home", agent=MOBILE),
        exchange(7, f"{SITE}/logo.svg", truncated="unspecified"),
        exchange(8, f"{SITE}/logo.svg", b"<svg/>"),
        exchange(9, f"{SITE}/logo.svg", status=304),
    ], {"software": "test"}))
    return path


def test_requests_get_the_recorded_answers_in_order_then_the_last(archive):
    index = load_archive(archive)
    bodies = [index.body(index.find("GET", f"{SITE}/", DESKTOP)) for _ in range(3)]
    assert bodies == [b"home v1", b"home v2", b"home v2"]


def test_the_same_user_agent_is_preferred(archive):
    index = load_archive(archive)
    assert index.body(index.find("GET", f"{SITE}/", MOBILE)) == b"mobile home"
    assert index.body(index.find("GET", f"{SITE}/", "another agent")) == b"home v1"


def test_a_whole_body_is_preferred_to_a_lost_one_or_a_304(archive):
    index = load_archive(archive)
    answers = [index.find("GET", f"{SITE}/logo.svg") for _ in range(3)]
    assert [(answer.status, index.body(answer)) for answer in answers] == [(200, b"<svg/>")] * 3


def test_method_must_match_and_fragments_are_ignored(archive):
    index = load_archive(archive)
    assert index.find("GET", f"{SITE}/form") is None
    assert index.body(index.find("post", f"{SITE}/form")) == b"posted"
    assert index.body(index.find("GET", f"{SITE}/new#section")) == b"new page"
    assert index.find("GET", f"{SITE}/other") is None


def test_redirects_keep_their_absolute_target_and_headers_are_restored(archive):
    index = load_archive(archive)
    moved = index.find("GET", f"{SITE}/old")
    assert (moved.status, moved.location) == (301, f"{SITE}/new")
    new = index.find("GET", f"{SITE}/new")
    assert ("Content-Encoding", "gzip") in new.headers
    assert [v for n, v in new.headers if n.lower() == "content-length"] == ["9"]


def test_known_hosts_and_a_missing_archive(archive, tmp_path):
    index = load_archive(archive)
    assert index.knows_host("https://WWW.example.org/anything")
    assert not index.knows_host("https://cdn.example.net/x.js")
    with pytest.raises(FileNotFoundError, match="--archive"):
        load_archive(tmp_path / "nothing.warc.gz")
