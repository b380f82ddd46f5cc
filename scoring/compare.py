"""Compare two runs under ONE methodology, so a change of weights is never a change of sites.

Both runs' results are re-scored with the same methodology; what differs is then only what
the crawls saw: rank and score movements, the criteria whose verdict or raw value changed,
and the organisations present in one run only.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from scoring.aggregate import score_results
from scoring.config import Methodology

COLUMNS = ["target_id", "name", "presence", "rank_a", "rank_b", "rank_change", "overall_a",
           "overall_b", "overall_change", "criteria_changed", "changes"]
CRITERIA_COLUMNS = ["target_id", "criterion_id", "status_a", "status_b", "value_a", "value_b"]


def criteria_changes(results_a: pd.DataFrame, results_b: pd.DataFrame) -> pd.DataFrame:
    """One row per (organisation in both runs, criterion) whose status or value changed."""
    keys = ["target_id", "criterion_id"]
    both = set(results_a["target_id"].astype(str)) & set(results_b["target_id"].astype(str))
    a = results_a[results_a["target_id"].astype(str).isin(both)]
    b = results_b[results_b["target_id"].astype(str).isin(both)]
    merged = a[[*keys, "status", "value"]].astype(str).merge(
        b[[*keys, "status", "value"]].astype(str), on=keys, how="outer",
        suffixes=("_a", "_b")).fillna("")
    changed = (merged["status_a"] != merged["status_b"]) | (merged["value_a"] != merged["value_b"])
    return merged[changed].sort_values(keys)[CRITERIA_COLUMNS].reset_index(drop=True)


def _summary(changes: pd.DataFrame) -> pd.DataFrame:
    text = (changes["criterion_id"] + " (" + changes["status_a"] + " → " + changes["status_b"]
            + ")").where(changes["status_a"] != changes["status_b"],
                         changes["criterion_id"] + " (" + changes["value_a"] + " → "
                         + changes["value_b"] + ")")
    grouped = text.groupby(changes["target_id"])
    return pd.DataFrame({"criteria_changed": grouped.size(), "changes": grouped.agg("; ".join)})


def compare_scores(results_a: pd.DataFrame, panel_a: pd.DataFrame, results_b: pd.DataFrame,
                   panel_b: pd.DataFrame, methodology: Methodology
                   ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(comparison.csv, comparison_criteria.csv) of run A → run B under `methodology`."""
    _, scores_a = score_results(results_a, panel_a, methodology)
    _, scores_b = score_results(results_b, panel_b, methodology)
    a = scores_a.set_index(scores_a["target_id"].astype(str))
    b = scores_b.set_index(scores_b["target_id"].astype(str))
    ids = list(dict.fromkeys([*b.index, *a.index]))
    table = pd.DataFrame(index=pd.Index(ids, name="target_id"))
    table["name"] = b["name"].reindex(ids).fillna(a["name"].reindex(ids))
    table["presence"] = np.where(~table.index.isin(a.index), "added",
                                 np.where(~table.index.isin(b.index), "removed", "both"))
    for side, frame in (("a", a), ("b", b)):
        table[f"rank_{side}"] = frame["rank"].reindex(ids).astype("Int64")
        table[f"overall_{side}"] = pd.to_numeric(frame["overall"].reindex(ids),
                                                 errors="coerce")
    table["rank_change"] = table["rank_a"] - table["rank_b"]  # > 0: moved up
    table["overall_change"] = table["overall_b"] - table["overall_a"]
    changes = criteria_changes(results_a, results_b)
    table = table.join(_summary(changes))
    table["criteria_changed"] = table["criteria_changed"].fillna(0).astype(int)
    table["changes"] = table["changes"].fillna("")
    # a sort on two columns is always stable (pandas ignores `kind` there)
    table = table.reset_index().sort_values(["rank_b", "rank_a"], na_position="last")
    return table[COLUMNS].reset_index(drop=True), changes
