"""`crawl --archive` then `crawl --replay` through the CLI gives the same observations."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

pytestmark = pytest.mark.browser
VOLATILE = {"timing", "started_at", "finished_at", "crawl_date", "resources_by_type",
            "transfer_bytes", "requests", "network", "console_errors", "http_redirect"}


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "benchmark", *args], capture_output=True,
                          text=True, timeout=300)


def stable(value):
    """Observations without what legitimately changes between two loads (times, sizes)."""
    if isinstance(value, dict):
        return {k: stable(v) for k, v in value.items() if k not in VOLATILE}
    if isinstance(value, list):
        return [stable(v) for v in value]
    return value


def test_replay_reproduces_the_observations(tmp_path: Path, local_server: str):
    targets = tmp_path / "targets.csv"
    targets.write_text(f"id,name,kind,website\nlocal,Local,company,{local_server}/\n"
                       f"polite,Polite,company,{local_server}/polite\n", encoding="utf-8")
    first, second = tmp_path / "first", tmp_path / "second"
    done = cli("crawl", str(targets), "--out", str(first), "--offline", "--archive", "--quiet",
               "--delay", "0")
    assert done.returncode in (0, 2), done.stderr
    assert (first / "snapshots" / "local" / "archive.warc.gz").stat().st_size > 1000
    same = cli("crawl", "--replay", str(first), "--out", str(first))
    assert same.returncode == 1 and "another --out" in same.stderr
    replayed = cli("crawl", "--replay", str(first), "--out", str(second), "--quiet",
                   "--delay", "0")
    assert replayed.returncode in (0, 2), replayed.stderr
    for run in (first, second):
        assert cli("gather", str(run), "--quiet").returncode == 0
    for target in ("local", "polite"):  # one robots.txt fetch for the host, in both archives
        with (first / "snapshots" / target / "archive.warc.gz").open("rb") as handle:
            uris = {record.rec_headers.get_header("WARC-Target-URI")
                    for record in ArchiveIterator(handle) if record.rec_type == "response"}
        assert f"{local_server}/robots.txt" in uris, target
    for target in ("local", "polite"):
        before = json.loads((first / "observations" / f"{target}.json").read_text())
        after = json.loads((second / "observations" / f"{target}.json").read_text())
        assert stable(after) == stable(before), target
    record = json.loads((second / "run.json").read_text())
    assert record["stages"]["crawl"]["settings"]["replay"] == str(first)
