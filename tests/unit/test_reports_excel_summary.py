"""benchmark.xlsx Summary, Charts, dimension and Gains sheets: values, types, links, charts,
printing, and hostile names kept inert."""

from __future__ import annotations

import csv
import json
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from openpyxl.workbook.workbook import Workbook
from test_reports_fixture import EVIL_FORMULA, make_run

from benchmark.cli import main
from reports import write_reports

LONG_MEASURES = "Average number of visible words on the home page and key pages. " * 5


def enrich(run: Path) -> Path:
    """The fixture run plus what scoring now writes: rank ranges, whatif.csv, sector and
    country, and numeric and date values."""
    with (run / "scores.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    robustness = {"alpha": ("1", "1", "1", "stable"), "evil": ("1", "2", "2", "fragile"),
                  "gamma": ("", "", "", "")}
    with (run / "scores.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, [*rows[0], "rank_p5", "rank_median", "rank_p95",
                                         "stability"])
        writer.writeheader()
        for row in rows:
            p5, median, p95, stability = robustness[row["target_id"]]
            writer.writerow({**row, "rank_p5": p5, "rank_median": median, "rank_p95": p95,
                             "stability": stability})
    with (run / "whatif.csv").open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([
            ["target_id", "criterion_id", "gain_points", "rank_now", "rank_then"],
            ["alpha", "https", "10.04", "1", "1"],
            ["evil", "about-section", "12.55", "2", "1"],
            ["evil", EVIL_FORMULA, "3.25", "2", "2"],
        ])
    targets = json.loads((run / "targets.json").read_text(encoding="utf-8"))
    targets[0].update(sector="Child protection", country="FR")
    (run / "targets.json").write_text(json.dumps(targets), encoding="utf-8")
    criteria = json.loads((run / "criteria.json").read_text(encoding="utf-8"))
    criteria += [{"id": "content-volume", "dimension": "content", "title": "Has substantial text",
                  "failure_title": "Has little text", "measures": LONG_MEASURES,
                  "applies_to": None},
                 {"id": "content-freshness", "dimension": "content",
                  "title": "Content is fresh", "failure_title": "Content is stale",
                  "measures": "Newest date.", "applies_to": None}]
    (run / "criteria.json").write_text(json.dumps(criteria), encoding="utf-8")
    with (run / "results.csv").open("a", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([
            ["alpha", "content-volume", "content", "pass", "1178", "1", "1", "", "", "1"],
            ["evil", "content-volume", "content", "fail", "12.5", "0", "1", "", "", "0"],
            ["alpha", "content-freshness", "content", "pass", "2026-10-21", "1", "1", "", "",
             "1"],
            ["evil", "content-freshness", "content", "unknown", "", "", "1", "", "", ""],
        ])
    return run


@pytest.fixture
def run(tmp_path: Path) -> Path:
    return enrich(make_run(tmp_path))


@pytest.fixture
def workbook(run: Path) -> Workbook:
    write_reports(run)
    return openpyxl.load_workbook(run / "benchmark.xlsx")


def values(ws, row: int) -> list:
    return [cell.value for cell in ws[row]]


def test_summary_comes_first_with_title_date_and_methodology(workbook: Workbook) -> None:
    assert workbook.sheetnames[:3] == ["Summary", "Charts", "Ranking"]
    summary = workbook["Summary"]
    assert summary["A1"].value == "ngos"  # targets file panels/ngos.csv
    assert summary["A2"].value == ("Crawled 21 November 2026 · 3 organisations · "
                                   "Methodology panel test 7.3 · sha256 bbbbbbbbbbbb")
    assert summary["A1"].font.sz == 16 and summary["A1"].font.name == "Calibri"


def test_summary_ranking_holds_typed_scores_ranges_and_context(workbook: Workbook) -> None:
    summary = workbook["Summary"]
    assert values(summary, 5) == ["Rank", "Organisation", "Overall", "Content", "Social",
                                  "Services", "Tech", "Footprint", "Rank range (p5–p95)",
                                  "Robustness", "Kind", "Sector", "Country", "Website",
                                  "Status"]
    assert values(summary, 6)[:13] == [1, "Alpha <script>alert(1)</script>", 81.2345, 100,
                                       75.5, 90, 60, 80, "1", "Stable", "NGO",
                                       "Child protection", "FR"]
    assert values(summary, 7)[8:10] == ["1–2", "Fragile"]
    assert values(summary, 8)[0] is None and summary["C8"].value is None
    assert summary["O8"].value == "Unreachable: DNS lookup failed"
    for cell in summary["C6":"H7"][0] + summary["C6":"H7"][1]:
        if cell.value is not None:
            assert isinstance(cell.value, int | float) and cell.number_format == "0.0"
    assert isinstance(summary["A6"].value, int)


def test_summary_websites_are_links_only_when_web_urls(workbook: Workbook) -> None:
    summary = workbook["Summary"]
    assert summary["N6"].hyperlink.target == "https://alpha.example/"
    assert summary["N7"].value == "javascript:alert(2)" and summary["N7"].hyperlink is None


def test_hostile_name_is_inert_text_everywhere(workbook: Workbook) -> None:
    cells = [cell for ws in workbook for row in ws.iter_rows() for cell in row
             if isinstance(cell.value, str) and EVIL_FORMULA in cell.value]
    assert {cell.parent.title for cell in cells} >= {"Summary", "Content", "Gains", "Ranking"}
    for cell in cells:
        assert cell.data_type == "s" and cell.value.startswith("'"), cell.coordinate


def test_panel_average_and_median_are_formulas_over_the_scores(workbook: Workbook) -> None:
    summary = workbook["Summary"]
    assert values(summary, 3)[1:4] == ["Panel average", '=IFERROR(AVERAGE(C6:C8),"")',
                                       '=IFERROR(AVERAGE(D6:D8),"")']
    assert summary["H4"].value == '=IFERROR(MEDIAN(H6:H8),"")'
    assert summary["C3"].number_format == "0.0"


def test_summary_has_data_bars_colour_scale_and_fragile_marks(workbook: Workbook) -> None:
    rules = {str(area.sqref): [rule.type for rule in area.rules]
             for area in workbook["Summary"].conditional_formatting}
    assert rules == {"C6:C8": ["dataBar"], "D3:H8": ["colorScale"], "J6:J8": ["cellIs"]}


def test_summary_prints_a4_landscape_fitted_with_page_numbers(workbook: Workbook) -> None:
    summary = workbook["Summary"]
    assert summary.freeze_panes == "C6" and summary.auto_filter.ref == "A5:O8"
    setup = summary.page_setup
    assert (setup.orientation, setup.paperSize, setup.fitToWidth, setup.fitToHeight) == (
        "landscape", 9, 1, 0)
    assert summary.sheet_properties.pageSetUpPr.fitToPage
    assert summary.print_title_rows == "$5:$5"
    assert summary.oddFooter.center.text == "&P / &N"
    assert workbook["Evidence"].oddFooter.center.text == "&P / &N"  # every sheet numbered
    legend = [cell.value for cell in summary["A"][9:]]
    assert legend[0] == "How to read this sheet" and len(legend) == 6


def test_header_cells_name_their_font(workbook: Workbook) -> None:
    for ws in workbook:
        if ws.title == "Charts":
            continue
        header = ws["A5"] if ws.title == "Summary" else ws["A1"]
        assert (header.font.name, header.font.family, header.font.b) == ("Calibri", 2, True)


def test_charts_read_the_summary_cells(workbook: Workbook) -> None:
    ranking, stacked, radar = workbook["Charts"]._charts
    assert (type(ranking).__name__, ranking.type) == ("BarChart", "bar")
    assert [s.val.numRef.f for s in ranking.series] == ["'Summary'!$C$6:$C$7"]
    assert ranking.series[0].cat.numRef.f == "'Summary'!$B$6:$B$7" or (
        ranking.series[0].cat.strRef.f == "'Summary'!$B$6:$B$7")
    assert ranking.x_axis.scaling.orientation == "maxMin"  # rank 1 on top
    assert stacked.grouping == "stacked"
    assert [s.val.numRef.f for s in stacked.series] == [
        f"'Summary'!${col}$6:${col}$7" for col in "DEFGH"]
    assert type(radar).__name__ == "RadarChart"
    assert [(s.val.numRef.f, s.tx.strRef.f) for s in radar.series] == [
        ("'Summary'!$D$6:$H$6", "'Summary'!$B$6"), ("'Summary'!$D$7:$H$7", "'Summary'!$B$7"),
        ("'Summary'!$D$3:$H$3", "'Summary'!$B$3")]  # the two ranked, then the average


def test_dimension_sheet_shows_symbols_and_typed_values(workbook: Workbook) -> None:
    content = workbook["Content"]
    assert values(content, 1) == ["Rank", "Organisation", "Content", "Has an about section",
                                  "(Value)", "Has substantial text", "(words)",
                                  "Content is fresh", "(date)"]
    alpha, evil, gamma = (values(content, row) for row in (2, 3, 4))
    assert alpha == [1, "Alpha <script>alert(1)</script>", 100, "✓", None, "✓", 1178, "✓",
                     datetime(2026, 10, 21)]
    assert evil[3:8] == ["✗", "'+cmd|' /C calc'!A0", "✗", 12.5, "?"]
    assert gamma[3] == "?"  # an error verdict
    assert content["G2"].number_format == '#,##0" words"'
    assert content["I2"].number_format == "yyyy-mm-dd"
    rules = [rule.formula[0] for area in content.conditional_formatting for rule in area.rules
             if rule.type == "cellIs"]
    assert rules == ['"✓"', '"✗"', '"–"', '"?"']
    assert workbook["Services"]["D3"].value == "–"  # not applicable


def test_results_values_are_numbers_with_units(workbook: Workbook) -> None:
    results = workbook["Evidence"]
    typed = {cell.value: cell.number_format for cell in results["E"][1:]
             if not isinstance(cell.value, str) and cell.value is not None}
    assert typed == {1178: '#,##0" words"', 12.5: '#,##0.0##" words"',
                     datetime(2026, 10, 21): "yyyy-mm-dd"}
    assert "'-2+3" in [cell.value for cell in results["E"]]  # not a number: stays text


def test_gains_sheet_lists_what_would_move_each_organisation(workbook: Workbook) -> None:
    gains = workbook["Gains"]
    rows = [values(gains, row) for row in range(2, gains.max_row + 1)]
    assert rows[1] == [2, "'" + EVIL_FORMULA, "Has an about section", 12.55, 2, 1,
                       "Has an about section: +12.6 points, rank 2 → 1"]
    assert rows[2][2] == "'" + EVIL_FORMULA  # unknown criterion id: shown, inert
    assert gains["D2"].number_format == "+0.0"
    assert [row[0] for row in rows] == [1, 2, 2]


def test_methodology_rows_are_tall_enough_for_wrapped_text(workbook: Workbook) -> None:
    methodology = workbook["Methodology"]
    row = next(cell.row for cell in methodology["A"] if cell.value == "content-volume")
    assert methodology.row_dimensions[row].height >= 15 * 5


def test_title_option_and_french_workbook(run: Path) -> None:
    result = CliRunner().invoke(main, ["report", str(run), "--lang", "fr",
                                       "--title", "=Panel ONG"])
    assert result.exit_code == 0, result.output
    workbook = openpyxl.load_workbook(run / "benchmark.xlsx")
    assert workbook.sheetnames[:2] == ["Synthèse", "Graphiques"]
    assert "Leviers" in workbook.sheetnames and "Technique" in workbook.sheetnames
    summary = workbook["Synthèse"]
    assert summary["A1"].value == "'=Panel ONG" and summary["A1"].data_type == "s"
    assert summary["B3"].value == "Moyenne du panel"
    assert summary["J7"].value == "Fragile"


@pytest.mark.parametrize(("targets_path", "title"), [
    ("targets.csv", "Web presence benchmark"), ("C:\\clients\\Cibles.xlsx",
                                                "Web presence benchmark"),
    ("C:\\clients\\banques-2026.csv", "banques-2026")])
def test_a_targets_file_named_targets_gives_the_reports_own_title(run: Path, targets_path,
                                                                   title) -> None:
    record = json.loads((run / "run.json").read_text())
    record["targets_file"]["path"] = targets_path
    (run / "run.json").write_text(json.dumps(record))
    write_reports(run)
    summary = openpyxl.load_workbook(run / "benchmark.xlsx")["Summary"]
    assert summary["A1"].value == title


def test_wrapped_header_names_get_the_height_they_need(workbook: Workbook) -> None:
    # LibreOffice does not grow rows: "Rank range (p5–p95)" (19 characters) in a column
    # 13 wide, bold (85 % of it, less one character: 10.05) takes 2 lines of 15 points.
    assert workbook["Summary"].row_dimensions[5].height == 30
