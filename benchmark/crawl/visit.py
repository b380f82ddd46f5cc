"""Load one URL in a page, wait a bounded time, and capture what the browser rendered."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass, field

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Page
from playwright.async_api import TimeoutError as PlaywrightTimeout

from benchmark.crawl.settings import CrawlSettings
from benchmark.model import CrawlStatus

UNREACHABLE_ERRORS = ("ERR_NAME_NOT_RESOLVED", "ERR_CONNECTION_REFUSED",
                      "ERR_ADDRESS_UNREACHABLE", "ERR_INTERNET_DISCONNECTED",
                      "ERR_NAME_RESOLUTION_FAILED", "ERR_CONNECTION_CLOSED",
                      "ERR_CONNECTION_RESET", "ERR_EMPTY_RESPONSE")


@dataclass
class Visit:
    """What one page load produced; `error` is set (and `html` empty) when it failed."""

    url: str
    final_url: str = ""
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    title: str = ""
    html: str = ""
    truncated: bool = False
    error: str = ""
    failure: CrawlStatus | None = None  # how the failure counts for the target


def classify_error(exc: Exception) -> tuple[CrawlStatus, str]:
    """Turn a Playwright exception into a target status and a one-line reason."""
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if isinstance(exc, PlaywrightTimeout):
        return CrawlStatus.TIMEOUT, message
    if any(code in message for code in UNREACHABLE_ERRORS):
        return CrawlStatus.UNREACHABLE, message
    return CrawlStatus.ERROR, message


async def visit(page: Page, url: str, settings: CrawlSettings) -> Visit:
    """Go to `url`, wait for DOMContentLoaded then at most `settle_s` for load; capture."""
    result = Visit(url=url)
    try:
        response = await page.goto(url, wait_until="domcontentloaded",
                                   timeout=settings.page_timeout_s * 1000)
        # One slow third-party host must never hold the page: bounded wait for load.
        with suppress(PlaywrightTimeout):
            await page.wait_for_load_state("load", timeout=settings.settle_s * 1000)
        result.final_url = page.url
        if response is not None:
            result.status = response.status
            result.headers = dict(response.headers)
        result.title = (await page.title())[:500]
        html = await page.content()
    except PlaywrightError as exc:
        result.failure, result.error = classify_error(exc)
        return result
    if result.status is not None and result.status >= 400:
        result.error = f"HTTP {result.status}"
    if len(html) > settings.max_html_bytes:
        html, result.truncated = html[: settings.max_html_bytes], True
    result.html = html
    return result
