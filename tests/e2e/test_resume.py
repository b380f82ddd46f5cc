"""A real crawl killed with SIGKILL mid-run resumes to the same results as an uninterrupted one.

The kill happens at a chosen point, not after a guessed delay: one target's home page is held
by its server until the test releases it, so the interrupted run cannot end on its own; the
test kills it once two other targets have written their completion marker (snapshot.json)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pandas as pd
import pytest

pytestmark = pytest.mark.browser
PATHS = ("/", "/polite", "/about", "/news", "/careers", "/investors")
TIMED = ["load-time"]  # milliseconds: no two page loads take the same time
# All three runs on one day: ages of dated items (freshness) must not change at midnight.
DAY = {"BENCHMARK_TODAY": "2026-11-21"}


def run_cli(targets: Path, out: Path) -> subprocess.Popen:
    code = "from benchmark.cli import main; main()"
    # Timings weigh nothing here, so the two runs' scores must be identical.
    weights = out.parent / "untimed.toml"
    weights.write_text("[criteria]\n" + "".join(f"{c} = 0\n" for c in TIMED), encoding="utf-8")
    return subprocess.Popen([sys.executable, "-c", code, "run", str(targets), "--out", str(out),
                             "--offline", "--quiet", "--concurrency", "2", "--delay", "0.3",
                             # the held page must outlast any wait for the kill
                             "--page-timeout", "300", "--target-timeout", "600",
                             "--weights", str(weights)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, env={**os.environ, **DAY})


def finished(out: Path) -> int:
    return len(list((out / "snapshots").glob("*/snapshot.json")))


def table(path: Path) -> pd.DataFrame:
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    if "criterion_id" in frame:
        timed = frame["criterion_id"].isin(TIMED)
        assert (frame.loc[timed, "status"] != "error").all()
        frame = frame[~timed]
    return frame.sort_values(list(frame.columns[:2])).reset_index(drop=True)


def wait_for_markers(out: Path, count: int, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 240
    while finished(out) < count:
        assert process.poll() is None, process.stderr.read()
        assert time.monotonic() < deadline, f"fewer than {count} targets done in 240 s"
        time.sleep(0.05)


def test_killed_run_resumes_to_identical_results(
        tmp_path: Path, local_server: str, held_server: tuple[str, threading.Event]):
    held, release = held_server
    targets = tmp_path / "targets.csv"
    targets.write_text(f"id,name,kind,website\nheld,Held,company,{held}/\n"
                       + "".join(f"site{i},Site {i},company,{local_server}{path}\n"
                                 for i, path in enumerate(PATHS)), encoding="utf-8")
    reference = tmp_path / "reference"
    release.set()
    assert run_cli(targets, reference).wait(timeout=300) == 0

    release.clear()  # from now on the held target cannot finish: the run cannot end alone
    interrupted = tmp_path / "interrupted"
    process = run_cli(targets, interrupted)
    wait_for_markers(interrupted, 2, process)
    os.killpg(process.pid, signal.SIGKILL)  # the CLI and its Chromium processes, at once
    process.wait()
    done_before = finished(interrupted)
    assert 2 <= done_before <= len(PATHS)
    assert not (interrupted / "snapshots" / "held" / "snapshot.json").exists()
    assert not (interrupted / "results.csv").exists()
    kept = {p: p.stat().st_mtime_ns for p in (interrupted / "snapshots").glob("*/snapshot.json")}
    # halves of files that a killed run was writing (write_bytes_atomic's temp files)
    halves = [interrupted / "snapshots" / "held" / ".snapshot.json.k1ll3d.tmp",
              interrupted / ".run.json.k1ll3d.tmp"]
    for half in halves:
        half.parent.mkdir(parents=True, exist_ok=True)
        half.write_text('{"status": "ok", "pages": [', encoding="utf-8")

    release.set()
    resumed = run_cli(targets, interrupted)
    assert resumed.wait(timeout=300) == 0, resumed.stderr.read()
    # the targets finished before the kill were not crawled again; the held one was
    assert all(p.stat().st_mtime_ns == mtime for p, mtime in kept.items())
    assert (interrupted / "snapshots" / "held" / "snapshot.json").exists()
    assert not any(half.exists() for half in halves)
    assert not list(interrupted.rglob("*.tmp"))
    fresh = table(reference / "results.csv").query("criterion_id == 'content-freshness'")
    assert set(fresh.value) == {"", "2026-11-02"}  # judged on the pinned day
    pd.testing.assert_frame_equal(table(interrupted / "results.csv"),
                                  table(reference / "results.csv"))
    pd.testing.assert_frame_equal(table(interrupted / "scores.csv"),
                                  table(reference / "scores.csv"))
