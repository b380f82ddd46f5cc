"""benchmark.xlsx: sheets, ranking order, formatting, links, and no formula ever."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from excel_formulas import is_whatif_formula
from openpyxl.workbook.workbook import Workbook
from test_reports_fixture import (
    DANGEROUS_LEADS,
    EVIL_FORMULA,
    FOOTPRINT_FORMULA,
    GOOD_URL,
    HTTPS_FORMULA,
    make_run,
)

from reports import write_reports
from reports.safe import FORMULA_TRIGGERS


@pytest.fixture
def workbook(tmp_path: Path) -> Workbook:
    run = make_run(tmp_path)
    write_reports(run)
    return openpyxl.load_workbook(run / "benchmark.xlsx")


# The workbook's only formulas: the Summary's panel average and median over its own score
# cells (rows 6-8 of the fixture's three organisations), written by the tool, never by data.
OWN_FORMULA = re.compile(r'=IFERROR\((AVERAGE|MEDIAN)\(([C-H])6:\2(8)\),""\)')
def column(ws, letter: str) -> list:
    return [cell.value for cell in ws[letter][1:]]


def test_sheets_have_frozen_filtered_headers(workbook: Workbook) -> None:
    assert workbook.sheetnames == ["Summary", "Charts", "Ranking", "Content", "Services",
                                   "Tech", "What-if", "Evidence", "Pages", "Methodology"]
    for name in ("Ranking", "Evidence", "Pages", "Methodology"):
        assert workbook[name].freeze_panes == "A2"
    for name in ("Content", "Services", "Tech"):  # rank, name and score stay in view
        assert workbook[name].freeze_panes == "D2"
    assert workbook["Summary"].freeze_panes == "C6"
    for ws in workbook:
        if ws.title not in ("Summary", "Charts", "What-if"):
            assert ws.auto_filter.ref.startswith("A1:"), ws.title


def test_ranking_is_in_rank_order_with_unscored_last(workbook: Workbook) -> None:
    ranking = workbook["Ranking"]
    assert column(ranking, "A") == [1, 2, None]
    assert column(ranking, "B") == [
        "Alpha <script>alert(1)</script>", "'" + EVIL_FORMULA, "Gamma Org",
    ]
    assert ranking["J4"].value == "Unreachable: DNS lookup failed"
    assert ranking["D4"].value is None


def test_scores_keep_true_value_and_display_one_decimal(workbook: Workbook) -> None:
    overall = workbook["Ranking"]["D2"]
    assert overall.value == pytest.approx(81.2345)
    assert overall.number_format == "0.0"


def test_score_columns_have_a_three_colour_scale(workbook: Workbook) -> None:
    formatting = workbook["Ranking"].conditional_formatting
    rules = {str(area.sqref): area.rules for area in formatting}
    assert list(rules) == ["D2:I4"]
    (rule,) = rules["D2:I4"]
    assert rule.type == "colorScale"
    assert len(rule.colorScale.color) == 3


def test_only_web_evidence_urls_are_hyperlinks(workbook: Workbook) -> None:
    results = workbook["Evidence"]
    links = {cell.value: cell.hyperlink.target if cell.hyperlink else None
             for cell in results["H"][1:] if cell.value}
    assert links[GOOD_URL] == GOOD_URL
    assert links["javascript:alert(1)"] is None
    assert links["'" + EVIL_FORMULA] is None


def test_status_cells_are_coloured(workbook: Workbook) -> None:
    fills = {cell.value: cell.fill.fgColor.rgb[-6:] for cell in workbook["Evidence"]["D"][1:]}
    assert fills["Pass"] == "C6EFCE"
    assert fills["Fail"] == "FFC7CE"
    assert fills["Not applicable"] == fills["Error"] == "E7E6E6"


def test_methodology_shows_weights_and_provenance(workbook: Workbook) -> None:
    rows = [[cell.value for cell in row] for row in workbook["Methodology"].iter_rows()]
    https = next(row for row in rows if row[0] == "https")
    assert https == ["https", "Tech", "Served over HTTPS", "'-The home page uses HTTPS.",
                     "All", 2, "Yes or no", HTTPS_FORMULA]  # the weight comes from run.json
    assert ["Tech", 2] in [row[:2] for row in rows]  # dimension weight
    values = {value for row in rows for value in row}
    # the missing-data policy "exclude" in words
    assert {"b" * 64, "a" * 64, "0.1.0", "Left out", "panel test 7.3"} <= values
    assert ["Crawled", "21 November 2026"] in [row[:2] for row in rows]  # run.json's created_at


def test_methodology_sheet_prints_the_recorded_formulas(workbook: Workbook) -> None:
    rows = [[cell.value for cell in row] for row in workbook["Methodology"].iter_rows()]
    assert ["Footprint", "0.5", FOOTPRINT_FORMULA] in [row[:3] for row in rows]
    assert ["Ranking", "0.1", "rank on overall rounded to 0.1"] in [
        row[:3] for row in rows]
    assert ["social-backlinks", "0.5", "not a factor of the product"] in [row[:3] for row in rows]


def test_no_cell_is_a_formula(workbook: Workbook) -> None:
    texts = [cell for ws in workbook for row in ws.iter_rows() for cell in row
             if isinstance(cell.value, str)]
    assert texts
    own = [cell for cell in texts if cell.data_type == "f"]
    assert {(cell.parent.title, cell.row) for cell in own} == {
        ("Summary", 3), ("Summary", 4), ("What-if", 9), ("What-if", 10), ("What-if", 11)}
    assert all(OWN_FORMULA.fullmatch(cell.value) for cell in own
               if cell.parent.title == "Summary"), [c.value for c in own]
    assert all(is_whatif_formula(cell.value) for cell in own
               if cell.parent.title == "What-if"), [c.value for c in own]
    for cell in texts:
        if cell in own:
            continue
        assert cell.data_type == "s", cell.coordinate
        assert not cell.value.startswith(FORMULA_TRIGGERS), cell.value


@pytest.mark.parametrize("hostile", [EVIL_FORMULA, *DANGEROUS_LEADS])
def test_hostile_strings_are_stored_quoted(workbook: Workbook, hostile: str) -> None:
    values = {cell.value for ws in workbook for row in ws.iter_rows() for cell in row}
    assert "'" + hostile in values


def test_error_code_lookalikes_stay_text(workbook: Workbook) -> None:
    cell = next(cell for cell in workbook["Evidence"]["I"] if cell.value == "#N/A")
    assert cell.data_type == "s"


def test_saved_file_contains_no_formula_element(tmp_path: Path) -> None:
    run = make_run(tmp_path)
    write_reports(run)
    with zipfile.ZipFile(run / "benchmark.xlsx") as archive:
        sheets = sorted(name for name in archive.namelist()
                        if name.startswith("xl/worksheets/sheet"))
        assert len(sheets) == 10
        summary = archive.read("xl/worksheets/sheet1.xml").decode()
        formulas = re.findall(r"<f>(.*?)</f>", summary)
        assert len(formulas) == 12  # average and median of six score columns
        assert all(OWN_FORMULA.fullmatch("=" + f.replace("&quot;", '"')) for f in formulas)
        assert summary.count("<f>") == 12 and "<f " not in summary
        whatif = archive.read("xl/worksheets/sheet7.xml").decode()  # the 7th sheet
        whatif_formulas = re.findall(r"<f>(.*?)</f>", whatif)
        # Per organisation: 3 dimensions (the fixture's criteria cover 3), overall, rounded,
        # rank, places gained; the unreachable one has no overall formula: 7 + 7 + 6.
        assert len(whatif_formulas) == 20
        assert all(is_whatif_formula("=" + f.replace("&quot;", '"')) for f in whatif_formulas)
        for name in sheets[1:]:
            if name != "xl/worksheets/sheet7.xml":
                assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name)


def test_french_sheet_names(tmp_path: Path) -> None:
    run = make_run(tmp_path)
    write_reports(run, lang="fr")
    workbook = openpyxl.load_workbook(run / "benchmark.xlsx")
    assert workbook.sheetnames == ["Synthèse", "Graphiques", "Classement", "Contenu",
                                   "Services", "Technique", "Simulateur", "Preuves",
                                   "Pages visitées", "Méthodologie"]
    # French puts a space before a colon; a reason no catalogue knows stays as written.
    assert workbook["Classement"]["J4"].value == "Injoignable : DNS lookup failed"


def test_pages_sheet_lists_visited_pages_as_inert_text(tmp_path: Path) -> None:
    workbook = openpyxl.load_workbook(write_reports(make_run(tmp_path))[0])
    sheet = workbook["Pages"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)]
    titles = [row[5] for row in rows]
    assert "'=HYPERLINK(\"http://evil.example\",\"Click me\")" in titles
    assert "'@SUM(1+1)" in titles
    links = {cell.value: cell.hyperlink for cell in sheet["B"][1:]}
    assert links["javascript:alert(1)"] is None  # only http(s) pages become links
    assert any(link is not None and link.target.startswith("https://www.") for link in
               links.values())
    assert all(cell.data_type == "s" for cell in sheet["F"][1:])
