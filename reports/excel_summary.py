"""The Summary sheet: title, provenance, the ranking with rank ranges, panel rows, a legend."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from reports.analyses import Change
from reports.excel_people import organisations_only, write_people_blocks
from reports.excel_style import (
    NOTE_FONT,
    SCORE_FORMAT,
    SECTION_FONT,
    TITLE_FONT,
    data_bars,
    fit_header_row,
    fit_row_height,
    print_setup,
    score_scale,
    write_header,
)
from reports.load import DIMENSIONS, Organisation, Run
from reports.safe import put, put_link
from reports.text import crawl_text, date_text, kind_text

TITLE_ROW, INFO_ROW, AVERAGE_ROW, MEDIAN_ROW, HEADER_ROW = 1, 2, 3, 4, 5
FIRST_ROW = HEADER_ROW + 1
NAME_COLUMN, OVERALL_COLUMN = 2, 3
FIRST_DIMENSION_COLUMN = OVERALL_COLUMN + 1
LAST_SCORE_COLUMN = OVERALL_COLUMN + len(DIMENSIONS)
STATUS_WIDTH = 28
RANKING_WIDTHS = (7, 36, 10, *(11,) * len(DIMENSIONS), 13, 11)
CONTEXT_WIDTHS = (16, 22, 9, 34, STATUS_WIDTH)  # kind, sector, country, website, status
CHANGE_WIDTH = 10  # between the two: the movement since the previous run, when known
WRAPPED = Alignment(wrap_text=True, vertical="top")
CENTRED = Alignment(horizontal="center")
FRAGILE_FILL = PatternFill("solid", fgColor="FCE4D6", bgColor="FCE4D6")
SAME_RANK = "＝"  # fullwidth: a leading "=" would be read as a formula and get a quote
SHORT_SHA = 12  # enough to tell two methodologies apart at a glance


def write_summary(ws: Worksheet, run: Run, labels: dict[str, Any], title: str,
                  changes: Mapping[str, Change] | None = None) -> int:
    """Fill the Summary sheet; return the last row of the ranking table (for the charts).
    The ranking table holds the organisations; people and relays follow in their own blocks.
    `changes` (comparison.csv by target id) adds the movement since the previous run."""
    words, everyone = labels["excel"], run
    run = organisations_only(run)
    put(ws, TITLE_ROW, 1, title).font = TITLE_FONT
    put(ws, INFO_ROW, 1, info_line(run, labels)).font = NOTE_FONT
    columns = labels["columns"]
    write_header(ws, [
        columns["rank"], columns["name"], columns["overall"],
        *(labels["dimensions"][dimension] for dimension in DIMENSIONS),
        words["rank_range"], words["robustness"], *([words["change"]] if changes else []),
        columns["kind"], words["sector"], words["country"], words["website"],
        columns["status"],
    ], row=HEADER_ROW)
    for row, organisation in enumerate(run.organisations, start=FIRST_ROW):
        _write_organisation(ws, row, organisation, labels, changes)
    last_row = max(FIRST_ROW + len(run.organisations) - 1, HEADER_ROW)
    _write_panel_rows(ws, last_row, words)
    widths = (*RANKING_WIDTHS, *((CHANGE_WIDTH,) if changes else ()), *CONTEXT_WIDTHS)
    _format(ws, last_row, words["stability"]["fragile"], widths)
    legend = [*words["legend_lines"], *([words["change_legend"]] if changes else [])]
    _write_legend(ws, write_people_blocks(ws, everyone, labels, last_row + 2), words, legend)
    return last_row


def info_line(run: Run, labels: dict[str, Any]) -> str:
    """"Crawled 2026-11-21 · 6 organisations · Methodology benchmark default 2026.1 · …"."""
    words, provenance = labels["excel"], run.provenance
    methodology = " ".join(filter(None, (provenance.methodology_name,
                                         provenance.methodology_version)))
    parts = [f'{words["crawled"]} {date_text(provenance.crawled_at, labels)}',
             f'{len(run.organisations)} {words["organisations"]}',
             f'{words["methodology"]} {methodology}'.strip()]
    if provenance.methodology_sha256:
        parts.append(f"sha256 {provenance.methodology_sha256[:SHORT_SHA]}")
    return " · ".join(parts)


def _write_organisation(ws: Worksheet, row: int, organisation: Organisation,
                        labels: dict[str, Any], changes: Mapping[str, Change] | None) -> None:
    words = labels["excel"]
    put(ws, row, 1, organisation.rank)
    put(ws, row, NAME_COLUMN, organisation.name)
    scores = (organisation.overall, *(organisation.dimensions[d] for d in DIMENSIONS))
    for column, score in enumerate(scores, start=OVERALL_COLUMN):
        put(ws, row, column, score, SCORE_FORMAT)
    column = LAST_SCORE_COLUMN + 1
    put(ws, row, column, rank_range(organisation))
    put(ws, row, column + 1, words["stability"].get(organisation.stability,
                                                    organisation.stability))
    column += 2
    if changes:
        put(ws, row, column, movement(changes.get(organisation.id), words)).alignment = CENTRED
        column += 1
    put(ws, row, column, kind_text(organisation.kind, labels))
    put(ws, row, column + 1, organisation.sector)
    put(ws, row, column + 2, organisation.country)
    put_link(ws, row, column + 3, organisation.website)
    status = crawl_text(organisation, labels)
    cell = put(ws, row, column + 4, status)
    if len(status) > STATUS_WIDTH - 2:  # a failure reason: wrapped in its fixed width
        cell.alignment = WRAPPED
        fit_row_height(ws, row, [(status, STATUS_WIDTH)])


def rank_range(organisation: Organisation) -> str:
    """"3–5" from scoring's 5th and 95th percentile ranks, "4" when they agree."""
    low, high = organisation.rank_p5, organisation.rank_p95
    if low is None or high is None:
        return ""
    return str(low) if low == high else f"{low}–{high}"


def movement(change: Change | None, words: dict[str, Any]) -> str:
    """comparison.csv's rank change as "▲2" (up two places), "▼1", "＝" or "new"; "–" when
    the organisation has no rank in one of the two runs or no row in the comparison."""
    if change is None:
        return "–"
    if change.presence == "added":
        return words["new"]
    if change.rank_change is None:
        return "–"
    if change.rank_change > 0:
        return f"▲{change.rank_change}"
    return f"▼{-change.rank_change}" if change.rank_change < 0 else SAME_RANK


def _write_panel_rows(ws: Worksheet, last_row: int, words: dict[str, Any]) -> None:
    """Average and median as Excel formulas over the score cells, above the header so they
    stay in view; the only formulas of the workbook, written by the tool, never from data."""
    for row, (name, function) in ((AVERAGE_ROW, (words["average"], "AVERAGE")),
                                  (MEDIAN_ROW, (words["median"], "MEDIAN"))):
        put(ws, row, NAME_COLUMN, name).font = SECTION_FONT
        if last_row < FIRST_ROW:
            continue
        for column in range(OVERALL_COLUMN, LAST_SCORE_COLUMN + 1):
            letter = get_column_letter(column)
            cell = ws.cell(row=row, column=column)
            cell.value = f'=IFERROR({function}({letter}{FIRST_ROW}:{letter}{last_row}),"")'
            cell.number_format = SCORE_FORMAT
            cell.font = SECTION_FONT


def _format(ws: Worksheet, last_row: int, fragile: str, widths: tuple[float, ...]) -> None:
    last_column = get_column_letter(len(widths))
    ws.freeze_panes = f"{get_column_letter(OVERALL_COLUMN)}{FIRST_ROW}"
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last_column}{last_row}"
    for column, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(column)].width = width
    fit_header_row(ws, HEADER_ROW)
    print_setup(ws, f"{HEADER_ROW}:{HEADER_ROW}")
    if last_row < FIRST_ROW:
        return
    overall = get_column_letter(OVERALL_COLUMN)
    data_bars(ws, f"{overall}{FIRST_ROW}:{overall}{last_row}")
    score_scale(ws, f"{get_column_letter(FIRST_DIMENSION_COLUMN)}{AVERAGE_ROW}:"
                    f"{get_column_letter(LAST_SCORE_COLUMN)}{last_row}")
    robustness = get_column_letter(LAST_SCORE_COLUMN + 2)
    ws.conditional_formatting.add(
        f"{robustness}{FIRST_ROW}:{robustness}{last_row}",
        CellIsRule(operator="equal", formula=[f'"{fragile}"'], fill=FRAGILE_FILL))


def _write_legend(ws: Worksheet, row: int, words: dict[str, Any], lines: list[str]) -> None:
    put(ws, row, 1, words["legend"]).font = SECTION_FONT
    for offset, line in enumerate(lines, start=1):
        put(ws, row + offset, 1, line).font = NOTE_FONT
