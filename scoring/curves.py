"""Curves that turn a criterion's raw value into a score in [0, 1]."""

from __future__ import annotations

import math
from datetime import date

# erfinv(0.8): places the p10 value at a score of 0.9 on Lighthouse's log-normal curve.
ERFINV_0_8 = 0.9061938024368232

# curve name -> the parameters it requires (validated when the methodology is loaded)
CURVE_PARAMETERS: dict[str, tuple[str, ...]] = {
    "binary": (),
    "linear": ("low", "high"),
    "log": ("low", "high"),
    "lognormal": ("p10", "median"),
    "recency": ("full_days", "zero_days"),
    "percentile": (),
}


def clamp(value: float) -> float:
    return max(0.0, min(1.0, value))


def linear(value: float, low: float, high: float) -> float:
    """0 at `low`, 1 at `high` (either may be the larger one), straight in between."""
    return clamp((value - low) / (high - low))


def log_scale(value: float, low: float, high: float) -> float:
    """Like linear but on log10(value): for audiences spanning orders of magnitude."""
    if value <= 0:
        return 0.0
    return linear(math.log10(value), math.log10(low), math.log10(high))


def lognormal(value: float, p10: float, median: float) -> float:
    """Lighthouse's curve for lower-is-better metrics: p10 scores 0.9, median 0.5."""
    if value <= 0:
        return 1.0
    sigma = (math.log(median) - math.log(p10)) / (math.sqrt(2) * ERFINV_0_8)
    return clamp(0.5 * math.erfc((math.log(value) - math.log(median)) / (sigma * math.sqrt(2))))


def recency(value: date, reference: date, full_days: float, zero_days: float) -> float:
    """1 when at most `full_days` old on the reference date, 0 from `zero_days`."""
    age = (reference - value).days
    return clamp(1 - (age - full_days) / (zero_days - full_days))
