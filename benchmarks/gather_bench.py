"""Seconds for gather + evaluate of a crawled run: this checkout against a baseline commit.

    .venv/bin/python benchmarks/gather_bench.py RUN [--baseline REF] [--repeat 5]

RUN is a crawled run folder (e.g. `benchmark demo --out runs/demo`). Each repetition is a
fresh process per version (no warm caches), the versions alternate so that a busy machine
slows both alike, and only the two stages are timed (imports excluded). CPU seconds are the
figure to compare (wall seconds move with whatever else the machine runs). The baseline is
the same files at git REF, extracted to a temporary folder.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TIMER = """
import json, shutil, sys, time
from pathlib import Path
from benchmark import pipeline
from benchmark.runstore import RunStore
source, work = Path(sys.argv[1]), Path(sys.argv[2])
shutil.copytree(source, work)
for stale in ("observations", "results.csv"):
    path = work / stale
    shutil.rmtree(path) if path.is_dir() else path.unlink(missing_ok=True)
store = RunStore(work)
wall, cpu = time.perf_counter(), time.process_time()
pipeline.gather_stage(store)
pipeline.evaluate_stage(store)
print(json.dumps({"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu}))
"""


def extract(ref: str, into: Path) -> Path:
    """The tracked files of `ref` in `into` (git archive), for PYTHONPATH."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", ref], check=True,
                             capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def time_once(code: Path, run: Path, scratch: Path) -> dict[str, float]:
    work = scratch / "run"
    shutil.rmtree(work, ignore_errors=True)
    env = {**os.environ, "PYTHONPATH": str(code),
           "BENCHMARK_TECH_DATA": os.environ.get("BENCHMARK_TECH_DATA",
                                                 str(ROOT / ".cache" / "tech"))}
    done = subprocess.run([sys.executable, "-c", TIMER, str(run), str(work)], env=env,
                          cwd=scratch, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("run", type=Path)
    parser.add_argument("--baseline", default="HEAD", help="git ref to compare with")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    run = args.run.resolve()
    if not (run / "snapshots").is_dir():
        sys.exit(f"{run}: no snapshots/ folder (crawl a run first, e.g. benchmark demo)")
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "baseline").mkdir()
        versions = {"baseline": extract(args.baseline, Path(tmp) / "baseline"),
                    "current": ROOT}
        times: dict[str, list[dict[str, float]]] = {name: [] for name in versions}
        for _ in range(args.repeat):
            for name, code in versions.items():
                scratch = Path(tmp) / f"scratch-{name}"
                scratch.mkdir(exist_ok=True)
                times[name].append(time_once(code, run, scratch))
    targets = len(list((run / "snapshots").iterdir()))
    median = {name: {key: statistics.median(t[key] for t in runs) for key in ("cpu", "wall")}
              for name, runs in times.items()}
    for name, figures in median.items():
        print(f"{name:8s} gather+evaluate of {targets} targets, median of {args.repeat}: "
              f"{figures['cpu']:.2f} CPU s, {figures['wall']:.2f} wall s")
    ratio = median["current"]["cpu"] / median["baseline"]["cpu"]
    print(f"current / baseline ({args.baseline}) CPU time: {ratio:.2f}  (target: at most 1.10)")


if __name__ == "__main__":
    main()
