"""Speed of the Excel workbook at census size: seconds, peak memory and file size.

    .venv/bin/python benchmarks/excel_bench.py [--sizes 1000 10000] [--keep DIR]

Builds a scored synthetic run folder of N organisations (score_bench's random verdicts,
scored by the real scoring stage, with what-if and panel statistics; evidence URLs and
snippets of realistic length), then times reading it (reports.load) and writing the
workbook (reports.excel), each in a fresh process so the peak RSS is the workbook's own.
Not a test: it prints figures.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]  # score_bench, and this checkout's packages

SNIPPET = ("Found on the page: a link labelled 'About us' in the main navigation, "
           "pointing to the organisation's presentation page.")


def build_run(n: int, folder: Path) -> Path:
    """A scored run folder of `n` synthetic organisations under `folder`."""
    from score_bench import synthetic_run

    from benchmark.criteria import catalogue_records
    from scoring import load_methodology, score_results
    from scoring.panel import panel_statistics
    from scoring.whatif import what_if

    results, panel = synthetic_run(n)
    method = load_methodology()
    results["evidence_url"] = "https://" + results["target_id"] + ".example/about"
    results["evidence"] = SNIPPET
    scored, scores = score_results(results, panel, method)
    run = folder / f"run-{n}"
    run.mkdir(parents=True, exist_ok=True)
    columns = ["target_id", "criterion_id", "dimension", "status", "value", "score",
               "weight", "evidence_url", "evidence", "criterion_score"]
    scored[columns].to_csv(run / "results.csv", index=False)
    scores.to_csv(run / "scores.csv", index=False)
    what_if(scored, scores, method).to_csv(run / "whatif.csv", index=False)
    panel_statistics(scored, panel).to_csv(run / "panel.csv", index=False)
    (run / "criteria.json").write_text(json.dumps(catalogue_records()), encoding="utf-8")
    (run / "targets.json").write_text(json.dumps([
        {"id": tid, "name": f"Organisation {tid}", "kind": kind, "website":
         f"https://{tid}.example/", "sector": "energy", "country": "FR"}
        for tid, kind in zip(panel["target_id"], panel["kind"], strict=True)]),
        encoding="utf-8")
    (run / "run.json").write_text(json.dumps({
        "tool_version": "bench", "created_at": "2026-11-21T10:00:00+00:00",
        "targets_file": {"path": "panel.csv", "sha256": "0" * 64},
        "targets": {tid: {"crawl_status": "ok"} for tid in panel["target_id"]},
        "methodology": method.to_record()}), encoding="utf-8")
    return run


def measure_workbook(run: Path) -> dict[str, float]:
    """In this process: load the run, write the workbook; seconds, peak RSS and size."""
    from reports.excel import workbook_bytes
    from reports.labels import labels_for
    from reports.load import load_run

    started, cpu = time.perf_counter(), time.process_time()
    loaded = load_run(run)
    loaded_at, loaded_cpu = time.perf_counter(), time.process_time()
    data = workbook_bytes(loaded, labels_for("en"))
    done, done_cpu = time.perf_counter(), time.process_time()
    (run / "benchmark.xlsx").write_bytes(data)
    return {"load_s": loaded_at - started, "workbook_s": done - loaded_at,
            "load_cpu": loaded_cpu - cpu, "workbook_cpu": done_cpu - loaded_cpu,
            "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "size_mib": len(data) / 2**20}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--keep", type=Path, help="build the runs here and keep them")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # child process
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure_workbook(args.measure)))
        return
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        for n in args.sizes:
            run = build_run(n, folder)
            child = subprocess.run([sys.executable, __file__, "--measure", str(run)],
                                   check=True, capture_output=True, text=True)
            figures = json.loads(child.stdout.strip().splitlines()[-1])
            f = figures
            print(f"{n:>6} organisations: load {f['load_s']:6.2f} s ({f['load_cpu']:.2f} s "
                  f"CPU), workbook {f['workbook_s']:6.2f} s ({f['workbook_cpu']:.2f} s CPU), "
                  f"peak RSS {f['peak_mib']:6.0f} MiB, {f['size_mib']:5.1f} MiB xlsx",
                  flush=True)


if __name__ == "__main__":
    main()
