"""Which choices move the ranks: first-order and total Sobol indices, computed with SALib.

Factors: each dimension weight, the criterion weights of each dimension (one group), and
each declared alternative. The output analysed is the mean absolute rank change of the
panel from its nominal ranking, so an index is the share of that change's variance the
factor explains alone (first order) or with its interactions (total).
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd
from SALib.analyze import sobol as sobol_analyze
from SALib.sample import sobol as sobol_sample

from scoring.config import DIMENSIONS
from scoring.matrix import ScoreMatrix

SOBOL_BASE = 256  # SALib's N (a power of 2): N × (groups + 2) evaluations
COLUMNS = ["factor", "kind", "first_order", "first_order_conf", "total", "total_conf"]


def problem_of(matrix: ScoreMatrix, alternatives: Mapping[str, tuple[str, ...]]
               ) -> tuple[dict, list[tuple[str, str, object]]]:
    """SALib's problem (every variable on [0, 1], grouped) and what each variable drives."""
    variables: list[tuple[str, str, object]] = []  # (group, kind, dimension index | column)
    for d, name in enumerate(DIMENSIONS):
        variables.append((f"weight:{name}", "dimension weight", d))
    for d, name in enumerate(DIMENSIONS):
        weighted = (matrix.dimension == d) & (matrix.weights > 0).any(axis=0)
        variables += [(f"criteria:{name}", "criterion weights", int(c))
                      for c in np.flatnonzero(weighted)]
    variables += [(f"alternative:{name}", "alternative", name) for name in alternatives]
    problem = {"num_vars": len(variables), "names": [f"x{i}" for i in range(len(variables))],
               "bounds": [[0.0, 1.0]] * len(variables), "groups": [g for g, _, _ in variables]}
    return problem, variables


def sobol_indices(matrix: ScoreMatrix, alternatives: Mapping[str, tuple[str, ...]],
                  nominal: np.ndarray, leaders: np.ndarray, *, base: int, seed: int,
                  spread: float, dims_spread: np.ndarray) -> tuple[pd.DataFrame, int]:
    """One row per factor group, most influential first; and the number of evaluations."""
    from scoring.sensitivity import Draws, draw_ranks

    problem, variables = problem_of(matrix, alternatives)
    sample = sobol_sample.sample(problem, base, calc_second_order=False, seed=seed)
    rows = len(sample)
    weights = np.ones((rows, len(matrix.criteria)))
    dims = np.ones((rows, len(DIMENSIONS)))
    choices = {}
    for i, (_group, kind, target) in enumerate(variables):
        u = sample[:, i]
        if kind == "dimension weight":
            dims[:, target] = 1 + dims_spread[target] * (2 * u - 1)
        elif kind == "criterion weights":
            weights[:, target] = 1 + spread * (2 * u - 1)
        else:
            options = np.asarray(alternatives[target])
            choices[target] = options[np.minimum((u * len(options)).astype(int),
                                                 len(options) - 1)]
    if len(nominal) > 1:
        ranks = draw_ranks(matrix, Draws(weights, dims, choices), leaders)
        # In place: at census size ranks is ~150 MB, and each temporary would be as large.
        np.subtract(ranks, nominal[None, :], out=ranks)
        output = np.abs(ranks, out=ranks).mean(axis=1)
    else:  # one organisation or none: no rank can move
        output = np.zeros(rows)
    groups = list(dict.fromkeys(g for g, _, _ in variables))  # SALib's order: first seen
    kinds = {g: k for g, k, _ in variables}
    if np.ptp(output) == 0:  # nothing moves: no variance to share out
        zeros = np.zeros(len(groups))
        result = {"S1": zeros, "S1_conf": zeros, "ST": zeros, "ST_conf": zeros}
    else:
        result = sobol_analyze.analyze(problem, output, calc_second_order=False, seed=seed)
    table = pd.DataFrame({"factor": groups, "kind": [kinds[g] for g in groups],
                          "first_order": result["S1"], "first_order_conf": result["S1_conf"],
                          "total": result["ST"], "total_conf": result["ST_conf"]})
    table = table.sort_values("total", ascending=False, kind="stable")
    return table[COLUMNS].reset_index(drop=True), rows
