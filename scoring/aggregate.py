"""Apply a methodology to criterion results: curves, dimension means, overall, ranks."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from scoring import curves
from scoring.config import DIMENSIONS, CriterionRule, Methodology

SCORED_STATUSES = ("pass", "fail")
MISSING_STATUSES = ("unknown", "error")
RANKED_CRAWL_STATUSES = ("ok", "partial")
SCORE_COLUMNS = ["target_id", "name", "kind", "status", "overall", *DIMENSIONS, "rank"]


def _as_date(value: str) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _as_number(value: str) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if np.isfinite(number) else None


def curve_score(rule: CriterionRule, value: str, fallback: float, reference: date | None
                ) -> float:
    """The methodology's score for one raw value; the criterion's own score if no curve."""
    p = rule.params
    if rule.curve == "recency":
        when = _as_date(value)
        if when is None or reference is None:
            return fallback
        return curves.recency(when, reference, p["full_days"], p["zero_days"])
    number = _as_number(value)
    if number is None or rule.curve in ("binary", "percentile"):
        return fallback
    if rule.curve == "linear":
        return curves.linear(number, p["low"], p["high"])
    if rule.curve == "log":
        return curves.log_scale(number, p["low"], p["high"])
    return curves.lognormal(number, p["p10"], p["median"])


def _percentiles(frame: pd.DataFrame, counted: pd.Series) -> pd.Series:
    """Position of each numeric value within the panel, 0 (lowest) to 1 (highest)."""
    numbers = pd.to_numeric(frame["value"], errors="coerce").where(counted)
    ranks = numbers.groupby(frame["criterion_id"]).rank(method="average")
    sizes = numbers.groupby(frame["criterion_id"]).transform("count")
    return ((ranks - 1) / (sizes - 1)).where(sizes > 1, 1.0)


def apply_methodology(results: pd.DataFrame, methodology: Methodology,
                      crawl_dates: dict[str, date]) -> pd.DataFrame:
    """results.csv rows with `weight` and `score` set by the methodology."""
    out = results.copy()
    rules = {cid: methodology.rule(cid) for cid in out["criterion_id"].unique()}
    out["weight"] = out["criterion_id"].map(lambda cid: rules[cid].weight)
    native = pd.to_numeric(out["criterion_score"], errors="coerce")
    counted = out["status"].isin(SCORED_STATUSES)
    scores = [curve_score(rules[cid], value, fallback, crawl_dates.get(tid))
              if ok else np.nan
              for cid, value, fallback, tid, ok in zip(out["criterion_id"], out["value"],
                                                       native, out["target_id"], counted,
                                                       strict=True)]
    out["score"] = pd.Series(scores, index=out.index, dtype=float)
    percentile = out["criterion_id"].map(lambda cid: rules[cid].curve == "percentile")
    if percentile.any():
        out.loc[percentile, "score"] = _percentiles(out, counted & percentile)[percentile]
    if methodology.missing == "zero":
        out.loc[out["status"].isin(MISSING_STATUSES), "score"] = 0.0
    return out


def _dimension_scores(scored: pd.DataFrame, methodology: Methodology) -> pd.DataFrame:
    used = scored[scored["score"].notna() & (scored["weight"] > 0)].copy()
    used["weighted"] = used["weight"] * used["score"]
    sums = used.groupby(["target_id", "dimension"])[["weighted", "weight"]].sum()
    table = (100 * sums["weighted"] / sums["weight"]).unstack("dimension")
    if methodology.footprint_combine == "product" and methodology.footprint_factors:
        factors = used[used["criterion_id"].isin(methodology.footprint_factors)]
        table["footprint"] = 100 * factors.groupby("target_id")["score"].prod()
    return table.reindex(columns=list(DIMENSIONS))


def score_results(results: pd.DataFrame, targets: pd.DataFrame, methodology: Methodology
                  ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Score every target. `targets` has target_id, name, kind, status, crawl_date.

    Returns (results with methodology scores and weights, the scores.csv table).
    """
    crawl_dates = {tid: d for tid, d in zip(targets["target_id"],
                                            targets["crawl_date"].map(_as_date), strict=True)
                   if d is not None}
    scored = apply_methodology(results, methodology, crawl_dates)
    table = targets.set_index("target_id")[["name", "kind", "status"]].join(
        _dimension_scores(scored, methodology).reindex(targets["target_id"]))
    weights = pd.Series(methodology.dimensions)
    present = table[list(DIMENSIONS)].notna() & (weights > 0)
    weighted = table[list(DIMENSIONS)].fillna(0).mul(weights).where(present, 0).sum(axis=1)
    total = present.mul(weights).sum(axis=1)
    overall = (weighted / total).where(total > 0)
    # An unreachable site is not ranked on its social accounts alone: no silent zero either.
    table["overall"] = overall.where(table["status"].isin(RANKED_CRAWL_STATUSES))
    table["rank"] = table["overall"].round(9).rank(method="min", ascending=False).astype("Int64")
    return scored, table.reset_index()[SCORE_COLUMNS]
