"""Politeness in the real browser: robots.txt obeyed, sitemaps read, per-host pacing."""

from __future__ import annotations

import asyncio
import time

import pytest

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


def test_one_host_is_paced_across_targets():
    async def run(per_host: int, seconds: float) -> list[tuple[str, float, float]]:
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

    def starts(loads: list[tuple[str, float, float]]) -> list[float]:
        return [start for url, start, _ in loads if "x.com" in url]

    def gaps(values: list[float]) -> list[float]:
        return [b - a for a, b in zip(values, values[1:], strict=False)]

    # short loads, one at a time: x.com starts 0.2 s apart; other.org starts at once
    short = asyncio.run(run(1, 0.05))
    assert short[0][0] == "https://other.org/" or short[1][0] == "https://other.org/"
    assert all(gap >= 0.19 for gap in gaps(starts(short))), gaps(starts(short))
    # loads longer than the delay, one at a time: each starts when the previous one ends
    long = [load for load in asyncio.run(run(1, 0.3)) if "x.com" in load[0]]
    assert all(0.29 <= gap < 0.45 for gap in gaps(starts(long))), gaps(starts(long))
    assert all(nxt[1] >= prev[2] for prev, nxt in zip(long, long[1:], strict=False))
    # two at a time: still 0.2 s between starts, never three loads at once
    two = [load for load in asyncio.run(run(2, 0.3)) if "x.com" in load[0]]
    assert all(gap >= 0.19 for gap in gaps(starts(two))), gaps(starts(two))
    assert max(sum(1 for _, s, e in two if s <= t < e) for _, t, _ in two) == 2
