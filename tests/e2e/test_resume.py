"""A real crawl killed with SIGKILL mid-run resumes to the same results as an uninterrupted one."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

pytestmark = pytest.mark.browser
PATHS = ("/", "/polite", "/about", "/news", "/careers", "/investors")
TIMED = ["load-time"]  # milliseconds: no two page loads take the same time


def run_cli(targets: Path, out: Path) -> subprocess.Popen:
    code = "from benchmark.cli import main; main()"
    # Timings weigh nothing here, so the two runs' scores must be identical.
    weights = out.parent / "untimed.toml"
    weights.write_text("[criteria]\n" + "".join(f"{c} = 0\n" for c in TIMED), encoding="utf-8")
    return subprocess.Popen([sys.executable, "-c", code, "run", str(targets), "--out", str(out),
                             "--offline", "--quiet", "--concurrency", "2", "--delay", "0.3",
                             "--weights", str(weights)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)


def finished(out: Path) -> int:
    return len(list((out / "snapshots").glob("*/snapshot.json")))


def table(path: Path) -> pd.DataFrame:
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    if "criterion_id" in frame:
        timed = frame["criterion_id"].isin(TIMED)
        assert (frame.loc[timed, "status"] != "error").all()
        frame = frame[~timed]
    return frame.sort_values(list(frame.columns[:2])).reset_index(drop=True)


def test_killed_run_resumes_to_identical_results(tmp_path: Path, local_server: str):
    targets = tmp_path / "targets.csv"
    targets.write_text("id,name,kind,website\n" + "".join(
        f"site{i},Site {i},company,{local_server}{path}\n" for i, path in enumerate(PATHS)),
        encoding="utf-8")
    reference = tmp_path / "reference"
    assert run_cli(targets, reference).wait(timeout=300) == 0

    interrupted = tmp_path / "interrupted"
    process = run_cli(targets, interrupted)
    deadline = time.monotonic() + 120
    while finished(interrupted) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert process.poll() is None, "the crawl ended before it could be interrupted"
    os.killpg(process.pid, signal.SIGKILL)  # the CLI and its Chromium processes, at once
    process.wait()
    done_before = finished(interrupted)
    assert 2 <= done_before < len(PATHS)
    assert not (interrupted / "results.csv").exists()
    kept = {p: p.stat().st_mtime_ns for p in (interrupted / "snapshots").glob("*/snapshot.json")}

    resumed = run_cli(targets, interrupted)
    assert resumed.wait(timeout=300) == 0, resumed.stderr.read()
    # the targets finished before the kill were not crawled again
    assert all(p.stat().st_mtime_ns == mtime for p, mtime in kept.items())
    assert not list(interrupted.rglob("*.tmp"))
    pd.testing.assert_frame_equal(table(interrupted / "results.csv"),
                                  table(reference / "results.csv"))
    pd.testing.assert_frame_equal(table(interrupted / "scores.csv"),
                                  table(reference / "scores.csv"))
