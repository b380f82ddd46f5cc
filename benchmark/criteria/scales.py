"""Curves that turn a raw measurement into a score in [0, 1], and recency verdicts."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from benchmark.model import Status


def age_score(age_days: int, full_within: int, zero_at: int) -> float:
    """1 up to `full_within` days old, 0 from `zero_at` days, linear in between."""
    if age_days <= full_within:
        return 1.0
    if age_days >= zero_at:
        return 0.0
    return (zero_at - age_days) / (zero_at - full_within)


def log_score(value: float, low: float, high: float) -> float:
    """0 at or below `low`, 1 at or above `high`, linear in log10 in between."""
    if value <= low:
        return 0.0
    if value >= high:
        return 1.0
    return (math.log10(value) - math.log10(low)) / (math.log10(high) - math.log10(low))


def count_score(count: int, full_at: int) -> float:
    """count / full_at, capped at 1."""
    return min(1.0, max(0, count) / full_at)


@dataclass(frozen=True)
class Recency:
    """How recent the newest dated thing is, judged against the crawl date."""

    age_days: int
    status: Status
    score: float


def recency(newest: date, crawl_date: date, *, full_within: int, zero_at: int,
            pass_within: int) -> Recency:
    """Age in days (never negative), pass within `pass_within` days, score by age_score."""
    age = max(0, (crawl_date - newest).days)
    return Recency(age, Status.PASS if age <= pass_within else Status.FAIL,
                   age_score(age, full_within, zero_at))
