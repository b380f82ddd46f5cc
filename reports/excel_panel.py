"""The Panel sheet: how common each criterion is ("No Flash content: 97 % of sites")."""

from __future__ import annotations

from typing import Any

from openpyxl.worksheet.worksheet import Worksheet

from reports.excel_style import SHARE_FORMAT, finish_table, write_header
from reports.labels import label
from reports.load import Run
from reports.safe import put
from reports.text import kind_text

WIDTHS = (34, 16, 16, 14, 12, 12, 40, 34, 46)
GROUP_ORDER = {"panel": 0, "kind": 1, "sector": 2}


def write_panel(ws: Worksheet, run: Run, labels: dict[str, Any]) -> None:
    """One row per criterion and group (whole panel first, then kinds and sectors), as
    scoring's panel statistics wrote them in panel.csv."""
    words, columns = labels["excel"]["panel"], labels["columns"]
    write_header(ws, [columns["criterion"], columns["dimension"], words["group"],
                      words["measured"], words["pass_rate"], words["adoption"],
                      words["in_words"], words["discriminates"], words["redundant"]])
    criteria = {criterion.id: criterion for criterion in run.criteria}
    order = {criterion.id: i for i, criterion in enumerate(run.criteria)}
    stats = sorted(run.panel, key=lambda s: (GROUP_ORDER.get(s.group_by, 3),
                                             s.group, order.get(s.criterion_id, len(order))))
    row = 1
    for stat in stats:
        row += 1
        criterion = criteria.get(stat.criterion_id)
        title = criterion.title if criterion else stat.criterion_id
        put(ws, row, 1, title)
        put(ws, row, 2, label(labels["dimensions"], criterion.dimension) if criterion else "")
        put(ws, row, 3, _group(stat.group_by, stat.group, labels))
        put(ws, row, 4, stat.measured)
        put(ws, row, 5, stat.pass_rate, SHARE_FORMAT)
        put(ws, row, 6, stat.adoption, SHARE_FORMAT)
        put(ws, row, 7, _sentence(criterion.failure_title if criterion else "", title,
                                  stat.adoption, stat.pass_rate, words))
        put(ws, row, 8, words["yes"] if stat.discriminates else words["no"])
        put(ws, row, 9, ", ".join(criteria[c].title if c in criteria else c
                                  for c in stat.redundant_with))
    finish_table(ws, WIDTHS, row)


def _group(group_by: str, group: str, labels: dict[str, Any]) -> str:
    words = labels["excel"]["panel"]["groups"]
    if group_by == "panel":
        return words["panel"]
    value = kind_text(group, labels) if group_by == "kind" else group
    return f"{words.get(group_by, group_by)}: {value}"


def _sentence(failure_title: str, title: str, adoption: float | None,
              pass_rate: float | None, words: dict[str, Any]) -> str:
    """"Uses Flash: 3 % of sites" (the failure title when having it is what fails), or
    "Has a news section: passed by 80 % of sites" for criteria that are not yes/no."""
    if adoption is not None:
        fails = (pass_rate is not None and failure_title and abs(adoption - pass_rate) > 1e-9
                 and abs(adoption + pass_rate - 1) < 1e-9)
        return words["adoption_sentence"].format(criterion=failure_title if fails else title,
                                                 share=_percent(adoption))
    if pass_rate is not None:
        return words["pass_sentence"].format(criterion=title, share=_percent(pass_rate))
    return title


def _percent(share: float) -> str:
    return f"{round(100 * share)} %"
