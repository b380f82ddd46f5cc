"""Two workers, each crawling two targets at once, never load the shared social platform
host more than --per-host at a time, and start loads there --delay apart: the platform's
server records when each profile page was asked for and answered."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest
from fixture_site import FixtureHandler

pytestmark = pytest.mark.browser
HOLD_S = 0.4  # each profile page is answered this late: loads long enough to overlap
DELAY_S = 0.5
CLOCK_TOLERANCE_S = 0.1  # the browser's request may leave a little after the slot's start


class PlatformHandler(FixtureHandler):
    """A social platform: /profile/* pages, each answered HOLD_S late and recorded."""

    def do_GET(self) -> None:
        if not self.path.startswith("/profile/"):
            return super().do_GET()
        start = time.monotonic()  # one process: one clock for every request
        time.sleep(HOLD_S)
        self._send(200, f"<html><head><title>{self.path}</title></head><body>profile"
                   "</body></html>")
        with self.server.lock:  # type: ignore[attr-defined]
            self.server.spans.append((start, time.monotonic()))  # type: ignore[attr-defined]


@pytest.fixture
def platform() -> Iterator[tuple[str, list]]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), PlatformHandler)
    server.daemon_threads = True
    server.lock, server.spans = threading.Lock(), []  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", server.spans  # type: ignore
    server.shutdown()
    server.server_close()


def most_at_once(spans: list[tuple[float, float]]) -> int:
    events = sorted([(start, 1) for start, _ in spans] + [(end, -1) for _, end in spans])
    at_once = peak = 0
    for _, step in events:
        at_once += step
        peak = max(peak, at_once)
    return peak


def test_two_workers_share_the_per_host_limit(tmp_path: Path, local_server: str, platform):
    base, spans = platform
    targets = tmp_path / "targets.csv"
    targets.write_text("id,name,kind,website,facebook,x\n" + "".join(
        f"t{i},T{i},company,{local_server}{path},{base}/profile/t{i}-fb,{base}/profile/t{i}-x\n"
        for i, path in enumerate(("/", "/about", "/news", "/careers"))), encoding="utf-8")
    out = tmp_path / "run"
    done = subprocess.run([sys.executable, "-c", "from benchmark.cli import main; main()",
                           "crawl", str(targets), "--out", str(out), "--cluster", "local:2",
                           "--concurrency", "2", "--per-host", "1", "--delay", str(DELAY_S),
                           "--max-pages", "0", "--offline", "--quiet"],
                          capture_output=True, text=True, timeout=600, env=dict(os.environ))
    assert done.returncode == 0, done.stderr
    assert len(spans) == 8  # 4 targets x 2 profiles, each loaded once
    assert most_at_once(spans) == 1  # --per-host 1, across both workers
    starts = sorted(start for start, _ in spans)
    gaps = [b - a for a, b in zip(starts, starts[1:], strict=False)]
    # one start per --delay (0.5 s), here longer than a load's own HOLD_S (0.4 s)
    assert min(gaps) >= DELAY_S - CLOCK_TOLERANCE_S, gaps
    workers = json.loads((out / "run.json").read_text())["stages"]["crawl"]["settings"][
        "cluster"]["workers"]
    assert len(workers) == 2 and all(w["done"] >= 1 for w in workers.values()), workers
    assert sum(w["done"] for w in workers.values()) == 4
