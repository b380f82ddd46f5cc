"""Shared fixtures: a real HTTP server on 127.0.0.1 for crawl tests (status codes, redirects,
slow answers), one whose home page waits for the test, a port that refuses connections, and
the path of the demo panel."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from fixture_site import FixtureHandler
from ports import kept_port


class ClosedHandler(FixtureHandler):
    """The same site, but its robots.txt disallows everything."""

    robots = "User-agent: *\nDisallow: /\n"


class HeldHandler(FixtureHandler):
    """The same site, but its home page answers only once the server's `release` is set."""

    def do_GET(self) -> None:
        if self.path.split("?")[0] == "/":
            self.server.release.wait(timeout=600)  # type: ignore[attr-defined]
        super().do_GET()


def serve(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="session")
def local_server() -> Iterator[str]:
    """Base URL (http://127.0.0.1:PORT) of the fixture server, for the whole session."""
    yield from serve(FixtureHandler)


@pytest.fixture(scope="session")
def closed_server() -> Iterator[str]:
    """A fixture server whose robots.txt disallows every page."""
    yield from serve(ClosedHandler)


@pytest.fixture
def held_server() -> Iterator[tuple[str, threading.Event]]:
    """(base URL, release): a fixture server whose home page waits until `release` is set,
    so that a crawl cannot end before the test says so."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), HeldHandler)
    server.daemon_threads = True
    server.release = threading.Event()  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", server.release  # type: ignore
    server.release.set()  # type: ignore[attr-defined]
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def refused_port() -> Iterator[int]:
    """A port of 127.0.0.1 that refuses connections for the whole module, and that no other
    process (another xdist worker) can take meanwhile (tests/ports.py)."""
    with kept_port() as port:
        yield port


@pytest.fixture(scope="session")
def demo_dir() -> Path:
    return Path(__file__).resolve().parents[1] / "benchmark" / "demo"
