"""The run folder: paths, atomic JSON/CSV/bytes writes, and run.json provenance."""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

import pandas as pd

from benchmark import __version__, clock
from benchmark.model import Target


def now_iso() -> str:
    """Now, to the second, in UTC (on BENCHMARK_TODAY's day when set: see benchmark.clock)."""
    return clock.now().replace(microsecond=0).isoformat()


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@contextmanager
def atomic_file(path: Path) -> Iterator[BinaryIO]:
    """A binary file that appears at `path` complete or not at all: written in the same
    folder under a temporary name, synced, then renamed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; run files are meant to be shared
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write via a temp file in the same folder and rename, so readers never see halves."""
    with atomic_file(path) as handle:
        handle.write(data)


def write_json(path: Path, data: Any) -> None:
    write_bytes_atomic(path, json.dumps(data, indent=2, ensure_ascii=False).encode())


def read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def write_gzip_text(path: Path, text: str) -> None:
    write_bytes_atomic(path, gzip.compress(text.encode("utf-8"), compresslevel=6))


def read_gzip_text(path: Path) -> str:
    return gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")


def write_jsonl(path: Path, rows: Iterable[dict]) -> None:
    lines = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    write_bytes_atomic(path, lines.encode())


def write_csv(path: Path, frame: pd.DataFrame) -> None:
    # Streamed into the file: results.csv of 10,000 organisations is ~115 MB, held twice
    # (text, then bytes) when made in memory first.
    with atomic_file(path) as handle:
        text = io.TextIOWrapper(handle, encoding="utf-8", newline="")
        frame.to_csv(text, index=False)
        text.flush()
        text.detach()  # the handle stays open for atomic_file's sync and rename


class RunStore:
    """Paths inside one run folder, and the run.json record of what each stage did."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    # -- paths ---------------------------------------------------------------------------
    @property
    def run_json(self) -> Path:
        return self.root / "run.json"

    @property
    def targets_json(self) -> Path:
        return self.root / "targets.json"

    @property
    def results_csv(self) -> Path:
        return self.root / "results.csv"

    @property
    def scores_csv(self) -> Path:
        return self.root / "scores.csv"

    @property
    def criteria_json(self) -> Path:
        return self.root / "criteria.json"

    def snapshot_dir(self, target_id: str) -> Path:
        return self.root / "snapshots" / target_id

    def observations_path(self, target_id: str) -> Path:
        return self.root / "observations" / f"{target_id}.json"

    # -- targets -------------------------------------------------------------------------
    def save_targets(self, targets: list[Target], source: Path | None) -> None:
        write_json(self.targets_json, [t.to_dict() for t in targets])
        if source is not None:
            self.update(targets_file={"path": str(source), "sha256": sha256_of(source)})

    def load_targets(self) -> list[Target]:
        if not self.targets_json.exists():
            raise FileNotFoundError(f"{self.targets_json}: no targets in this run folder "
                                    "(run `benchmark crawl TARGETS.csv --out DIR` first)")
        return [Target.from_dict(item) for item in read_json(self.targets_json)]

    # -- provenance ----------------------------------------------------------------------
    def record(self) -> dict[str, Any]:
        return read_json(self.run_json) if self.run_json.exists() else {}

    def update(self, **sections: Any) -> dict[str, Any]:
        """Merge top-level sections into run.json (dict sections are merged one level)."""
        record = self.record()
        record.setdefault("created_at", now_iso())
        for key, value in sections.items():
            if isinstance(value, dict) and isinstance(record.get(key), dict):
                record[key] = {**record[key], **value}
            else:
                record[key] = value
        record["tool_version"] = __version__
        record["updated_at"] = now_iso()
        write_json(self.run_json, record)
        return record

    def stage_done(self, stage: str, started_at: str, **details: Any) -> None:
        self.update(stages={stage: {"started_at": started_at, "finished_at": now_iso(),
                                    **details}})
