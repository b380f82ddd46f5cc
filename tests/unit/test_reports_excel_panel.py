"""The Panel sheet: panel.csv's adoption and pass rates in words a director reads."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
from test_reports_fixture import make_run

from reports import write_reports

PANEL = [
    ["criterion_id", "dimension", "group_by", "group", "measured", "passed", "pass_rate",
     "adoption", "mean_score", "discriminates", "redundant_with"],
    ["about-section", "content", "panel", "panel", "2", "1", "0.5", "0.5", "0.5", "True",
     "https"],
    ["https", "tech", "panel", "panel", "3", "3", "1.0", "", "1.0", "False", ""],
    ["https", "tech", "kind", "ngo", "1", "1", "1.0", "", "1.0", "False", ""],
    # Having it is the failure here (value true = fail): the failure title speaks.
    ["donation", "services", "panel", "panel", "4", "3", "0.75", "0.25", "0.75", "True", ""],
]


def test_panel_sheet_says_how_common_each_criterion_is(tmp_path: Path) -> None:
    run = make_run(tmp_path)
    with (run / "panel.csv").open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(PANEL)
    write_reports(run)
    ws = openpyxl.load_workbook(run / "benchmark.xlsx")["Panel"]
    rows = [[cell.value for cell in row] for row in ws.iter_rows(min_row=2)]
    assert rows[0] == ["Has an about section", "Content", "Whole panel", 2, 0.5, 0.5,
                       "Has an about section: 50 % of sites", "Yes", "Served over HTTPS"]
    assert rows[1][6] == "Served over HTTPS: passed by 100 % of sites"
    assert rows[1][7] == "No: every site measured has the same verdict"
    assert rows[2][6] == "No online donation: 25 % of sites"  # round(100 × 0.25)
    assert rows[3][2] == "Kind: NGO"  # per-kind rows after the whole panel's
    assert ws["E2"].number_format == "0%" and ws.freeze_panes == "A2"


def test_no_panel_sheet_without_panel_statistics(tmp_path: Path) -> None:
    run = make_run(tmp_path)
    write_reports(run)
    assert "Panel" not in openpyxl.load_workbook(run / "benchmark.xlsx").sheetnames
