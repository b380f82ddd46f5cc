"""Platforms served by a real local HTTP(S) server under their real host names (the crawl's
host_map sends them to 127.0.0.1): real 302s to login pages and real 429s, which the
browser follows or receives as it does on the web, unlike a routed answer."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from http.server import BaseHTTPRequestHandler
from pathlib import Path

from benchmark.realserve import EitherServer, self_signed

FOLDER = Path(__file__).parent / "fixtures" / "social"
HTML, JSON = "text/html; charset=utf-8", "application/json; charset=utf-8"
SITE_HOST = "www.atelier-lumen.example"
HOME = """<!doctype html><html><head><title>Atelier Lumen</title></head><body>
<main><h1>Atelier Lumen</h1><p>Stained glass restoration.</p></main>
<footer><a href="https://www.linkedin.com/company/lumen-walled/">LinkedIn</a></footer>
</body></html>"""
IG_LOGIN = "https://www.instagram.com/accounts/login/?next=%2Flumenwalled%2F"
FB_LOGIN = "https://www.facebook.com/login/?next=https%3A%2F%2Fwww.facebook.com%2Flumenwalled"
LI_AUTHWALL = ("https://www.linkedin.com/authwall?trk=gf&sessionRedirect=https%3A%2F%2F"
               "www.linkedin.com%2Fcompany%2Flumen-walled%2F")
# (host, path and query) -> (status, extra headers, fixture file or literal body)
ANSWERS: dict[tuple[str, str], tuple[int, dict[str, str], str]] = {
    (SITE_HOST, "/"): (200, {"Content-Type": HTML}, HOME),
    ("www.instagram.com", "/lumenwalled/"): (302, {"Location": IG_LOGIN}, ""),
    ("www.instagram.com", IG_LOGIN.split(".com", 1)[1]): (
        200, {"Content-Type": HTML}, "login-page.html"),
    ("www.facebook.com", "/lumenwalled"): (302, {"Location": FB_LOGIN}, ""),
    ("www.facebook.com", FB_LOGIN.split(".com", 1)[1]): (
        200, {"Content-Type": HTML}, "facebook-login.html"),
    ("www.linkedin.com", "/company/lumen-walled/"): (302, {"Location": LI_AUTHWALL}, ""),
    ("www.linkedin.com", LI_AUTHWALL.split(".com", 1)[1]): (
        200, {"Content-Type": HTML}, "linkedin-authwall.html"),
    ("mastodon.social", "/api/v1/accounts/lookup?acct=lumenbusy"): (
        429, {"Content-Type": JSON, "Retry-After": "30"}, '{"error":"Too many requests"}'),
}
HOSTS = tuple(sorted({host for host, _ in ANSWERS}))


class PlatformHandler(BaseHTTPRequestHandler):
    """ANSWERS by Host header and path; anything else (robots.txt included) is a 404."""

    def log_message(self, *args: object) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:  # noqa: N802 (the http.server API)
        host = (self.headers.get("Host") or "").split(":")[0].lower()
        status, headers, body = ANSWERS.get(
            (host, self.path), (404, {"Content-Type": HTML}, "<!doctype html><title>404</title>"))
        data = (FOLDER / body).read_bytes() if body.endswith(".html") else body.encode()
        self.server.served.append((host, self.path, status))  # type: ignore[attr-defined]
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        with suppress(BrokenPipeError, ConnectionResetError):  # the tab moved on
            self.wfile.write(data)


@contextmanager
def platform_server() -> Iterator[tuple[str, list[tuple[str, str, int]]]]:
    """(address '127.0.0.1:PORT' answering http and https alike, the requests it served)."""
    httpd = EitherServer(("127.0.0.1", 0), PlatformHandler)
    httpd.tls = self_signed()
    httpd.served = []  # type: ignore[attr-defined]
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        host, port = httpd.server_address[:2]
        yield f"{host}:{port}", httpd.served  # type: ignore[attr-defined]
    finally:
        httpd.shutdown()
        httpd.server_close()
