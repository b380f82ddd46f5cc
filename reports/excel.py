"""The Excel workbook: Summary, Charts, Ranking, one sheet per dimension, What-if, Gains,
Panel, Evidence, Pages and Methodology, for non-technical readers."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import PurePath
from typing import Any

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from reports.analyses import Change
from reports.excel_charts import write_charts
from reports.excel_dimensions import write_dimension
from reports.excel_gains import write_gains
from reports.excel_methodology import write_methodology
from reports.excel_panel import write_panel
from reports.excel_people import organisations_only, write_extended
from reports.excel_results import write_evidence
from reports.excel_stream import Styles, save, stream_rows
from reports.excel_style import (
    SCORE_FORMAT,
    colour_scores,
    finish_table,
    write_header,
)
from reports.excel_summary import write_summary
from reports.excel_whatif import write_whatif
from reports.load import DIMENSIONS, Run
from reports.safe import put, put_link
from reports.text import crawl_text, kind_text, role_text

RANKING_WIDTHS = (7, 40, 18, 10, *(12,) * len(DIMENSIONS), 45)
PAGES_WIDTHS = (36, 60, 14, 40, 8, 50, 30)
GENERIC_NAMES = {"", "targets", "cibles"}  # file names that are not a panel's name
FIRST_SCORE_COLUMN = 4  # overall, then one column per dimension


def workbook_bytes(run: Run, labels: dict[str, Any], title: str = "",
                   changes: Mapping[str, Change] | None = None) -> bytes:
    """The whole workbook, serialised, ready to be written atomically; `title` heads the
    Summary (default: the name of the targets file); `changes` (comparison.csv by target
    id, when the run was compared with a previous one) adds the Summary's Change column."""
    workbook = Workbook()
    sheets, own = labels["sheets"], labels["excel"]["sheets"]
    # People and relays are ranked on their own: the ranking sheets show the organisations'
    # table; the Summary adds the other tables below it.
    ranked = organisations_only(run)
    summary = workbook.active
    summary.title = own["summary"]
    write_summary(summary, run, labels, title or default_title(run, labels), changes)
    write_charts(workbook.create_sheet(own["charts"]), summary, ranked, labels)
    write_ranking(workbook.create_sheet(sheets["ranking"]), ranked, labels)
    if any(organisation.extended for organisation in run.organisations):
        write_extended(workbook.create_sheet(own["extended"]), run, labels)
    for dimension in DIMENSIONS:
        if any(criterion.dimension == dimension for criterion in run.criteria):
            write_dimension(workbook.create_sheet(labels["dimensions"][dimension]), ranked,
                            dimension, labels)
    if run.methodology.get("dimensions"):
        write_whatif(workbook.create_sheet(own["whatif"]), ranked, labels)
    if any(organisation.gains for organisation in ranked.organisations):
        write_gains(workbook.create_sheet(own["gains"]), ranked, labels)
    if run.panel:
        write_panel(workbook.create_sheet(own["panel"]), run, labels)
    write_evidence(workbook.create_sheet(sheets["evidence"]), run, labels)
    write_pages(workbook.create_sheet(sheets["pages"]), run, labels)
    write_methodology(workbook.create_sheet(sheets["methodology"]), run, labels)
    return save(workbook)


def default_title(run: Run, labels: dict[str, Any]) -> str:
    """The targets file's name without its extension ("ngos" for panels/ngos.csv), or the
    report's own title when the name says nothing of the panel (targets.csv)."""
    # PurePath splits on "/" only; run.json may hold a Windows path.
    name = PurePath(run.provenance.targets_path.replace("\\", "/")).stem
    return name if name.lower() not in GENERIC_NAMES else labels["title"]


def write_ranking(ws: Worksheet, run: Run, labels: dict[str, Any]) -> None:
    """One row per organisation in rank order; unscored ones last, with their crawl status."""
    columns = labels["columns"]
    write_header(ws, [
        columns["rank"], columns["name"], columns["kind"], columns["overall"],
        *(labels["dimensions"][dimension] for dimension in DIMENSIONS), columns["status"],
    ])
    last_row = len(run.organisations) + 1
    colour_scores(ws, FIRST_SCORE_COLUMN, FIRST_SCORE_COLUMN + len(DIMENSIONS), last_row)
    finish_table(ws, RANKING_WIDTHS, last_row)
    score = Styles(ws)("score", number_format=SCORE_FORMAT)
    stream_rows(ws, 2, lambda: (
        ((organisation.rank, 0), (organisation.name, 0),
         (kind_text(organisation.kind, labels), 0), (organisation.overall, score),
         *((organisation.dimensions.get(d), score) for d in DIMENSIONS),
         (crawl_text(organisation, labels), 0))
        for organisation in run.organisations))


def write_pages(ws: Worksheet, run: Run, labels: dict[str, Any]) -> None:
    """Every page the crawler visited, why it was chosen, and what it answered."""
    columns = labels["columns"]
    write_header(ws, [columns["name"], columns["url"], columns["role"], columns["why"],
                      columns["http"], columns["title"], columns["error"]])
    row = 1
    for organisation in run.organisations:
        for page in organisation.pages:
            row += 1
            put(ws, row, 1, organisation.name)
            put_link(ws, row, 2, page.url)
            put(ws, row, 3, role_text(page.role, labels))
            put(ws, row, 4, page.why)
            put(ws, row, 5, page.http_status)
            put(ws, row, 6, page.title)
            put(ws, row, 7, page.error)
    finish_table(ws, PAGES_WIDTHS, row)
