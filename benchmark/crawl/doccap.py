"""Stop loading a page once its HTML passes a size limit (Chromium DevTools protocol)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from contextlib import suppress
from typing import Any
from weakref import WeakKeyDictionary

from playwright.async_api import CDPSession, Page
from playwright.async_api import Error as PlaywrightError

# Our DevTools session must not keep copies of response bodies (Chromium buffers them).
NETWORK_BUFFERS = {"maxTotalBufferSize": 1_000_000, "maxResourceBufferSize": 100_000}
MAX_DOCUMENTS = 100
# DevTools commands hang on a crashed tab, or one stuck in a navigation nobody answers;
# on a busy machine a sound one can take seconds.
CDP_TIMEOUT_S = 5.0
# Opening the tab's session is what caps its pages: without it a huge page is read whole
# and times out. Generous, since a busy machine must not change that verdict; tried once
# more at the next visit if it failed.
OPEN_TIMEOUT_S = 15.0
# Whatever the parser does, never download more than this per document: it also bounds
# the parsing. The network runs megabytes ahead of a busy parser, hence the slack.
HARD_FACTOR, HARD_SLACK_BYTES = 2, 4 * 1024 * 1024
POLL_S = 0.25
DOM_SIZE = "() => document.documentElement ? document.documentElement.outerHTML.length : 0"


async def bounded(call: Awaitable[Any]) -> bool:
    """Run a DevTools call; False if it failed or did not answer in time."""
    try:
        await asyncio.wait_for(call, CDP_TIMEOUT_S)
    except (PlaywrightError, TimeoutError):
        return False
    return True


class TabWatch:
    """One DevTools session per tab, opened at its first visit and kept until the tab
    closes: one per visit cost a liveness check, an attach and `Network.enable` (~90 ms)
    on every page."""

    def __init__(self, page: Page) -> None:
        self.session: CDPSession | None = None
        self.crashed = False
        self.attempts = 0  # to open the session: a tab that never answers costs two at most
        page.on("crash", self._crash)

    def _crash(self, _page: Page) -> None:
        self.crashed = True

    @classmethod
    async def of(cls, page: Page) -> TabWatch:
        watch = _WATCHES.get(page)
        if watch is None:
            watch = _WATCHES[page] = cls(page)
        if watch.session is None and watch.attempts < 2 and await watch.alive(page):
            await watch._open(page)
        return watch

    async def alive(self, page: Page) -> bool:
        """False for a tab that crashed earlier: page calls fail at once, DevTools ones hang."""
        try:
            await asyncio.wait_for(page.evaluate("0"), CDP_TIMEOUT_S)
        except PlaywrightError as exc:
            self.crashed = self.crashed or "crashed" in str(exc).lower()
        except TimeoutError:
            pass  # busy or still navigating: the visit's own time limits deal with that
        return not self.crashed

    async def _open(self, page: Page) -> None:
        """The tab's session; without one (it did not answer) its pages are loaded uncapped."""
        self.attempts += 1

        async def attach() -> CDPSession:
            session = await page.context.new_cdp_session(page)
            await session.send("Network.enable", NETWORK_BUFFERS)
            return session

        # A session that did not answer is left attached: detaching would hang the same way.
        with suppress(PlaywrightError, TimeoutError):
            self.session = await asyncio.wait_for(attach(), OPEN_TIMEOUT_S)


_WATCHES: WeakKeyDictionary[Page, TabWatch] = WeakKeyDictionary()


class DocumentCap:
    """Counts the bytes of every HTML document (page or frame) and stops the page in time.

    Chromium parses a 50 MB page at well under 1 MB/s: without this the renderer spends
    minutes at full CPU and the page times out. The network runs ahead of the parser, and
    stopping drops what was received but not parsed; so past `limit` received bytes the
    parsed DOM is watched and the page stopped once it holds `limit`, or once the hard
    download limit is reached. `stopped` is then set; DOMContentLoaded never comes after a
    stop, which is why the visit waits for either. One cap per visit, on the tab's session.
    """

    def __init__(self, page: Page, limit: int) -> None:
        self.page, self.limit = page, limit
        self.stopped = asyncio.Event()
        self.big = False  # a document passed `limit` bytes: the page will be cut
        self.crashed = False  # the tab's renderer crashed, before or during the visit
        self._watch: TabWatch | None = None
        self._documents: dict[str, int] = {}  # request id -> bytes received so far
        self._tasks: list[asyncio.Task[Any]] = []

    async def start(self) -> DocumentCap:
        """Listen to the tab's network during this visit."""
        self._watch = await TabWatch.of(self.page)
        self.crashed = self._watch.crashed
        if self._watch.session is not None and not self.crashed:
            self._watch.session.on("Network.responseReceived", self._response)
            self._watch.session.on("Network.dataReceived", self._data)
        return self

    @property
    def _session(self) -> CDPSession | None:
        return self._watch.session if self._watch else None

    def _response(self, event: dict[str, Any]) -> None:
        if event.get("type") != "Document":
            return
        if len(self._documents) >= MAX_DOCUMENTS:  # a page made of frames: stay bounded
            self._documents.pop(next(iter(self._documents)))
        self._documents[event["requestId"]] = 0

    def _data(self, event: dict[str, Any]) -> None:
        request = event["requestId"]
        if request not in self._documents or self.stopped.is_set():
            return
        self._documents[request] += event.get("dataLength", 0)
        if self._documents[request] > self.limit * HARD_FACTOR + HARD_SLACK_BYTES:
            self._tasks.append(asyncio.ensure_future(self.stop()))
        elif self._documents[request] > self.limit and not self.big:
            self.big = True
            self._tasks.append(asyncio.ensure_future(self._watch_dom()))

    async def _watch_dom(self) -> None:
        """Stop the page as soon as its parsed DOM holds `limit` characters."""
        while not self.stopped.is_set():
            try:
                size = await asyncio.wait_for(self.page.evaluate(DOM_SIZE), CDP_TIMEOUT_S)
            except (PlaywrightError, TimeoutError):
                size = 0  # navigating, or the parser holds the tab: look again
            if size >= self.limit:
                await self.stop()
            await asyncio.sleep(POLL_S)

    async def stop(self) -> None:
        """Stop loading the page (the network and the parser); keep what was parsed."""
        if not self.stopped.is_set():
            self.stopped.set()
            if self._session is not None:
                await bounded(self._session.send("Page.stopLoading"))

    async def check_crash(self) -> bool:
        """After a failed call: was it the renderer crashing? Its `crash` event may come
        after the failure; a page call on a crashed tab fails at once and says so."""
        if not self.crashed and self._watch is not None and not self._watch.crashed:
            await self._watch.alive(self.page)
        self.crashed = self.crashed or bool(self._watch and self._watch.crashed)
        return self.crashed

    async def close(self) -> None:
        """Stop listening (the tab's session stays for its next visit)."""
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._watch is not None:
            self.crashed = self.crashed or self._watch.crashed
            if self._watch.session is not None:
                self._watch.session.remove_listener("Network.responseReceived", self._response)
                self._watch.session.remove_listener("Network.dataReceived", self._data)
