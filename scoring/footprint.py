"""social-footprint, computed when scoring: the methodology's formula on each account of
footprint.csv, combined across platforms, as one more criterion row per target."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

import pandas as pd

from scoring import curves
from scoring.expression import Value, short
from scoring.footprint_rules import CRITERION, SocialFootprint

DIMENSION = "footprint"
COMPUTED = {CRITERION: DIMENSION}  # the criteria the score stage computes itself
READ = "ok"
ABSENT = ("not_found", "private", "login_wall")  # what a logged-out visitor cannot see
NO_ACCOUNT = "no social account listed or found (footprint.csv)"
MAX_EVIDENCE_CHARS = 1000


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(str(text)[:10])
    except ValueError:
        return None


def _number(text: str) -> float | None:
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def presence(row: Mapping[str, str]) -> Value:
    """1 when the account was read or its figures supplied by hand; 0 when it is gone,
    private or behind a login wall; unknown (None) when the platform said nothing usable
    (rate limited, unknown)."""
    if row.get("status") == READ or "manual" in str(row.get("source", "")):
        return 1.0
    return 0.0 if row.get("status") in ABSENT else None


def _flag(text: str) -> Value:
    return {"true": 1.0, "false": 0.0}.get(str(text).lower())


def quantities(row: Mapping[str, str], rules: SocialFootprint, crawl_day: date | None
               ) -> dict[str, Value]:
    """Every named quantity of one account (footprint.csv row); None when not shown."""
    values: dict[str, Value] = {"presence": presence(row),
                                "links_back": _flag(row.get("links_back", "")),
                                "links_to_site": _flag(row.get("links_to_site", ""))}
    reference = _day(row.get("date", "")) or crawl_day  # the day the figures were taken
    for name, q in rules.quantities.items():
        raw = row.get(q.column, "")
        if q.curve == "recency":
            when = _day(raw) if raw else None
            values[name] = None if when is None or reference is None else curves.recency(
                when, reference, q.params["full_days"], q.params["zero_days"])
            continue
        number = _number(raw) if raw else None
        if number is None:
            values[name] = None
        elif q.curve == "log":
            values[name] = curves.log_scale(number, q.params["low"], q.params["high"])
        else:
            values[name] = curves.linear(number, q.params["low"], q.params["high"])
    return values


def platform_value(values: Mapping[str, Value], rules: SocialFootprint) -> Value:
    """The per-platform formula, clamped to 0-1; None when unknown."""
    found = rules.per_platform.evaluate(values)
    return None if found is None else curves.clamp(found)


def combine(values: list[float], rules: SocialFootprint) -> float:
    """Across the platforms whose value is known: min(1, Σ / sum_full), the mean or the max."""
    if rules.platforms == "sum":
        return curves.clamp(sum(values) / rules.sum_full)
    if rules.platforms == "mean":
        return sum(values) / len(values)
    return max(values)


def _combined_text(values: list[float], score: float, rules: SocialFootprint) -> str:
    if rules.platforms == "sum":
        return f"sum {short(sum(values))} / {short(rules.sum_full)} = {short(score)}"
    return f"{rules.platforms} of {len(values)} = {short(score)}"


def target_row(target_id: str, accounts: pd.DataFrame, rules: SocialFootprint,
               crawl_day: date | None) -> dict[str, str]:
    """One target's social-footprint row (results.csv columns)."""
    base = {"target_id": target_id, "criterion_id": CRITERION, "dimension": DIMENSION,
            "weight": ""}
    if accounts.empty:
        return {**base, "status": "fail", "value": "0", "score": "0.0", "criterion_score": "0.0",
                "evidence_url": "", "evidence": NO_ACCOUNT}
    parts, known, best = [], [], (-1.0, "")
    for row in accounts.to_dict("records"):
        values = quantities(row, rules, crawl_day)
        value = platform_value(values, rules)
        name = row["platform"] + (" (discovered)" if "discovered" in row.get("source", "")
                                  else "")
        status = "" if row.get("status") == READ else " (manual)" if "manual" in row.get(
            "source", "") else f" ({row.get('status') or 'unknown'})"
        shown = "?" if value is None else short(value)
        parts.append(f"{name} {shown} = {rules.per_platform.render(values)}{status}"
                     + (" left out" if value is None else ""))
        if value is not None:
            known.append(value)
            best = max(best, (value, row.get("url", "")))
    if not known:
        return {**base, "status": "unknown", "value": "", "score": "", "criterion_score": "",
                "evidence_url": "", "evidence": "; ".join(parts)[:MAX_EVIDENCE_CHARS]}
    score = combine(known, rules)
    evidence = "; ".join([*parts, _combined_text(known, score, rules)])
    return {**base, "status": "pass" if score > 0 else "fail", "value": repr(round(score, 4)),
            "score": repr(score), "criterion_score": repr(score), "evidence_url": best[1],
            "evidence": evidence[:MAX_EVIDENCE_CHARS]}


def with_social_footprint(results: pd.DataFrame, footprint: pd.DataFrame,
                          crawl_dates: Mapping[str, str], rules: SocialFootprint
                          ) -> pd.DataFrame:
    """results.csv with one social-footprint row per target (any earlier one replaced),
    computed from footprint.csv (`target, platform, source, status, followers, ...`);
    `crawl_dates`: target id -> crawl timestamp, for accounts whose row has no date."""
    others = results[results["criterion_id"] != CRITERION]
    footprint = footprint.astype(str)
    by_target = dict(tuple(footprint.groupby("target", sort=False))) if len(footprint) else {}
    empty = footprint.iloc[0:0]
    rows = [target_row(tid, by_target.get(tid, empty), rules, _day(crawl_dates.get(tid, "")))
            for tid in others["target_id"].drop_duplicates()]
    added = pd.DataFrame(rows).reindex(columns=results.columns, fill_value="")
    # Each target's new row right after its own rows, as the evaluate stage orders them.
    merged = pd.concat([others, added], ignore_index=True)
    order = {tid: n for n, tid in enumerate(others["target_id"].drop_duplicates())}
    merged["_target"] = merged["target_id"].map(order)
    return merged.sort_values("_target", kind="stable").drop(columns="_target").reset_index(
        drop=True)
