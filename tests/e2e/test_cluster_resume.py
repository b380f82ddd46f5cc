"""A run over `--cluster local:2` interrupted mid-crawl resumes like a local one: the
targets finished before are not crawled again, the one under way is.

The interruption happens at a chosen point: one target's home page is held by its server
until the test releases it, so the run cannot end on its own; the test interrupts it once
two other targets have written their completion marker (snapshot.json)."""

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
PATHS = ("/", "/about", "/news")
DAY = {"BENCHMARK_TODAY": "2026-11-21"}


def run_cli(targets: Path, out: Path) -> subprocess.Popen:
    # Ctrl-C handled as users see it (entry_point); SIGUSR1 dumps every thread's stack.
    code = ("import faulthandler, signal; faulthandler.register(signal.SIGUSR1, "
            "all_threads=True); from benchmark.cli import entry_point; entry_point()")
    return subprocess.Popen([sys.executable, "-c", code, "run", str(targets), "--out", str(out),
                             "--cluster", "local:2", "--concurrency", "2", "--offline",
                             "--quiet", "--max-pages", "2",
                             # the held page must outlast any wait for the interruption
                             "--page-timeout", "300", "--target-timeout", "600"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, env={**os.environ, **DAY})


def exit_code(process: subprocess.Popen, within_s: float) -> int:
    """The process's exit code; if it is still running after `within_s`, fail with the
    stacks of its threads, so that a hang says where it is."""
    try:
        return process.wait(timeout=within_s)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGUSR1)
        time.sleep(2)
        os.killpg(process.pid, signal.SIGKILL)
        _, stderr = process.communicate()
        pytest.fail(f"still running {within_s} s after the signal:\n{stderr[-6000:]}")


def finished(out: Path) -> int:
    return len(list((out / "snapshots").glob("*/snapshot.json")))


def group_gone(pgid: int, within_s: float) -> bool:
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.2)
    return False


@pytest.mark.parametrize("signal_", [signal.SIGINT, signal.SIGKILL], ids=["ctrl-c", "kill"])
def test_interrupted_cluster_run_resumes(tmp_path: Path, local_server: str, signal_,
                                         held_server: tuple[str, threading.Event]):
    held, release = held_server
    targets = tmp_path / "targets.csv"
    targets.write_text(f"id,name,kind,website\nheld,Held,company,{held}/\n"
                       + "".join(f"site{i},Site {i},company,{local_server}{path}\n"
                                 for i, path in enumerate(PATHS)), encoding="utf-8")
    out = tmp_path / "run"
    process = run_cli(targets, out)
    deadline = time.monotonic() + 300
    while finished(out) < 2:
        assert process.poll() is None, process.stderr.read()
        assert time.monotonic() < deadline, "fewer than 2 targets done in 300 s"
        time.sleep(0.05)
    # Ctrl-C in a terminal reaches the whole foreground group: client and local workers.
    os.killpg(process.pid, signal_)
    code = exit_code(process, 120)
    if signal_ == signal.SIGINT:
        assert code == 130, process.stderr.read()
        assert "run the same command again" in process.stderr.read()
    assert group_gone(process.pid, 60), "worker processes outlived the client"
    assert not (out / "snapshots" / "held" / "snapshot.json").exists()
    assert not (out / "results.csv").exists()
    kept = {p: p.stat().st_mtime_ns for p in (out / "snapshots").glob("*/snapshot.json")}
    assert 2 <= len(kept) <= len(PATHS)

    release.set()
    resumed = run_cli(targets, out)
    assert resumed.wait(timeout=300) == 0, resumed.stderr.read()
    assert all(p.stat().st_mtime_ns == mtime for p, mtime in kept.items())  # not again
    assert (out / "snapshots" / "held" / "snapshot.json").exists()
    assert not list(out.rglob("*.tmp"))
    results = pd.read_csv(out / "results.csv", dtype=str, keep_default_na=False)
    assert set(results.target_id) == {"held", "site0", "site1", "site2"}
    home = results[results.criterion_id == "https"]
    assert set(home.status) == {"fail"}  # every site reached, over plain http
