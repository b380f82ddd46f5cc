"""One sheet per dimension: organisations x criteria as ✓ ✗ – ?, raw values with units."""

from __future__ import annotations

from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from reports.excel_style import (
    SCORE_FORMAT,
    colour_symbols,
    finish_table,
    fit_row_height,
    score_scale,
    write_header,
)
from reports.excel_values import BOOLEANS, put_value
from reports.load import Run
from reports.safe import put

SYMBOLS = {"pass": "✓", "fail": "✗", "not_applicable": "–", "unknown": "?", "error": "?"}
FIRST_CRITERION_COLUMN = 4  # after rank, organisation and the dimension's score
SYMBOL_WIDTH, VALUE_WIDTH = 14, 13
LEAD_WIDTHS = (7, 36, 11)


def write_dimension(ws: Worksheet, run: Run, dimension: str,
                    labels: dict[str, Any]) -> None:
    """Rank, organisation, the dimension's score, then for each criterion its verdict symbol
    and, when the criterion measures more than yes/no, its raw value."""
    criteria = [c for c in run.criteria if c.dimension == dimension]
    with_values = _with_values(run, dimension)
    columns = labels["columns"]
    headers = [columns["rank"], columns["name"], labels["dimensions"][dimension]]
    widths: list[float] = list(LEAD_WIDTHS)
    for criterion in criteria:
        # The title, never the failure title: "✓ No Flash content", not "No Flash – No".
        headers.append(criterion.title)
        widths.append(SYMBOL_WIDTH)
        if criterion.id in with_values:
            unit = labels["excel"]["units"].get(criterion.id, labels["excel"]["value"])
            headers.append(f"({unit})")
            widths.append(VALUE_WIDTH)
    write_header(ws, headers)
    fit_row_height(ws, 1, list(zip(headers, widths, strict=True)))
    row = 1
    for organisation in run.organisations:
        row += 1
        put(ws, row, 1, organisation.rank)
        put(ws, row, 2, organisation.name)
        put(ws, row, 3, organisation.dimensions.get(dimension), SCORE_FORMAT)
        verdicts = {v.criterion_id: v for v in organisation.verdicts}
        column = FIRST_CRITERION_COLUMN
        for criterion in criteria:
            verdict = verdicts.get(criterion.id)
            if verdict is not None:
                put(ws, row, column, SYMBOLS.get(verdict.status, "?"))
            column += 1
            if criterion.id in with_values:
                if verdict is not None and verdict.value and verdict.value not in BOOLEANS:
                    put_value(ws, row, column, criterion.id, verdict.value, labels)
                column += 1
    finish_table(ws, widths, row)
    ws.freeze_panes = f"{get_column_letter(FIRST_CRITERION_COLUMN)}2"
    if row >= 2:
        score_scale(ws, f"C2:C{row}")
        colour_symbols(ws, f"{get_column_letter(FIRST_CRITERION_COLUMN)}2:"
                           f"{get_column_letter(len(widths))}{row}")


def _with_values(run: Run, dimension: str) -> set[str]:
    """The criteria of `dimension` for which some organisation has a raw value that is not
    a plain yes/no (one pass over the verdicts)."""
    return {verdict.criterion_id for organisation in run.organisations
            for verdict in organisation.verdicts
            if verdict.dimension == dimension and verdict.value
            and verdict.value not in BOOLEANS}
