"""Fetch each social account through the crawl's tab: pages visited, API calls navigated,
every response archived and every host's politeness slot respected."""

from __future__ import annotations

import gzip
from typing import Any

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Page

from benchmark.crawl.fetch import goto, redirect_chain
from benchmark.runstore import write_gzip_text
from benchmark.social.account import DATA, Bodies, Body, Fetch
from benchmark.social.adapters import adapter_for
from benchmark.social.discover import discovered_accounts

MAX_FETCHES = 4  # per account: a page and a few API calls at most
KEPT_HEADERS = ("content-type", "retry-after", "location")


async def fetch_data(page: Page, url: str, timeout_s: float, max_bytes: int) -> Body:
    """The raw body of an API call or feed, by navigation so that routing applies."""
    try:
        response = await goto(page, url, timeout_s)
        if response is None:
            return Body(url, error="no response")
        raw = await response.body()
        hops = await redirect_chain(response)
    except PlaywrightError as exc:
        return Body(url, error=str(exc).splitlines()[0][:200])
    return Body(url, final_url=page.url, status=response.status,
                headers=dict(response.headers), text=raw[:max_bytes].decode("utf-8", "replace"),
                redirects=hops)


async def fetch_one(crawl: Any, page: Page, fetch: Fetch) -> Body:
    """One fetch within robots.txt and the host's slot (as every page of the crawl)."""
    settings = crawl.settings
    if fetch.kind != DATA:
        result = await crawl._polite_visit(page, fetch.url)
        if result is None:
            return Body(fetch.url, error="disallowed by robots.txt")
        return Body(fetch.url, final_url=result.final_url, status=result.status,
                    headers=result.headers, text=result.html, error=result.error,
                    redirects=result.redirects)
    policy = await crawl.politeness.robots(fetch.url, page, settings.page_timeout_s)
    if not policy.allows(fetch.url, settings.robots_token):
        crawl.record["skipped"].append({"url": fetch.url, "why": "disallowed by robots.txt"})
        return Body(fetch.url, error="disallowed by robots.txt")
    async with crawl.politeness.slot(fetch.url, policy.crawl_delay(settings.robots_token)):
        return await fetch_data(page, fetch.url, settings.page_timeout_s,
                                settings.max_html_bytes)


async def crawl_account(crawl: Any, page: Page, platform: str, url: str,
                        extra: dict[str, str]) -> None:
    """Every fetch the platform's adapter asks for, saved under social/; one record."""
    adapter, bodies, fetches = adapter_for(platform), {}, []
    bodies: Bodies
    while len(fetches) < MAX_FETCHES and not crawl.out_of_time():
        fetch = adapter.next_fetch(url, bodies)
        if fetch is None:
            break
        body = await fetch_one(crawl, page, fetch)
        bodies[fetch.name] = body
        if body.status == 429 and (wait := retry_after(body.header("retry-after"))):
            crawl.politeness.defer(fetch.url, wait)  # the host asked: the batch waits
        file = f"social/{platform}-{fetch.name}.gz" if body.text else ""
        if file:
            write_gzip_text(crawl.folder / file, body.text)
        fetches.append({"name": fetch.name, "kind": fetch.kind, "url": fetch.url,
                        "final_url": body.final_url, "redirects": body.redirects,
                        "status": body.status, "file": file,
                        "error": body.error, "headers": {k: v for k, v in body.headers.items()
                                                         if k.lower() in KEPT_HEADERS}})
    first = fetches[0] if fetches else {"final_url": "", "status": None, "file": "",
                                        "error": "not fetched: time budget used up"}
    crawl.record["social"].append({"platform": platform, "url": url, **extra,
                                   "final_url": first["final_url"], "status": first["status"],
                                   "file": first["file"], "error": first["error"],
                                   "fetches": fetches})


def retry_after(value: str) -> float:
    """Seconds of a Retry-After header given in seconds (an HTTP date counts as none)."""
    try:
        return max(0.0, float(value))
    except ValueError:
        return 0.0


def read_saved(folder: Any, file: str) -> str | None:
    try:
        with gzip.open(folder / file, "rb") as handle:
            return handle.read().decode("utf-8", "replace")
    except OSError:
        return None


async def crawl_accounts(crawl: Any, page: Page) -> None:
    """The listed accounts, then those the site links on platforms left empty."""
    listed = dict(crawl.target.accounts)
    for platform, url in listed.items():
        if crawl.out_of_time():
            return
        await crawl_account(crawl, page, platform, url, {"source": "listed"})
    home = crawl.record["pages"][0]["final_url"] if crawl.record["pages"] else ""
    found = discovered_accounts(crawl.record["pages"], lambda f: read_saved(crawl.folder, f),
                                listed, home or crawl.target.website)
    for platform, url, page_url in found:
        if crawl.out_of_time():
            return
        await crawl_account(crawl, page, platform, url,
                            {"source": "discovered", "found_on": page_url})
