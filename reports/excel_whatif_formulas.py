"""The What-if sheet's formulas: scoring's aggregation (scoring.aggregate) in Excel terms.

Every formula is built here from cell references only, never from data. A criterion
score cell is blank when scoring did not count it (not applicable, or not measured under
the "exclude" policy), so ISNUMBER says which weights enter each denominator; weights of
0 drop out of both sums, as in scoring.
"""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl.utils import get_column_letter as letter


def _range(first: int, last: int, row: int | str) -> str:
    return f"{letter(first)}{row}:{letter(last)}{row}"


def weighted_mean(scores: tuple[int, int], row: int, weights_row: int, scale: str = "") -> str:
    """scale × Σ w·s / Σ w over the measured cells of columns scores[0]..scores[1]; blank
    when none is measured."""
    w = _range(*scores, f"${weights_row}")
    s = _range(*scores, row)
    den = f"SUMPRODUCT({w},--ISNUMBER({s}))"
    return f'IF({den}=0,"",{scale}SUMPRODUCT({w},{s})/{den})'


def product(factors: Sequence[int], row: int, weights_row: int) -> str:
    """100 × Π of the measured factors whose weight is > 0; blank when none is."""
    used = [f"AND(ISNUMBER({letter(c)}{row}),{letter(c)}${weights_row}>0)" for c in factors]
    terms = "*".join(f"IF({u},{letter(c)}{row},1)" for u, c in zip(used, factors,
                                                                     strict=True))
    return f'IF(OR({",".join(used)}),100*{terms},"")'


def geometric_mean(dimensions: tuple[int, int], row: int, weights_row: int) -> str:
    """(Π D^W)^(1/Σ W) over the dimensions with a score and a weight > 0; 0 when one of
    them is 0 (log 0 = -inf, as numpy gives); blank when none has a score."""
    first, last = dimensions
    w = _range(first, last, f"${weights_row}")
    d = _range(first, last, row)
    den = f"SUMPRODUCT({w},--ISNUMBER({d}))"
    cells = [(f"{letter(c)}{row}", f"{letter(c)}${weights_row}")
             for c in range(first, last + 1)]
    zero = ",".join(f"AND(ISNUMBER({s}),{w}>0,{s}=0)" for s, w in cells)
    logs = "+".join(f"IF(AND(ISNUMBER({s}),{w}>0),{w}*LN({s}),0)" for s, w in cells)
    return f'IF({den}=0,"",IF(OR({zero}),0,EXP(({logs})/{den})))'


def rounded(overall: str, step: str) -> str:
    """The overall score rounded half away from zero to `step`, as ranks compare it
    (float noise below 9 decimals removed first, as scoring.rounding does)."""
    return f'IF(ISNUMBER({overall}),ROUND(ROUND(ROUND({overall},9)/{step},6),0)*{step},"")'


def rank(key: str, keys: str) -> str:
    """1 + the number of higher keys; equal keys share the best rank; blank keys none."""
    return f'IF(ISNUMBER({key}),RANK({key},{keys},0),"")'


def change(before: str, now: str) -> str:
    """Places gained: the report's rank minus the live rank."""
    return f'IF(AND(ISNUMBER({before}),ISNUMBER({now})),{before}-{now},"")'
