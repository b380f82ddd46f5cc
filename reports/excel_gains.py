"""The Gains sheet: for each organisation, the criteria whose passing would move it most."""

from __future__ import annotations

from typing import Any

from openpyxl.worksheet.worksheet import Worksheet

from reports.excel_style import finish_table, write_header
from reports.load import Run
from reports.safe import put
from reports.text import score_words

TOP_GAINS = 3  # per organisation: what a director can act on first
GAIN_FORMAT = "+0.0"
WIDTHS = (7, 36, 34, 11, 10, 11, 60)


def write_gains(ws: Worksheet, run: Run, labels: dict[str, Any]) -> None:
    """One row per (organisation, gain) from whatif.csv, largest gains first, as scoring
    computed them: points gained, rank now and rank reached."""
    words, columns = labels["excel"]["gains"], labels["columns"]
    titles = {criterion.id: criterion.title for criterion in run.criteria}
    write_header(ws, [columns["rank"], columns["name"], words["criterion"], words["points"],
                      words["rank_now"], words["rank_then"], words["move"]])
    row = 1
    for organisation in run.organisations:
        for gain in organisation.gains[:TOP_GAINS]:
            row += 1
            title = titles.get(gain.criterion_id, gain.criterion_id)
            put(ws, row, 1, organisation.rank)
            put(ws, row, 2, organisation.name)
            put(ws, row, 3, title)
            put(ws, row, 4, gain.gain_points, GAIN_FORMAT)
            put(ws, row, 5, gain.rank_now)
            put(ws, row, 6, gain.rank_then)
            put(ws, row, 7, words["sentence"].format(
                criterion=title, points=score_words(gain.gain_points, labels),
                now=gain.rank_now if gain.rank_now is not None else "–",
                then=gain.rank_then if gain.rank_then is not None else "–"))
    finish_table(ws, WIDTHS, row)
