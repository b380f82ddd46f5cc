"""Stop loading a page once its HTML passes a size limit (Chromium DevTools protocol)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from contextlib import suppress
from typing import Any

from playwright.async_api import CDPSession, Page
from playwright.async_api import Error as PlaywrightError

# Our DevTools session must not keep copies of response bodies (Chromium buffers them).
NETWORK_BUFFERS = {"maxTotalBufferSize": 1_000_000, "maxResourceBufferSize": 100_000}
MAX_DOCUMENTS = 100
# DevTools commands hang on a crashed tab, or one stuck in a navigation nobody answers;
# on a busy machine a sound one can take seconds.
CDP_TIMEOUT_S = 5.0
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


class DocumentCap:
    """Counts the bytes of every HTML document (page or frame) and stops the page in time.

    Chromium parses a 50 MB page at well under 1 MB/s: without this the renderer spends
    minutes at full CPU and the page times out. The network runs ahead of the parser, and
    stopping drops what was received but not parsed; so past `limit` received bytes the
    parsed DOM is watched and the page stopped once it holds `limit`, or once the hard
    download limit is reached. `stopped` is then set; DOMContentLoaded never comes after a
    stop, which is why the visit waits for either.
    """

    def __init__(self, page: Page, limit: int) -> None:
        self.page, self.limit = page, limit
        self.stopped = asyncio.Event()
        self.big = False  # a document passed `limit` bytes: the page will be cut
        self.crashed = False  # the tab's renderer crashed, before or during the visit
        self._session: CDPSession | None = None
        self._documents: dict[str, int] = {}  # request id -> bytes received so far
        self._tasks: list[asyncio.Task[Any]] = []

    async def start(self) -> DocumentCap:
        """Listen to the page's network; a page that cannot be watched is loaded uncapped."""
        self.page.on("crash", self._crash)
        if not await self._alive():
            return self
        with suppress(PlaywrightError, TimeoutError):
            self._session = await asyncio.wait_for(
                self.page.context.new_cdp_session(self.page), CDP_TIMEOUT_S)
        if self._session is not None:
            self._session.on("Network.responseReceived", self._response)
            self._session.on("Network.dataReceived", self._data)
            if not await bounded(self._session.send("Network.enable", NETWORK_BUFFERS)):
                self._session = None  # detaching would hang the same way: let it go
        return self

    async def _alive(self) -> bool:
        """False for a tab that crashed earlier: page calls fail at once, DevTools ones hang."""
        try:
            await asyncio.wait_for(self.page.evaluate("0"), CDP_TIMEOUT_S)
        except PlaywrightError as exc:
            self.crashed = "crashed" in str(exc).lower()
        except TimeoutError:
            pass  # busy or still navigating: the visit's own time limits deal with that
        return not self.crashed

    def _crash(self, _page: Page) -> None:
        self.crashed = True

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

    async def close(self) -> None:
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._session is not None and not self.crashed:
            await bounded(self._session.detach())
        self._session = None
        self.page.remove_listener("crash", self._crash)
