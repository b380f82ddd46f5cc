"""Crawl many targets with one browser and bounded concurrency; resume what is done."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from playwright.async_api import Browser, async_playwright

from benchmark import __version__
from benchmark.crawl.browser import launch
from benchmark.crawl.politeness import Politeness
from benchmark.crawl.settings import CrawlSettings
from benchmark.crawl.target import crawl_target
from benchmark.model import CrawlStatus, Target
from benchmark.runstore import RunStore, now_iso, read_json, write_json

OnDone = Callable[[Target, dict[str, Any], bool], None]  # (target, record, was_skipped)


def completed_record(store: RunStore, target: Target) -> dict[str, Any] | None:
    """The snapshot record of a target crawled to the end earlier, if any."""
    marker = store.snapshot_dir(target.id) / "snapshot.json"
    if not marker.exists():
        return None
    try:
        return read_json(marker)
    except (OSError, ValueError):
        return None  # unreadable marker: crawl again


def failure_record(target: Target, status: CrawlStatus, reason: str, started: str
                   ) -> dict[str, Any]:
    return {"target": target.to_dict(), "status": status.value, "reason": reason,
            "started_at": started, "finished_at": now_iso(), "tool_version": __version__,
            "pages": [], "social": [], "shots": {}}


async def crawl_one(browser: Browser, target: Target, settings: CrawlSettings,
                    store: RunStore, politeness: Politeness) -> dict[str, Any]:
    folder = store.snapshot_dir(target.id)
    started = now_iso()
    try:
        # The target checks its own deadline between pages; this is the safety net.
        return await asyncio.wait_for(crawl_target(browser, target, settings, folder,
                                                   politeness),
                                      timeout=settings.target_timeout_s + 60)
    except TimeoutError:
        record = failure_record(target, CrawlStatus.TIMEOUT,
                                f"gave up after {settings.target_timeout_s:.0f} s", started)
    except Exception as exc:  # errors are results: one target never stops the batch
        record = failure_record(target, CrawlStatus.ERROR,
                                f"{type(exc).__name__}: {str(exc)[:300]}", started)
    folder.mkdir(parents=True, exist_ok=True)
    write_json(folder / "snapshot.json", record)
    return record


def pending(targets: list[Target], store: RunStore, settings: CrawlSettings,
            on_done: OnDone | None = None) -> tuple[dict[str, dict[str, Any]], list[Target]]:
    """(records of the targets already complete, reported to on_done; targets to crawl)."""
    records: dict[str, dict[str, Any]] = {}
    todo: list[Target] = []
    for target in targets:
        done = None if settings.force else completed_record(store, target)
        if done is None:
            todo.append(target)
        else:
            records[target.id] = done
            if on_done:
                on_done(target, done, True)
    return records, todo


def offline_browser(settings: CrawlSettings) -> bool:
    """Whether Chromium may resolve only loopback hosts (bundles and replays answer all)."""
    return (settings.offline or settings.bundle_dir is not None
            or settings.replay_dir is not None)


async def crawl_all(targets: list[Target], store: RunStore, settings: CrawlSettings,
                    on_done: OnDone | None = None) -> dict[str, dict[str, Any]]:
    """Crawl every target not already complete; returns target id -> snapshot record."""
    records, todo = pending(targets, store, settings, on_done)
    if not todo:
        return records
    async with async_playwright() as playwright:
        browser = await launch(playwright.chromium, offline=offline_browser(settings),
                               host_map=settings.host_map)
        gate = asyncio.Semaphore(max(1, settings.concurrency))
        politeness = Politeness(settings.per_host, settings.host_delay_s,
                                settings.robots_token, settings.obey_robots)

        async def one(target: Target) -> None:
            async with gate:
                record = await crawl_one(browser, target, settings, store, politeness)
            records[target.id] = record
            if on_done:
                on_done(target, record, False)

        try:
            await asyncio.gather(*(one(target) for target in todo))
        finally:
            await browser.close()
    return records


def crawl(targets: list[Target], store: RunStore, settings: CrawlSettings,
          on_done: OnDone | None = None) -> dict[str, dict[str, Any]]:
    """Synchronous entry point for the CLI and the pipeline."""
    return asyncio.run(crawl_all(targets, store, settings, on_done))
