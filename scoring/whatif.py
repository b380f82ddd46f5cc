"""What would move each organisation up: the points and rank each failed criterion would add.

A criterion counts as failed or partial when it was measured (pass or fail) with a score
below 1. Passing it means a score of 1, everything else unchanged: the dimension and the
overall are recomputed with the methodology's own formulas (scoring.matrix), and the rank
is the one the new overall would take among the others' unchanged scores.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd

from scoring.config import Methodology
from scoring.matrix import ScoreMatrix, build_matrix, rank_keys, ranks_of
from scoring.rounding import number_text

COLUMNS = ["target_id", "criterion_id", "gain_points", "rank_now", "rank_then"]


def _with_passed(matrix: ScoreMatrix, org: np.ndarray, col: np.ndarray) -> np.ndarray:
    """Overall of organisation org[k] with criterion col[k] at 1, for every k at once."""
    out = np.empty(len(org))
    ones_w = np.ones((1, len(matrix.criteria)))
    ones_d = np.ones((1, matrix.dimension_weights.shape[1]))
    for c in np.unique(col):  # one small matrix per criterion, vectorised over organisations
        rows = org[col == c]
        grid = {policy: values[rows].copy() for policy, values in matrix.scores.items()}
        for values in grid.values():
            values[:, c] = 1.0
        single = replace(matrix, target_ids=matrix.target_ids[rows], scores=grid,
                         weights=matrix.weights[rows],
                         dimension_weights=matrix.dimension_weights[rows])
        out[col == c] = single.overall(ones_w, ones_d)[0]
    return out


def what_if(scored: pd.DataFrame, scores: pd.DataFrame, methodology: Methodology
            ) -> pd.DataFrame:
    """whatif.csv: per ranked organisation, its failed criteria by the points they would add."""
    matrix = build_matrix(scored, scores, methodology)
    nominal = matrix.nominal()
    keys = rank_keys(nominal, matrix.resolution)
    ranks = ranks_of(keys)
    grid = matrix.scores[matrix.choices["missing"]]
    measured = ~np.isnan(grid) & (grid < 1) & (matrix.weights > 0)
    measured &= ~np.isnan(matrix.scores["exclude"])  # unknown verdicts are not failures
    org, col = np.nonzero(measured)
    then = _with_passed(matrix, org, col)
    gain = then - nominal[org]
    ordered = np.sort(keys)
    new_keys = rank_keys(then, matrix.resolution)
    # Others keep their scores; the organisation itself only rises (then ≥ now).
    rank_then = len(keys) - np.searchsorted(ordered, new_keys, side="right") + 1
    table = pd.DataFrame({"target_id": matrix.target_ids[org],
                          "criterion_id": matrix.criteria[col], "gain_points": gain,
                          "rank_now": ranks[org], "rank_then": np.minimum(rank_then, ranks[org])})
    table = table[table["gain_points"] > 1e-9]
    table = table.sort_values(["rank_now", "target_id", "gain_points"],
                              ascending=[True, True, False], kind="stable")
    return table[COLUMNS].reset_index(drop=True)


def explain_lines(whatif: pd.DataFrame, target_id: str, limit: int = 10) -> list[str]:
    """The what-if section of `benchmark explain` for one organisation."""
    mine = whatif[whatif["target_id"].astype(str) == target_id]
    if mine.empty:
        return ["what would move it up: nothing listed (no failed criterion that counts, or not "
                "ranked)"]
    lines = ["what would move it up (each criterion passed alone, the others unchanged):"]
    for row in mine.head(limit).itertuples():
        lines.append(f"  {row.criterion_id:<24} +{number_text(float(row.gain_points))} points, "
                     f"rank {row.rank_now} → {row.rank_then}")
    if len(mine) > limit:
        lines.append(f"  … and {len(mine) - limit} more in whatif.csv")
    return lines
