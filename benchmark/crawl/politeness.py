"""Per-host politeness shared by the targets of a batch: few page loads at once, a delay
between them, and one robots.txt fetch per host."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from urllib.parse import urlsplit

from playwright.async_api import Page

from benchmark.crawl.fetch import Fetched, fetch_text
from benchmark.crawl.robots import (
    ALLOW_ALL,
    ROBOTS_MAX_BYTES,
    RobotsPolicy,
    policy_from,
    robots_url,
)

MAX_DEFER_S = 60.0  # a Retry-After of hours must not hold the batch: later loads wait this


class Politeness:
    """Gates page loads per host. One instance per batch (per process when distributed)."""

    def __init__(self, per_host: int, delay_s: float, agent: str, obey_robots: bool) -> None:
        self.per_host, self.delay_s = max(1, per_host), max(0.0, delay_s)
        self.agent, self.obey_robots = agent, obey_robots
        self._gates: dict[str, asyncio.Semaphore] = {}
        self._next_start: dict[str, float] = {}
        self._robots: dict[str, asyncio.Task[RobotsPolicy]] = {}
        # What each robots.txt answered, for the archive of every target that obeyed it.
        self.fetched: dict[str, Fetched] = {}

    @asynccontextmanager
    async def slot(self, url: str, extra_delay_s: float = 0.0) -> AsyncIterator[None]:
        """Hold one of the host's page-load slots, once the host's delay has passed.

        The delay runs from the start of one load to the start of the next (Scrapy's
        DOWNLOAD_DELAY, Bing's reading of Crawl-delay): at most `per_host` loads at once
        and one start per delay; a target's own pages, loaded one after the other and
        each longer than the delay, never wait for it.
        """
        host = (urlsplit(url).netloc or "").lower()
        gate = self._gates.setdefault(host, asyncio.Semaphore(self.per_host))
        async with gate:
            wait = self._next_start.get(host, 0.0) - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            delay = max(self.delay_s, extra_delay_s)
            self._next_start[host] = time.monotonic() + delay
            yield

    def defer(self, url: str, seconds: float) -> None:
        """Start nothing more on the host before `seconds` (a 429's Retry-After), bounded."""
        host = (urlsplit(url).netloc or "").lower()
        start = time.monotonic() + min(max(0.0, seconds), MAX_DEFER_S)
        self._next_start[host] = max(self._next_start.get(host, 0.0), start)

    async def robots(self, url: str, page: Page, timeout_s: float) -> RobotsPolicy:
        """The host's robots.txt policy, fetched once per batch (concurrent callers share)."""
        if not self.obey_robots:
            return ALLOW_ALL
        address = robots_url(url)
        if address not in self._robots:
            self._robots[address] = asyncio.ensure_future(self._fetch(address, page, timeout_s))
        return await asyncio.shield(self._robots[address])

    async def _fetch(self, address: str, page: Page, timeout_s: float) -> RobotsPolicy:
        async with self.slot(address):
            fetched = await fetch_text(page, address, timeout_s, ROBOTS_MAX_BYTES)
        self.fetched[address] = fetched
        return policy_from(fetched.status, fetched.body, fetched.error)
