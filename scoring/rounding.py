"""The one rounding rule of every output: half away from zero, on the decimal a reader sees."""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal

# Float noise below this many decimals (0.1 + 0.2) is removed before rounding, so that a
# sum computed in another order never lands on the other side of a rounding boundary.
NOISE_DIGITS = 9
NO_NUMBER = "–"


def _decimal(value: float) -> Decimal:
    # repr() is the shortest decimal that reads back as the same float: 2.675 stays 2.675
    # (its binary value, 2.67499999..., would round down), as a spreadsheet reads it.
    return Decimal(repr(round(float(value), NOISE_DIGITS)))


def round_half_away(value: float, step: float = 0.1) -> float:
    """`value` to the nearest multiple of `step`, halves away from zero (81.25 -> 81.3)."""
    exact_step = Decimal(repr(float(step)))
    units = (_decimal(value) / exact_step).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    result = float(units * exact_step)
    return 0.0 if result == 0 else result  # no "-0.0"


def decimals_of(step: float) -> int:
    """How many decimals a multiple of `step` needs: 0.1 -> 1, 0.05 -> 2, 100 -> 0."""
    exponent = Decimal(repr(float(step))).normalize().as_tuple().exponent
    return max(0, -int(exponent))


def number_text(value: float | None, step: float = 0.1) -> str:
    """`value` rounded by the rule and written with the decimals of `step`; a dash if none."""
    if value is None or not math.isfinite(float(value)):
        return NO_NUMBER
    return f"{round_half_away(value, step):.{decimals_of(step)}f}"


def score_text(value: float | None) -> str:
    """A 0-100 score as every output shows it: one decimal (81.25 -> "81.3")."""
    return number_text(value, 0.1)
