"""Crawl one target into its snapshot folder: a self-contained function of its inputs."""

from __future__ import annotations

import shutil
import time
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from playwright.async_api import Browser, Page

from benchmark import __version__
from benchmark.crawl import probes
from benchmark.crawl.accounts import crawl_accounts
from benchmark.crawl.archive import ARCHIVE_NAME, ArchiveRecorder
from benchmark.crawl.console import ConsoleLog
from benchmark.crawl.contexts import new_context
from benchmark.crawl.discover import Link, key_pages
from benchmark.crawl.fetch import Fetched
from benchmark.crawl.guards import Guard
from benchmark.crawl.homepage import probe_home
from benchmark.crawl.netlog import NetworkLog
from benchmark.crawl.phone import PhoneUnavailable, emulate_phone
from benchmark.crawl.politeness import Politeness
from benchmark.crawl.probe_runner import ProbeRunner
from benchmark.crawl.robots import robots_url
from benchmark.crawl.settings import CrawlSettings
from benchmark.crawl.sitemap import sitemap_pages
from benchmark.crawl.visit import Visit, visit
from benchmark.model import CrawlStatus, Target
from benchmark.runstore import now_iso, write_bytes_atomic, write_gzip_text, write_json

NO_WEBSITE = "no website: a person, audited on its social accounts"
LINKS_SCRIPT = """els => els.slice(0, 5000).map(a => [a.href,
  (a.innerText || a.getAttribute('aria-label') || a.title || '').trim().slice(0, 200),
  !!a.closest('nav, header, footer, [role=navigation], [role=banner], [role=contentinfo]')])"""


def page_record(result: Visit, file: str, role: str, why: str) -> dict[str, Any]:
    return {"file": file, "url": result.url, "final_url": result.final_url,
            "status": result.status, "headers": result.headers, "role": role, "why": why,
            "title": result.title, "truncated": result.truncated, "error": result.error,
            "left_site": result.left_site}


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
        self.archive = (ArchiveRecorder(settings.archive_max_body_bytes,
                                        settings.archive_max_bytes) if settings.archive else None)
        self.replay = (settings.replay_dir / "snapshots" / target.id / ARCHIVE_NAME
                       if settings.replay_dir else None)
        self.probes: dict[str, Any] = {}
        self.console = ConsoleLog()
        self.fetched_texts: dict[str, Fetched] = {}  # sitemaps, whole: for the archive
        self.crashes_seen = 0  # renderer crashes the guard had seen when the tab was opened

    def fail(self, status: CrawlStatus, reason: str) -> None:
        self.record["status"], self.record["reason"] = status.value, reason

    def out_of_time(self) -> bool:
        return time.monotonic() > self.deadline

    async def run(self) -> dict[str, Any]:
        if self.folder.exists():  # a half-written earlier attempt is never reused
            shutil.rmtree(self.folder)
        self.folder.mkdir(parents=True)
        self.guard = Guard()  # dialogs, pop-ups, downloads, crashes: noted, never waited on
        # One tab does everything, as a visitor's would: a context and a renderer per
        # target (docs/performance.md). Only a crashed tab is replaced.
        async with AsyncExitStack() as tabs:
            page = await tabs.enter_async_context(self._tab())
            page.on("console", self.console.on_message)
            page.on("pageerror", lambda exc: self.console.add(str(exc)))
            # A person may have no website: only its social accounts are fetched.
            reached = await self._home(page) if self.target.website else self._no_site()
            if reached:
                await self._key_pages(page)
            if self.target.accounts or reached:  # audited even when the site is down
                page = await self._usable(tabs, page)
                await self._social(page)
            if reached:  # last: the tab becomes a phone for good
                self.network.detach(page)  # the phone repeats the home page: not logged
                await self._mobile(await self._usable(tabs, page))
        if self.archive:
            robots = {url: self.politeness.fetched.get(url) for url in self.record["robots"]}
            for url, fetched in (robots | self.fetched_texts).items():
                self.archive.add_fetched(url, fetched)
            await self.archive.flush(self.folder / ARCHIVE_NAME)
        return self.finish()

    @asynccontextmanager
    async def _tab(self) -> AsyncIterator[Page]:
        """A tab in a fresh context, guarded, logged and archived; closed on exit."""
        context = await new_context(self.browser, self.settings, replay=self.replay)
        try:
            if self.archive:
                self.archive.attach(context)
            page = await context.new_page()
            self.network.attach(page)
            self.guard.watch(context, page)
            self.crashes_seen = self.guard.counts["crashes"]
            yield page
        finally:
            if self.archive:  # bodies can only be read while the context is open
                await self.archive.drain()
            await context.close()

    async def _usable(self, tabs: AsyncExitStack, page: Page) -> Page:
        """`page`, or a tab in a fresh context if its renderer crashed."""
        if self.guard.counts["crashes"] == self.crashes_seen:
            return page
        return await tabs.enter_async_context(self._tab())

    async def _polite_visit(self, page: Page, url: str) -> Visit | None:
        """Visit `url` if robots.txt allows it, within the host's politeness slot."""
        policy = await self.politeness.robots(url, page, self.settings.page_timeout_s)
        # Per target, though fetched once per host and batch: each snapshot stands alone.
        self.record["robots"].setdefault(robots_url(url), {"status": policy.status,
                                                           "rules": policy.source})
        if not policy.allows(url, self.settings.robots_token):
            self.record["skipped"].append({"url": url, "why": "disallowed by robots.txt"})
            return None
        self.network.page = url
        self.console.mark()
        async with self.politeness.slot(url, policy.crawl_delay(self.settings.robots_token)):
            site = self.record["pages"][0]["final_url"] if self.record["pages"] else ""
            return await visit(page, url, self.settings, site=site)

    async def _save_page(self, result: Visit, role: str, why: str, index: int) -> None:
        # An error page is not the site's content, except the home page kept as evidence.
        keep = result.html and (not result.error or role == "home")
        file = f"pages/{index:02d}-{role}.html.gz" if keep else ""
        if file:
            write_gzip_text(self.folder / file, result.html)
        self.record["pages"].append(page_record(result, file, role, why))

    def _no_site(self) -> bool:
        """A target without a website (a person): nothing to visit, not a failure."""
        self.record["reason"] = NO_WEBSITE
        return False

    async def _home(self, page: Page) -> bool:
        result = await self._polite_visit(page, self.target.website)
        if result is None:
            self.fail(CrawlStatus.DISALLOWED, f"robots.txt of {self.target.website} disallows "
                      f"the home page for {self.settings.robots_token!r} (use --ignore-robots"
                      " to override)")
            return False
        if result.failure is None:  # each probe has its own bound (settings.PROBE_BOUNDS_S)
            # Hosts mapped to a local stand-in (host_map) are not the real web either.
            real_web = (self.settings.bundle_dir is None and self.replay is None
                        and not self.settings.host_map)
            await probe_home(self.probes.setdefault("home", {}), page, result, self.settings,
                             self.console, real_web=real_web)
        await self._save_page(result, "home", "home page", 0)
        if result.failure is not None:
            self.fail(result.failure, f"home page {self.target.website}: {result.error}")
            return False
        if result.status is not None and result.status >= 400:
            self.fail(CrawlStatus.ERROR, f"home page answered HTTP {result.status}")
        if result.left_site:
            self.guard.note(f"home page redirects to another site: {result.final_url}")
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
                listed = await sitemap_pages(page, named, self.settings.page_timeout_s,
                                             self.fetched_texts)
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
        await crawl_accounts(self, page)  # listed, then discovered on the site

    async def _mobile(self, page: Page) -> None:
        """The home page again, on the same tab turned into a phone (shared HTTP cache);
        probes.json `mobile` is the phone's measurement, or why there is none (cut short)."""
        phone, budget = ProbeRunner(self.probes, page=page), self.settings.target_timeout_s
        if self.out_of_time():
            return phone.cut("mobile", "skipped", f"the time budget of {budget:.0f} s was "
                             "used up before the phone visit")
        try:
            await emulate_phone(page)
        except PhoneUnavailable as exc:
            self.guard.note(f"the phone could not be emulated ({exc}): no mobile measurement")
            return phone.cut("mobile", "error", f"the phone could not be emulated: {exc}")
        result = await visit(page, self.target.website, self.settings)
        if result.failure is not None:
            kind = "timeout" if result.failure is CrawlStatus.TIMEOUT else "error"
            return phone.cut("mobile", kind, f"the home page on the phone: {result.error}")
        await phone.run("mobile", lambda: probes.measure(page))
        if self.settings.screenshots:
            await self._shot(page, "mobile")

    async def _shot(self, page: Page, name: str) -> None:
        """Evidence, never a reason to fail the target: probes.json `screenshots` says why
        one is missing."""

        async def take() -> str:
            image = await page.screenshot(full_page=False)  # PNG (DESIGN.md)
            write_bytes_atomic(self.folder / "shots" / f"{name}.png", image)
            return f"shots/{name}.png"

        shots = ProbeRunner(self.probes.setdefault("screenshots", {}), page=page)
        file = await shots.run("screenshot", take, key=name)
        if file:
            self.record["shots"][name] = file

    def finish(self) -> dict[str, Any]:
        pages = self.record["pages"]
        # A key page that redirects to another site was left unread on purpose: no failure.
        failed = sum(1 for p in pages if p["error"] and not p["left_site"])
        if self.record["status"] == CrawlStatus.OK.value and failed:
            self.fail(CrawlStatus.PARTIAL, f"{failed} of {len(pages)} page(s) failed to load")
        self.guard.conclude(self.record)
        self.probes["interruptions"] = self.guard.summary()
        home = self.probes.setdefault("home", {})
        home.setdefault("console_errors", self.console.errors)
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
