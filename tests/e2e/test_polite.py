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
    async def run() -> list[float]:
        gate = Politeness(per_host=1, delay_s=0.2, agent="benchmark", obey_robots=True)
        starts: list[float] = []

        async def load(url: str) -> None:
            async with gate.slot(url):
                starts.append(time.monotonic())
                await asyncio.sleep(0.05)

        await asyncio.gather(*(load(f"https://x.com/account{i}") for i in range(3)),
                             load("https://other.org/"))
        return starts

    starts = sorted(asyncio.run(run()))
    # other.org starts at once; the three x.com loads are 0.05 s + 0.2 s apart
    gaps = [b - a for a, b in zip(starts[1:], starts[2:], strict=False)]
    assert all(gap >= 0.24 for gap in gaps), gaps
