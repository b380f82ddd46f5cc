"""Browser contexts for one target: isolated, with the right user agent and request routing."""

from __future__ import annotations

from pathlib import Path

from playwright.async_api import Browser, BrowserContext

from benchmark.crawl.replay import serve_archive
from benchmark.crawl.routing import serve_bundle, stay_local
from benchmark.crawl.settings import (
    DESKTOP_VIEWPORT,
    MOBILE_USER_AGENT,
    MOBILE_VIEWPORT,
    CrawlSettings,
)


def desktop_user_agent(browser: Browser, settings: CrawlSettings) -> str:
    """Honest about being a tool, but close enough to Chrome that sites serve their page."""
    return settings.user_agent or (
        f"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
        f"Chrome/{browser.version} Safari/537.36 {settings.user_agent_suffix}")


async def new_context(browser: Browser, settings: CrawlSettings, *, mobile: bool,
                      replay: Path | None = None) -> BrowserContext:
    """A fresh context (no cookies shared between targets), downloads refused, routed:
    from an earlier run's archive, from bundled site folders, or to loopback only."""
    if mobile:
        context = await browser.new_context(viewport=MOBILE_VIEWPORT, is_mobile=True,
                                            has_touch=True, user_agent=MOBILE_USER_AGENT,
                                            accept_downloads=False)
    else:
        context = await browser.new_context(viewport=DESKTOP_VIEWPORT, accept_downloads=False,
                                            user_agent=desktop_user_agent(browser, settings))
    if replay is not None:
        await serve_archive(context, replay)
    elif settings.bundle_dir is not None:
        await serve_bundle(context, settings.bundle_dir)
    elif settings.offline:
        await stay_local(context)
    return context
