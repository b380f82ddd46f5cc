"""A real LocalCluster of two worker processes, no browser: per-host politeness across
workers, and a worker that dies (its task retried once on another worker, then given up)."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from distributed import KilledWorker, get_worker

from benchmark.cluster import session as session_module
from benchmark.cluster.connect import open_cluster
from benchmark.cluster.worker import PLUGIN_NAME
from benchmark.crawl.settings import CrawlSettings
from benchmark.model import Target
from benchmark.runstore import RunStore, read_json

CLOCK_TOLERANCE_S = 0.1  # a thread hop between the worker's loop and the crawl loop, loaded


@pytest.fixture(scope="module")
def cluster() -> Iterator[tuple]:
    warnings: list[str] = []
    with open_cluster("local:2", threads=2, note=lambda text: None,
                      warn=warnings.append) as session:
        yield session, warnings


def hold_slots(index: int, per_host: int, delay_s: float, hold_s: float, loads: int
               ) -> tuple[list[tuple[float, float]], str]:
    """On a worker: `loads` page loads on one shared host, each holding its slot hold_s."""
    plugin = get_worker().plugins[PLUGIN_NAME]
    gate = plugin.gate(CrawlSettings(per_host=per_host, host_delay_s=delay_s))

    async def loads_on_host() -> list[tuple[float, float]]:
        spans = []
        for page in range(loads):
            async with gate.slot(f"https://www.shared-platform.example/p{index}-{page}"):
                start = time.time()  # one machine: the workers' clocks are the same clock
                await asyncio.sleep(hold_s)
                spans.append((start, time.time()))
        return spans

    return plugin.run(loads_on_host()), get_worker().address


def most_at_once(spans: list[tuple[float, float]]) -> int:
    events = sorted([(start, 1) for start, _ in spans] + [(end, -1) for _, end in spans])
    at_once = peak = 0
    for _, step in events:  # at equal times the end (-1) sorts first: touching is no overlap
        at_once += step
        peak = max(peak, at_once)
    return peak


def test_loads_on_one_host_are_bounded_across_workers(cluster):
    session, _ = cluster
    # 4 tasks of 3 loads (12), 2 per worker at once; per_host 2, delay 0.4 s, 0.6 s each
    futures = [session.client.submit(hold_slots, i, 2, 0.4, 0.6, 3, pure=False)
               for i in range(4)]
    results = session.client.gather(futures)
    spans = sorted(span for spans, _ in results for span in spans)
    assert len(spans) == 12
    assert len({worker for _, worker in results}) == 2  # both workers loaded the host
    assert most_at_once(spans) <= 2
    gaps = [later[0] - earlier[0] for earlier, later in zip(spans, spans[1:], strict=False)]
    assert min(gaps) >= 0.4 - CLOCK_TOLERANCE_S, gaps


def attempts(root: Path, target_id: str) -> int:
    return len(list(root.glob(f"{target_id}.attempt*")))


def die_once(store: RunStore, target: Target) -> str:
    """A map function whose first attempt on `unlucky` (every attempt on `doomed`) kills
    its worker process, after a pause in which the client sees it running."""
    tried = attempts(store.root, target.id)
    (store.root / f"{target.id}.attempt{tried}").touch()
    if target.id == "doomed" or (target.id == "unlucky" and tried == 0):
        time.sleep(1.5)
        os._exit(1)
    return f"{target.id} on attempt {tried + 1}"


def die_crawling(target: Target, root: Path, settings: CrawlSettings) -> tuple[dict, str]:
    (root / f"{target.id}.attempt{attempts(root, target.id)}").touch()
    (root / "snapshots" / target.id).mkdir(parents=True, exist_ok=True)
    (root / "snapshots" / target.id / "half.html").write_text("<html", encoding="utf-8")
    time.sleep(1.5)
    os._exit(1)


def store_of(tmp_path: Path, *ids: str) -> tuple[RunStore, list[Target]]:
    store = RunStore(tmp_path)
    targets = [Target(id=i, name=i, kind="company", website=f"https://{i}.example/")
               for i in ids]
    store.save_targets(targets, None)
    return store, targets


def test_a_task_whose_worker_died_runs_once_more_elsewhere(cluster, tmp_path: Path):
    session, warnings = cluster
    warnings.clear()
    store, targets = store_of(tmp_path, "unlucky", "fine")
    results = dict((t.id, r) for t, r in session.map(die_once, store, targets))
    assert results == {"unlucky": "unlucky on attempt 2", "fine": "fine on attempt 1"}
    assert any("left the cluster" in w and "unlucky" in w for w in warnings), warnings


def test_a_task_whose_workers_died_twice_is_given_up(cluster, tmp_path: Path):
    session, _ = cluster
    store, targets = store_of(tmp_path, "doomed")
    with pytest.raises(KilledWorker):
        list(session.map(die_once, store, targets))
    assert attempts(tmp_path, "doomed") == 2


def test_a_crawl_whose_workers_died_twice_is_an_error_record(cluster, tmp_path: Path,
                                                             monkeypatch):
    session, _ = cluster
    store, targets = store_of(tmp_path, "doomed")
    monkeypatch.setattr(session_module, "crawl_task", die_crawling)
    reported = []
    records = session.crawl(targets, store, CrawlSettings(), lambda t, r, s: reported.append(
        (t.id, r["status"], s)))
    assert attempts(tmp_path, "doomed") == 2
    assert reported == [("doomed", "error", False)]
    assert records["doomed"]["status"] == "error"
    folder = tmp_path / "snapshots" / "doomed"
    assert read_json(folder / "snapshot.json")["reason"].endswith("(KilledWorker)")
    assert not (folder / "half.html").exists()  # what the dead attempts left is gone
