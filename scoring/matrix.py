"""Vectorised scoring core: one organisation × criterion matrix, many weightings at once."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from scoring.config import DIMENSIONS, Methodology

MISSING_STATUSES = ("unknown", "error")
# [alternatives] key -> the Methodology field it switches (see Methodology.with_choices)
CHOICE_FIELDS = {"overall": "overall", "missing": "missing", "footprint": "footprint_combine"}


def rank_keys(overall: np.ndarray, resolution: float) -> np.ndarray:
    """What ranks compare: overall rounded half away from zero to `resolution` (in units of
    it, as scoring.rounding does for one number); NaN lowest."""
    units = np.round(np.abs(np.round(overall, 9)) / resolution, 6)  # no float-division noise
    keys = np.sign(overall) * np.floor(units + 0.5)
    return np.where(np.isnan(keys), -np.inf, keys)


def _compact(keys: np.ndarray) -> np.ndarray:
    """Whole-number keys as int16 when they fit (0-100 at 0.1 do): numpy then sorts them by
    radix, 8x faster than floats; -inf (not scored) becomes one below the lowest."""
    finite = np.isfinite(keys)
    values = keys[finite]
    if not values.size or np.any(values != np.floor(values)):
        return keys
    low, high = values.min() - 1, values.max()
    if low < -32767 or high > 32767:
        return keys
    return np.where(finite, keys, low).astype(np.int16)


def ranks_of(keys: np.ndarray) -> np.ndarray:
    """Rank along the last axis, highest first, ties share the best rank ('min'), int32."""
    keys = _compact(keys)
    order = np.argsort(-keys, axis=-1, kind="stable")
    ordered = np.take_along_axis(keys, order, axis=-1)
    positions = np.broadcast_to(np.arange(keys.shape[-1]), keys.shape)
    first = np.ones(keys.shape, dtype=bool)
    first[..., 1:] = ordered[..., 1:] != ordered[..., :-1]
    start = np.maximum.accumulate(np.where(first, positions, 0), axis=-1)
    ranks = np.empty(keys.shape, dtype=np.int32)
    np.put_along_axis(ranks, order, (start + 1).astype(np.int32), axis=-1)
    return ranks


@dataclass(frozen=True)
class ScoreMatrix:
    """The ranked organisations × criteria, weights already per organisation (kind profiles).

    Draws multiply every criterion weight by a factor (E × C) and every dimension weight by
    a factor (E × 5); `choice` picks the alternatives. Nothing here loops per organisation.
    """

    target_ids: np.ndarray
    criteria: np.ndarray
    dimension: np.ndarray  # index into DIMENSIONS, per criterion
    scores: dict[str, np.ndarray]  # missing policy -> N × C scores (NaN: not counted)
    weights: np.ndarray  # N × C criterion weights of each organisation's profile
    dimension_weights: np.ndarray  # N × 5
    factors: np.ndarray  # C booleans: the footprint product's factors
    choices: dict[str, str]  # the nominal option of each alternative
    resolution: float

    def overall(self, weight_factors: np.ndarray, dimension_factors: np.ndarray,
                **choice: str) -> np.ndarray:
        """Overall scores, E draws × N organisations."""
        pick = {**self.choices, **choice}
        matrix = self.scores[pick["missing"]]
        counted = ~np.isnan(matrix)
        weighted = np.where(counted, matrix, 0.0) * self.weights
        present_weight = counted * self.weights
        geometric = pick["overall"] == "geometric"
        summed = np.zeros((len(weight_factors), len(self.target_ids)))
        total = np.zeros_like(summed)
        for d, name in enumerate(DIMENSIONS):
            cols = self.dimension == d
            if name == "footprint" and pick["footprint"] == "product" and self.factors.any():
                product = self._product(matrix)
                present = ~np.isnan(product)[None, :]
                dim = np.nan_to_num(product)[None, :]
            else:
                f = weight_factors[:, cols]
                den = f @ present_weight[:, cols].T
                present = den > 0
                dim = np.divide(100 * (f @ weighted[:, cols].T), den, out=np.zeros_like(den),
                                where=present)
            # draws never bring a weight to 0 (spread < 1): where it is used is per organisation
            present = present & (self.dimension_weights[:, d] > 0)
            v = dimension_factors[:, d:d + 1] * np.where(present, self.dimension_weights[:, d],
                                                         0.0)
            if geometric:
                with np.errstate(divide="ignore"):  # a dimension at 0 makes the mean 0
                    dim = np.log(np.where(present, dim, 1.0))
            summed += v * dim
            total += v
        with np.errstate(invalid="ignore", divide="ignore"):
            mean = summed / total
        return np.where(total > 0, np.exp(mean) if geometric else mean, np.nan)

    def _product(self, matrix: np.ndarray) -> np.ndarray:
        """100 × Π of the counted factors with weight > 0 (NaN when none is): weight draws
        never change it, only the missing policy does."""
        used = ~np.isnan(matrix[:, self.factors]) & (self.weights[:, self.factors] > 0)
        prod = np.prod(np.where(used, matrix[:, self.factors], 1.0), axis=1)
        return np.where(used.any(axis=1), 100 * prod, np.nan)

    def nominal(self) -> np.ndarray:
        """The methodology's own overall scores (N), as score_results computes them."""
        ones = np.ones((1, len(self.criteria)))
        return self.overall(ones, np.ones((1, len(DIMENSIONS))))[0]


def build_matrix(scored: pd.DataFrame, scores: pd.DataFrame, methodology: Methodology
                 ) -> ScoreMatrix:
    """From score_results' output: the organisations it ranked × every criterion."""
    ranked = scores[pd.to_numeric(scores["rank"], errors="coerce").notna()]
    ids = np.asarray(ranked["target_id"].astype(str))
    rows = scored[scored["target_id"].astype(str).isin(set(ids))]
    criteria = np.asarray(sorted(rows["criterion_id"].astype(str).unique()))
    dims = rows.groupby("criterion_id")["dimension"].first().reindex(criteria)
    keyed = rows.set_index([rows["target_id"].astype(str), rows["criterion_id"].astype(str)])
    index = pd.MultiIndex.from_product([ids, criteria])
    shape = (len(ids), len(criteria))

    def grid(column: str) -> np.ndarray:
        return keyed[column].reindex(index).to_numpy().reshape(shape)

    missing = np.isin(grid("status"), MISSING_STATUSES)
    counted = np.where(missing, np.nan, pd.to_numeric(grid("score").ravel(), errors="coerce")
                       .reshape(shape))
    weights = np.nan_to_num(pd.to_numeric(grid("weight").ravel(), errors="coerce")
                            .reshape(shape))
    by_kind = {kind: [methodology.dimension_weights(kind)[d] for d in DIMENSIONS]
               for kind in ranked["kind"].unique()}
    return ScoreMatrix(
        target_ids=ids, criteria=criteria,
        dimension=np.asarray([DIMENSIONS.index(d) for d in dims]),
        scores={"exclude": counted, "zero": np.where(missing, 0.0, counted)},
        weights=weights,
        dimension_weights=np.asarray([by_kind[k] for k in ranked["kind"]],
                                     dtype=float).reshape(len(ids), len(DIMENSIONS)),
        factors=np.isin(criteria, list(methodology.footprint_factors)),
        choices={key: str(getattr(methodology, name)) for key, name in CHOICE_FIELDS.items()},
        resolution=float(methodology.resolution))
