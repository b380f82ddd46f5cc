"""--archive and --replay in the real browser: record a WARC, read it with warcio, replay it
with the server shut down."""

from __future__ import annotations

import asyncio
import gzip
import threading
import urllib.error
import urllib.request
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Page, async_playwright
from ports import PortKeepingServer
from warcio.archiveiterator import ArchiveIterator
from warcio.cli import main as warcio_main

from benchmark import __version__
from benchmark.crawl.archive import ARCHIVE_NAME, ArchiveRecorder
from benchmark.crawl.browser import launch
from benchmark.crawl.replay import serve_archive

pytestmark = pytest.mark.browser

HOME = b"""<!doctype html><html><head><title>Gzip Org</title>
<link rel="stylesheet" href="/style.css"><script src="/app.js" defer></script></head>
<body><h1>Compressed home</h1><img src="/big.svg" alt="heavy"><a href="/moved">Investors</a>
</body></html>"""
STYLE = b"h1 { color: rgb(200, 0, 0); }\n" * 40
SCRIPT = b"document.body.insertAdjacentHTML('beforeend', '<p id=\"js\">built by script</p>');"
FINAL = b"<!doctype html><html><head><title>Final</title></head><body>Landed</body></html>"
BIG = b"<svg xmlns='http://www.w3.org/2000/svg'><!--" + b"x" * 80_000 + b"--></svg>"
MAX_BODY = 50_000  # BIG goes over it: kept as a record without its body


class EncodingHandler(BaseHTTPRequestHandler):
    """Gzip (Content-Encoding) and chunked (Transfer-Encoding) answers; /moved -> /final."""

    protocol_version = "HTTP/1.1"  # chunked needs it

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        routes = {"/": (HOME, "text/html", "gzip"), "/style.css": (STYLE, "text/css", "chunked"),
                  "/app.js": (SCRIPT, "text/javascript", "gzip+chunked"),
                  "/final": (FINAL, "text/html", ""), "/big.svg": (BIG, "image/svg+xml", "")}
        if self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/final")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body, kind, coding = routes.get(self.path, (b"missing", "text/plain", ""))
        self.send_response(200 if self.path in routes else 404)
        self.send_header("Content-Type", f"{kind}; charset=utf-8")
        self.send_header("Set-Cookie", "a=1; Path=/")
        self.send_header("Set-Cookie", "b=2; Path=/")
        if "gzip" in coding:
            body = gzip.compress(body)
            self.send_header("Content-Encoding", "gzip")
        if "chunked" in coding:
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for start in range(0, len(body), 100):
                piece = body[start:start + 100]
                self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
            self.wfile.write(b"0\r\n\r\n")
        else:
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)


@dataclass
class Seen:
    status: int | None
    url: str
    title: str
    html: str
    headers: dict[str, str]


async def load(page: Page, url: str) -> Seen:
    response = await page.goto(url, wait_until="load", timeout=10_000)
    assert response is not None
    return Seen(response.status, page.url, await page.title(), await page.content(),
                await response.all_headers())


async def record(urls: list[str], path: Path) -> dict[str, Seen]:
    async with async_playwright() as playwright:
        browser = await launch(playwright.chromium, offline=True)
        context = await browser.new_context()
        recorder = ArchiveRecorder(max_body_bytes=MAX_BODY)
        recorder.attach(context)
        page = await context.new_page()
        seen = {url: await load(page, url) for url in urls}
        await recorder.drain()  # bodies are only available while the context lives
        await context.close()
        await recorder.flush(path)
        await browser.close()
    return seen


async def replay(path: Path, urls: list[str]) -> tuple[dict[str, Seen | str], set[str]]:
    """What each URL shows when answered from the archive (an error message if it fails),
    and the names of the cookies set."""
    async with async_playwright() as playwright:
        browser = await launch(playwright.chromium, offline=True)
        context = await browser.new_context()
        await serve_archive(context, path)
        page = await context.new_page()
        seen: dict[str, Seen | str] = {}
        for url in urls:
            try:
                seen[url] = await load(page, url)
            except PlaywrightError as exc:
                seen[url] = str(exc).splitlines()[0]
        cookies = {cookie["name"] for cookie in await context.cookies()}
        await browser.close()
    return seen, cookies


def without_cookies(headers: dict[str, str]) -> dict[str, str]:
    return {name: value for name, value in headers.items() if name != "set-cookie"}


@pytest.fixture(scope="module")
def recorded(local_server, refused_port, tmp_path_factory):
    # On a port kept for the module: once the server is closed, nobody else answers there.
    server = PortKeepingServer(("127.0.0.1", refused_port), EncodingHandler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    path = tmp_path_factory.mktemp("snapshot") / ARCHIVE_NAME
    urls = [f"{base}/", f"{base}/moved", f"{local_server}/", f"{local_server}/moved",
            f"{local_server}/gone", f"{local_server}/error"]
    try:
        seen = asyncio.run(record(urls, path))
    finally:  # from here on nothing answers on `base`: replay must not need it
        server.shutdown()
        server.server_close()
    return path, base, local_server, seen


def read_records(path: Path) -> list[tuple[object, bytes]]:
    with path.open("rb") as handle:
        return [(record, record.raw_stream.read()) for record in ArchiveIterator(handle)]


def test_the_archive_passes_warcio_check_and_index(recorded, capsys):
    path = recorded[0]
    with pytest.raises(SystemExit) as checked:
        warcio_main(["check", "-v", str(path)])
    assert checked.value.code == 0, capsys.readouterr().out
    assert "digest pass" in capsys.readouterr().out
    warcio_main(["index", "-f", "warc-type,warc-target-uri,http:status", str(path)])
    assert '"http:status": "302"' in capsys.readouterr().out


def test_every_response_has_a_request_and_fixed_headers(recorded):
    path, base, local, _ = recorded
    records = read_records(path)
    info, info_body = records[0]
    assert info.rec_type == "warcinfo"
    assert f"software: benchmark/{__version__}".encode() in info_body
    assert b"bodies-skipped: 1" in info_body
    responses = {r.rec_headers.get_header("WARC-Record-ID"): r for r, _ in records
                 if r.rec_type == "response"}
    requests = [r for r, _ in records if r.rec_type == "request"]
    assert len(requests) == len(responses) >= 10
    for request in requests:
        response = responses[request.rec_headers.get_header("WARC-Concurrent-To")]
        assert (request.rec_headers.get_header("WARC-Target-URI")
                == response.rec_headers.get_header("WARC-Target-URI"))
        assert request.http_headers.protocol == "GET"
        assert request.http_headers.get_header("Host") in (base[7:], local[7:])
    for record, body in records:
        if record.rec_type == "response":
            headers = record.http_headers
            assert headers.get_header("Content-Length") == str(len(body))
            assert headers.get_header("Content-Encoding") is None
            assert headers.get_header("Transfer-Encoding") is None


def test_bodies_are_stored_decoded_with_the_original_headers_kept(recorded):
    path, base, local, _ = recorded
    by_url = {record.rec_headers.get_header("WARC-Target-URI"): (record, body)
              for record, body in read_records(path) if record.rec_type == "response"}
    home, body = by_url[f"{base}/"]
    assert body == HOME and home.http_headers.get_statuscode() == "200"
    assert home.http_headers.get_header("X-Archive-Orig-Content-Encoding") == "gzip"
    assert int(home.http_headers.get_header("X-Archive-Orig-Content-Length")) < len(HOME)
    style, body = by_url[f"{base}/style.css"]
    assert body == STYLE
    assert style.http_headers.get_header("X-Archive-Orig-Transfer-Encoding") == "chunked"
    assert by_url[f"{base}/app.js"][1] == SCRIPT
    big, body = by_url[f"{base}/big.svg"]
    assert body == b"" and big.rec_headers.get_header("WARC-Truncated") == "length"
    moved, body = by_url[f"{base}/moved"]
    assert (moved.http_headers.get_statuscode(), body) == ("302", b"")
    assert moved.http_headers.get_header("Location") == "/final"
    statuses = {url[len(local):]: r.http_headers.get_statuscode()
                for url, (r, _) in by_url.items() if url.startswith(local)}
    assert statuses == {"/": "200", "/moved": "301", "/investors": "200", "/gone": "404",
                        "/error": "500"}


def test_replay_shows_the_same_pages_without_the_server(recorded):
    path, base, local, seen = recorded
    with pytest.raises(urllib.error.URLError):  # the server really is gone
        urllib.request.urlopen(f"{base}/", timeout=2)
    urls = [f"{base}/", f"{local}/", f"{local}/gone", f"{local}/error"]
    replayed, cookies = asyncio.run(replay(path, urls))
    for url in urls:
        again = replayed[url]
        assert isinstance(again, Seen), again
        assert (again.status, again.url, again.title) == (seen[url].status, seen[url].url,
                                                          seen[url].title)
        assert again.html == seen[url].html
        # Same Content-Encoding and Content-Length as recorded. Chromium sets the cookies of
        # a fulfilled response but leaves Set-Cookie out of the headers it reports.
        assert without_cookies(again.headers) == without_cookies(seen[url].headers)
    assert cookies == {"a", "b"}
    assert 'id="js">built by script' in replayed[f"{base}/"].html


def test_replay_follows_recorded_redirects(recorded):
    path, base, local, seen = recorded
    urls = [f"{base}/moved", f"{local}/moved"]
    replayed, _ = asyncio.run(replay(path, urls))
    for url in urls:
        again = replayed[url]
        assert isinstance(again, Seen), again
        assert (again.status, again.url, again.html) == (200, seen[url].url, seen[url].html)
    assert replayed[f"{base}/moved"].url == f"{base}/final"
    assert replayed[f"{local}/moved"].url == f"{local}/investors"


def test_replay_refuses_what_was_not_archived(recorded):
    path, base, _, _ = recorded
    urls = [f"{base}/never-visited", "https://unknown.example.org/"]
    replayed, _ = asyncio.run(replay(path, urls))
    missing = replayed[f"{base}/never-visited"]
    assert isinstance(missing, Seen) and missing.status == 404
    assert "ERR_NAME_NOT_RESOLVED" in replayed["https://unknown.example.org/"]
