"""The Methodology sheet: the criteria catalogue, dimension weights and provenance."""

from __future__ import annotations

from typing import Any

from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

from reports.excel_style import (
    WEIGHT_FORMAT,
    finish_table,
    fit_row_height,
    write_header,
    write_section_title,
)
from reports.labels import label
from reports.load import Run
from reports.safe import put
from reports.text import (
    applies_text,
    curve_text,
    date_text,
    formula_rows,
    not_counted_rows,
    provenance_lines,
)

CRITERIA_WIDTHS = (24, 16, 44, 70, 28, 9, 14, 60)
WRAPPED = Alignment(wrap_text=True, vertical="top")


def write_methodology(ws: Worksheet, run: Run, labels: dict[str, Any]) -> None:
    """Criteria table first (filterable), then dimension weights, the formulas scoring
    recorded, the weights that change nothing, then provenance lines."""
    columns = labels["columns"]
    write_header(ws, [
        columns["id"], columns["dimension"], columns["criterion"], columns["measures"],
        columns["applies_to"], columns["weight"], columns["curve"], labels["formula"],
    ])
    row = 1
    for criterion in run.criteria:
        row += 1
        put(ws, row, 1, criterion.id)
        put(ws, row, 2, label(labels["dimensions"], criterion.dimension))
        put(ws, row, 3, criterion.title)
        put(ws, row, 4, criterion.measures).alignment = WRAPPED
        put(ws, row, 5, applies_text(criterion.applies_to, labels))
        put(ws, row, 6, criterion.weight, WEIGHT_FORMAT)
        put(ws, row, 7, curve_text(criterion.curve, labels))
        put(ws, row, 8, criterion.formula).alignment = WRAPPED
        fit_row_height(ws, row, [(criterion.measures, CRITERIA_WIDTHS[3]),
                                 (criterion.formula, CRITERIA_WIDTHS[7])])
    finish_table(ws, CRITERIA_WIDTHS, row)
    row = _write_rows(ws, row + 2, labels["dimension_weights"], [
        (label(labels["dimensions"], dimension), weight)
        for dimension, weight in run.dimension_weights.items()
    ])
    row = _write_rows(ws, row + 1, labels["formulas"], formula_rows(run, labels))
    if not_counted_rows(run, labels):
        row = _write_rows(ws, row + 1, labels["not_counted"], not_counted_rows(run, labels))
    crawled = (labels["excel"]["crawled"], date_text(run.provenance.crawled_at, labels))
    _write_rows(ws, row + 1, labels["provenance"], [*provenance_lines(run, labels), crawled])


def _write_rows(ws: Worksheet, row: int, title: str,
                rows: list[tuple[str | float, ...]]) -> int:
    """A titled block of rows starting at `row`, one value per column; returns the next
    free row."""
    write_section_title(ws, row, title)
    for offset, values in enumerate(rows, start=1):
        for column, value in enumerate(values, start=1):
            put(ws, row + offset, column, value)
    return row + len(rows) + 1
