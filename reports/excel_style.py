"""Look of the workbook: header row, column widths, frozen panes, filters, colours, printing."""

from __future__ import annotations

import math
from collections.abc import Sequence

from openpyxl.formatting.rule import CellIsRule, ColorScaleRule, DataBarRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from reports.safe import put

SCORE_FORMAT = "0.0"  # display rounding only: the cell keeps the unrounded score
SHARE_FORMAT = "0%"  # criterion scores are stored in [0, 1]
WEIGHT_FORMAT = "General"  # "0.##" would show 1 as "1."

# Every font names Calibri and the sans-serif family: LibreOffice, which may lack Calibri,
# then substitutes a sans-serif (Carlito, Liberation Sans) instead of its serif default.
FONT_NAME, SANS_SERIF = "Calibri", 2
HEADER_FILL = PatternFill("solid", fgColor="1F3A5F")
HEADER_FONT = Font(name=FONT_NAME, family=SANS_SERIF, bold=True, color="FFFFFF")
SECTION_FONT = Font(name=FONT_NAME, family=SANS_SERIF, bold=True, size=12)
TITLE_FONT = Font(name=FONT_NAME, family=SANS_SERIF, bold=True, size=16, color="1F3A5F")
NOTE_FONT = Font(name=FONT_NAME, family=SANS_SERIF, italic=True, color="595959")
LINE_HEIGHT = 15  # points per line of 11-point text
BOLD_SHARE, DEFAULT_COLUMN_WIDTH = 0.85, 13.0  # 13: openpyxl's width of an unsized column
SYMBOL_FILLS = {"✓": "C6EFCE", "✗": "FFC7CE", "–": "E7E6E6", "?": "FFEB9C"}
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
    fit_header_row(ws, 1)
    print_setup(ws, "1:1")


def print_setup(ws: Worksheet, title_rows: str = "") -> None:
    """A4 landscape, fit to the page width, `title_rows` repeated, "page / pages" footer."""
    if title_rows:
        ws.print_title_rows = title_rows
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddFooter.center.text = "&P / &N"
    ws.oddFooter.left.text = "&A"  # the sheet's name


def fit_header_row(ws: Worksheet, row: int) -> None:
    """Height for the wrapped names of a header row, from the widths its columns already
    have (bold text is wider: counted on 85 % of the width)."""
    fit_row_height(ws, row, [(str(cell.value), BOLD_SHARE * (
        ws.column_dimensions[cell.column_letter].width or DEFAULT_COLUMN_WIDTH))
        for cell in ws[row] if cell.value is not None])


def fit_row_height(ws: Worksheet, row: int, texts: Sequence[tuple[str, float]]) -> None:
    """Give `row` the height its wrapped (text, column width) pairs need: LibreOffice does
    not grow rows by itself, and overlapping rows print over each other."""
    lines = max((sum(max(1, math.ceil(len(part) / max(width - 1, 1)))
                     for part in text.split("\n")) for text, width in texts), default=1)
    if lines > 1:
        ws.row_dimensions[row].height = LINE_HEIGHT * lines


def data_bars(ws: Worksheet, cells: str) -> None:
    """Blue bars from 0 to 100 (absolute, like the colour scale)."""
    ws.conditional_formatting.add(cells, DataBarRule(
        start_type="num", start_value=0, end_type="num", end_value=100, color="5B9BD5"))


def colour_symbols(ws: Worksheet, cells: str) -> None:
    """Green ✓, red ✗, grey –, yellow ?: one conditional rule per symbol, not a style per
    cell, so a sheet of 10,000 organisations stays cheap to write."""
    for symbol, colour in SYMBOL_FILLS.items():
        ws.conditional_formatting.add(cells, CellIsRule(
            operator="equal", formula=[f'"{symbol}"'],
            fill=PatternFill("solid", fgColor=colour, bgColor=colour)))


def colour_scores(ws: Worksheet, first_column: int, last_column: int, last_row: int) -> None:
    """Red-yellow-green colour scale over the score columns."""
    if last_row < 2:
        return
    # Scores are absolute (0-100): anchor the scale there, not on the panel's own range.
    # A new rule each time: openpyxl stamps a priority on the rule object it is given.
    score_scale(ws, f"{get_column_letter(first_column)}2:"
                    f"{get_column_letter(last_column)}{last_row}")


def status_fill(status: str) -> PatternFill:
    """Green for pass, red for fail, grey for not applicable, unknown and error."""
    return STATUS_FILLS.get(status, OTHER_STATUS_FILL)


def write_section_title(ws: Worksheet, row: int, text: str) -> None:
    put(ws, row, 1, text).font = SECTION_FONT


def score_scale(ws: Worksheet, cells: str) -> None:
    """The fixed red-yellow-green scale over any range of 0-100 scores."""
    ws.conditional_formatting.add(cells, ColorScaleRule(
        start_type="num", start_value=0, start_color="F8696B",
        mid_type="num", mid_value=50, mid_color="FFEB84",
        end_type="num", end_value=100, end_color="63BE7B",
    ))
