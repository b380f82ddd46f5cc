"""The analyses written beside scores.csv, and the comparison of two runs (see docs/formats.md)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from benchmark.runstore import RunStore, write_csv

INTERVAL_COLUMNS = ["rank_p5", "rank_median", "rank_p95", "stability"]
FILES = {"swaps": "swaps.csv", "sensitivity": "sensitivity.csv", "whatif": "whatif.csv",
         "panel": "panel.csv", "extended": "extended.csv"}


def analysis_stage(store: RunStore, scored: pd.DataFrame, scores: pd.DataFrame, methodology,
                   panel: pd.DataFrame, **options) -> pd.DataFrame:
    """Write swaps, sensitivity, whatif and panel CSVs; return scores with rank intervals.

    `options`: draws (0 skips the sensitivity analysis), seed, spread (see
    scoring.sensitivity)."""
    from scoring.aggregate import extended_parts
    from scoring.panel import panel_statistics
    from scoring.whatif import what_if

    out = scores.drop(columns=INTERVAL_COLUMNS, errors="ignore")
    tables = split_tables(scored, scores)
    if options.get("draws", 1) > 0:
        from scoring.sensitivity import analyse

        # Each table is ranked on its own, so its ranks move on their own.
        found = {name: analyse(rows, ranked, methodology, **options)
                 for name, (rows, ranked) in tables.items()}
        headline = found.get("organisations") or next(iter(found.values()))
        intervals = pd.concat([f.intervals for f in found.values()], ignore_index=True)
        out = out.merge(intervals, on="target_id", how="left")
        for column in INTERVAL_COLUMNS[:3]:
            out[column] = out[column].astype("Int64")
        write_csv(store.root / FILES["swaps"],
                  pd.concat([f.swaps for f in found.values()], ignore_index=True))
        write_csv(store.root / FILES["sensitivity"], headline.indices)
        store.update(sensitivity={**headline.record, "tables": {
            name: f.record["organisations"] for name, f in found.items()}})
    else:
        out = out.assign(**{column: pd.NA for column in INTERVAL_COLUMNS})
        store.update(sensitivity={"draws": 0})
    write_csv(store.root / FILES["whatif"], pd.concat(
        [what_if(rows, ranked, methodology) for rows, ranked in tables.values()],
        ignore_index=True))
    write_csv(store.root / FILES["panel"], panel_statistics(scored, panel))
    write_csv(store.root / FILES["extended"], extended_parts(scores, panel, methodology))
    return out


def split_tables(scored: pd.DataFrame, scores: pd.DataFrame
                 ) -> dict[str, tuple[pd.DataFrame, pd.DataFrame]]:
    """(results rows, scores rows) of each ranking table that has targets, in TABLES order
    (an empty panel: one empty organisations' table)."""
    from scoring.tables import TABLES

    out = {}
    for name in TABLES:
        ranked = scores[scores["table"] == name]
        if not ranked.empty:
            out[name] = (scored[scored["target_id"].isin(set(ranked["target_id"]))], ranked)
    return out or {"organisations": (scored, scores)}


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
