"""Everything measured in the browser on the home page, each probe within its own bound."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from playwright.async_api import Page

from benchmark.crawl import axe, fingerprint, probes
from benchmark.crawl.consent import get_past_consent
from benchmark.crawl.console import ConsoleLog
from benchmark.crawl.probe_runner import ProbeRunner
from benchmark.crawl.settings import PROBE_BOUNDS_S, CrawlSettings
from benchmark.crawl.visit import Visit, behind_consent

CUT_PAGE = "the page was cut at max_html_bytes: only its start was read"


async def probe_home(home: dict[str, Any], page: Page, result: Visit, settings: CrawlSettings,
                     console: ConsoleLog, *, real_web: bool,
                     bounds: Mapping[str, float] = PROBE_BOUNDS_S) -> ProbeRunner:
    """Fill `home` (probes.json `home`): every probe gets its result or a `cut_short`
    record, in the order of `bounds` (settings.PROBE_BOUNDS_S).

    `real_web`: the crawl reaches the site itself, not a bundle or a replay, so that an
    API request (not routed) can ask the plain http:// address where it sends visitors.
    """
    runner = ProbeRunner(home, bounds, page)
    if result.truncated:  # only its start was parsed, its scripts may not have run, and
        # these read every element of a DOM that can be several times max_html_bytes
        runner.skip(("fingerprint", "consent", "axe"), CUT_PAGE)
    await runner.run("measure", lambda: probes.measure(page), merge=True)
    # Before the consent choice, so that what a site sets without asking stays visible.
    await runner.run("cookies", lambda: probes.cookies(page.context),
                     key="cookies_before_consent")
    home["headers"] = probes.response_headers(result.headers)
    # Before the consent choice (hosts contacted without asking) and before axe-core,
    # which defines globals of its own.
    await runner.run("fingerprint", lambda: fingerprint.collect(page))
    home["console_errors"] = console.since_mark()  # the page as it loaded, before any click
    # The consent wall before axe-core: decisive, cheap, and axe-core may take seconds.
    # Refuse (else accept) only to see and save the content behind the wall.
    consent = await runner.run("consent", lambda: get_past_consent(page))
    if consent and consent["action_taken"] != "none":
        await behind_consent(page, result, settings)
    await runner.run("axe", lambda: axe.audit(page))
    if real_web:
        half = runner.bounds["http_redirect"] / 2  # a HEAD, then a GET if HEAD is refused
        await runner.run("http_redirect", lambda: probes.http_redirect(
            page.context, result.final_url or result.url, half))
    return runner
