"""Politeness in the real browser: robots.txt obeyed, sitemaps read, per-host pacing."""

from __future__ import annotations

import asyncio
import time

import pytest

from benchmark.crawl import politeness
from benchmark.crawl.batch import crawl
from benchmark.crawl.politeness import Politeness
from benchmark.crawl.settings import CrawlSettings
from benchmark.model import Target
from benchmark.runstore import RunStore

pytestmark = pytest.mark.browser
FAST = CrawlSettings(offline=True, page_timeout_s=5, settle_s=1, target_timeout_s=40,
                     screenshots=False, host_delay_s=0)


def target(tid: str, url: str) -> Target:
    return Target(id=tid, name=tid, kind="company", website=url)


def test_robots_rules_and_sitemap_pages(tmp_path, local_server, closed_server):
    targets = [target("polite", f"{local_server}/polite"),
               target("closed", f"{closed_server}/")]
    records = crawl(targets, RunStore(tmp_path), FAST)
    polite = records["polite"]
    visited = {p["final_url"].removeprefix(local_server): p for p in polite["pages"]}
    assert "/private/press" not in visited
    assert polite["skipped"] == [{"url": f"{local_server}/private/press",
                                  "why": "disallowed by robots.txt"}]
    assert visited["/sustainability"]["why"].endswith("(from sitemap.xml)")
    assert visited["/about"]["role"] == "about"
    assert polite["robots"][f"{local_server}/robots.txt"] == {"status": 200,
                                                               "rules": "robots.txt"}
    closed = records["closed"]
    assert closed["status"] == "disallowed"
    assert "--ignore-robots" in closed["reason"] and closed["pages"] == []


def test_ignore_robots_overrides(tmp_path, closed_server):
    settings = CrawlSettings(**{**FAST.__dict__, "obey_robots": False})
    record = crawl([target("closed", f"{closed_server}/")], RunStore(tmp_path), settings)
    assert record["closed"]["status"] in ("ok", "partial")
    assert len(record["closed"]["pages"]) >= 4


CLOCK_TOLERANCE_S = 0.01  # asyncio timers may fire a hair early; load only delays them


class RecordedSleeps:
    """The asyncio module as politeness sees it, with every wait the gate decides recorded:
    what the rule decides, independent of how late a loaded machine runs it."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __getattr__(self, name: str):
        return getattr(asyncio, name)

    async def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        await asyncio.sleep(seconds)


def paced(per_host: int, seconds: float, monkeypatch) -> tuple[list[tuple[str, float, float]],
                                                                list[float]]:
    """Four loads on x.com and one on other.org through one gate (delay 0.2 s): each load's
    (url, start, end), by start, and the waits the gate chose."""
    sleeps = RecordedSleeps()
    monkeypatch.setattr(politeness, "asyncio", sleeps)

    async def run() -> list[tuple[str, float, float]]:
        gate = Politeness(per_host=per_host, delay_s=0.2, agent="benchmark", obey_robots=True)
        loads: list[tuple[str, float, float]] = []

        async def load(url: str) -> None:
            async with gate.slot(url):
                started = time.monotonic()
                await asyncio.sleep(seconds)
                loads.append((url, started, time.monotonic()))

        await asyncio.gather(*(load(f"https://x.com/account{i}") for i in range(4)),
                             load("https://other.org/"))
        return sorted(loads, key=lambda item: item[1])

    return asyncio.run(run()), sleeps.waits


def start_gaps(loads: list[tuple[str, float, float]]) -> list[float]:
    starts = [start for url, start, _ in loads if "x.com" in url]
    return [b - a for a, b in zip(starts, starts[1:], strict=False)]


def test_one_host_is_paced_across_targets(monkeypatch):
    # short loads, one at a time: x.com starts at least 0.2 s apart; other.org at once
    short, waits = paced(1, 0.05, monkeypatch)
    assert "https://other.org/" in (short[0][0], short[1][0])
    assert all(gap >= 0.2 - CLOCK_TOLERANCE_S for gap in start_gaps(short)), start_gaps(short)
    assert waits and all(0 < wait <= 0.2 for wait in waits), waits  # never beyond the delay
    # loads longer than the delay, one at a time: each starts when the previous one ends,
    # and the gate never adds the delay on top (it runs from start to start)
    long, waits = paced(1, 0.3, monkeypatch)
    long = [load for load in long if "x.com" in load[0]]
    assert all(nxt[1] >= prev[2] for prev, nxt in zip(long, long[1:], strict=False))
    assert waits == []
    # two at a time: still 0.2 s between starts, never three loads at once
    two, _ = paced(2, 0.3, monkeypatch)
    two = [load for load in two if "x.com" in load[0]]
    assert all(gap >= 0.2 - CLOCK_TOLERANCE_S for gap in start_gaps(two)), start_gaps(two)
    assert max(sum(1 for _, s, e in two if s <= t < e) for _, t, _ in two) <= 2


def test_per_host_loads_run_together_up_to_the_limit():
    """Two slots on one host are really used at once, and a third load waits for one to be
    freed, however slowly the machine runs (events, not durations)."""

    async def run() -> None:
        gate = Politeness(per_host=2, delay_s=0.05, agent="benchmark", obey_robots=True)
        release, running, started = asyncio.Event(), [0], []

        async def load(i: int) -> None:
            async with gate.slot(f"https://x.com/account{i}"):
                started.append(i)
                running[0] += 1
                assert running[0] <= 2
                await release.wait()
                running[0] -= 1

        async def two_started() -> None:
            while len(started) < 2:  # the second one after the delay
                await asyncio.sleep(0.01)

        tasks = [asyncio.create_task(load(i)) for i in range(3)]
        await asyncio.wait_for(two_started(), timeout=30)
        await asyncio.sleep(0.3)  # well past the delay: only a free slot lets a third in
        assert len(started) == 2 and running[0] == 2
        release.set()
        await asyncio.wait_for(asyncio.gather(*tasks), timeout=30)
        assert sorted(started) == [0, 1, 2]

    asyncio.run(run())
