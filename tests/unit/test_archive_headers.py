"""Header fixing for WARC records, and its inverse for replay (no browser)."""

from datetime import UTC, datetime
from io import BytesIO

from warcio.archiveiterator import ArchiveIterator

from benchmark.crawl.archive import Exchange, build_warc, fix_headers, reason_phrase
from benchmark.crawl.replay import fulfil_headers, restore_headers

RECEIVED = [("Content-Type", "text/html"), ("Content-Encoding", "br"),
            ("Transfer-Encoding", "chunked"), ("Set-Cookie", "a=1"), ("Set-Cookie", "b=2")]


def test_stale_headers_are_renamed_and_the_length_is_the_stored_one():
    fixed = fix_headers([*RECEIVED, ("content-length", "120")], 345)
    names = [name.lower() for name, _ in fixed]
    assert "content-encoding" not in names and "transfer-encoding" not in names
    assert ("X-Archive-Orig-Content-Encoding", "br") in fixed
    assert ("X-Archive-Orig-Transfer-Encoding", "chunked") in fixed
    assert ("X-Archive-Orig-content-length", "120") in fixed
    assert [value for name, value in fixed if name.lower() == "content-length"] == ["345"]
    assert [value for name, value in fixed if name == "Set-Cookie"] == ["a=1", "b=2"]


def test_http2_pseudo_headers_are_dropped():
    assert fix_headers([(":status", "200"), ("server", "x")], 0) == [
        ("server", "x"), ("Content-Length", "0")]


def test_restore_undoes_fix_including_an_absent_length():
    with_length = [*RECEIVED, ("Content-Length", "120")]
    assert sorted(restore_headers(fix_headers(with_length, 999))) == sorted(with_length)
    # chunked: there was no Content-Length, so the archive's own is not served
    assert sorted(restore_headers(fix_headers(RECEIVED, 999))) == sorted(RECEIVED)


def test_fulfil_headers_keep_every_cookie():
    merged = fulfil_headers([("Set-Cookie", "a=1"), ("set-cookie", "b=2"), ("Vary", "A"),
                             ("vary", "B")])
    assert merged == {"set-cookie": "a=1\nb=2", "vary": "A, B"}


def test_reason_phrase_for_http2_and_unknown_codes():
    assert (reason_phrase(404, ""), reason_phrase(200, "Fine"), reason_phrase(599, "")) == (
        "Not Found", "Fine", "")


def test_written_records_carry_fixed_headers_and_true_lengths():
    body = "<p>décodé</p>".encode()
    exchange = Exchange(seq=1, date=datetime(2026, 11, 21, tzinfo=UTC), method="POST",
                        url="https://example.org/a?q=1#top", status=200, reason="OK",
                        request_headers=[(":authority", "example.org"), ("Accept", "*/*")],
                        response_headers=RECEIVED, request_body=b"x=1", body=body,
                        ip="192.0.2.1")
    records = []
    for record in ArchiveIterator(BytesIO(build_warc([exchange], {"software": "t"}))):
        records.append((record, record.raw_stream.read()))
    kinds = [record.rec_type for record, _ in records]
    assert kinds == ["warcinfo", "response", "request"]
    response, stored = records[1]
    assert stored == body
    assert response.http_headers.get_header("Content-Length") == str(len(body))
    assert response.http_headers.get_header("Content-Encoding") is None
    assert response.rec_headers.get_header("WARC-Date") == "2026-11-21T00:00:00Z"
    assert response.rec_headers.get_header("WARC-IP-Address") == "192.0.2.1"
    request, sent = records[2]
    assert sent == b"x=1"
    assert (request.http_headers.protocol, request.http_headers.statusline) == (
        "POST", "/a?q=1 HTTP/1.1")
    assert request.http_headers.get_header("Host") == "example.org"
    assert request.http_headers.get_header(":authority") is None
    assert (request.rec_headers.get_header("WARC-Concurrent-To")
            == response.rec_headers.get_header("WARC-Record-ID"))
