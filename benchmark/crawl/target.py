"""Crawl one target into its snapshot folder: a self-contained function of its inputs."""

from __future__ import annotations

import shutil
import time
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from playwright.async_api import Browser, BrowserContext, Page

from benchmark import __version__
from benchmark.crawl import probes
from benchmark.crawl.discover import Link, key_pages
from benchmark.crawl.netlog import NetworkLog
from benchmark.crawl.politeness import Politeness
from benchmark.crawl.robots import robots_url
from benchmark.crawl.routing import serve_bundle, stay_local
from benchmark.crawl.settings import (
    DESKTOP_VIEWPORT,
    MOBILE_USER_AGENT,
    MOBILE_VIEWPORT,
    CrawlSettings,
)
from benchmark.crawl.sitemap import sitemap_pages
from benchmark.crawl.visit import Visit, visit
from benchmark.model import CrawlStatus, Target
from benchmark.runstore import now_iso, write_bytes_atomic, write_gzip_text, write_json

LINKS_SCRIPT = """els => els.slice(0, 5000).map(a => [a.href,
  (a.innerText || a.getAttribute('aria-label') || a.title || '').trim().slice(0, 200),
  !!a.closest('nav, header, footer, [role=navigation], [role=banner], [role=contentinfo]')])"""


async def new_context(browser: Browser, settings: CrawlSettings, *, mobile: bool
                      ) -> BrowserContext:
    """A fresh, isolated context (no cookies shared between targets) with routing set."""
    if mobile:
        context = await browser.new_context(viewport=MOBILE_VIEWPORT, is_mobile=True,
                                            has_touch=True, user_agent=MOBILE_USER_AGENT)
    else:
        # Honest about being a tool, but close enough to Chrome that sites serve their page.
        agent = settings.user_agent or (
            f"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
            f"Chrome/{browser.version} Safari/537.36 {settings.user_agent_suffix}")
        context = await browser.new_context(viewport=DESKTOP_VIEWPORT, accept_downloads=False,
                                            user_agent=agent)
    if settings.bundle_dir is not None:
        await serve_bundle(context, settings.bundle_dir)
    elif settings.offline:
        await stay_local(context)
    return context


def page_record(result: Visit, file: str, role: str, why: str) -> dict[str, Any]:
    return {"file": file, "url": result.url, "final_url": result.final_url,
            "status": result.status, "headers": result.headers, "role": role, "why": why,
            "title": result.title, "truncated": result.truncated, "error": result.error}


class TargetCrawl:
    """The state of crawling one target; `run()` writes snapshot.json last."""

    def __init__(self, browser: Browser, target: Target, settings: CrawlSettings,
                 folder: Path, politeness: Politeness | None = None) -> None:
        self.browser, self.target, self.settings, self.folder = browser, target, settings, folder
        self.politeness = politeness or Politeness(settings.per_host, settings.host_delay_s,
                                                   settings.robots_token, settings.obey_robots)
        self.deadline = time.monotonic() + settings.target_timeout_s
        self.record: dict[str, Any] = {
            "target": target.to_dict(), "status": CrawlStatus.OK.value, "reason": "",
            "started_at": now_iso(), "finished_at": "", "tool_version": __version__,
            "pages": [], "social": [], "shots": {}, "skipped": [], "robots": {}}
        self.network = NetworkLog()
        self.probes: dict[str, Any] = {}
        self.console_errors: list[str] = []

    def fail(self, status: CrawlStatus, reason: str) -> None:
        self.record["status"], self.record["reason"] = status.value, reason

    def out_of_time(self) -> bool:
        return time.monotonic() > self.deadline

    async def run(self) -> dict[str, Any]:
        if self.folder.exists():  # a half-written earlier attempt is never reused
            shutil.rmtree(self.folder)
        self.folder.mkdir(parents=True)
        context = await new_context(self.browser, self.settings, mobile=False)
        try:
            self.network.attach(context)
            page = await context.new_page()
            page.on("console", lambda m: m.type == "error" and self._console(m.text))
            page.on("pageerror", lambda exc: self._console(str(exc)))
            if await self._home(page):
                await self._key_pages(page)
                await self._social(page)
                await self._mobile()
        finally:
            await context.close()
        return self.finish()

    def _console(self, text: str) -> None:
        if len(self.console_errors) < 200:
            self.console_errors.append(text[:500])

    async def _polite_visit(self, page: Page, url: str) -> Visit | None:
        """Visit `url` if robots.txt allows it, within the host's politeness slot."""
        policy = await self.politeness.robots(url, page, self.settings.page_timeout_s)
        self.record["robots"].setdefault(robots_url(url), policy.source)
        if not policy.allows(url, self.settings.robots_token):
            self.record["skipped"].append({"url": url, "why": "disallowed by robots.txt"})
            return None
        self.network.page = url
        async with self.politeness.slot(url, policy.crawl_delay(self.settings.robots_token)):
            return await visit(page, url, self.settings)

    async def _save_page(self, result: Visit, role: str, why: str, index: int) -> None:
        # An error page is not the site's content, except the home page kept as evidence.
        keep = result.html and (not result.error or role == "home")
        file = f"pages/{index:02d}-{role}.html.gz" if keep else ""
        if file:
            write_gzip_text(self.folder / file, result.html)
        self.record["pages"].append(page_record(result, file, role, why))

    async def _home(self, page: Page) -> bool:
        result = await self._polite_visit(page, self.target.website)
        if result is None:
            self.fail(CrawlStatus.DISALLOWED, f"robots.txt of {self.target.website} disallows "
                      f"the home page for {self.settings.robots_token!r} (use --ignore-robots"
                      " to override)")
            return False
        await self._save_page(result, "home", "home page", 0)
        if result.failure is not None:
            self.fail(result.failure, f"home page {self.target.website}: {result.error}")
            return False
        if result.status is not None and result.status >= 400:
            self.fail(CrawlStatus.ERROR, f"home page answered HTTP {result.status}")
        self.probes["home"] = await probes.measure(page)
        # Before anything could click a consent banner: what the site sets on arrival.
        self.probes["home"]["cookies_before_consent"] = await probes.cookies(page.context)
        if self.settings.screenshots:
            await self._shot(page, "desktop")
        return True

    async def _links(self, page: Page, home_url: str) -> list[Link]:
        """The home page's links, then the URLs of its sitemaps (robots.txt or /sitemap.xml)."""
        links = [Link(href, text, in_nav) for href, text, in_nav in
                 await page.eval_on_selector_all("a[href]", LINKS_SCRIPT)]
        if self.settings.sitemaps and self.settings.max_pages > 0:
            policy = await self.politeness.robots(home_url, page, self.settings.page_timeout_s)
            named = list(policy.sitemaps) or [urljoin(home_url, "/sitemap.xml")]
            async with self.politeness.slot(home_url):
                listed = await sitemap_pages(page, named, self.settings.page_timeout_s)
            links += [Link(url, source="sitemap.xml") for url in listed]
        return links

    async def _key_pages(self, page: Page) -> None:
        home_url = self.record["pages"][0]["final_url"] or self.target.website
        links = await self._links(page, home_url)
        for index, candidate in enumerate(key_pages(links, home_url, self.settings.max_pages), 1):
            if self.out_of_time():
                budget = self.settings.target_timeout_s
                self.fail(CrawlStatus.PARTIAL, f"time budget of {budget:.0f} s used up "
                          f"after {index} page(s)")
                return
            result = await self._polite_visit(page, candidate.url)
            if result is not None:
                await self._save_page(result, candidate.role, candidate.why, index)

    async def _social(self, page: Page) -> None:
        for platform, url in self.target.accounts.items():
            if self.out_of_time():
                return
            result = await self._polite_visit(page, url)
            if result is None:
                continue
            file = f"social/{platform}.html.gz" if result.html and not result.error else ""
            if file:
                write_gzip_text(self.folder / file, result.html)
            self.record["social"].append({"platform": platform, "url": url,
                                          "final_url": result.final_url,
                                          "status": result.status, "file": file,
                                          "error": result.error})

    async def _mobile(self) -> None:
        if self.out_of_time():
            return
        context = await new_context(self.browser, self.settings, mobile=True)
        try:
            page = await context.new_page()
            result = await visit(page, self.target.website, self.settings)
            if result.failure is None:
                self.probes["mobile"] = await probes.measure(page)
                if self.settings.screenshots:
                    await self._shot(page, "mobile")
        finally:
            await context.close()

    async def _shot(self, page: Page, name: str) -> None:
        try:
            image = await page.screenshot(full_page=False, timeout=10_000)
        except Exception as exc:  # a screenshot is evidence, not a reason to fail the target
            self._console(f"screenshot {name} failed: {exc}")
            return
        write_bytes_atomic(self.folder / "shots" / f"{name}.png", image)
        self.record["shots"][name] = f"shots/{name}.png"

    def finish(self) -> dict[str, Any]:
        pages = self.record["pages"]
        if self.record["status"] == CrawlStatus.OK.value and any(p["error"] for p in pages[1:]):
            failed = sum(1 for p in pages if p["error"])
            self.fail(CrawlStatus.PARTIAL, f"{failed} of {len(pages)} page(s) failed to load")
        home = self.probes.setdefault("home", {})
        home["console_errors"] = self.console_errors
        home["third_party_hosts"] = probes.third_party_hosts(self.network.rows,
                                                             self.target.website)
        self.network.write(self.folder / "network.jsonl")
        write_json(self.folder / "probes.json", self.probes)
        self.record["finished_at"] = now_iso()
        write_json(self.folder / "snapshot.json", self.record)  # last: the completion marker
        return self.record


async def crawl_target(browser: Browser, target: Target, settings: CrawlSettings,
                       folder: Path, politeness: Politeness | None = None) -> dict[str, Any]:
    """Crawl `target` into `folder`; returns the snapshot record (also on disk).

    `politeness` is shared by the targets of one batch; without it the target has its own.
    """
    return await TargetCrawl(browser, target, settings, folder, politeness).run()
