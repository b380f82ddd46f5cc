"""Serve saved pages under their real host names from one local server and crawl them as a
run would: each page is one target, and Chromium resolves its host to the server."""

from __future__ import annotations

import mimetypes
import os
import re
import shutil
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from benchmark.clock import ENV_VAR as TODAY_VAR
from benchmark.crawl.settings import CrawlSettings
from benchmark.model import FAILED_CRAWLS, Target
from benchmark.realassets import asset_file, asset_hosts
from benchmark.runstore import RunStore, read_json

Key = tuple[str, str, str]  # host, path, query (percent-decoded)
NOT_FOUND = b"<!doctype html><title>404 Not Found</title><h1>Not Found</h1>"
# One home page and nothing else: robots.txt and every other URL are answered 404.
REAL_PAGE_SETTINGS = CrawlSettings(max_pages=0, screenshots=False, offline=True,
                                   sitemaps=False)


def self_signed() -> ssl.SSLContext | None:
    """A throw-away certificate (openssl), so hosts Chromium forces onto https (HSTS
    preload: whitehouse.gov...) are served too; None when openssl is missing."""
    if shutil.which("openssl") is None:
        return None
    with tempfile.TemporaryDirectory() as folder:
        cert, key = f"{folder}/cert.pem", f"{folder}/key.pem"
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days",
                        "2", "-subj", "/CN=realweb.invalid", "-keyout", key, "-out", cert],
                       check=True, capture_output=True)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
    return context


class EitherServer(ThreadingHTTPServer):
    """Plain http, or TLS when the client opens with a handshake: one port for both, as a
    host mapped to it is asked for either."""

    daemon_threads = True
    tls: ssl.SSLContext | None = None

    def finish_request(self, request, client_address) -> None:  # type: ignore[override]
        request.settimeout(60)
        try:
            if self.tls is not None and request.recv(1, socket.MSG_PEEK) == b"\x16":
                request = self.tls.wrap_socket(request, server_side=True)
        except OSError:  # ssl.SSLError included: a client that gave up
            return
        try:
            super().finish_request(request, client_address)
        finally:
            request.close()

    def handle_error(self, request, client_address) -> None:  # type: ignore[override]
        if not isinstance(sys.exc_info()[1], ConnectionError | ssl.SSLError):  # a tab moved on
            super().handle_error(request, client_address)


DECLARED_CHARSET = re.compile(rb"<meta[^>]+charset", re.I)


def page_type(body: bytes) -> str:
    """The page's Content-Type: its own <meta charset> decides; a page without one that is
    valid UTF-8 was served as UTF-8 by its server's header (lost with the save), or its
    accents would show as mojibake."""
    if DECLARED_CHARSET.search(body[:4096]) or body.isascii():
        return "text/html"
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return "text/html"
    return "text/html; charset=utf-8"


def request_key(url: str) -> Key:
    """How a URL is matched to a page: Chromium may escape what the recipe did not."""
    parts = urlsplit(url)
    return ((parts.hostname or "").lower(), unquote(parts.path or "/"), unquote(parts.query))


class PageServer:
    """One HTTP server on 127.0.0.1 answering each page at its host + path + query."""

    def __init__(self) -> None:
        self.pages: dict[Key, bytes] = {}
        self.assets: list[Path] = []  # folders of the files the pages load
        self.served: list[tuple[str, str, int]] = []  # host, path, status: for diagnostics
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (the http.server API)
                # Plain http or TLS alike: the page is matched on its http URL.
                host = (self.headers.get("Host") or "").split(":")[0]
                url = f"http://{host}{self.path}"
                body = server.lookup(url)
                kind = page_type(body) if body is not None else "text/html"
                if body is None and (found := asset_file(server.assets, url)) is not None:
                    body = found.read_bytes()
                    kind = mimetypes.guess_type(found.name.split("?")[0])[0] or kind
                status = 404 if body is None else 200
                server.served.append((host, self.path, status))
                self.send_response(status)
                # The page's own <meta charset> decides (page_type), as it did on the web.
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body or NOT_FOUND)))
                self.end_headers()
                self.wfile.write(body or NOT_FOUND)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = EitherServer(("127.0.0.1", 0), Handler)
        self.httpd.tls = self_signed()
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def address(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"{host}:{port}"

    def show(self, pages: dict[str, bytes], assets: list[Path] | None = None) -> None:
        """Serve these pages (URL -> bytes) and their asset folders from now on, and
        nothing else."""
        self.pages = {request_key(url): body for url, body in pages.items()}
        self.assets = list(assets or [])

    def lookup(self, url: str) -> bytes | None:
        key = request_key(url)
        if key in self.pages:
            return self.pages[key]
        # A query the browser rewrote beyond unescaping: the one page at that path.
        same_path = [body for (host, path, _), body in self.pages.items()
                     if (host, path) == key[:2]]
        return same_path[0] if len(same_path) == 1 else None

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def batches(urls: dict[str, str], saved: dict[str, str] | None = None
            ) -> list[dict[str, str]]:
    """Page id -> URL, split so that no two pages of a batch share a host, path and query
    (the second such page is crawled in a second batch, under its very URL), and that the
    pages of a batch were saved on the same day (`saved`: page id -> ISO date or '')."""
    saved = saved or {}
    split: list[dict[str, str]] = []
    for page_id, url in urls.items():
        key, day = request_key(url), saved.get(page_id, "")
        free = next((b for b in split
                     if all(request_key(u) != key and saved.get(p, "") == day
                            for p, u in b.items())), None)
        if free is None:
            free = {}
            split.append(free)
        free[page_id] = url
    return split


def stale(store: RunStore, target: Target, day: str = "") -> bool:
    """A snapshot of this target that failed, was taken at another URL or, when `day` is
    given, on another day (the kind only matters to evaluate: targets.json has it)."""
    marker = store.snapshot_dir(target.id) / "snapshot.json"
    if not marker.exists():
        return False
    try:
        record = read_json(marker)
    except (OSError, ValueError):
        return True
    return (record.get("status") in FAILED_CRAWLS
            or record.get("target", {}).get("website") != target.website
            or bool(day) and not str(record.get("finished_at", "")).startswith(day))


def crawl_pages(store: RunStore, targets: list[Target], bodies: dict[str, bytes],
                settings: CrawlSettings = REAL_PAGE_SETTINGS,
                on_done: Callable[[Target, dict, bool], None] | None = None,
                saved: dict[str, str] | None = None,
                assets: dict[str, Path] | None = None) -> float:
    """Crawl every target (its website is its page's URL) with the batch crawl, its host
    mapped to one local server; targets crawled before are kept. Returns the seconds.

    `saved`: page id -> the date it was saved, the crawl's "today" for it (BENCHMARK_TODAY);
    `assets`: page id -> the folder of the files it loads, served under their own hosts.
    """
    from benchmark.crawl.batch import crawl  # the only part that needs Playwright

    by_id = {target.id: target for target in targets}
    saved, assets = saved or {}, assets or {}
    for target in targets:
        if stale(store, target, saved.get(target.id, "")):
            (store.snapshot_dir(target.id) / "snapshot.json").unlink()
    server = PageServer()
    started = time.monotonic()
    pinned = os.environ.get(TODAY_VAR)
    try:
        for batch in batches({target.id: target.website for target in targets}, saved):
            roots = [assets[page_id] for page_id in batch if page_id in assets]
            server.show({url: bodies[page_id] for page_id, url in batch.items()}, roots)
            hosts = sorted({request_key(url)[0] for url in batch.values()}
                           | {host for root in roots for host in asset_hosts(root)})
            mapped = replace(settings, offline=True,
                             host_map=tuple((host, server.address) for host in hosts))
            day = saved.get(next(iter(batch)), "") or pinned
            if day:
                os.environ[TODAY_VAR] = day
            else:
                os.environ.pop(TODAY_VAR, None)
            crawl([by_id[page_id] for page_id in batch], store, mapped, on_done)
    finally:
        server.close()
        if pinned is None:
            os.environ.pop(TODAY_VAR, None)
        else:
            os.environ[TODAY_VAR] = pinned
    return time.monotonic() - started
