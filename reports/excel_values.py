"""Raw criterion values as typed cells: numbers as numbers with their unit, dates as dates."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet

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
