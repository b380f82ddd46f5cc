"""The Evidence sheet: every organisation × criterion verdict, its page as a link and its
evidence said for a reader (the snippet as found beside it), streamed."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from openpyxl.worksheet.worksheet import Worksheet

from reports.evidence import reader_text
from reports.excel_stream import Link, Row, Styles, stream_rows
from reports.excel_style import (
    SHARE_FORMAT,
    STATUS_FILLS,
    WEIGHT_FORMAT,
    finish_table,
    status_fill,
    write_header,
)
from reports.excel_values import typed_cell, value_styles
from reports.labels import label
from reports.load import Run

# Printed fit to an A4 landscape width: ~230 characters keep the text at about 65 %.
EVIDENCE_WIDTHS = (28, 12, 30, 12, 16, 7, 7, 36, 50, 40)


def write_evidence(ws: Worksheet, run: Run, labels: dict[str, Any]) -> None:
    """Header and layout now; the rows (one per verdict, status cells coloured, values
    typed, the page a link when it is a web address) are generated when the workbook is
    saved."""
    columns = labels["columns"]
    write_header(ws, [
        columns["name"], columns["dimension"], columns["criterion"], columns["verdict"],
        columns["value"], columns["score"], columns["weight"], columns["evidence_url"],
        columns["evidence"], labels["html"]["raw_evidence"],
    ])
    last_row = 1 + sum(len(organisation.verdicts) for organisation in run.organisations)
    finish_table(ws, EVIDENCE_WIDTHS, last_row)
    styles = Styles(ws)
    value_styles(styles, labels)  # every style the rows use, before the styles are saved
    stream_rows(ws, 2, lambda: _rows(run, labels, styles))


def _rows(run: Run, labels: dict[str, Any], styles: Styles) -> Iterator[Row]:
    share = styles("share", number_format=SHARE_FORMAT)
    weight = styles("weight", number_format=WEIGHT_FORMAT)
    fills = {status: styles(f"status-{status}", fill=status_fill(status))
             for status in (*STATUS_FILLS, "other")}
    dimensions = {key: label(labels["dimensions"], key) for key in labels["dimensions"]}
    statuses = {key: label(labels["status"], key) for key in labels["status"]}
    lang = labels["lang"]
    reader = lru_cache(maxsize=8192)(lambda text: reader_text(text, lang))
    for organisation in run.organisations:
        name = (organisation.name, 0)
        for verdict in organisation.verdicts:
            said = reader(verdict.evidence) if verdict.evidence else ""
            yield (
                name,
                (dimensions.get(verdict.dimension, verdict.dimension), 0),
                (verdict.title, 0),
                (statuses.get(verdict.status, verdict.status),
                 fills.get(verdict.status, fills["other"])),
                typed_cell(verdict.criterion_id, verdict.value, labels, styles),
                (verdict.score, share),
                (verdict.weight, weight),
                (Link(verdict.evidence_url), 0) if verdict.evidence_url else None,
                (said, 0) if said else None,
                # The snippet as the criterion quoted it, when the reader's text differs.
                (verdict.evidence, 0) if said != verdict.evidence else None,
            )
