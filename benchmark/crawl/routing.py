"""Request routing: answer every request of a context from bundled site folders."""

from __future__ import annotations

import mimetypes
from datetime import date
from pathlib import Path
from urllib.parse import unquote, urlsplit

from playwright.async_api import BrowserContext, Route

from benchmark import clock
from benchmark.crawl.bundle_dates import render_dates

EXTRA_TYPES = {".swf": "application/x-shockwave-flash", ".rss": "application/rss+xml",
               ".js": "text/javascript", ".svg": "image/svg+xml", ".xml": "application/xml"}


def bundle_file(sites_dir: Path, url: str) -> Path | None:
    """Map a URL to a file under sites_dir/<host>/ (see benchmark/demo/README.md)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    host_dir = (sites_dir / host).resolve()
    if not host or not host_dir.is_dir() or host_dir.parent != sites_dir.resolve():
        return None
    path = unquote(parts.path or "/").lstrip("/")
    candidates = ([host_dir / path / "index.html"] if path.endswith("/") or not path else
                  [host_dir / path, host_dir / f"{path}.html", host_dir / path / "index.html"])
    for candidate in candidates:
        resolved = candidate.resolve()
        # Never serve anything outside the host's folder (../ in a hostile URL).
        if resolved.is_file() and resolved.is_relative_to(host_dir):
            return resolved
    return host_dir  # host known, file missing


def content_type(path: Path) -> str:
    suffix = path.suffix.lower()
    guessed = EXTRA_TYPES.get(suffix) or mimetypes.guess_type(path.name)[0]
    if guessed and (guessed.startswith("text/") or suffix in (".js", ".svg", ".xml")):
        return f"{guessed}; charset=utf-8"
    return guessed or "application/octet-stream"


def bundle_body(path: Path, today: date) -> bytes:
    """The file as served: text files with their date tokens written out for `today`."""
    data = path.read_bytes()
    if "charset=utf-8" not in content_type(path):
        return data  # images, Flash, PDF: served as they are
    return render_dates(data.decode("utf-8"), today).encode("utf-8")


async def serve_bundle(context: BrowserContext, sites_dir: Path) -> None:
    """Answer every request of the context from sites_dir; unknown hosts do not resolve."""

    async def handle(route: Route) -> None:
        url = route.request.url
        if not url.startswith(("http://", "https://")):
            await route.continue_()
            return
        found = bundle_file(sites_dir, url)
        if found is None:
            await route.abort("namenotresolved")
        elif found.is_dir():
            await route.fulfill(status=404, content_type="text/html; charset=utf-8",
                                body="<!doctype html><title>404 Not Found</title>")
        else:
            try:  # dated relative to the crawl's day (benchmark/demo/README.md)
                body = bundle_body(found, clock.today())
            except (UnicodeDecodeError, ValueError) as exc:  # a mistake in the bundle
                await route.fulfill(status=500, content_type="text/plain; charset=utf-8",
                                    body=f"{found}: {exc}")
                return
            await route.fulfill(status=200, content_type=content_type(found), body=body)

    await context.route("**/*", handle)

