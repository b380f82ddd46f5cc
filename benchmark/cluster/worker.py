"""On each Dask worker: one event loop thread and one Chromium for all its crawl tasks."""

from __future__ import annotations

import asyncio
import concurrent.futures
import signal
import threading
from collections.abc import Coroutine
from contextlib import AsyncExitStack, suppress
from pathlib import Path
from typing import Any

from distributed import WorkerPlugin, get_worker

from benchmark.cluster.politeness import ClusterPoliteness
from benchmark.crawl.settings import CrawlSettings
from benchmark.model import Target
from benchmark.runstore import RunStore

PLUGIN_NAME = "benchmark-browser"


class RunFolderMissing(RuntimeError):
    """The run folder is not visible on this worker (no shared filesystem)."""


class BrowserPlugin(WorkerPlugin):
    """Owns an asyncio loop in a thread of the worker; the browser starts with the first
    crawl task (gather and evaluate tasks never need one) and closes with the worker."""

    name = PLUGIN_NAME

    def __init__(self, ignore_interrupt: bool = False) -> None:
        self.ignore_interrupt = ignore_interrupt

    def setup(self, worker) -> None:
        if self.ignore_interrupt and threading.current_thread() is threading.main_thread():
            # Local workers share the terminal's Ctrl-C with the client: the client alone
            # answers it (cancels the tasks, closes the cluster), not each worker dying.
            signal.signal(signal.SIGINT, signal.SIG_IGN)
        self.worker = worker
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True,
                                       name="benchmark-crawl-loop")
        self.thread.start()
        self.exits = AsyncExitStack()
        self.browsers: dict[tuple, Any] = {}  # launch options -> Browser
        self.politeness: dict[tuple, ClusterPoliteness] = {}
        self.running: set[concurrent.futures.Future] = set()
        self.launching = asyncio.Lock()  # bound to self.loop when first awaited there

    def run(self, coroutine: Coroutine) -> Any:
        """Run `coroutine` on the plugin's loop and wait for it (from a task's thread)."""
        future = asyncio.run_coroutine_threadsafe(coroutine, self.loop)
        self.running.add(future)
        try:
            return future.result()
        finally:
            self.running.discard(future)

    def cancel_all(self) -> int:
        """Cancel the crawls under way (the client was interrupted); how many there were."""
        running = list(self.running)
        for future in running:
            future.cancel()
        return len(running)

    async def browser(self, settings: CrawlSettings):
        from playwright.async_api import async_playwright

        from benchmark.crawl.batch import offline_browser
        from benchmark.crawl.browser import launch

        key = (offline_browser(settings), settings.host_map)
        async with self.launching:
            if key not in self.browsers:
                if not hasattr(self, "playwright"):
                    self.playwright = await self.exits.enter_async_context(async_playwright())
                browser = await launch(self.playwright.chromium, offline=key[0],
                                       host_map=key[1], handle_sigint=False)
                self.exits.push_async_callback(browser.close)
                self.browsers[key] = browser
        return self.browsers[key]

    def gate(self, settings: CrawlSettings) -> ClusterPoliteness:
        key = (settings.per_host, settings.host_delay_s, settings.robots_token,
               settings.obey_robots)
        if key not in self.politeness:
            self.politeness[key] = ClusterPoliteness(
                *key, worker_loop=self.worker.loop.asyncio_loop,
                scheduler_rpc=self.worker.scheduler, io_loop=self.worker.loop)
        return self.politeness[key]

    async def crawl(self, target: Target, store: RunStore, settings: CrawlSettings
                    ) -> dict[str, Any]:
        from benchmark.crawl.batch import crawl_one

        return await crawl_one(await self.browser(settings), target, settings, store,
                               self.gate(settings))

    def teardown(self, worker) -> None:
        self.cancel_all()
        with suppress(Exception):  # a browser already gone: nothing left to close
            asyncio.run_coroutine_threadsafe(self.exits.aclose(), self.loop).result(timeout=30)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=10)


def check_run_folder(root: Path) -> None:
    if not (root / "targets.json").exists():
        raise RunFolderMissing(f"{root}: the run folder is not visible on worker "
                               f"{get_worker().address}; workers need the run folder at the "
                               "same path (a shared filesystem: NFS...), see docs/scaling.md")


def crawl_task(target: Target, root: Path, settings: CrawlSettings
               ) -> tuple[dict[str, Any], str]:
    """One target's crawl, on the worker's browser: (snapshot record, worker address)."""
    check_run_folder(root)
    worker = get_worker()
    plugin: BrowserPlugin = worker.plugins[PLUGIN_NAME]
    return plugin.run(plugin.crawl(target, RunStore(root), settings)), worker.address


def cancel_crawls(dask_worker=None) -> int:
    """Run on every worker by the client (Client.run) when it is interrupted."""
    plugin = (dask_worker or get_worker()).plugins.get(PLUGIN_NAME)
    return plugin.cancel_all() if plugin is not None else 0
