"""Load one URL in a page, wait a bounded time, and capture what the browser rendered."""

from __future__ import annotations

import asyncio
import time
from contextlib import suppress
from dataclasses import dataclass, field
from typing import Any

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Page, Response
from playwright.async_api import TimeoutError as PlaywrightTimeout

from benchmark.crawl.doccap import DocumentCap
from benchmark.crawl.failures import CRASHED, classify_error
from benchmark.crawl.fetch import goto, redirect_chain
from benchmark.crawl.settings import CrawlSettings
from benchmark.model import CrawlStatus
from benchmark.sites import same_site

PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml")
# Serialise in the page and cut there: a huge DOM never crosses into Python whole.
CAPTURE_SCRIPT = """(max) => {
  let html = document.doctype ? new XMLSerializer().serializeToString(document.doctype) : '';
  if (document.documentElement) html += document.documentElement.outerHTML;
  return [html.length > max, html.slice(0, max), document.title.slice(0, 500)];
}"""


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
    left_site: bool = False  # the final URL is on another site than the requested one
    redirects: list[dict[str, Any]] = field(default_factory=list)  # HTTP hops, first first


class VisitFailed(Exception):
    """A visit that must stop here, with its status and reason."""

    def __init__(self, status: CrawlStatus, reason: str) -> None:
        super().__init__(reason)
        self.status = status


async def visit(page: Page, url: str, settings: CrawlSettings, *, site: str = "") -> Visit:
    """Go to `url`, wait for DOMContentLoaded then at most `settle_s` for load; capture.

    `site` is the crawled site: a URL of it that redirects to another site is left unread
    (URLs of other sites, such as social profiles, may redirect where they like).
    """
    result = Visit(url=url)
    cap = await DocumentCap(page, settings.max_html_bytes).start()
    try:
        if await _load(page, result, settings, cap, site if same_site(url, site) else ""):
            await _capture(page, result, settings)
    except PlaywrightError as exc:
        result.failure, result.error = classify_error(exc)
    except VisitFailed as exc:
        result.failure, result.error = exc.status, str(exc)
    finally:
        await cap.close()
    if cap.crashed or (result.failure is not None and await cap.check_crash()):
        # whatever the failing call said ("frame was detached"...)
        result.failure, result.error = CrawlStatus.ERROR, CRASHED
    return result


async def behind_consent(page: Page, result: Visit, settings: CrawlSettings) -> None:
    """Read the DOM again once a consent wall was answered: the content behind it.

    Bounded like every capture; if it fails, `result` keeps the first capture.
    """
    with suppress(PlaywrightError, VisitFailed):
        await _capture(page, result, settings)


async def _load(page: Page, result: Visit, settings: CrawlSettings, cap: DocumentCap,
                site: str) -> bool:
    """Navigate and wait until the DOM is parsed (or capped); False if it left `site`."""
    started = time.monotonic()
    try:
        response = await goto(page, result.url, settings.page_timeout_s)
    except PlaywrightTimeout as exc:
        raise VisitFailed(CrawlStatus.TIMEOUT, f"no answer within {settings.page_timeout_s:g} s"
                          ) from exc
    result.final_url = page.url
    _record_response(result, response)
    result.redirects = await redirect_chain(response)
    result.left_site = not same_site(page.url, result.url)
    if site and not same_site(page.url, site):
        result.error = f"left the site: redirected to {page.url} (not crawled)"
        with suppress(PlaywrightError):  # stop it before it renders or runs its scripts
            await page.goto("about:blank", timeout=settings.page_timeout_s * 1000)
        return False
    kind = result.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind and kind not in PAGE_TYPES and not result.error:  # "HTTP 404" says more
        raise VisitFailed(CrawlStatus.ERROR, f"not a web page: the URL serves {kind}")
    remaining = max(1.0, settings.page_timeout_s - (time.monotonic() - started))
    parsed = asyncio.ensure_future(page.wait_for_load_state("domcontentloaded",
                                                            timeout=remaining * 1000))
    capped = asyncio.ensure_future(cap.stopped.wait())
    await asyncio.wait({parsed, capped}, return_when=asyncio.FIRST_COMPLETED)
    capped.cancel()
    if cap.stopped.is_set():  # DOMContentLoaded never comes after a stop: take what we have
        parsed.cancel()
        await asyncio.gather(parsed, capped, return_exceptions=True)
        result.truncated = True
        return True
    try:
        parsed.result()
    except PlaywrightTimeout as exc:
        if cap.big:  # still parsing a huge page: keep what is there
            await cap.stop()
            result.truncated = True
            return True
        raise VisitFailed(CrawlStatus.TIMEOUT, "the page did not finish loading its HTML "
                          f"within {settings.page_timeout_s:g} s") from exc
    # One slow third-party host must never hold the page: bounded wait for load.
    with suppress(PlaywrightTimeout):
        await page.wait_for_load_state("load", timeout=settings.settle_s * 1000)
    return True


def _record_response(result: Visit, response: Response | None) -> None:
    if response is not None:
        result.status = response.status
        result.headers = dict(response.headers)
        if response.status >= 400:
            result.error = f"HTTP {response.status}"  # the page is still kept as evidence


async def _capture(page: Page, result: Visit, settings: CrawlSettings) -> None:
    """Serialise the DOM, at most `max_html_bytes` of it, within `page_timeout_s`."""
    budget = settings.page_timeout_s
    for _ in range(3):  # a page still navigating (meta refresh) destroys the first attempt
        try:
            over, html, title = await asyncio.wait_for(
                page.evaluate(CAPTURE_SCRIPT, settings.max_html_bytes), budget)
            break
        except TimeoutError as exc:
            busy = ("the page is too large (still parsing" if result.truncated else
                    "the page stopped responding (its scripts kept the tab busy")
            raise VisitFailed(CrawlStatus.TIMEOUT, f"{busy} for {budget:g} s)") from exc
        except PlaywrightError as exc:
            if "crashed" in str(exc):
                raise
            with suppress(PlaywrightError):
                await page.wait_for_load_state("domcontentloaded", timeout=budget * 1000)
    else:
        raise VisitFailed(CrawlStatus.ERROR, "the page kept navigating while being read")
    data = html.encode("utf-8")
    if len(data) > settings.max_html_bytes:  # the cut above counts characters, not bytes
        html, over = data[: settings.max_html_bytes].decode("utf-8", "ignore"), True
    result.final_url, result.title, result.html = page.url, title, html
    result.truncated = result.truncated or over
