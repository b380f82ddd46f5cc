"""The analyses written beside scores.csv, and the comparison of two runs (see docs/formats.md)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from benchmark.runstore import RunStore, write_csv

INTERVAL_COLUMNS = ["rank_p5", "rank_median", "rank_p95", "stability"]
FILES = {"swaps": "swaps.csv", "sensitivity": "sensitivity.csv", "whatif": "whatif.csv",
         "panel": "panel.csv"}


def analysis_stage(store: RunStore, scored: pd.DataFrame, scores: pd.DataFrame, methodology,
                   panel: pd.DataFrame, **options) -> pd.DataFrame:
    """Write swaps, sensitivity, whatif and panel CSVs; return scores with rank intervals.

    `options`: draws (0 skips the sensitivity analysis), seed, spread (see
    scoring.sensitivity)."""
    from scoring.panel import panel_statistics
    from scoring.whatif import what_if

    out = scores.drop(columns=INTERVAL_COLUMNS, errors="ignore")
    if options.get("draws", 1) > 0:
        from scoring.sensitivity import analyse

        found = analyse(scored, scores, methodology, **options)
        out = out.merge(found.intervals, on="target_id", how="left")
        for column in INTERVAL_COLUMNS[:3]:
            out[column] = out[column].astype("Int64")
        write_csv(store.root / FILES["swaps"], found.swaps)
        write_csv(store.root / FILES["sensitivity"], found.indices)
        store.update(sensitivity=found.record)
    else:
        out = out.assign(**{column: pd.NA for column in INTERVAL_COLUMNS})
        store.update(sensitivity={"draws": 0})
    write_csv(store.root / FILES["whatif"], what_if(scored, scores, methodology))
    write_csv(store.root / FILES["panel"], panel_statistics(scored, panel))
    return out


def recorded_weights(store: RunStore) -> Path | None:
    """The methodology file RUN was last scored with, if it is still there."""
    path = store.record().get("methodology", {}).get("path")
    return Path(path) if path and Path(path).is_file() else None


def _run_inputs(store: RunStore, methodology) -> tuple[pd.DataFrame, pd.DataFrame]:
    from benchmark.pipeline import scoring_inputs

    return scoring_inputs(store, methodology)  # social-footprint by this methodology


def compare_runs(run_a: Path, run_b: Path, weights: Path | None, out: Path | None
                 ) -> tuple[pd.DataFrame, Path, str]:
    """Re-score both runs with one methodology (--weights, else RUN_B's, else the default):
    write comparison.csv and comparison_criteria.csv; return the table, its path, and the
    methodology used."""
    from scoring import load_methodology
    from scoring.compare import compare_scores

    store_a, store_b = RunStore(run_a), RunStore(run_b)
    from benchmark.pipeline import known_criteria

    methodology = load_methodology(weights or recorded_weights(store_b),
                                   known_criteria=known_criteria(store_b))
    results_a, panel_a = _run_inputs(store_a, methodology)
    results_b, panel_b = _run_inputs(store_b, methodology)
    table, changes = compare_scores(results_a, panel_a, results_b, panel_b, methodology)
    path = Path(out) if out is not None else store_b.root / "comparison.csv"
    write_csv(path, table)
    write_csv(path.with_name(path.stem + "_criteria.csv"), changes)
    return table, path, f"{methodology.path} (sha256 {methodology.sha256[:12]}…)"
