"""Ports of 127.0.0.1 that stay ours while a test needs them, even under pytest-xdist.

A port found by binding a socket and closing it, or freed by closing a server, can be taken
at once by another process (another xdist worker's server): a test expecting "connection
refused" there would then reach that server. Keeping a socket bound, never listening, for
the test's life makes the port refuse connections without letting anyone else take it.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import ThreadingHTTPServer


@contextmanager
def kept_port() -> Iterator[int]:
    """A port that refuses connections until the block ends (bound, never listening)."""
    with socket.socket() as sock:
        # SO_REUSEPORT lets a PortKeepingServer of ours listen on it for a while; sockets
        # without it (everybody else's) cannot bind it.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        sock.bind(("127.0.0.1", 0))
        yield sock.getsockname()[1]


class PortKeepingServer(ThreadingHTTPServer):
    """A server that may listen on a kept port; once it is closed, the port refuses again."""

    allow_reuse_port = True
