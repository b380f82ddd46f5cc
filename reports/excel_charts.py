"""Native Excel charts over the Summary sheet's cells: ranking, dimensions, radar."""

from __future__ import annotations

import math
from typing import Any

from openpyxl.chart import BarChart, RadarChart, Reference, Series
from openpyxl.chart.data_source import StrRef
from openpyxl.chart.series import SeriesLabel
from openpyxl.utils import quote_sheetname
from openpyxl.worksheet.worksheet import Worksheet

from reports.excel_style import print_setup
from reports.excel_summary import (
    AVERAGE_ROW,
    FIRST_DIMENSION_COLUMN,
    FIRST_ROW,
    HEADER_ROW,
    LAST_SCORE_COLUMN,
    NAME_COLUMN,
    OVERALL_COLUMN,
)
from reports.load import Run

TOP_BARS = 30  # more bars than this are unreadable: the charts show the top of the ranking
TOP_RADAR = 5
CHART_WIDTH_CM = 17
ROW_CM = 0.53  # height of a default row
BAR_CM = 0.55


def write_charts(ws: Worksheet, summary: Worksheet, run: Run, labels: dict[str, Any]) -> None:
    """A bar chart of the overall ranking, a stacked bar of the dimension scores and a radar
    of the top organisations against the panel average; all read the Summary's cells."""
    words = labels["excel"]["charts"]
    # Organisations are in rank order, ranked ones first (reports.load).
    ranked = sum(1 for org in run.organisations if org.rank is not None)
    print_setup(ws)
    if not ranked:
        return
    shown = min(ranked, TOP_BARS)
    suffix = "" if shown == ranked else f' ({words["top"].format(count=shown, total=ranked)})'
    height = max(8.0, BAR_CM * shown + 3)
    names = Reference(summary, min_col=NAME_COLUMN, min_row=FIRST_ROW,
                      max_row=FIRST_ROW + shown - 1)
    ranking = _bars(words["ranking"] + suffix, height)
    ranking.add_data(Reference(summary, min_col=OVERALL_COLUMN, min_row=HEADER_ROW,
                               max_row=FIRST_ROW + shown - 1), titles_from_data=True)
    ranking.set_categories(names)
    ranking.legend = None
    ws.add_chart(ranking, "A1")
    stacked = _bars(words["dimensions"] + suffix, height)
    stacked.grouping, stacked.overlap = "stacked", 100
    stacked.y_axis.scaling.max = 100 * (LAST_SCORE_COLUMN - FIRST_DIMENSION_COLUMN + 1)
    stacked.add_data(Reference(summary, min_col=FIRST_DIMENSION_COLUMN, min_row=HEADER_ROW,
                               max_col=LAST_SCORE_COLUMN, max_row=FIRST_ROW + shown - 1),
                     titles_from_data=True)
    stacked.set_categories(names)
    ws.add_chart(stacked, "K1")
    radar_row = math.ceil(height / ROW_CM) + 3
    ws.add_chart(_radar(summary, min(ranked, TOP_RADAR), words["radar"]), f"A{radar_row}")


def _bars(title: str, height: float) -> BarChart:
    """Horizontal bars, rank 1 at the top, on the fixed 0-100 scale."""
    chart = BarChart()
    chart.type, chart.title, chart.style = "bar", title, 10
    chart.width, chart.height = CHART_WIDTH_CM, height
    chart.x_axis.scaling.orientation = "maxMin"  # first category (rank 1) at the top
    chart.y_axis.scaling.min, chart.y_axis.scaling.max = 0, 100
    _show_axes(chart)
    return chart


def _radar(summary: Worksheet, count: int, title: str) -> RadarChart:
    """One series per top organisation and one for the panel average (the Summary's row)."""
    chart = RadarChart()
    chart.type, chart.title, chart.style = "marker", title, 26
    chart.width, chart.height = CHART_WIDTH_CM, 12
    rows = [*range(FIRST_ROW, FIRST_ROW + count), AVERAGE_ROW]
    for row in rows:
        values = Reference(summary, min_col=FIRST_DIMENSION_COLUMN, max_col=LAST_SCORE_COLUMN,
                           min_row=row, max_row=row)
        series = Series(values)
        # The name is a reference to the (inert) name cell, never literal text in the chart.
        series.tx = SeriesLabel(strRef=StrRef(f"{quote_sheetname(summary.title)}!$B${row}"))
        chart.series.append(series)
    chart.set_categories(Reference(summary, min_col=FIRST_DIMENSION_COLUMN,
                                   max_col=LAST_SCORE_COLUMN, min_row=HEADER_ROW,
                                   max_row=HEADER_ROW))
    chart.y_axis.scaling.min, chart.y_axis.scaling.max = 0, 100
    _show_axes(chart)
    return chart


def _show_axes(chart: BarChart | RadarChart) -> None:
    # openpyxl 3.1 marks axes as deleted by default: Excel would then draw no labels.
    chart.x_axis.delete = False
    chart.y_axis.delete = False
