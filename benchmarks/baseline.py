"""The baseline: plain Playwright `goto` + `content` over the same URLs, same browser."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

from playwright.async_api import Browser, async_playwright
from playwright.async_api import Error as PlaywrightError

from benchmark.crawl.browser import launch


@dataclass
class BaselineStats:
    """Page loads done, failed, and where the time went (summed over workers)."""

    loads: int = 0
    errors: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=lambda: {
        "new_context": 0.0, "goto": 0.0, "content": 0.0, "close": 0.0})


async def _site(browser: Browser, urls: list[str], stats: BaselineStats,
                viewport: dict[str, int] | None) -> None:
    clock = time.perf_counter()
    # One fresh context per site, as the crawler does; Playwright's default 1280x720 viewport.
    context = await (browser.new_context(viewport=viewport) if viewport
                     else browser.new_context())
    page = await context.new_page()
    stats.seconds["new_context"] += time.perf_counter() - clock
    try:
        for url in urls:
            clock = time.perf_counter()
            try:
                await page.goto(url, timeout=20_000)  # waits for `load`
                stats.seconds["goto"] += time.perf_counter() - clock
                clock = time.perf_counter()
                await page.content()
                stats.seconds["content"] += time.perf_counter() - clock
                stats.loads += 1
            except PlaywrightError as exc:
                stats.errors.append(f"{url}: {str(exc).splitlines()[0]}")
    finally:
        clock = time.perf_counter()
        await context.close()
        stats.seconds["close"] += time.perf_counter() - clock


async def run_baseline(plan: list[list[str]], concurrency: int, *,
                       viewport: dict[str, int] | None = None) -> BaselineStats:
    """Load every URL of `plan` (one list per site), `concurrency` sites at a time.

    The browser is launched exactly as the crawler launches it (same executable and flags).
    `viewport` sets the crawler's desktop viewport: a diagnostic variant, to measure what
    the larger screen costs.
    """
    stats = BaselineStats()
    queue: asyncio.Queue[list[str]] = asyncio.Queue()
    for urls in plan:
        queue.put_nowait(urls)
    async with async_playwright() as playwright:
        browser = await launch(playwright.chromium, offline=True)

        async def worker() -> None:
            while not queue.empty():
                await _site(browser, queue.get_nowait(), stats, viewport)

        try:
            await asyncio.gather(*(worker() for _ in range(max(1, concurrency))))
        finally:
            await browser.close()
    return stats


def baseline(plan: list[list[str]], concurrency: int, *,
             viewport: dict[str, int] | None = None) -> BaselineStats:
    return asyncio.run(run_baseline(plan, concurrency, viewport=viewport))
