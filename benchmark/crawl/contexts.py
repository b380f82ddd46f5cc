"""Browser contexts for one target: isolated, with the right user agent and request routing."""

from __future__ import annotations

from pathlib import Path

from playwright.async_api import Browser, BrowserContext

from benchmark.crawl.replay import serve_archive
from benchmark.crawl.routing import serve_bundle
from benchmark.crawl.settings import DESKTOP_VIEWPORT, CrawlSettings


def desktop_user_agent(browser: Browser, settings: CrawlSettings) -> str:
    """Honest about being a tool, but close enough to Chrome that sites serve their page."""
    return settings.user_agent or (
        f"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
        f"Chrome/{browser.version} Safari/537.36 {settings.user_agent_suffix}")


async def new_context(browser: Browser, settings: CrawlSettings,
                      replay: Path | None = None) -> BrowserContext:
    """A fresh context (no cookies shared between targets), downloads refused, and routed
    when requests must be answered from an earlier run's archive or bundled site folders.

    Offline runs are not routed: the browser itself resolves nothing but loopback
    (`browser.OFFLINE_ARGS`), which also covers requests routing never sees, and leaves
    Chromium's HTTP cache on (Playwright turns it off in a routed context).
    """
    context = await browser.new_context(viewport=DESKTOP_VIEWPORT, accept_downloads=False,
                                        user_agent=desktop_user_agent(browser, settings))
    if replay is not None:
        await serve_archive(context, replay)
    elif settings.bundle_dir is not None:
        await serve_bundle(context, settings.bundle_dir)
    return context
