"""What a killed run leaves behind: temp halves are removed on resume, never read as done."""

from __future__ import annotations

from pathlib import Path

from benchmark import pipeline
from benchmark.crawl.batch import completed_record
from benchmark.model import Target
from benchmark.runstore import RunStore, write_json

TARGETS = "id,name,kind,website\nacme,Acme,company,https://www.acme.fr/\n"


def test_resuming_removes_the_halves_a_killed_run_was_writing(tmp_path: Path):
    targets = tmp_path / "targets.csv"
    targets.write_text(TARGETS, encoding="utf-8")
    run = tmp_path / "run"
    store, _, _ = pipeline.prepare(targets, run)
    done = store.snapshot_dir("acme") / "pages" / "home.html.gz"
    write_json(store.snapshot_dir("acme") / "probes.json", {"home": {}})
    done.parent.mkdir(parents=True, exist_ok=True)
    done.write_bytes(b"finished page")
    halves = [run / ".run.json.a1b2.tmp", run / ".results.csv.c3d4.tmp",
              store.snapshot_dir("acme") / ".snapshot.json.e5f6.tmp",
              store.snapshot_dir("acme") / "pages" / ".about.html.gz.g7h8.tmp",
              run / "observations" / ".acme.json.i9j0.tmp"]
    for half in halves:
        half.parent.mkdir(parents=True, exist_ok=True)
        half.write_bytes(b'{"status": "ok", "pa')
    # a half-written completion marker does not make the target complete
    assert completed_record(store, Target("acme", "Acme", "company", "https://www.acme.fr/")) \
        is None

    pipeline.prepare(targets, run)
    assert [half for half in halves if half.exists()] == []
    assert done.read_bytes() == b"finished page"  # finished files are kept
    assert (store.snapshot_dir("acme") / "probes.json").exists()
    assert RunStore(run).record()["targets_file"]["path"] == str(targets)
