"""Look of the workbook: header row, column widths, frozen panes, filters, colours, printing."""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from reports.safe import put

SCORE_FORMAT = "0.0"  # display rounding only: the cell keeps the unrounded score
SHARE_FORMAT = "0%"  # criterion scores are stored in [0, 1]
WEIGHT_FORMAT = "General"  # "0.##" would show 1 as "1."

HEADER_FILL = PatternFill("solid", fgColor="1F3A5F")
HEADER_FONT = Font(bold=True, color="FFFFFF")
SECTION_FONT = Font(bold=True, size=12)
STATUS_FILLS = {
    "pass": PatternFill("solid", fgColor="C6EFCE"),
    "fail": PatternFill("solid", fgColor="FFC7CE"),
}
OTHER_STATUS_FILL = PatternFill("solid", fgColor="E7E6E6")



def write_header(ws: Worksheet, headers: Sequence[str], row: int = 1) -> None:
    """A dark, bold header row."""
    for column, text in enumerate(headers, start=1):
        cell = put(ws, row, column, text)
        cell.fill = HEADER_FILL
        cell.font = HEADER_FONT
        cell.alignment = Alignment(vertical="center", wrap_text=True)


def finish_table(ws: Worksheet, widths: Sequence[float], last_row: int) -> None:
    """Freeze the header, filter the table rows 1..last_row, size columns, print landscape."""
    ws.freeze_panes = "A2"
    last_column = get_column_letter(len(widths))
    ws.auto_filter.ref = f"A1:{last_column}{max(last_row, 1)}"
    for column, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(column)].width = width
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def colour_scores(ws: Worksheet, first_column: int, last_column: int, last_row: int) -> None:
    """Red-yellow-green colour scale over the score columns."""
    if last_row < 2:
        return
    cells = f"{get_column_letter(first_column)}2:{get_column_letter(last_column)}{last_row}"
    # Scores are absolute (0-100): anchor the scale there, not on the panel's own range.
    # A new rule each time: openpyxl stamps a priority on the rule object it is given.
    ws.conditional_formatting.add(cells, ColorScaleRule(
        start_type="num", start_value=0, start_color="F8696B",
        mid_type="num", mid_value=50, mid_color="FFEB84",
        end_type="num", end_value=100, end_color="63BE7B",
    ))


def status_fill(status: str) -> PatternFill:
    """Green for pass, red for fail, grey for not applicable, unknown and error."""
    return STATUS_FILLS.get(status, OTHER_STATUS_FILL)


def write_section_title(ws: Worksheet, row: int, text: str) -> None:
    put(ws, row, 1, text).font = SECTION_FONT
