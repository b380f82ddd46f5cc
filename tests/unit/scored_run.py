"""A run folder scored by the real score stage from synthetic verdicts (no crawl), and a
headless LibreOffice that recalculates workbooks: for the What-if sheet's tests."""

from __future__ import annotations

import random
import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

from benchmark.criteria import catalogue, catalogue_records
from benchmark.pipeline import RESULT_COLUMNS, score_stage
from benchmark.runstore import RunStore, write_csv, write_json
from scoring import load_methodology

KINDS = ("company", "ngo", "ngo", "institution", "listed-company")
CRAWL_DAY = date(2026, 11, 21)
HOSTILE_NAME = '=HYPERLINK("http://evil.example","x")'
# Force a full recalculation when LibreOffice opens an xlsx or ods file (never trust the
# cached values: the tests are about what the formulas compute).
RECALC_ALWAYS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode"
 oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode"
 oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def _verdict(rule, rng: random.Random) -> tuple[str, str, str]:
    """(status, value, criterion score) shaped like the criterion's curve."""
    roll = rng.random()
    if roll < 0.08:
        return "unknown", "", ""
    p = rule.params
    if rule.curve == "recency":
        when = CRAWL_DAY - timedelta(days=rng.randrange(0, 2 * int(p["zero_days"])))
        return rng.choice(("pass", "fail")), when.isoformat(), str(rng.choice((0, 1)))
    if rule.curve in ("linear", "log"):
        low, high = sorted((p["low"], p["high"]))
        value = round(rng.uniform(max(low, 1) * 0.5, high * 1.5), 1)
    elif rule.curve == "lognormal":
        value = round(rng.lognormvariate(0, 0.8) * p["median"], 1)
    else:
        passed = rng.random() < 0.6
        return ("pass" if passed else "fail"), ("true" if passed else "false"), \
            ("1" if passed else "0")
    return rng.choice(("pass", "fail")), str(value), str(round(rng.random(), 3))


def make_scored_run(root: Path, count: int = 14, weights: Path | None = None,
                    seed: int = 7) -> Path:
    """`count` organisations of mixed kinds (one unreachable, one with a formula for a
    name), every criterion of the catalogue, scored by `score_stage` with `weights`."""
    rng = random.Random(seed)
    run = root / f"run-{seed}"
    store = RunStore(run)
    method = load_methodology()
    targets, crawled, rows = [], {}, []
    for i in range(count):
        tid, kind = f"org-{i:02d}", KINDS[i % len(KINDS)]
        name = HOSTILE_NAME if i == 3 else f"Organisation {i:02d}"
        status = "unreachable" if i == count - 1 else "ok"
        targets.append({"id": tid, "name": name, "kind": kind,
                        "website": f"https://{tid}.example/"})
        crawled[tid] = {"name": name, "crawl_status": status, "reason": "",
                        "crawled_at": f"{CRAWL_DAY.isoformat()}T10:00:00+00:00"}
        for criterion in catalogue():
            if criterion.applies_to and kind not in criterion.applies_to:
                status_, value, score = "not_applicable", "", ""
            else:
                status_, value, score = _verdict(method.rule(criterion.id), rng)
            rows.append({"target_id": tid, "criterion_id": criterion.id,
                         "dimension": criterion.dimension, "status": status_, "value": value,
                         "score": score, "weight": "", "evidence_url":
                         f"https://{tid}.example/", "evidence": "seen", "criterion_score": score})
    write_json(store.targets_json, targets)
    write_json(store.criteria_json, catalogue_records())
    write_json(store.run_json, {"tool_version": "test", "targets": crawled,
                                "created_at": f"{CRAWL_DAY.isoformat()}T09:00:00+00:00",
                                "targets_file": {"path": "panel.csv", "sha256": "0" * 64}})
    import pandas as pd

    write_csv(store.results_csv, pd.DataFrame(rows, columns=RESULT_COLUMNS))
    score_stage(store, weights, draws=0)
    return run


def recalculate(workbooks: list[Path], out: Path) -> list[Path]:
    """Open each workbook in headless LibreOffice, recalculate every formula, save it as
    xlsx in `out` (whose cached values are then LibreOffice's)."""
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice is required: `make test` installs it"
    profile = out / "lo-profile"
    (profile / "user").mkdir(parents=True, exist_ok=True)
    (profile / "user" / "registrymodifications.xcu").write_text(RECALC_ALWAYS)
    converted = out / "recalculated"
    subprocess.run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--norestore", "--convert-to", "xlsx", "--outdir", str(converted),
                    *map(str, workbooks)], check=True, capture_output=True, timeout=600)
    results = [converted / path.name for path in workbooks]
    assert all(path.is_file() for path in results), list(converted.iterdir())
    return results
