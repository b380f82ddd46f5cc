"""The What-if sheet: editable weights, and every score and rank as a live formula over them.

The formulas reproduce scoring's aggregation (excel_whatif_formulas); their cached values
are the scores scoring wrote (scores.csv), so a viewer that never recalculates still shows
the report's numbers, and a spreadsheet that does shows the same ones until a weight moves.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from openpyxl.styles import Alignment, PatternFill
from openpyxl.utils import get_column_letter as letter
from openpyxl.worksheet.worksheet import Worksheet

from reports import excel_whatif_formulas as f
from reports.excel_stream import Formula, Row, Styles, stream_rows
from reports.excel_style import (
    HEADER_FILL,
    HEADER_FONT,
    NOTE_FONT,
    SCORE_FORMAT,
    SHARE_FORMAT,
    TITLE_FONT,
    WEIGHT_FORMAT,
    print_setup,
    score_scale,
)
from reports.labels import label
from reports.load import DIMENSIONS, Organisation, Run
from reports.safe import put
from reports.text import kind_text
from scoring.aggregate import RANKED_CRAWL_STATUSES
from scoring.rounding import decimals_of, round_half_away

RANK, NAME, KIND, OVERALL, FIRST_DIM = 1, 2, 3, 4, 5
ROUNDED, REPORT_RANK, CHANGE, FIRST_CRITERION = 10, 11, 12, 13
WEIGHTS_HEADER = 5  # rows 1-3: title and notes
EDITABLE = PatternFill("solid", fgColor="FFF2CC")
WRAPPED = Alignment(vertical="center", wrap_text=True)
WIDTHS = {RANK: 7, NAME: 32, KIND: 14, OVERALL: 10, ROUNDED: 10, REPORT_RANK: 10,
          CHANGE: 9}
HEADER_HEIGHT = 60  # criterion titles wrap over four lines


def write_whatif(ws: Worksheet, run: Run, labels: dict[str, Any]) -> None:
    """Title and notes, then (streamed) the weights block and the organisations table."""
    words, m = labels["excel"]["whatif"], run.methodology
    layout = Layout(run)
    put(ws, 1, 1, words["title"]).font = TITLE_FONT
    method = words["methods"].get(m.get("overall", "arithmetic"), m.get("overall", ""))
    for row, note in enumerate(words["notes"], start=2):
        put(ws, row, 1, note.format(overall=method)).font = NOTE_FONT
    last_column = FIRST_CRITERION + len(layout.criteria) - 1
    for column in range(1, last_column + 1):
        ws.column_dimensions[letter(column)].width = WIDTHS.get(
            column, 11 if column < FIRST_CRITERION else 12)
    header, first, last = layout.header_row, layout.header_row + 1, layout.last_row
    ws.freeze_panes = f"{letter(FIRST_DIM)}{first}"
    ws.auto_filter.ref = f"A{header}:{letter(last_column)}{max(last, header)}"
    print_setup(ws, f"{header}:{header}")
    # On paper, the scores and ranks; the criterion columns are for the screen.
    ws.print_area = f"A1:{letter(CHANGE)}{max(last, header)}"
    if last >= first:
        score_scale(ws, f"{letter(OVERALL)}{first}:{letter(FIRST_DIM + 4)}{last}")
    styles = Styles(ws)
    stream_rows(ws, WEIGHTS_HEADER, lambda: _rows(run, labels, layout, styles),
                heights={WEIGHTS_HEADER: HEADER_HEIGHT, header: HEADER_HEIGHT})
    _register(styles, layout.step)


class Layout:
    """Where everything goes: criterion columns by dimension, one weights row per profile."""

    def __init__(self, run: Run) -> None:
        m = run.methodology
        self.criteria = sorted(run.criteria, key=lambda c: DIMENSIONS.index(c.dimension)
                               if c.dimension in DIMENSIONS else len(DIMENSIONS))
        self.column = {c.id: FIRST_CRITERION + i for i, c in enumerate(self.criteria)}
        self.spans = {}  # dimension -> (first, last) criterion column
        for criterion in self.criteria:
            first, _ = self.spans.get(criterion.dimension, (self.column[criterion.id], 0))
            self.spans[criterion.dimension] = (first, self.column[criterion.id])
        footprint = m.get("footprint") or {}
        self.factors = [self.column[c] for c in footprint.get("factors", [])
                        if c in self.column] if footprint.get("combine") == "product" and \
            footprint.get("factors") else None
        self.profiles = ["", *(m.get("profiles") or {})]  # "" is the default row
        self.default_row = WEIGHTS_HEADER + 1
        self.header_row = self.default_row + len(self.profiles) + 1
        self.first_row = self.header_row + 1
        self.last_row = self.header_row + len(run.organisations)
        self.step = m.get("resolution", 0.1)
        self.method = m.get("overall", "arithmetic")

    def weights_row(self, kind: str) -> int:
        return self.default_row + (self.profiles.index(kind) if kind in self.profiles[1:]
                                   else 0)


def _register(styles: Styles, step: float) -> None:
    digits = decimals_of(step)
    styles("rounded", number_format=f"0.{'0' * digits}" if digits else "0")
    styles("header", fill=HEADER_FILL, font=HEADER_FONT, alignment=WRAPPED)
    styles("weight", fill=EDITABLE, number_format=WEIGHT_FORMAT)
    styles("score", number_format=SCORE_FORMAT)
    styles("share", number_format=SHARE_FORMAT)
    styles("change", number_format="+0;-0;0")


def _rows(run: Run, labels: dict[str, Any], layout: Layout, styles: Styles
          ) -> Iterator[Row]:
    words, columns = labels["excel"]["whatif"], labels["columns"]
    head = styles("header")
    titles = [(c.title, head) for c in layout.criteria]
    dims = [(label(labels["dimensions"], d), head) for d in DIMENSIONS]
    yield [(words["weights"], head), (words["profile"], head), None, None, *dims,
           (words["step"], head), None, None, *titles]
    yield from _weight_rows(run, labels, layout, styles)
    yield []
    yield [(columns["rank"], head), (columns["name"], head), (columns["kind"], head),
           (columns["overall"], head), *dims, (words["rounded"], head),
           (words["rank_report"], head), (words["change"], head), *titles]
    for row, organisation in enumerate(run.organisations, start=layout.first_row):
        yield _organisation_row(row, organisation, labels, layout, styles)


def _weight_rows(run: Run, labels: dict[str, Any], layout: Layout, styles: Styles
                 ) -> Iterator[Row]:
    m, weight = run.methodology, styles("weight")
    words = labels["excel"]["whatif"]
    default_dims = m.get("dimensions") or {}
    rules = m.get("criteria") or {}
    default_weight = m.get("default_weight", 1.0)
    defaults = {c.id: (rules.get(c.id) or {}).get("weight", default_weight)
                for c in layout.criteria}
    top = layout.default_row
    for kind in layout.profiles:
        spec = (m.get("profiles") or {}).get(kind, {})
        row: list = [None, (kind_text(kind, labels) if kind else words["default"], 0), None,
                     None]
        for d, name in enumerate(DIMENSIONS):
            own = (spec.get("dimensions") or {}).get(name) if kind else default_dims.get(name)
            row.append((own, weight) if own is not None else
                       (Formula(f"{letter(FIRST_DIM + d)}${top}", default_dims.get(name)),
                        weight))
        row += [(layout.step, weight) if not kind else None, None, None]
        for criterion in layout.criteria:
            own = (spec.get("criteria") or {}).get(criterion.id) if kind else \
                defaults[criterion.id]
            column = letter(layout.column[criterion.id])
            row.append((own, weight) if own is not None else
                       (Formula(f"{column}${top}", defaults[criterion.id]), weight))
        yield row


def _organisation_row(row: int, organisation: Organisation, labels: dict[str, Any],
                      layout: Layout, styles: Styles) -> Row:
    score, weights = styles("score"), layout.weights_row(organisation.kind)
    cells: list = [None] * (FIRST_CRITERION - 1 + len(layout.criteria))
    cells[NAME - 1] = (organisation.name, 0)
    cells[KIND - 1] = (kind_text(organisation.kind, labels), 0)
    for d, name in enumerate(DIMENSIONS):
        cached = _cached(organisation.dimensions.get(name))
        if name == "footprint" and layout.factors is not None:
            text = f.product(layout.factors, row, weights) if layout.factors else None
        else:
            span = layout.spans.get(name)
            text = f.weighted_mean(span, row, weights, "100*") if span else None
        cells[FIRST_DIM - 1 + d] = (Formula(text, cached), score) if text else None
    dims = (FIRST_DIM, FIRST_DIM + len(DIMENSIONS) - 1)
    if organisation.status in RANKED_CRAWL_STATUSES:
        overall = (f.geometric_mean(dims, row, weights) if layout.method == "geometric"
                   else f.weighted_mean(dims, row, weights))
        cells[OVERALL - 1] = (Formula(overall, _cached(organisation.overall)), score)
    else:  # an unreachable site is not ranked on what little was measured (scoring)
        cells[OVERALL - 1] = (labels["not_scored"], 0)
    step = f"${letter(ROUNDED)}${layout.default_row}"
    key, keys = f"{letter(ROUNDED)}{row}", \
        f"${letter(ROUNDED)}${layout.first_row}:${letter(ROUNDED)}${layout.last_row}"
    shown = (round_half_away(organisation.overall, layout.step)
             if organisation.overall is not None else "")
    cells[ROUNDED - 1] = (Formula(f.rounded(f"{letter(OVERALL)}{row}", step), shown),
                          styles("rounded"))
    cells[RANK - 1] = (Formula(f.rank(key, keys), _cached(organisation.rank)), 0)
    cells[REPORT_RANK - 1] = (organisation.rank, 0)
    cells[CHANGE - 1] = (Formula(f.change(f"{letter(REPORT_RANK)}{row}",
                                          f"{letter(RANK)}{row}"),
                                 0 if organisation.rank is not None else ""),
                         styles("change"))
    by_id = {v.criterion_id: v for v in organisation.verdicts}
    share = styles("share")
    for criterion in layout.criteria:
        verdict = by_id.get(criterion.id)
        if verdict is not None and verdict.score is not None:
            cells[layout.column[criterion.id] - 1] = (verdict.score, share)
    return cells


def _cached(value: float | int | None) -> float | int | str:
    """What the formula shows today: scoring's number, or blank when it wrote none."""
    return "" if value is None else value
