"""Speed, memory and output sizes of `score` + `report` for synthetic panels (not a test).

    .venv/bin/python benchmarks/report_bench.py [--sizes 1000 10000] [--no-pdf] [--draws N]

Builds a run folder of N organisations × the full criteria catalogue (score_bench's
synthetic verdicts, plus evidence snippets and URLs like a crawl writes), then times the
score stage (with its analyses: sensitivity, what-if, panel) and the report stage
(benchmark.xlsx, benchmark.html + orgs/, benchmark.pdf — index-only above 200
organisations), each in a fresh process so peak memory is that stage's own. Prints wall
seconds, peak RSS and the size of every output. Targets (docs/reports.md): score + report
under 10 s for 1,000 organisations, under 12× that and 1 GiB for 10,000; index HTML under
2 MB for 1,000.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from score_bench import synthetic_run  # noqa: E402

from benchmark.criteria import catalogue_records  # noqa: E402
from benchmark.pipeline import RESULT_COLUMNS  # noqa: E402
from benchmark.runstore import RunStore, write_csv, write_json  # noqa: E402

SECTORS = ("Energy", "Banking", "Health", "Education", "Retail", "Public sector")
STAGE = """
import resource, sys, time
from pathlib import Path
from benchmark.runstore import RunStore
from benchmark import pipeline
store = RunStore(Path(sys.argv[1]))
started = time.perf_counter()
if sys.argv[2] == "score":
    pipeline.score_stage(store, draws=int(sys.argv[3]))
else:
    pipeline.report_stage(store, pdf=sys.argv[3] == "1")
own, kids = (resource.getrusage(who) for who in (resource.RUSAGE_SELF,
                                                  resource.RUSAGE_CHILDREN))
cpu = own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime  # Chromium included
print(time.perf_counter() - started, cpu, own.ru_maxrss)
"""


def build_run(folder: Path, n: int) -> Path:
    """A crawled-and-evaluated run folder of `n` synthetic organisations (no snapshots)."""
    results, panel = synthetic_run(n)
    rng = np.random.default_rng(1)
    store = RunStore(folder)
    panel["sector"] = rng.choice(SECTORS, n)
    targets = [{"id": row.target_id, "name": f"Organisation {row.target_id[4:]}",
                "kind": row.kind, "website": f"https://www.{row.target_id}.example/",
                "sector": row.sector, "country": "FR", "accounts": {}, "row": i + 2}
               for i, row in enumerate(panel.itertuples())]
    write_json(store.targets_json, targets)
    results["score"] = results["criterion_score"]
    results["weight"] = ""
    results["evidence_url"] = "https://www." + results["target_id"] + ".example/"
    results["evidence"] = "form.contact: message field with email or name " \
                          '<form class="contact" action="/contact" method="post">'
    write_csv(store.results_csv, results[RESULT_COLUMNS])
    write_json(store.criteria_json, catalogue_records())
    store.update(targets_file={"path": f"synthetic-{n}.csv", "sha256": "0" * 64},
                 targets={t["id"]: {"name": t["name"], "crawl_status": "ok", "reason": "",
                                    "crawled_at": "2026-11-21T10:00:00+00:00", "pages": 1}
                          for t in targets},
                 stages={"crawl": {"started_at": "2026-11-21T09:00:00+00:00"}})
    return folder


def stage(folder: Path, name: str, argument: str) -> tuple[float, float, float]:
    """Run one stage in a fresh Python; (wall seconds, CPU seconds of the process and its
    children, peak RSS in MiB). On a shared machine the CPU time is the steadier figure."""
    done = subprocess.run([sys.executable, "-c", STAGE, str(folder), name, argument],
                          capture_output=True, text=True, check=True,
                          cwd=Path(__file__).resolve().parents[1])
    seconds, cpu, peak_kib = done.stdout.split()
    return float(seconds), float(cpu), int(peak_kib) / 1024


def sizes(folder: Path) -> dict[str, float]:
    """Size in MB of each report output (orgs/ as a total)."""
    out = {name: (folder / name).stat().st_size / 1e6
           for name in ("benchmark.xlsx", "benchmark.html", "benchmark.pdf")
           if (folder / name).exists()}
    orgs = list((folder / "orgs").glob("*.html"))
    out[f"orgs/ ({len(orgs)} files)"] = sum(p.stat().st_size for p in orgs) / 1e6
    return out


def bench(n: int, pdf: bool, draws: int) -> None:
    with tempfile.TemporaryDirectory(prefix="report-bench-") as tmp:
        folder = build_run(Path(tmp) / "run", n)
        score_s, score_cpu, score_mib = stage(folder, "score", str(draws))
        before = json.loads((folder / "run.json").read_text())["updated_at"]
        report_s, report_cpu, report_mib = stage(folder, "report", "1" if pdf else "0")
        after = json.loads((folder / "run.json").read_text())["updated_at"]
        print(f"{n} organisations, {draws} sensitivity draws")
        for name, wall, cpu, mib in (("score", score_s, score_cpu, score_mib),
                                     ("report", report_s, report_cpu, report_mib),
                                     ("score + report", score_s + report_s,
                                      score_cpu + report_cpu, max(score_mib, report_mib))):
            print(f"  {name:<15} {wall:7.2f} s wall {cpu:7.2f} s CPU  peak RSS {mib:6.0f} MiB")
        for name, megabytes in sizes(folder).items():
            print(f"  {name:<26} {megabytes:8.2f} MB")
        print(f"  run.json updated_at kept by report: {'yes' if before == after else 'NO'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--pdf", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("--draws", type=int, default=1000)
    args = parser.parse_args()
    print(f"python {sys.version.split()[0]}, this process peak "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    for n in args.sizes:
        bench(n, args.pdf, args.draws)


if __name__ == "__main__":
    main()
