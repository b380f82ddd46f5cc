"""Ctrl-C taken between the client's polls, never in the middle of Dask's own code."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class Interrupt:
    """Set by the first Ctrl-C; the poll loop checks it and stops at a point of its choosing.
    A KeyboardInterrupt raised wherever the main thread happens to be can land inside the
    Dask client while it holds a lock, and the cluster then never closes. A second Ctrl-C
    raises at once, for a user who does not want to wait."""

    def __init__(self) -> None:
        self.asked = threading.Event()

    def handle(self, signum: int, frame: object) -> None:
        if self.asked.is_set():
            raise KeyboardInterrupt
        self.asked.set()

    def check(self) -> None:
        """Raise KeyboardInterrupt if Ctrl-C was pressed since the loop last looked."""
        if self.asked.is_set():
            raise KeyboardInterrupt


@contextmanager
def deferred_interrupt() -> Iterator[Interrupt]:
    """An Interrupt answering SIGINT for the duration (main thread only: elsewhere Python
    cannot install handlers, and Ctrl-C does not reach other threads anyway)."""
    interrupt = Interrupt()
    if threading.current_thread() is not threading.main_thread():
        yield interrupt
        return
    previous = signal.signal(signal.SIGINT, interrupt.handle)
    try:
        yield interrupt
    finally:
        signal.signal(signal.SIGINT, previous)
