"""Fixture servers on 127.0.0.1 that misbehave: loops, hangs, huge pages, bad TLS, walls."""

from __future__ import annotations

import socket
import ssl
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

HUGE_BYTES = 50 * 1024 * 1024
CHUNK = (b"<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 8 + b"</p>\n") * 512
NAV = """<nav><a href="/about-away">About us</a> <a href="/news-here">News</a></nav>"""
PAGES: dict[str, str] = {
    # `load` never comes: an image and a script that never answer
    "/site": f"""<html><head><title>Site</title></head><body>
        <header style="position:sticky;top:0">{NAV} <a href="/cookies">Cookies</a></header>
        <h1>Never loads</h1><img src="/never.png"><script async src="/never.js"></script>
        </body></html>""",
    "/news-here": "<html><head><title>News</title></head><body><h1>News</h1></body></html>",
    "/landing": "<html><head><title>Group</title></head><body><h1>Group site</h1></body></html>",
    "/elsewhere": """<html><head><title>Elsewhere</title></head><body>
        <img src="/offsite-pixel">Another site</body></html>""",
    "/interrupting": f"""<html><head><title>Interrupting</title></head><body>{NAV}
        <h1>Dialogs, pop-ups, a download</h1><a id="get" href="/file.zip" download>zip</a>
        <script>alert('Bienvenue'); confirm('Continue?'); prompt('Your name?', 'x');
        addEventListener('beforeunload', e => {{ e.preventDefault(); e.returnValue = 'Stay'; }});
        window.open('/news-here'); window.open('/landing', '_blank', 'noopener');
        document.getElementById('get').click();</script></body></html>""",
    "/crash-later": """<html><head><title>Crash later</title></head><body><nav>
        <a href="/crash">About us</a> <a href="/news-here">News</a></nav></body></html>""",
    "/busy": """<html><head><title>Busy</title></head><body><h1>Frozen</h1><script>
        addEventListener('load', () => setTimeout(() => { while (true) {} }, 0));
        </script></body></html>""",
}


def consent_page(vendor_markup: str, setup: str = "") -> str:
    """A page whose content only appears once its consent wall is answered."""
    return f"""<html><head><title>Consent</title><script>{setup}</script></head><body>
        {vendor_markup}
        <script>
        function choose(choice) {{
          document.cookie = 'consent=' + choice;
          document.querySelectorAll('.wall').forEach(el => el.remove());
          document.body.insertAdjacentHTML('beforeend',
            '<main data-choice="' + choice + '"><h1>Contenu derrière le mur</h1></main>');
        }}
        </script></body></html>"""


def wall(root: str, refuse: str | None, accept: str, *, accept_label: str = "Tout accepter",
         text: str = "Nous utilisons des cookies pour mesurer l'audience.") -> str:
    """A banner fixed at the bottom (root attributes given): refuse (if any) and accept."""
    refuse_button = ("" if refuse is None else
                     f"<button {refuse} onclick=\"choose('rejected')\">Tout refuser</button>")
    return (f'<div {root} class="wall" style="position:fixed;bottom:0;left:0;right:0;'
            f'background:#fff;z-index:9999">{text}{refuse_button}'
            f"<button {accept} onclick=\"choose('accepted')\">{accept_label}</button></div>")


CONSENT: dict[str, str] = {
    "onetrust": consent_page('<div id="onetrust-consent-sdk">' + wall(
        'id="onetrust-banner-sdk"', 'id="onetrust-reject-all-handler"',
        'id="onetrust-accept-btn-handler"') + "</div>", "window.OneTrust = {};"),
    "didomi": consent_page('<div id="didomi-host">' + wall(
        'id="didomi-notice"', 'id="didomi-notice-disagree-button"',
        'id="didomi-notice-agree-button"') + "</div>", "window.Didomi = {};"),
    "axeptio": consent_page(wall('id="axeptio_overlay"', 'id="axeptio_btn_dismiss"',
                                 'id="axeptio_btn_acceptAll"')),
    "cookiebot": consent_page(wall('id="CybotCookiebotDialog"',
                                   'id="CybotCookiebotDialogBodyButtonDecline"',
                                   'id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll"')),
    "quantcast": consent_page('<div id="qc-cmp2-container"><div class="qc-cmp2-summary-buttons">'
                              + wall("", 'mode="secondary"', 'mode="primary"') + "</div></div>",
                              "window.__tcfapi = function () {};"),
    "tarteaucitron": consent_page('<div id="tarteaucitronRoot">' + wall(
        'id="tarteaucitronAlertBig"', 'id="tarteaucitronAllDenied2"',
        'id="tarteaucitronPersonalize2"') + "</div>"),
    # No vendor: a full-screen French wall with a "continue without accepting" link.
    "generic-fr": consent_page(
        '<div class="wall" style="position:fixed;inset:0;background:#fff;z-index:9999">'
        "<p>Ce site utilise des traceurs (cookies).</p><a href=\"#\" "
        "onclick=\"choose('rejected'); return false\">Continuer sans accepter</a> "
        "<button onclick=\"choose('accepted')\">J'accepte</button></div>"),
    # No vendor and no way to refuse: a bottom bar that can only be accepted.
    "generic-en": consent_page(wall("", None, "", accept_label="Accept all cookies",
                                    text="We use cookies.")),
    "tcf-only": consent_page("<h1>Consent managed elsewhere</h1>",
                             "window.__tcfapi = function () {};"),
}


class HostileHandler(BaseHTTPRequestHandler):
    """Every path is one way for a website to go wrong."""

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        path = self.path.split("?")[0]
        port = self.server.server_address[1]
        redirects = {"/loop": "/loop-again", "/loop-again": "/loop",
                     "/moved-away": f"http://localhost:{port}/landing",
                     "/about-away": f"http://localhost:{port}/elsewhere"}
        if path in redirects:
            self._send(302, b"", headers={"Location": redirects[path]})
        elif path in ("/never.png", "/never.js"):
            self.server.release.wait(30)  # type: ignore[attr-defined]
        elif path == "/huge":
            self._huge()
        elif path == "/crash":  # half a page, then a pause in which the test crashes the tab
            self._send(200, b"<html><head><title>Crash</title></head><body><h1>Going",
                       length=200)
            self.server.release.wait(5)  # type: ignore[attr-defined]
        elif path == "/unavailable":
            self._send(503, b"<html><title>Maintenance</title><body>Back soon</body></html>")
        elif path == "/report.pdf":
            self._send(200, b"%PDF-1.4\n%%EOF\n", "application/pdf")
        elif path == "/file.zip":
            self._send(200, b"PK\x05\x06" + b"\0" * 18, "application/zip",
                       headers={"Content-Disposition": 'attachment; filename="file.zip"'})
        elif path.startswith("/consent/") and path[9:] in CONSENT:
            self._send(200, CONSENT[path[9:]].encode())
        elif path in PAGES:
            self._send(200, PAGES[path].encode())
        else:
            self._send(404, b"<html><title>Not found</title></html>")

    def _send(self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8",
              headers: dict[str, str] | None = None, length: int | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        with suppress(OSError):  # the browser hung up: that is its right
            self.wfile.write(body)
            self.wfile.flush()

    def _huge(self) -> None:
        """50 MB of paragraphs; `server.huge_sent`: the most a page load (a navigation) took."""
        navigation = self.headers.get("Sec-Fetch-Mode") == "navigate"
        self._send(200, b"<html><head><title>Huge</title></head><body>",
                   length=HUGE_BYTES)
        sent = 0
        with suppress(OSError):
            while sent < HUGE_BYTES:
                part = CHUNK[: HUGE_BYTES - sent]
                self.wfile.write(part)
                sent += len(part)
                if navigation:
                    self.server.huge_sent = max(self.server.huge_sent, sent)  # type: ignore


@contextmanager
def running(server: ThreadingHTTPServer, scheme: str = "http") -> Iterator[str]:
    """Serve in a daemon thread; yields the base URL and frees hanging handlers at the end."""
    server.daemon_threads = True
    server.release, server.huge_sent = threading.Event(), 0
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"{scheme}://127.0.0.1:{server.server_address[1]}"
    finally:
        server.release.set()
        server.shutdown()
        server.server_close()


def hostile_server() -> ThreadingHTTPServer:
    return ThreadingHTTPServer(("127.0.0.1", 0), HostileHandler)


def self_signed_server(folder: Path) -> ThreadingHTTPServer:
    """The hostile site over HTTPS with a certificate no authority signed."""
    key, cert = folder / "key.pem", folder / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                    "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", str(key), "-out",
                    str(cert), "-days", "2", "-subj", "/CN=127.0.0.1", "-addext",
                    "subjectAltName=IP:127.0.0.1"], check=True, capture_output=True)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server = hostile_server()
    server.socket = context.wrap_socket(server.socket, server_side=True)
    return server


@contextmanager
def silent_server() -> Iterator[str]:
    """Accepts TCP connections (the kernel does) and never answers a byte."""
    with socket.create_server(("127.0.0.1", 0), backlog=64) as sock:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}/"
