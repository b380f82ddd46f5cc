"""Apply a methodology to criterion results: curves, dimension means, overall, ranks."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from scoring import curves, extended
from scoring.config import DIMENSIONS, CriterionRule, Methodology
from scoring.rounding import round_half_away
from scoring.tables import rank, rank_within, tables_of

__all__ = ["rank", "score_results", "apply_methodology", "curve_score"]

SCORED_STATUSES = ("pass", "fail")
MISSING_STATUSES = ("unknown", "error")
RANKED_CRAWL_STATUSES = ("ok", "partial")
SCORE_COLUMNS = ["target_id", "name", "kind", "status", "overall", *DIMENSIONS, "rank",
                 "table", "footprint_extended"]  # rank: within the target's table


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
    if rule.resolution:  # what the crawl cannot tell apart gets one score
        number = round_half_away(number, rule.resolution)
    if rule.curve == "linear":
        return curves.linear(number, p["low"], p["high"])
    if rule.curve == "log":
        return curves.log_scale(number, p["low"], p["high"])
    return curves.lognormal(number, p["p10"], p["median"])


def _percentiles(frame: pd.DataFrame, counted: pd.Series, rules: dict, groups: pd.DataFrame
                 ) -> pd.Series:
    """Position of each numeric value within its peer group, 0 (lowest) to 1 (highest)."""
    numbers = pd.to_numeric(frame["value"], errors="coerce").where(counted)
    steps = frame["criterion_id"].map(lambda cid: rules[cid].resolution or 0.0)
    numbers = pd.Series([round_half_away(n, s) if s and pd.notna(n) else n
                         for n, s in zip(numbers, steps, strict=True)], index=frame.index)
    within = frame["criterion_id"].map(lambda cid: rules[cid].within)
    peer = pd.Series("", index=frame.index)
    for column in ("kind", "sector"):
        peer = peer.where(within != column, frame["target_id"].map(groups[column]))
    keys = [frame["criterion_id"], peer.fillna("")]
    ranks = numbers.groupby(keys).rank(method="average")
    sizes = numbers.groupby(keys).transform("count")
    return ((ranks - 1) / (sizes - 1)).where(sizes > 1, 1.0)


def apply_methodology(results: pd.DataFrame, methodology: Methodology,
                      crawl_dates: dict[str, date], groups: pd.DataFrame | None = None
                      ) -> pd.DataFrame:
    """results.csv rows with `weight` and `score` set by the methodology (and the profile of
    each organisation's kind; `groups` has kind and sector by target_id)."""
    out = results.copy()
    if groups is None:
        groups = pd.DataFrame(columns=["kind", "sector"])
    kinds = out["target_id"].map(groups["kind"]).fillna("")
    rules = {cid: methodology.rule(cid) for cid in out["criterion_id"].unique()}
    keys = out["criterion_id"] + "|" + kinds  # the weight depends on the kind's profile
    out["weight"] = keys.map({key: methodology.rule(*key.split("|")).weight
                              for key in keys.unique()}).astype(float)
    native = pd.to_numeric(out["criterion_score"], errors="coerce")
    counted = out["status"].isin(SCORED_STATUSES)
    out["score"] = native.where(counted).astype(float)
    # Only the rows whose curve re-maps the raw value go through Python, one by one.
    remapped = counted & out["criterion_id"].map(
        lambda cid: rules[cid].curve not in ("binary", "percentile"))
    rows = out[remapped]
    out.loc[remapped, "score"] = [
        curve_score(rules[cid], value, fallback, crawl_dates.get(tid))
        for cid, value, fallback, tid in zip(rows["criterion_id"].tolist(),
                                             rows["value"].tolist(), native[remapped].tolist(),
                                             rows["target_id"].tolist(), strict=True)]
    percentile = out["criterion_id"].map(lambda cid: rules[cid].curve == "percentile")
    if percentile.any():
        out.loc[percentile, "score"] = _percentiles(out, counted & percentile, rules,
                                                    groups)[percentile]
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


def _overall(table: pd.DataFrame, methodology: Methodology) -> pd.Series:
    """Weighted arithmetic or geometric mean of the dimensions that have a score."""
    weights = pd.DataFrame([methodology.dimension_weights(kind) for kind in table["kind"]],
                           index=table.index)[list(DIMENSIONS)]
    dims = table[list(DIMENSIONS)].astype(float)
    present = dims.notna() & (weights > 0)
    used = weights.where(present, 0.0)
    total = used.sum(axis=1)
    if methodology.overall == "geometric":
        with np.errstate(divide="ignore"):  # log(0) = -inf: a dimension at 0 gives 0
            logs = np.log(dims.where(present, 1.0))
        overall = np.exp((logs * used).sum(axis=1) / total)
    else:
        overall = (dims.fillna(0) * used).sum(axis=1) / total
    return overall.where(total > 0)


def score_results(results: pd.DataFrame, targets: pd.DataFrame, methodology: Methodology
                  ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Score every target. `targets` has target_id, name, kind, status, crawl_date (and
    sector, for percentiles within a sector; parent and role, for the tables and the
    extended footprint: scoring.tables, scoring.extended).

    Returns (results with methodology scores and weights, the scores.csv table).
    """
    crawl_dates = {tid: d for tid, d in zip(targets["target_id"],
                                            targets["crawl_date"].map(_as_date), strict=True)
                   if d is not None}
    groups = targets.set_index("target_id").reindex(columns=["kind", "sector"]).astype(
        object).fillna("")
    scored = apply_methodology(results, methodology, crawl_dates, groups)
    table = targets.set_index("target_id")[["name", "kind", "status"]].join(
        _dimension_scores(scored, methodology).reindex(targets["target_id"]))
    # An unreachable site is not ranked on its social accounts alone: no silent zero either.
    table["overall"] = _overall(table, methodology).where(
        table["status"].isin(RANKED_CRAWL_STATUSES))
    table["table"] = tables_of(targets.set_index("target_id"))
    table["rank"] = rank_within(table["overall"], table["table"], methodology.resolution)
    parts = extended_parts(table.reset_index(), targets, methodology)
    table["footprint_extended"] = extended.totals(table.reset_index(), parts)
    return scored, table.reset_index()[SCORE_COLUMNS]


def extended_parts(scores: pd.DataFrame, targets: pd.DataFrame, methodology: Methodology
                   ) -> pd.DataFrame:
    """extended.csv from scores.csv and the targets' parent and role."""
    members = targets.reindex(columns=["target_id", "kind", "parent", "role"]).astype(
        object).fillna("")
    return extended.breakdown(scores, members, methodology.people_weight,
                              methodology.relays_weight)
