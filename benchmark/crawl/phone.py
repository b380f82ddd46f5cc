"""Turn a desktop tab into a phone (Chromium DevTools emulation).

The phone visit used to get a browser context of its own: a second renderer held next to
the desktop one, a cold HTTP cache and every script compiled again, for a quarter of the
crawl's CPU (docs/performance.md). The desktop tab, once done, becomes the phone with the
same DevTools calls Playwright makes for `is_mobile`, and keeps its cache.
"""

from __future__ import annotations

import asyncio

from playwright.async_api import CDPSession, Page
from playwright.async_api import Error as PlaywrightError

from benchmark.crawl.settings import MOBILE_USER_AGENT, MOBILE_VIEWPORT

# Each step's bound: generous, since a busy machine must not cost the phone measurement.
CDP_TIMEOUT_S = 15.0


BLANK_ATTEMPTS = 3


async def blank(page: Page) -> None:
    """Load about:blank, after any navigation still landing (a failed fetch committing its
    error page would otherwise interrupt ours: the phone must not depend on that race)."""
    for attempt in range(1, BLANK_ATTEMPTS + 1):
        try:
            await page.goto("about:blank", timeout=CDP_TIMEOUT_S * 1000)
            return
        except PlaywrightError as exc:
            if "interrupted by another navigation" not in str(exc) or attempt == BLANK_ATTEMPTS:
                raise
            await page.wait_for_load_state("load", timeout=CDP_TIMEOUT_S * 1000)


class PhoneUnavailable(Exception):
    """The tab could not be turned into a phone; the message says why."""


async def emulate_phone(page: Page) -> CDPSession:
    """Make `page` a 390x844 touch phone with a mobile user agent (PhoneUnavailable if not).

    The returned session must stay attached while the page is used: detaching a DevTools
    session drops the overrides it set.
    """
    width, height = MOBILE_VIEWPORT["width"], MOBILE_VIEWPORT["height"]
    try:
        # From a blank page: each override would lay the desktop page out again, for
        # seconds when it is big and the machine busy; the phone loads it anew anyway.
        await blank(page)
        # Playwright's own idea of the viewport, which its screenshots are cut to.
        await page.set_viewport_size(MOBILE_VIEWPORT)
        session = await asyncio.wait_for(page.context.new_cdp_session(page), CDP_TIMEOUT_S)
        # `mobile`: the meta viewport is obeyed, pages without one are laid out 980 px wide.
        for method, params in (
                ("Emulation.setDeviceMetricsOverride",
                 {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": True,
                  "screenWidth": width, "screenHeight": height,
                  "screenOrientation": {"type": "portraitPrimary", "angle": 0}}),
                ("Emulation.setTouchEmulationEnabled", {"enabled": True, "maxTouchPoints": 1}),
                ("Emulation.setUserAgentOverride",
                 {"userAgent": MOBILE_USER_AGENT, "platform": "Linux armv8l"})):
            await asyncio.wait_for(session.send(method, params), CDP_TIMEOUT_S)
    except (PlaywrightError, TimeoutError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise PhoneUnavailable(reason) from None
    return session
