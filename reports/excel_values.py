"""Raw criterion values as typed cells: numbers as numbers with their unit, dates as dates."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet

from reports.excel_stream import Styles
from reports.excel_style import SCORE_FORMAT, SHARE_FORMAT, STATUS_FILLS, WEIGHT_FORMAT, status_fill
from reports.safe import put
from reports.text import value_text

# Plain decimals only: no leading zeros (postcodes, ids), no "1e5", "nan" or "-2+3".
NUMBER = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?")
ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
BOOLEANS = ("true", "false")
DATE_FORMAT = "yyyy-mm-dd"


def typed_value(value: str) -> int | float | date | str:
    """`value` as an int, a float or a date when it is written as one, else the text;
    `;`-joined lists are shown with commas."""
    if NUMBER.fullmatch(value):
        return float(value) if "." in value else int(value)
    if ISO_DATE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return value
    return value.replace(";", ", ") if ";" in value else value


def unit_format(value: int | float, unit: str) -> str:
    """A number format that shows `unit` after the number and keeps the cell a number."""
    digits = "#,##0" if isinstance(value, int) else "#,##0.0##"
    return f'{digits}" {unit}"' if unit else digits


def put_value(ws: Worksheet, row: int, column: int, criterion_id: str, value: str,
              labels: dict[str, Any]) -> Cell:
    """Write a raw value: numbers and dates typed (they sort, Excel does not flag them),
    yes/no translated, anything else inert text."""
    typed = typed_value(value)
    if isinstance(typed, str):
        return put(ws, row, column, value_text(typed, labels) if value in BOOLEANS else typed)
    if isinstance(typed, date):
        cell = ws.cell(row=row, column=column, value=typed)
        cell.number_format = DATE_FORMAT
        return cell
    unit = labels["excel"]["units"].get(criterion_id, "")
    return put(ws, row, column, typed, unit_format(typed, unit))


def value_styles(styles: Styles, labels: dict[str, Any]) -> None:
    """Register the styles typed_cell and the streamed sheets use (before saving)."""
    styles("share", number_format=SHARE_FORMAT)
    styles("score", number_format=SCORE_FORMAT)
    styles("weight", number_format=WEIGHT_FORMAT)
    for status in (*STATUS_FILLS, "other"):
        styles(f"status-{status}", fill=status_fill(status))
    styles("date", number_format=DATE_FORMAT)
    for unit in ("", *labels["excel"]["units"].values()):
        for number in (0, 0.5):
            number_format = unit_format(number, unit)
            styles(f"unit-{number_format}", number_format=number_format)


def typed_cell(criterion_id: str, value: str, labels: dict[str, Any], styles: Styles
               ) -> tuple[Any, int] | None:
    """A raw value as put_value writes it: numbers and dates typed with their unit's
    format, yes/no translated, anything else inert text."""
    if not value:
        return None
    typed = typed_value(value)
    if isinstance(typed, str):
        return (value_text(typed, labels) if value in BOOLEANS else typed), 0
    if isinstance(typed, date):
        return typed, styles("date", number_format=DATE_FORMAT)
    unit = labels["excel"]["units"].get(criterion_id, "")
    number_format = unit_format(typed, unit)
    return typed, styles(f"unit-{number_format}", number_format=number_format)
