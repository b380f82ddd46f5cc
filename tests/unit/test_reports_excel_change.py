"""benchmark.xlsx Summary: the movement since the previous run, read from comparison.csv
(what `benchmark compare` wrote), and no such column when the run was never compared."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest
from test_reports_excel_summary import enrich
from test_reports_fixture import make_run

from reports import write_reports
from reports.analyses import Change
from reports.excel_summary import movement
from reports.labels import labels_for
from scoring.compare import COLUMNS

# comparison.csv of a previous run A → this run B; rank_change = rank_a − rank_b.
COMPARISON = [
    # alpha: 3rd in A, 1st now: up two places
    {"target_id": "alpha", "name": "Alpha", "presence": "both", "rank_a": "3", "rank_b": "1",
     "rank_change": "2", "overall_a": "70", "overall_b": "81.2345",
     "overall_change": "11.2345", "criteria_changed": "1", "changes": "https (fail → pass)"},
    # evil: 2nd in both
    {"target_id": "evil", "name": "x", "presence": "both", "rank_a": "2", "rank_b": "2",
     "rank_change": "0", "overall_a": "55.55", "overall_b": "55.55", "overall_change": "0",
     "criteria_changed": "0", "changes": ""},
    # gamma: not in A
    {"target_id": "gamma", "name": "Gamma Org", "presence": "added", "rank_a": "",
     "rank_b": "", "rank_change": "", "overall_a": "", "overall_b": "", "overall_change": "",
     "criteria_changed": "0", "changes": ""},
    # zeta: in A only; it has no row in this run's ranking
    {"target_id": "zeta", "name": "Zeta", "presence": "removed", "rank_a": "1", "rank_b": "",
     "rank_change": "", "overall_a": "90", "overall_b": "", "overall_change": "",
     "criteria_changed": "0", "changes": ""},
]


def with_comparison(run: Path) -> Path:
    with (run / "comparison.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, COLUMNS)
        writer.writeheader()
        writer.writerows(COMPARISON)
    return run


def header_and_rows(ws) -> list[list]:
    return [[cell.value for cell in row] for row in ws.iter_rows(min_row=5, max_row=8)]


def test_summary_shows_the_movement_since_the_previous_run(tmp_path: Path) -> None:
    run = with_comparison(enrich(make_run(tmp_path)))
    write_reports(run, lang="en")
    summary = openpyxl.load_workbook(run / "benchmark.xlsx")["Summary"]
    header, alpha, evil, gamma = header_and_rows(summary)
    assert header == ["Rank", "Organisation", "Overall", "Content", "Social", "Services",
                      "Tech", "Footprint", "Rank range (p5–p95)", "Robustness", "Change",
                      "Kind", "Sector", "Country", "Website", "Status"]
    assert [alpha[10], evil[10], gamma[10]] == ["▲2", "＝", "new"]
    assert all(summary.cell(row, 11).data_type == "s" for row in (6, 7, 8))  # text, inert
    assert alpha[11:14] == ["NGO", "Child protection", "FR"]  # the context moved right
    assert summary["O6"].hyperlink.target == "https://alpha.example/"
    assert summary["P8"].value == "Unreachable: DNS lookup failed"
    assert summary.auto_filter.ref == "A5:P8"
    assert summary.column_dimensions["K"].width == 10
    legend = [cell.value for cell in summary["A"][9:] if cell.value]
    assert legend[-1].startswith("Change: places gained (▲) or lost (▼)")
    assert len(legend) == 7  # the title, the five usual lines and this one


def test_french_summary_says_evolution(tmp_path: Path) -> None:
    run = with_comparison(enrich(make_run(tmp_path)))
    write_reports(run, lang="fr")
    summary = openpyxl.load_workbook(run / "benchmark.xlsx")["Synthèse"]
    header, alpha, evil, gamma = header_and_rows(summary)
    assert header[10] == "Évolution"
    assert [alpha[10], evil[10], gamma[10]] == ["▲2", "＝", "nouvelle"]


def test_no_comparison_no_change_column(tmp_path: Path) -> None:
    run = enrich(make_run(tmp_path))
    write_reports(run, lang="en")
    summary = openpyxl.load_workbook(run / "benchmark.xlsx")["Summary"]
    header = header_and_rows(summary)[0]
    assert "Change" not in header and header[10] == "Kind"
    assert summary.auto_filter.ref == "A5:O8"


@pytest.mark.parametrize(("presence", "rank_change", "shown"), [
    ("both", -1, "▼1"), ("both", 3, "▲3"), ("both", 0, "＝"), ("added", None, "new"),
    ("both", None, "–"),  # ranked in one run only (not crawled in the other)
])
def test_movement_words(presence: str, rank_change: int | None, shown: str) -> None:
    change = Change("a", "A", presence, rank_change, None, "")
    assert movement(change, labels_for("en")["excel"]) == shown
    assert movement(None, labels_for("en")["excel"]) == "–"  # no row in comparison.csv
