"""The What-if sheet: live formulas over editable weights, checked by recalculating the
workbook in headless LibreOffice against the project's own scoring."""

from __future__ import annotations

import math
import shutil
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from scored_run import HOSTILE_NAME, make_scored_run, recalculate

from benchmark.pipeline import read_table, score_panel
from benchmark.runstore import RunStore
from reports import write_reports
from scoring import load_methodology, score_results

SHEET = "What-if"
SCORE_NAMES = ["overall", "content", "social", "services", "tech", "footprint"]
# Edits a director makes: a criterion weight, a dimension weight, an NGO profile weight.
EDITS_TOML = """extends = "default"
[criteria]
https = 6.0
mobile-viewport = 0.0
[dimensions]
tech = 3.0
[profiles.ngo.dimensions]
social = 0.25
"""


def table(ws) -> dict[str, dict[str, object]]:
    """Organisation name (as in scores.csv: without the quote that keeps a formula-like
    name inert) -> its row of the What-if table, by header."""
    rows = list(ws.iter_rows(values_only=True))
    at = next(i for i, row in enumerate(rows) if row[1] == "Organisation")
    header = rows[at]
    return {row[1].removeprefix("'"): dict(zip(header, row, strict=True))
            for row in rows[at + 1:]}


def weights_cell(ws, profile: str, heading: str):
    """The weight cell of `profile`'s row under `heading` in the weights block."""
    rows = list(ws.iter_rows())
    header = next(row for row in rows if row[0].value == "Weights")
    column = next(cell.column for cell in header if cell.value == heading)
    row = next(row for row in rows if row[1].value == profile)
    return ws.cell(row=row[0].row, column=column)


def assert_scores_equal(rows: dict[str, dict], scores: pd.DataFrame) -> None:
    """Every score and rank of `scores` (scoring's) equals the sheet's, to 1e-9."""
    assert len(rows) == len(scores)
    for _, expected in scores.iterrows():
        row = rows[expected["name"]]
        for name, heading in zip(SCORE_NAMES, ["Overall", "Content", "Social", "Services",
                                               "Tech", "Footprint"], strict=True):
            want = pd.to_numeric(expected[name], errors="coerce")
            got = row[heading]
            if pd.isna(want):
                assert got in (None, "", "Not scored"), (expected["name"], name, got)
            else:
                assert math.isclose(got, float(want), rel_tol=0, abs_tol=1e-9), (
                    expected["name"], name, got, want)
        rank = pd.to_numeric(expected["rank"], errors="coerce")
        assert row["Rank"] == (None if pd.isna(rank) else int(rank)) or (
            pd.isna(rank) and row["Rank"] == ""), (expected["name"], row["Rank"], rank)


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> dict[str, Path]:
    """The default run, and one scored geometric with missing data counted as zero."""
    root = tmp_path_factory.mktemp("whatif")
    other = root / "geometric.toml"
    other.write_text('extends = "default"\n[methodology]\noverall = "geometric"\n'
                     'missing = "zero"\n', encoding="utf-8")
    found = {"default": make_scored_run(root, seed=7),
             "geometric": make_scored_run(root, weights=other, seed=8)}
    for run in found.values():
        write_reports(run)
    return found


@pytest.fixture(scope="module")
def recalculated(runs, tmp_path_factory) -> dict[str, Path]:
    """Each workbook stripped of its cached values (openpyxl keeps none), plus the default
    one with EDITS_TOML's weights typed in, recalculated by LibreOffice in one launch."""
    work = tmp_path_factory.mktemp("recalc")
    inputs = {}
    for key, run in runs.items():
        book = openpyxl.load_workbook(run / "benchmark.xlsx")
        inputs[key] = work / f"{key}.xlsx"
        book.save(inputs[key])
    book = openpyxl.load_workbook(runs["default"] / "benchmark.xlsx")
    ws = book[SHEET]
    weights_cell(ws, "All organisations", "Served over HTTPS").value = 6
    weights_cell(ws, "All organisations", "Declares a mobile viewport").value = 0
    weights_cell(ws, "All organisations", "Tech").value = 3
    weights_cell(ws, "NGO", "Social").value = 0.25
    inputs["edited"] = work / "edited.xlsx"
    book.save(inputs["edited"])
    outputs = recalculate(list(inputs.values()), work)
    return dict(zip(inputs, outputs, strict=True))


def scores_of(run: Path) -> pd.DataFrame:
    return pd.read_csv(run / "scores.csv", dtype=str, keep_default_na=False)


def test_cached_values_are_the_scores_scoring_wrote(runs) -> None:
    """A viewer that never recalculates shows scores.csv."""
    book = openpyxl.load_workbook(runs["default"] / "benchmark.xlsx", data_only=True)
    assert_scores_equal(table(book[SHEET]), scores_of(runs["default"]))


def test_scores_are_formulas_over_the_weight_cells(runs) -> None:
    book = openpyxl.load_workbook(runs["default"] / "benchmark.xlsx")
    ws = book[SHEET]
    rows = table(ws)
    first = next(iter(rows.values()))
    assert first["Overall"] == ('=IF(SUMPRODUCT(E$6:I$6,--ISNUMBER(E10:I10))=0,"",'
                                "SUMPRODUCT(E$6:I$6,E10:I10)/"
                                "SUMPRODUCT(E$6:I$6,--ISNUMBER(E10:I10)))")
    assert "SUMPRODUCT(" in first["Content"] and first["Rank"].startswith("=IF(ISNUMBER(J10)")
    # The NGO row keeps its own weights and follows the default row for the others.
    assert weights_cell(ws, "NGO", "Accepts online donations").value == 3.0
    assert weights_cell(ws, "NGO", "Served over HTTPS").value.startswith("=")
    assert weights_cell(ws, "All organisations", "Served over HTTPS").value == 2.0
    # Names from the CSV stay text; the unreachable organisation is not scored.
    names = [cell for cell in ws["B"] if cell.value == "'" + HOSTILE_NAME]
    assert len(names) == 1 and names[0].data_type == "s"
    assert rows["Organisation 13"]["Overall"] == "Not scored"


def test_libreoffice_recalculates_scoring_exactly(runs, recalculated) -> None:
    for key in ("default", "geometric"):
        book = openpyxl.load_workbook(recalculated[key], data_only=True)
        assert_scores_equal(table(book[SHEET]), scores_of(runs[key]))


def test_a_changed_weight_moves_scores_and_ranks_as_a_rescore(runs, recalculated,
                                                               tmp_path) -> None:
    run = runs["default"]
    edits = tmp_path / "edits.toml"
    edits.write_text(EDITS_TOML, encoding="utf-8")
    store = RunStore(run)
    _, rescored = score_results(read_table(store.results_csv), score_panel(store),
                                load_methodology(edits))
    book = openpyxl.load_workbook(recalculated["edited"], data_only=True)
    rows = table(book[SHEET])
    assert_scores_equal(rows, rescored.astype(str).replace({"<NA>": "", "nan": ""}))
    before = scores_of(run).set_index("name")["rank"]
    moved = [name for name, row in rows.items()
             if row["Rank"] not in ("", None) and str(row["Rank"]) != before[name]]
    assert moved, "the edits should reorder this panel"
    assert all(row["Places gained"] == int(before[name]) - row["Rank"]
               for name, row in rows.items() if name in moved)


def test_soffice_is_installed_by_make_test() -> None:
    assert shutil.which("soffice"), "make test runs scripts/install-libreoffice.sh"
    makefile = Path(__file__).parents[2] / "Makefile"
    assert "install-libreoffice.sh" in makefile.read_text(encoding="utf-8")


def test_workbook_prints_a4_with_page_numbers(runs, tmp_path) -> None:
    """LibreOffice prints every sheet on A4 landscape with "page / pages" footers; the
    What-if sheet prints its scores (not its 60 criterion columns) on one page."""
    import subprocess

    soffice = shutil.which("soffice")
    profile = tmp_path / "profile"
    subprocess.run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path),
                    str(runs["default"] / "benchmark.xlsx")], check=True, capture_output=True,
                   timeout=600)
    pdf = tmp_path / "benchmark.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines()
                     if line.startswith("Pages:")))
    assert "841.89 x 595.3" in info  # A4 landscape, in points
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True).stdout.split("\f")
    footers = [page.strip().splitlines()[-1].split() for page in text if page.strip()]
    assert [footer[-3:] for footer in footers] == [[str(k), "/", str(pages)]
                                                  for k in range(1, pages + 1)]
    assert [footer[0] for footer in footers].count("What-if") == 1
