"""Everything measured in the browser on the home page, before any consent choice."""

from __future__ import annotations

from typing import Any

from playwright.async_api import Page

from benchmark.crawl import axe, fingerprint, probes
from benchmark.crawl.console import ConsoleLog
from benchmark.crawl.settings import CrawlSettings
from benchmark.crawl.visit import Visit, behind_consent


async def probe_home(home: dict[str, Any], page: Page, result: Visit, settings: CrawlSettings,
                     console: ConsoleLog, *, real_web: bool) -> None:
    """Fill `home` (probes.json `home`) step by step: a timeout keeps what was measured.

    `real_web`: the crawl reaches the site itself, not a bundle or a replay, so that an
    API request (not routed) can ask the plain http:// address where it sends visitors.
    """
    home.update(await probes.measure(page))
    home["cookies_before_consent"] = await probes.cookies(page.context)
    home["headers"] = probes.response_headers(result.headers)
    # The fingerprint before axe-core, which defines globals of its own.
    home["fingerprint"] = await fingerprint.collect(page)
    home["axe"] = await axe.audit(page)
    if real_web:
        home["http_redirect"] = await probes.http_redirect(
            page.context, result.final_url or result.url, settings.page_timeout_s)
    home["console_errors"] = console.since_mark()
    # Refuse (else accept) only to see and save the content behind the wall.
    home["consent"] = await behind_consent(page, result, settings)
