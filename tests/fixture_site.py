"""The local fixture site every crawl test shares: its pages, robots.txt, sitemap and the
handler that serves them (a module, so tests can subclass the handler by importing it)."""

from __future__ import annotations

import time
from contextlib import suppress
from http.server import BaseHTTPRequestHandler

PAGES: dict[str, str] = {
    "/": """<!doctype html><html lang="en"><head><title>Local Org</title>
        <meta name="viewport" content="width=device-width, initial-scale=1"></head><body>
        <nav><a href="/about">About us</a> <a href="/news">News</a>
        <a href="/careers">Careers</a> <a href="/gone">Contact</a>
        <a href="/moved">Investors</a></nav><h1>Local Org</h1></body></html>""",
    "/about": "<html><head><title>About</title></head><body><h1>Who we are</h1></body></html>",
    "/news": """<html><head><title>News</title></head><body><h1>News</h1>
        <article><time datetime="2026-11-02">2 November 2026</time> Item</article></body></html>""",
    "/careers": "<html><head><title>Careers</title></head><body><h1>Join us</h1></body></html>",
    "/investors": "<html><head><title>Investors</title></head><body>Shares</body></html>",
    "/broken": "<html><head><title>Broken</title></head><body>home</body></html>",
    "/polite": """<html><head><title>Polite</title></head><body><nav>
        <a href="/private/press">Press</a> <a href="/about">About us</a></nav></body></html>""",
    "/sustainability": "<html><head><title>CSR</title></head><body>Our commitments</body></html>",
}
ROBOTS = "User-agent: *\nDisallow: /private\nSitemap: {base}/sitemap.xml\n"
SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>{base}/sustainability</loc></url><url><loc>{base}/private/x</loc></url>
</urlset>"""


class FixtureHandler(BaseHTTPRequestHandler):
    """Pages above; /moved redirects; /gone is 404; /error is 500; /slow never finishes."""

    def log_message(self, *args) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:
        path = self.path.split("?")[0]
        if path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/investors")
            self.end_headers()
        elif path == "/error":
            self._send(500, "<html><title>Server error</title><body>oops</body></html>")
        elif path == "/slow":
            time.sleep(30)  # answers too late for any test timeout
            self._send(200, "<html><body>late</body></html>")
        elif path == "/robots.txt":
            self._send(200, self.robots.format(base=self._base()), "text/plain")
        elif path == "/sitemap.xml":
            self._send(200, SITEMAP.format(base=self._base()), "application/xml")
        elif path in PAGES:
            self._send(200, PAGES[path])
        else:
            self._send(404, "<html><title>Not found</title></html>")

    robots = ROBOTS

    def _base(self) -> str:
        return f"http://{self.headers.get('Host', '127.0.0.1')}"

    def _send(self, status: int, body: str, content_type: str = "text/html") -> None:
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", f"{content_type}; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        with suppress(BrokenPipeError, ConnectionResetError):  # the client gave up
            self.wfile.write(data)
