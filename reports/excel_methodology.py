"""The Methodology sheet: the criteria catalogue, dimension weights and provenance."""

from __future__ import annotations

from typing import Any

from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

from reports.excel_style import WEIGHT_FORMAT, finish_table, write_header, write_section_title
from reports.labels import label
from reports.load import Run
from reports.safe import put
from reports.text import applies_text, provenance_lines

CRITERIA_WIDTHS = (24, 16, 44, 70, 28, 9, 14)
WRAPPED = Alignment(wrap_text=True, vertical="top")


def write_methodology(ws: Worksheet, run: Run, labels: dict[str, Any]) -> None:
    """Criteria table first (filterable), then dimension weights, then provenance lines."""
    columns = labels["columns"]
    write_header(ws, [
        columns["id"], columns["dimension"], columns["criterion"], columns["measures"],
        columns["applies_to"], columns["weight"], columns["curve"],
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
        put(ws, row, 7, criterion.curve)
    finish_table(ws, CRITERIA_WIDTHS, row)
    row = _write_pairs(ws, row + 2, labels["dimension_weights"], [
        (label(labels["dimensions"], dimension), weight)
        for dimension, weight in run.dimension_weights.items()
    ])
    _write_pairs(ws, row + 1, labels["provenance"], provenance_lines(run, labels))


def _write_pairs(ws: Worksheet, row: int, title: str,
                 pairs: list[tuple[str, str | float]]) -> int:
    """A titled block of label/value rows starting at `row`; returns the next free row."""
    write_section_title(ws, row, title)
    for offset, (name, value) in enumerate(pairs, start=1):
        put(ws, row + offset, 1, name)
        put(ws, row + offset, 2, value)
    return row + len(pairs) + 1
