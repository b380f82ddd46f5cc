"""Cluster benchmark: the crawl benchmark's corpus crawled locally, then over 1 and 2 local
Dask workers (`--cluster local:N`): pages/s, ratio to the local run, peak PSS.

Run: .venv/bin/python benchmarks/cluster_bench.py [--sites 12 --pages 6 --workers 1 2]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import corpus
import pss
from crawl_bench import code_id, make_targets, start_server, wait_for_quiet

from benchmark.cluster.connect import open_cluster
from benchmark.crawl.batch import crawl
from benchmark.crawl.settings import CrawlSettings
from benchmark.model import Target
from benchmark.runstore import RunStore, read_json


def loads_of(store: RunStore, targets: list[Target]) -> int:
    """Page loads of the plan (home, key pages, social profiles), from snapshot.json."""
    total = 0
    for target in targets:
        record = read_json(store.snapshot_dir(target.id) / "snapshot.json")
        total += len(record["pages"]) + len(record["social"])
    return total


def measured(name: str, server_pid: int, run: Callable[[], float], quiet_s: float) -> dict:
    """Run `run()` (returns the seconds it spent starting a cluster) under the PSS sampler
    (the client, its local workers, their Playwright drivers and Chromiums)."""
    wait_for_quiet(quiet_s)
    with pss.TreeSampler(exclude={server_pid}) as sampler:
        start = time.perf_counter()
        startup = run()
        wall = time.perf_counter() - start
    return {"name": name, "wall": wall - startup, "startup": startup,
            "peak_mb": sampler.peak_mb, "cpu_s": sampler.cpu_s,
            "busy": sampler.machine_busy_s}


def over_cluster(workers: int, store: RunStore, targets: list[Target],
                 settings: CrawlSettings) -> float:
    clock = time.perf_counter()
    with open_cluster(f"local:{workers}", threads=settings.concurrency,
                      note=lambda text: None) as session:
        startup = time.perf_counter() - clock
        session.crawl(targets, store, settings)
    return startup


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, default=12)
    parser.add_argument("--pages", type=int, default=6, help="pages per site, home included")
    parser.add_argument("--social", type=int, default=2)
    parser.add_argument("--concurrency", type=int, default=3, help="targets at once per "
                        "worker (and in the local run)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--quiet-wait", type=float, default=30.0, metavar="S")
    args = parser.parse_args()
    settings = CrawlSettings(offline=True, concurrency=args.concurrency)
    rows = []
    with tempfile.TemporaryDirectory(prefix="cluster-bench-") as tmp:
        built = corpus.build(Path(tmp), args.sites, args.pages, args.social)
        server, ports = start_server(built.hosts_dir, (20.0, 80.0))
        try:
            targets = make_targets(built, ports)
            local = RunStore(Path(tmp) / "local")
            rows.append(measured("local", server.pid, lambda: crawl(targets, local, settings)
                                 and 0.0, args.quiet_wait))
            loads = loads_of(local, targets)
            for n in args.workers:
                store = RunStore(Path(tmp) / f"cluster-{n}")
                store.save_targets(targets, None)  # as the CLI does: workers look for it
                rows.append(measured(f"local:{n}", server.pid, lambda n=n, store=store:
                                     over_cluster(n, store, targets, settings),
                                     args.quiet_wait))
                assert loads_of(store, targets) == loads, "the runs loaded other pages"
        finally:
            server.terminate()
            server.wait()
    print(f"{len(targets)} sites x {args.pages} pages + {args.social} social profiles, "
          f"{loads} page loads per run, concurrency {args.concurrency} per worker; "
          f"{code_id()}\n")
    print("| run | crawl wall s | pages/s | ratio to local | cluster start s | peak PSS MB "
          "| CPU s (tree) | machine busy s |\n|---|---|---|---|---|---|---|---|")
    base = loads / rows[0]["wall"]
    for row in rows:
        rate = loads / row["wall"]
        print(f"| {row['name']} | {row['wall']:.1f} | {rate:.2f} | {rate / base:.2f} | "
              f"{row['startup']:.1f} | {row['peak_mb']:.0f} | {row['cpu_s']:.0f} | "
              f"{row['busy']:.0f} |")


if __name__ == "__main__":
    main()
