"""Crawl benchmark: our crawler vs plain Playwright on a generated local corpus.

Run: .venv/bin/python benchmarks/crawl_bench.py [--sites 40 --pages 10 --concurrency 3]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

import ablations
import corpus
import phases
import pss
from baseline import baseline
from bench_table import Measured, cpu_breakdown, table, verdicts

from benchmark.crawl.batch import crawl
from benchmark.crawl.settings import DESKTOP_VIEWPORT, CrawlSettings
from benchmark.model import Target
from benchmark.runstore import RunStore, read_json


def code_id() -> str:
    """Which crawler was measured: HEAD's commit and a hash of benchmark/crawl/*.py as is."""
    repo = Path(__file__).resolve().parents[1]
    head = (repo / ".git/HEAD").read_text().strip() if (repo / ".git/HEAD").exists() else ""
    if head.startswith("ref: ") and (repo / ".git" / head[5:]).exists():
        head = (repo / ".git" / head[5:]).read_text().strip()
    digest = hashlib.sha256()
    for path in sorted((repo / "benchmark/crawl").glob("*.py")):
        digest.update(path.name.encode() + path.read_bytes())
    return f"commit {head[:10] or '?'}, benchmark/crawl sha256 {digest.hexdigest()[:12]}"


def wait_for_quiet(max_s: float, busy_below: float = 0.25) -> None:
    """Wait (at most max_s) until other jobs leave the machine's CPUs mostly idle."""
    deadline = time.monotonic() + max_s
    while time.monotonic() < deadline:
        before, start = pss.machine_busy_seconds(), time.monotonic()
        time.sleep(1.0)
        busy = (pss.machine_busy_seconds() - before) / (time.monotonic() - start)
        if busy / (os.cpu_count() or 1) < busy_below:
            return


def measure(name: str, server_pid: int, run: Callable[[], str], loads: int, targets: int,
            quiet_s: float = 0.0) -> Measured:
    """Run `run()` (returns a note) while sampling the PSS and CPU of our process tree."""
    wait_for_quiet(quiet_s)
    server_cpu = pss.cpu_seconds(server_pid)
    with pss.TreeSampler(exclude={server_pid}) as sampler:
        start = time.perf_counter()
        note = run()
        wall = time.perf_counter() - start
    print(f"  {name}: {wall:.1f} s  {note}", flush=True)
    return Measured(name, wall, loads, targets, sampler.peak_mb, sampler.mean_mb,
                    sampler.processes, sampler.cpu_s, sampler.machine_busy_s,
                    pss.cpu_seconds(server_pid) - server_cpu, note, sampler.cpu_by_kind(),
                    sampler.sampler_cpu_s)


def start_server(hosts_dir: Path, latency: tuple[float, float]
                 ) -> tuple[subprocess.Popen, dict[str, int]]:
    """The corpus server in its own process (no GIL shared with the crawler)."""
    script = Path(__file__).with_name("corpus_server.py")
    server = subprocess.Popen([sys.executable, str(script), str(hosts_dir), *map(str, latency)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    line = server.stdout.readline() if server.stdout else ""
    if not line:
        raise SystemExit("the corpus server did not start")
    return server, json.loads(line)


def make_targets(built: corpus.Corpus, ports: dict[str, int]) -> list[Target]:
    return [Target(id=name, name=name.title(), kind="listed-company",
                   website=f"http://127.0.0.1:{ports[name]}/",
                   accounts={p: f"http://127.0.0.1:{ports[p]}/{name}/" for p in built.platforms})
            for name in built.sites]


def plan_from(store: RunStore, targets: list[Target]) -> list[list[str]]:
    """The URLs our crawler loaded per target (pages then social), from snapshot.json."""
    plan = []
    for t in targets:
        record = read_json(store.snapshot_dir(t.id) / "snapshot.json")
        plan.append([p["url"] for p in record["pages"]] + [s["url"] for s in record["social"]])
    return plan


def run_ours(store: RunStore, targets: list[Target], settings: CrawlSettings,
             timings: dict[str, Any] | None) -> str:
    if timings is None:
        records = crawl(targets, store, settings)
    else:
        with phases.instrumented() as totals:
            records = crawl(targets, store, settings)
        timings.update(totals)
    statuses = Counter(r["status"] for r in records.values())
    failed = sum(1 for r in records.values() for p in r["pages"] + r["social"] if p["error"])
    return " ".join(f"{k}={v}" for k, v in sorted(statuses.items())) + f" failed_pages={failed}"


def run_baseline(plan: list[list[str]], concurrency: int,
                 viewport: dict[str, int] | None = None) -> str:
    stats = baseline(plan, concurrency, viewport=viewport)
    return f"errors={len(stats.errors)}" + (f" ({stats.errors[0][:80]})" if stats.errors else "")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, default=40)
    parser.add_argument("--pages", type=int, default=10, help="pages per site, home included")
    parser.add_argument("--social", type=int, default=2, help="social profiles per site (0-4)")
    parser.add_argument("--concurrency", type=int, default=3)
    parser.add_argument("--latency", type=float, nargs=2, default=(20.0, 80.0),
                        metavar=("MIN_MS", "MAX_MS"), help="added to every response")
    parser.add_argument("--repeat", type=int, default=1,
                        help="alternate ours/baseline this many times; verdicts use the best")
    parser.add_argument("--quiet-wait", type=float, default=30.0, metavar="S",
                        help="before each run, wait up to S s for other jobs to calm down")
    parser.add_argument("--quick", action="store_true", help="smoke run: 6 sites x 5 pages")
    parser.add_argument("--phases", action="store_true",
                        help="time the crawler's phases (wraps its functions) in the first run")
    parser.add_argument("--diagnose", action="store_true",
                        help="extra runs: ours without one feature at a time (patched), "
                        "baseline with our viewport")
    args = parser.parse_args()
    if args.quick:
        args.sites, args.pages = 6, 5
    return args


def benchmark(args: argparse.Namespace, root: Path, server_pid: int, built: corpus.Corpus,
              ports: dict[str, int], timings: dict[str, Any] | None) -> list[Measured]:
    targets = make_targets(built, ports)
    n, quiet = len(targets), args.quiet_wait
    baseline([[targets[0].website]], 1)  # warm up the Chromium binary and the page cache
    settings = CrawlSettings(offline=True, concurrency=args.concurrency)
    rows: list[Measured] = []
    plan: list[list[str]] = []
    for round_ in range(max(1, args.repeat)):
        store = RunStore(root / f"run-{round_}")
        rows.append(measure("ours", server_pid, partial(
            run_ours, store, targets, settings, timings if round_ == 0 else None), 0, n, quiet))
        plan = plan or plan_from(store, targets)
        rows[-1].loads = sum(map(len, plan))
        rows.append(measure("baseline", server_pid, partial(
            run_baseline, plan, args.concurrency), rows[-1].loads, n, quiet))
    if args.diagnose:
        loads = rows[0].loads
        for index, variant in enumerate(ablations.VARIANTS):
            if not ablations.applicable(variant):
                print(f"  {variant}: skipped (the crawler no longer has it)")
                continue
            with ablations.patched(variant):
                rows.append(measure(variant, server_pid, partial(
                    run_ours, RunStore(root / f"variant-{index}"), targets,
                    ablations.settings_for(variant, settings), None), loads, n, quiet))
        rows.append(measure("baseline +1366x900", server_pid, partial(
            run_baseline, plan, args.concurrency, viewport=DESKTOP_VIEWPORT), loads, n, quiet))
    return rows


def main() -> None:
    args = parse_args()
    timings: dict[str, Any] | None = {} if args.phases else None
    with tempfile.TemporaryDirectory(prefix="crawl-bench-") as tmp:
        clock = time.perf_counter()
        built = corpus.build(Path(tmp), args.sites, args.pages, args.social)
        print(f"corpus: {len(built.sites)} sites x {args.pages} pages + {len(built.platforms)} "
              f"social profile(s) each; {built.bytes_per_page_load / 1e6:.2f} MB per cold "
              f"home-page load; latency {args.latency[0]:.0f}-{args.latency[1]:.0f} ms "
              f"(generated in {time.perf_counter() - clock:.1f} s)", flush=True)
        server, ports = start_server(built.hosts_dir, tuple(args.latency))
        try:
            rows = benchmark(args, Path(tmp), server.pid, built, ports, timings)
        finally:
            server.terminate()
            server.wait()
    print(f"\n{datetime.now(UTC):%Y-%m-%d %H:%M} UTC; {code_id()}; concurrency {args.concurrency}; "
          f"{rows[0].loads} page loads per run (home + key pages + social profiles); "
          "ours also loads each home page again in a mobile context\n")
    print(table(rows) + "\n\n" + cpu_breakdown(rows) + "\n\n" + verdicts(rows, args.concurrency))
    if timings:
        ours = next(m for m in rows if m.name == "ours")
        print("\n" + phases.report(timings, ours.wall_s))


if __name__ == "__main__":
    main()
