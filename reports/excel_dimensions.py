"""One sheet per dimension: organisations x criteria as ✓ ✗ – ?, raw values with units."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from reports.excel_stream import Row, Styles, stream_rows
from reports.excel_style import (
    colour_symbols,
    finish_table,
    fit_row_height,
    score_scale,
    write_header,
)
from reports.excel_values import BOOLEANS, typed_cell, value_styles
from reports.load import Run

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
    row = 1 + len(run.organisations)
    finish_table(ws, widths, row)
    ws.freeze_panes = f"{get_column_letter(FIRST_CRITERION_COLUMN)}2"
    if row >= 2:
        score_scale(ws, f"C2:C{row}")
        colour_symbols(ws, f"{get_column_letter(FIRST_CRITERION_COLUMN)}2:"
                           f"{get_column_letter(len(widths))}{row}")
    styles = Styles(ws)
    value_styles(styles, labels)
    stream_rows(ws, 2, lambda: _rows(run, dimension, criteria, with_values, labels, styles))


def _rows(run: Run, dimension: str, criteria: list, with_values: set[str],
          labels: dict[str, Any], styles: Styles) -> Iterator[Row]:
    """Rank, organisation, score, then each criterion's symbol (and raw value)."""
    score = styles("score")
    for organisation in run.organisations:
        cells: list = [(organisation.rank, 0), (organisation.name, 0),
                       (organisation.dimensions.get(dimension), score)]
        verdicts = {v.criterion_id: v for v in organisation.verdicts
                    if v.dimension == dimension}
        for criterion in criteria:
            verdict = verdicts.get(criterion.id)
            cells.append((SYMBOLS.get(verdict.status, "?"), 0) if verdict else None)
            if criterion.id in with_values:
                cells.append(typed_cell(criterion.id, verdict.value, labels, styles)
                             if verdict and verdict.value not in BOOLEANS else None)
        yield cells


def _with_values(run: Run, dimension: str) -> set[str]:
    """The criteria of `dimension` for which some organisation has a raw value that is not
    a plain yes/no (one pass over the verdicts)."""
    return {verdict.criterion_id for organisation in run.organisations
            for verdict in organisation.verdicts
            if verdict.dimension == dimension and verdict.value
            and verdict.value not in BOOLEANS}
