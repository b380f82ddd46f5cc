"""Fetch a small text resource (robots.txt, sitemap) through the page, so routing applies."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from typing import Any

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Page, Response

# After a failed navigation Chromium commits its error page a moment later, and that can
# cut the tab's next navigation short (then the retry itself, once): made again.
INTERRUPTED = "is interrupted by another navigation to"
ATTEMPTS, SETTLE_S = 3, 5.0
MAX_HOPS = 20  # Chromium gives up after 20 redirects itself


@dataclass(frozen=True)
class Fetched:
    """Status and body of a fetched resource; status None when it could not be fetched."""

    status: int | None
    body: bytes = b""
    error: str = ""


async def goto(page: Page, url: str, timeout_s: float) -> Response | None:
    """`page.goto(url)` until the response headers (commit); made again, once the other
    navigation is over, when another one cut it short."""
    for attempt in range(1, ATTEMPTS + 1):
        try:
            return await page.goto(url, wait_until="commit", timeout=timeout_s * 1000)
        except PlaywrightError as exc:
            if INTERRUPTED not in str(exc) or attempt == ATTEMPTS:
                raise
        with suppress(PlaywrightError):
            await page.wait_for_load_state("load", timeout=SETTLE_S * 1000)
    return None  # not reached: the last attempt returns or raises


async def redirect_chain(response: Response | None) -> list[dict[str, Any]]:
    """The HTTP redirects a navigation went through before `response`, first hop first:
    [{"url": the URL asked, "status": 301/302/...}] (empty when it was answered at once)."""
    hops: list[dict[str, Any]] = []
    request = response.request.redirected_from if response is not None else None
    while request is not None and len(hops) < MAX_HOPS:
        answered = None
        with suppress(PlaywrightError):
            answered = await request.response()
        hops.append({"url": request.url, "status": answered.status if answered else None})
        request = request.redirected_from
    return hops[::-1]


async def fetch_text(page: Page, url: str, timeout_s: float, max_bytes: int) -> Fetched:
    """Navigate `page` to `url` and return the raw body, capped at `max_bytes`.

    A navigation (not an API request) goes through the context's routing, so bundled demo
    sites, replayed archives and offline mode all answer it like the pages themselves.
    """
    try:
        response = await goto(page, url, timeout_s)
        if response is None:
            return Fetched(None, error="no response")
        body = await response.body()
    except PlaywrightError as exc:
        return Fetched(None, error=str(exc).splitlines()[0][:200])
    return Fetched(response.status, body[:max_bytes])
