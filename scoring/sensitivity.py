"""How robust each rank is: weights and declared alternatives drawn around the methodology.

Every criterion weight and every dimension weight is multiplied by a factor drawn uniformly
in [1 − spread, 1 + spread] (default ±25 %), and each alternative the methodology declares
([alternatives]) is drawn uniformly among its options. Each draw re-ranks the panel with
the methodology's own rule (overall rounded to `resolution`, ties share a rank).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from threadpoolctl import threadpool_limits

from scoring.config import DIMENSIONS, Methodology
from scoring.matrix import ScoreMatrix, build_matrix, rank_keys, ranks_of

DRAWS, SEED, SPREAD = 1000, 20261121, 0.25
SWAP_SHARE = 0.10  # a pair is reported when it swaps in more than this share of draws
SWAP_WINDOW = 100  # pairs at most this many places apart in the nominal order are examined
CELLS_PER_CHUNK = 1_500_000  # draws × organisations evaluated at once (memory bound)


@dataclass
class Draws:
    """E draws: weight factors (E × C), dimension factors (E × 5), alternative option per draw."""

    weights: np.ndarray
    dimensions: np.ndarray
    choices: dict[str, np.ndarray] = field(default_factory=dict)  # name -> E option names


def alternatives_of(methodology: Methodology, matrix: ScoreMatrix) -> dict[str, tuple[str, ...]]:
    """The declared alternatives with their options (the nominal one included), ≥ 2 options."""
    out = {}
    for name, options in methodology.alternatives.items():
        options = tuple(dict.fromkeys((matrix.choices[name], *options)))
        if len(options) > 1:
            out[name] = options
    return out


def dimension_spreads(spread: float, overrides: Mapping[str, float] | None) -> np.ndarray:
    """The spread of each dimension weight: `spread` unless overridden by name."""
    for name, value in (overrides or {}).items():
        if name not in DIMENSIONS or not 0 <= value < 1:
            raise ValueError(f"dimension spread {name}={value}: needs a dimension and [0, 1)")
    return np.asarray([(overrides or {}).get(d, spread) for d in DIMENSIONS])


def random_draws(matrix: ScoreMatrix, alternatives: Mapping[str, tuple[str, ...]], n: int,
                 seed: int, spread: float, dims_spread: np.ndarray) -> Draws:
    rng = np.random.default_rng(seed)
    weights = 1 + spread * (2 * rng.random((n, len(matrix.criteria))) - 1)
    dims = 1 + dims_spread * (2 * rng.random((n, len(DIMENSIONS))) - 1)
    choices = {name: np.asarray(options)[rng.integers(0, len(options), n)]
               for name, options in alternatives.items()}
    return Draws(weights, dims, choices)


def tie_leaders(matrix: ScoreMatrix, keys: np.ndarray) -> np.ndarray:
    """For each organisation, the one whose rank it shares in every draw: the first of its
    nominal tie when every criterion score, weight and dimension weight agree within the
    resolution (then no weighting can separate them by more than it); else itself."""
    first = pd.Series(np.arange(len(keys))).groupby(keys).transform("first").to_numpy()
    tolerance = matrix.resolution / 100  # criterion scores are 0-1, overall 0-100
    same = np.ones(len(keys), dtype=bool)
    for grid in matrix.scores.values():
        both_nan = np.isnan(grid) & np.isnan(grid[first])
        same &= np.all(both_nan | (np.abs(grid - grid[first]) <= tolerance), axis=1)
    same &= np.all(matrix.weights == matrix.weights[first], axis=1)
    same &= np.all(matrix.dimension_weights == matrix.dimension_weights[first], axis=1)
    return np.where(same, first, np.arange(len(keys)))


def draw_ranks(matrix: ScoreMatrix, draws: Draws, leaders: np.ndarray) -> np.ndarray:
    """Ranks (E × N, int32): one evaluation per combination of alternatives, in chunks."""
    n = len(draws.weights)
    ranks = np.empty((n, len(matrix.target_ids)), dtype=np.int32)
    # Products of few criteria: BLAS threads only fight each other (12x slower measured).
    limit = threadpool_limits(limits=1, user_api="blas")
    names = list(draws.choices)
    combos = (pd.DataFrame(draws.choices) if names else pd.DataFrame(index=range(n)))
    groups = combos.groupby(names).indices if names else {(): np.arange(n)}
    step = max(1, CELLS_PER_CHUNK // max(1, len(matrix.target_ids)))
    for combo, rows in groups.items():
        combo = combo if isinstance(combo, tuple) else (combo,)
        pick = dict(zip(names, combo, strict=True))
        for start in range(0, len(rows), step):
            part = rows[start:start + step]
            overall = matrix.overall(draws.weights[part], draws.dimensions[part], **pick)
            ranks[part] = ranks_of(rank_keys(overall[:, leaders], matrix.resolution))
    limit.restore_original_limits()
    return ranks


def intervals(ranks: np.ndarray, nominal: np.ndarray, ids: np.ndarray) -> pd.DataFrame:
    """rank_p5, rank_median, rank_p95 (ranks that occurred) and stable / fragile."""
    p5, median, p95 = np.quantile(ranks, [0.05, 0.5, 0.95], axis=0, method="inverted_cdf")
    stable = (p5 == nominal) & (p95 == nominal)
    return pd.DataFrame({"target_id": ids, "rank_p5": p5.astype(int),
                         "rank_median": median.astype(int), "rank_p95": p95.astype(int),
                         "stability": np.where(stable, "stable", "fragile")})


def swaps(ranks: np.ndarray, nominal: np.ndarray, ids: np.ndarray, bounds: pd.DataFrame,
          window: int = SWAP_WINDOW, share: float = SWAP_SHARE) -> tuple[pd.DataFrame, bool]:
    """Pairs (a ahead of b nominally) where b is ahead in more than `share` of draws.

    A pair can only swap that often when a's 95th-percentile rank reaches b's 5th (else each
    side moves in at most 5 % of draws), so only pairs that close in the nominal order are
    compared; the bool says whether `window` covered them all."""
    order = np.argsort(nominal, kind="stable")
    p5 = bounds["rank_p5"].to_numpy()[order]
    p95 = bounds["rank_p95"].to_numpy()[order]
    reach = np.minimum.accumulate(p5[::-1])[::-1]  # min p5 from each position on
    furthest = np.searchsorted(reach, p95, side="right") - 1
    needed = int(np.max(furthest - np.arange(len(order)), initial=0))
    by_order = np.ascontiguousarray(ranks[:, order].T)  # N × E: rows are organisations
    found = []
    for k in range(1, min(needed, window) + 1):  # one vectorised comparison per distance
        a, b = order[:-k], order[k:]
        counts = np.count_nonzero(by_order[k:] < by_order[:-k], axis=1) / ranks.shape[0]
        hit = (counts > share) & (nominal[a] < nominal[b])
        found.append(pd.DataFrame({"target_a": ids[a[hit]], "target_b": ids[b[hit]],
                                   "rank_a": nominal[a[hit]], "rank_b": nominal[b[hit]],
                                   "swap_share": counts[hit]}))
    columns = ["target_a", "target_b", "rank_a", "rank_b", "swap_share"]
    table = pd.concat(found) if found else pd.DataFrame(columns=columns)
    table = table.sort_values(["swap_share", "rank_a"], ascending=[False, True])
    return table[columns].reset_index(drop=True), needed <= window


@dataclass
class Sensitivity:
    """What `analyse` found; scores.csv, swaps.csv and sensitivity.csv are made from it."""

    intervals: pd.DataFrame
    swaps: pd.DataFrame
    indices: pd.DataFrame
    record: dict


def analyse(scored: pd.DataFrame, scores: pd.DataFrame, methodology: Methodology, *,
            draws: int = DRAWS, seed: int = SEED, spread: float = SPREAD,
            sobol_base: int | None = None, dimension_spread: Mapping[str, float] | None = None
            ) -> Sensitivity:
    """Uncertainty (rank intervals, swaps) and Sobol indices for score_results' output."""
    from scoring.sobol import SOBOL_BASE, sobol_indices

    if not 0 <= spread < 1:
        raise ValueError(f"spread must be in [0, 1), got {spread}")
    matrix = build_matrix(scored, scores, methodology)
    nominal_keys = rank_keys(matrix.nominal(), matrix.resolution)
    nominal = ranks_of(nominal_keys)
    leaders = tie_leaders(matrix, nominal_keys)
    alternatives = alternatives_of(methodology, matrix)
    dims_spread = dimension_spreads(spread, dimension_spread)
    drawn = random_draws(matrix, alternatives, draws, seed, spread, dims_spread)
    # fewer than two ranked organisations: nothing can swap, every rank holds
    moving = draws and len(nominal) > 1
    ranks = draw_ranks(matrix, drawn, leaders) if moving else nominal[None, :]
    bounds = intervals(ranks, nominal, matrix.target_ids)
    pairs, complete = swaps(ranks, nominal, matrix.target_ids, bounds)
    base = sobol_base or SOBOL_BASE
    indices, evaluations = sobol_indices(matrix, alternatives, nominal, leaders, base=base,
                                         seed=seed, spread=spread,
                                         dims_spread=dims_spread)
    record = {"draws": draws, "seed": seed, "weight_spread": spread,
              "dimension_spread": dict(dimension_spread or {}),
              "alternatives": {k: list(v) for k, v in alternatives.items()},
              "swap_share": SWAP_SHARE, "swap_window": SWAP_WINDOW, "swaps_complete": complete,
              "sobol_base": base, "sobol_evaluations": evaluations,
              "sobol_output": "mean absolute rank change from the nominal ranking",
              "stable": "rank_p5 = rank_p95 = rank", "organisations": len(nominal)}
    return Sensitivity(bounds, pairs, indices, record)
