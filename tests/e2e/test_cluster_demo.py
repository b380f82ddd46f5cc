"""The demo panel through `--cluster local:2` gives the local run's results.csv (load times
excepted: no two page loads take the same time), crawled by both workers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

pytestmark = pytest.mark.browser
DAY = {"BENCHMARK_TODAY": "2026-11-21"}  # both runs judge dated items on one day
TIMED = ["load-time"]


def demo(out: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", "from benchmark.cli import main; main()",
                           "demo", "--out", str(out), "--quiet", *extra],
                          capture_output=True, text=True, timeout=900,
                          env={**os.environ, **DAY})


def results(run: Path) -> pd.DataFrame:
    frame = pd.read_csv(run / "results.csv", dtype=str, keep_default_na=False)
    return frame[~frame.criterion_id.isin(TIMED)].reset_index(drop=True)


def test_demo_over_two_local_workers_equals_the_local_run(tmp_path: Path):
    local, spread = tmp_path / "local", tmp_path / "cluster"
    for out, extra in ((local, ()), (spread, ("--cluster", "local:2"))):
        done = demo(out, *extra)
        assert done.returncode == 2, done.stderr  # the demo's unreachable organisation
        assert "ghost" in done.stderr
    # same rows in the same order (targets' order, whatever order the workers finished)
    pd.testing.assert_frame_equal(results(spread), results(local))
    assert len(results(local)) > 10 * 50  # 10 targets x ~59 criteria, load time aside
    stages = json.loads((spread / "run.json").read_text())["stages"]
    workers = stages["crawl"]["settings"]["cluster"]["workers"]
    assert len(workers) == 2
    assert sum(w["done"] + w["failed"] for w in workers.values()) == 10
    assert all(w["done"] + w["failed"] >= 1 for w in workers.values())  # both crawled
    assert sum(w["failed"] for w in workers.values()) == 1  # ghost
    assert (spread / "benchmark.html").exists() and (spread / "benchmark.xlsx").exists()
    scores = [pd.read_csv(run / "scores.csv", dtype=str, keep_default_na=False)
              for run in (local, spread)]
    assert list(scores[0].target_id) == list(scores[1].target_id)
