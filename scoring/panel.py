"""Panel statistics: how common each criterion is, which ones do not discriminate or repeat.

Per criterion, over the organisations where it was measured (pass or fail): the share
that pass (`pass_rate`), the share whose raw value is `true` (`adoption`, for yes/no
criteria: "flash-content: 3 % of sites" have Flash), across the panel and per kind and
sector. A criterion that every measured organisation passes, or every one fails, does not
discriminate; two criteria whose scores correlate at |r| ≥ 0.95 across the panel are
redundant (one of them says what the other already says).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

REDUNDANT = 0.95
MIN_COMMON = 5  # organisations measured on both criteria before a correlation means much
COLUMNS = ["criterion_id", "dimension", "group_by", "group", "measured", "passed",
           "pass_rate", "adoption", "mean_score", "discriminates", "redundant_with"]


def _stats(rows: pd.DataFrame, keys: list) -> pd.DataFrame:
    grouped = rows.groupby(keys)  # sorted by criterion and group
    boolean = rows["value"].isin(["true", "false"])
    out = pd.DataFrame({
        "measured": grouped.size(),
        "passed": grouped["passed"].sum(),
        "adoption": (rows["value"].eq("true").where(boolean)).groupby(
            [rows[k] for k in keys]).mean(),
        "mean_score": grouped["score"].mean()})
    out["pass_rate"] = out["passed"] / out["measured"]
    spread = grouped["score"].agg(lambda s: s.max() - s.min() if s.notna().any() else 0.0)
    out["discriminates"] = (out["passed"] > 0) & (out["passed"] < out["measured"]) | (
        spread > 1e-9)
    return out.reset_index()


def redundant_pairs(scored: pd.DataFrame) -> dict[str, list[str]]:
    """criterion -> the criteria it correlates with at |r| ≥ 0.95 across the panel."""
    wide = scored.pivot_table(index="target_id", columns="criterion_id", values="score",
                              aggfunc="first")
    # nan_to_num returns a new array, which fill_diagonal may write to
    corr = np.nan_to_num(wide.corr(min_periods=MIN_COMMON).abs().to_numpy())
    np.fill_diagonal(corr, 0.0)
    names = wide.columns.to_numpy()
    return {names[i]: sorted(names[np.flatnonzero(corr[i] >= REDUNDANT)])
            for i in range(len(names)) if (corr[i] >= REDUNDANT).any()}


def panel_statistics(scored: pd.DataFrame, groups: pd.DataFrame) -> pd.DataFrame:
    """panel.csv. `scored`: score_results' results; `groups`: target_id, kind, sector."""
    rows = scored[scored["status"].isin(["pass", "fail"])].copy()
    rows["score"] = pd.to_numeric(rows["score"], errors="coerce")
    rows["passed"] = rows["status"].eq("pass")
    rows["value"] = rows["value"].astype(str).str.lower()
    info = groups.set_index(groups["target_id"].astype(str))
    for column in ("kind", "sector"):
        # no such column: no such groups (a float NaN column cannot be filled with "")
        rows[column] = (rows["target_id"].astype(str).map(info[column]).fillna("").astype(str)
                        if column in info else "")
    rows["all"] = "panel"
    parts = []
    for column in ("all", "kind", "sector"):
        subset = rows[rows[column] != ""]
        if subset.empty:
            continue
        part = _stats(subset, ["criterion_id", column]).rename(columns={column: "group"})
        part.insert(2, "group_by", column)
        parts.append(part)
    if not parts:
        return pd.DataFrame(columns=COLUMNS)
    table = pd.concat(parts, ignore_index=True)
    table["dimension"] = table["criterion_id"].map(
        scored.groupby("criterion_id")["dimension"].first())
    pairs = redundant_pairs(rows)
    table["redundant_with"] = [";".join(pairs.get(c, [])) if by == "all" else ""
                               for c, by in zip(table["criterion_id"], table["group_by"],
                                                strict=True)]
    table["group_by"] = table["group_by"].replace({"all": "panel"})
    return table[COLUMNS]
