"""axe-core and the fingerprint evaluate in the real browser, on a local page under a CSP."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from playwright.async_api import async_playwright

from benchmark.crawl import axe, fingerprint, probes
from benchmark.crawl.browser import launch
from benchmark.techstack.catalog import catalog
from benchmark.techstack.match import probe_matches
from benchmark.techstack.resolve import resolve

pytestmark = pytest.mark.browser

# A 2016-style WordPress page with real accessibility faults: an image without alt text,
# an unlabelled field, a nameless link, no lang attribute, grey on grey text.
PAGE = """<!doctype html><html><head><title>Acme</title>
<link rel="stylesheet" href="/wp-content/themes/acme/style.css">
<script src="/app.js"></script></head><body>
<img src="/logo.png"><a href="/x"></a>
<p style="color:#777;background:#888">Actualités</p>
<form><input type="text" name="q"></form></body></html>"""
# Globals that scripts define at run time (invisible to lxml): jQuery's version, Next.js.
SCRIPT = "window.jQuery = function () {}; jQuery.fn = {jquery: '1.12.4'};" \
         "window.__NEXT_DATA__ = {page: '/'};"
FILES = {"/": ("text/html", PAGE), "/app.js": ("text/javascript", SCRIPT),
         "/wp-content/themes/acme/style.css": ("text/css", "body{font:16px serif}")}


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        if self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "https://localhost/moved")
            self.end_headers()
            return
        kind, body = FILES.get(self.path, ("text/plain", "not found"))
        data = body.encode()
        self.send_response(200 if self.path in FILES else 404)
        self.send_header("Content-Type", f"{kind}; charset=utf-8")
        # A strict policy: injected <script> tags would be refused, evaluation is not.
        self.send_header("Content-Security-Policy", "script-src 'self'; object-src 'none'")
        self.send_header("Strict-Transport-Security", "max-age=600")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


async def probe(base: str) -> dict[str, Any]:
    async with async_playwright() as playwright:
        browser = await launch(playwright.chromium, offline=True)
        try:
            context = await browser.new_context()
            page = await context.new_page()
            response = await page.goto(base + "/")
            # The order target.py uses: the fingerprint before axe adds its own globals.
            found = {"fingerprint": await fingerprint.collect(page),
                     "axe": await axe.audit(page),
                     "headers": probes.response_headers(response.headers),
                     "http_redirect": await probes.http_redirect(context, base + "/moved", 5)}
            await context.close()
            return found
        finally:
            await browser.close()


@pytest.fixture(scope="module")
def measured(server: str) -> dict[str, Any]:
    return asyncio.run(probe(server))


def test_axe_finds_real_violations_with_their_impact(measured):
    result = measured["axe"]
    assert "error" not in result, result
    impacts = {v["id"]: v["impact"] for v in result["violations"]}
    assert impacts["image-alt"] == "critical" and impacts["label"] == "critical"
    assert impacts["link-name"] == "serious" and impacts["html-has-lang"] == "serious"
    assert impacts["color-contrast"] == "serious"
    assert result["passes"] > 0 and result["version"].startswith("axe-core 4.")


def test_fingerprint_reads_globals_and_selectors(measured):
    found = measured["fingerprint"]
    assert "error" not in found, found
    assert found["js"]["jQuery.fn.jquery"] == "1.12.4"
    assert found["js"]["__NEXT_DATA__"] is True
    assert "link[rel=stylesheet][href*='/wp-content/']" in found["dom"]
    assert "axe" not in found["js"]  # read before axe-core was injected
    assert found["hosts"] == ["127.0.0.1"]


def test_fingerprint_detections(measured):
    home = {"fingerprint": measured["fingerprint"], "headers": measured["headers"]}
    detected = {d.name: d for d in resolve([("http://127.0.0.1/", m) for m in
                                            probe_matches(catalog(), home, [])], catalog(), 50)}
    assert {"WordPress", "jQuery", "Next.js", "React"} <= set(detected)
    assert detected["jQuery"].version == "1.12.4"
    assert detected["WordPress"].evidence.startswith("dom:link[rel=stylesheet]")


def test_headers_and_http_redirect(measured):
    assert measured["headers"]["strict-transport-security"] == "max-age=600"
    redirect = measured["http_redirect"]
    assert (redirect["status"], redirect["location"]) == (301, "https://localhost/moved")
    assert redirect["url"].startswith("http://127.0.0.1:")
