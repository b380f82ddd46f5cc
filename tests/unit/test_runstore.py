"""Atomic writes and run.json provenance."""

import os
import stat
from pathlib import Path

import pytest

from benchmark.runstore import RunStore, write_bytes_atomic


def test_failed_write_keeps_the_old_file_and_no_temp_file(tmp_path: Path, monkeypatch):
    target = tmp_path / "benchmark.html"
    target.write_text("old", encoding="utf-8")

    def interrupted(source: str, destination: Path) -> None:
        raise OSError("interrupted")

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(OSError, match="interrupted"):
        write_bytes_atomic(target, b"new")
    assert target.read_text(encoding="utf-8") == "old"
    assert list(tmp_path.iterdir()) == [target]


def test_written_files_are_shareable(tmp_path: Path):
    write_bytes_atomic(tmp_path / "a" / "b.txt", b"x")
    assert stat.S_IMODE((tmp_path / "a" / "b.txt").stat().st_mode) == 0o644


def test_run_json_merges_sections_and_records_version(tmp_path: Path):
    store = RunStore(tmp_path)
    store.update(targets={"a": {"crawl_status": "ok"}})
    store.update(targets={"b": {"crawl_status": "timeout"}})
    record = store.record()
    assert set(record["targets"]) == {"a", "b"}
    assert record["tool_version"] and record["created_at"] <= record["updated_at"]
