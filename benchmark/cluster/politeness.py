"""Per-host politeness across the workers of a Dask cluster: a distributed Semaphore per host
for the loads at once, a distributed Lock per host held for the delay between load starts."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any
from urllib.parse import urlsplit

from distributed import Lock, Semaphore

from benchmark.crawl.politeness import Politeness

PREFIX = "benchmark-host"


def primitive_names(host: str, per_host: int) -> tuple[str, str]:
    """(semaphore, lock) names of a host. The scheduler refuses one name with two lease
    counts, so runs with another --per-host on the same cluster get their own semaphore."""
    return f"{PREFIX}:{per_host}:{host}", f"{PREFIX}:start:{host}"


async def _call(method: Callable[[], Awaitable[Any]]) -> Any:
    # Called on the worker's own loop, where distributed's primitives are asynchronous.
    return await method()


async def _release_later(lock: Lock, delay_s: float) -> None:
    await asyncio.sleep(delay_s)
    await lock.release()


class ClusterPoliteness(Politeness):
    """Politeness whose `slot` holds cluster-wide leases; robots.txt is still fetched once
    per host and worker (each worker keeps its own cache, like a local batch).

    The crawl runs on an event loop of its own (benchmark.cluster.worker); the distributed
    primitives live on the Dask worker's loop, `worker_loop`, and are called there.
    """

    def __init__(self, per_host: int, delay_s: float, agent: str, obey_robots: bool,
                 worker_loop: asyncio.AbstractEventLoop, scheduler_rpc: Any,
                 io_loop: Any) -> None:
        super().__init__(per_host, delay_s, agent, obey_robots)
        self.worker_loop, self.scheduler_rpc, self.io_loop = worker_loop, scheduler_rpc, io_loop
        self._primitives: dict[str, tuple[Semaphore, Lock]] = {}

    def _on_worker(self, method: Callable[[], Awaitable[Any]]) -> asyncio.Future:
        return asyncio.wrap_future(asyncio.run_coroutine_threadsafe(_call(method),
                                                                   self.worker_loop))

    def primitives(self, host: str) -> tuple[Semaphore, Lock]:
        if host not in self._primitives:
            gate_name, start_name = primitive_names(host, self.per_host)
            self._primitives[host] = (
                Semaphore(self.per_host, gate_name, scheduler_rpc=self.scheduler_rpc,
                          loop=self.io_loop),
                Lock(start_name, scheduler_rpc=self.scheduler_rpc, loop=self.io_loop))
        return self._primitives[host]

    async def _take(self, primitive: Semaphore) -> None:
        """Acquire `primitive`; if this crawl is cancelled meanwhile, a lease granted
        afterwards is given back at once instead of being held until its timeout."""
        acquiring = self._on_worker(primitive.acquire)
        try:
            await asyncio.shield(acquiring)
        except asyncio.CancelledError:
            acquiring.add_done_callback(
                lambda done: done.cancelled() or done.exception() is not None
                or self._on_worker(primitive.release))
            raise

    @asynccontextmanager
    async def slot(self, url: str, extra_delay_s: float = 0.0) -> AsyncIterator[None]:
        """Hold one of the host's `per_host` leases across the cluster, once the previous
        start on the host is `delay` seconds old: its starter holds the host's lock for
        that long, so no clock is compared between machines."""
        host = (urlsplit(url).netloc or "").lower()
        gate, start = self.primitives(host)
        await self._take(gate)
        try:
            await self._take(start)
            delay = max(self.delay_s, extra_delay_s)
            asyncio.run_coroutine_threadsafe(_release_later(start, delay), self.worker_loop)
            yield
        finally:
            await asyncio.shield(self._on_worker(gate.release))
