"""People and relays in the workbook: their own ranked blocks on the Summary, and the
Extended footprint sheet ("CEO + DirCom + company"), as scoring wrote them."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from openpyxl.worksheet.worksheet import Worksheet

from reports.excel_style import (
    SCORE_FORMAT,
    SECTION_FONT,
    finish_table,
    fit_header_row,
    write_header,
)
from reports.labels import label
from reports.load import Organisation, Run
from reports.safe import put, put_link
from reports.text import crawl_text

OTHER_TABLES = ("people", "relays")  # organisations are the Summary's main table
EXTENDED_WIDTHS = (36, 36, 16, 26, 12, 10, 12)
WEIGHT_FORMAT = "General"


def organisations_only(run: Run) -> Run:
    """The run with the organisations' table alone: what the ranking sheets, charts and
    what-if show (people and relays are ranked on their own)."""
    return replace(run, organisations=tuple(o for o in run.organisations
                                            if o.table == "organisations"))


def members(run: Run, table: str) -> list[Organisation]:
    return [o for o in run.organisations if o.table == table]


def write_people_blocks(ws: Worksheet, run: Run, labels: dict[str, Any], row: int) -> int:
    """Below the Summary's ranking: one block per other table (title, header, rows in rank
    order); returns the next free row."""
    words, columns = labels["excel"]["people"], labels["columns"]
    names = {o.id: o.name for o in run.organisations}
    for table in OTHER_TABLES:
        rows = members(run, table)
        if not rows:
            continue
        put(ws, row, 1, words["tables"][table]).font = SECTION_FONT
        write_header(ws, [columns["rank"], words["name"], columns["overall"],
                          labels["dimensions"]["footprint"], words["role"], words["parent"],
                          labels["excel"]["website"], columns["status"]], row=row + 1)
        fit_header_row(ws, row + 1)  # the Summary's columns are sized by now
        for offset, member in enumerate(rows, start=row + 2):
            put(ws, offset, 1, member.rank)
            put(ws, offset, 2, member.name)
            put(ws, offset, 3, member.overall, SCORE_FORMAT)
            put(ws, offset, 4, member.dimensions.get("footprint"), SCORE_FORMAT)
            put(ws, offset, 5, label(words["roles"], member.role) if member.role else "")
            put(ws, offset, 6, names.get(member.parent, member.parent))
            put_link(ws, offset, 7, member.website)
            put(ws, offset, 8, crawl_text(member, labels))
        row += len(rows) + 3
    return row


def write_extended(ws: Worksheet, run: Run, labels: dict[str, Any]) -> None:
    """One block per organisation with people or relays: each part's footprint, weight and
    points (extended.csv), then the extended footprint (scores.csv)."""
    words, columns = labels["excel"]["people"], labels["columns"]
    write_header(ws, [columns["name"], words["part_name"], words["part"], words["role"],
                      labels["dimensions"]["footprint"], words["weight"], words["points"]])
    row = 1
    for organisation in run.organisations:
        if not organisation.extended:
            continue
        for part in organisation.extended:
            row += 1
            put(ws, row, 1, organisation.name)
            put(ws, row, 2, part.member_name)
            put(ws, row, 3, label(words["parts"], part.part))
            put(ws, row, 4, label(words["roles"], part.role) if part.role else "")
            put(ws, row, 5, part.footprint, SCORE_FORMAT)
            put(ws, row, 6, part.weight, WEIGHT_FORMAT)
            put(ws, row, 7, part.points, SCORE_FORMAT)
        row += 1
        put(ws, row, 1, organisation.name).font = SECTION_FONT
        put(ws, row, 2, words["total"]).font = SECTION_FONT
        put(ws, row, 7, organisation.footprint_extended, SCORE_FORMAT).font = SECTION_FONT
    finish_table(ws, EXTENDED_WIDTHS, row)
