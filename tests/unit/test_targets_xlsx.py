"""targets.xlsx read directly: first sheet, same columns, cells as the text they show."""

from datetime import date, datetime, time
from pathlib import Path

import pytest
from openpyxl import Workbook

from benchmark.targets import TargetsFileError, read_targets
from benchmark.targets_read import cell_text


def workbook(path: Path, rows: list[list], extra_sheet: bool = False) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Panel"
    for row in rows:
        sheet.append(row)
    if extra_sheet:
        book.create_sheet("Notes").append(["id", "name", "kind", "website"])
    book.save(path)
    return path


def test_first_sheet_is_read_with_numeric_ids_kept_as_text(tmp_path):
    path = workbook(tmp_path / "targets.xlsx", [
        ["Identifiant", "Nom", "Type", "Secteur", "Pays", "Site web", "LinkedIn"],
        [42, "Société Générale", "listed-company", "Banque", "FR",
         "https://www.societegenerale.com/", "https://www.linkedin.com/company/sg/"],
        [],  # an empty row: the next one is still Excel's row 4
        [7.0, "Plan", "NGO", None, None, "https://plan.org/", None],
    ], extra_sheet=True)
    loaded = read_targets(path)
    assert loaded.problems == []
    assert [(t.id, t.name, t.kind, t.row) for t in loaded.targets] == [
        ("42", "Société Générale", "listed-company", 2), ("7", "Plan", "ngo", 4)]
    assert loaded.targets[0].accounts == {"linkedin": "https://www.linkedin.com/company/sg/"}
    assert loaded.source == {"format": "xlsx", "encoding": "", "delimiter": "", "sheet": "Panel"}
    assert loaded.notes == [f"{path}: 2 sheets; only the first, 'Panel', is read"]


def test_problems_in_a_workbook_name_its_row(tmp_path):
    path = workbook(tmp_path / "targets.xlsx", [
        ["id", "name", "kind", "website"],
        ["ok", "Ok", "company", "https://ok.org/"],
        ["bad", "Bad", "company", "www.bad.org"],
    ])
    loaded = read_targets(path)
    assert [t.id for t in loaded.targets] == ["ok"]
    assert [str(p) for p in loaded.problems] == [
        f"{path}:3: column 'website': 'www.bad.org': scheme 'none' is not allowed, "
        "only http and https (row skipped)"]
    assert loaded.notes == []


def test_an_xlsx_named_csv_is_still_read_as_a_workbook(tmp_path):
    path = workbook(tmp_path / "targets.csv", [["id", "name", "kind", "website"],
                                               ["a", "A", "ngo", "https://a.org/"]])
    assert [t.id for t in read_targets(path).targets] == ["a"]


def test_a_workbook_without_required_columns(tmp_path):
    path = workbook(tmp_path / "targets.xlsx", [["id", "nom", 2024]])
    with pytest.raises(TargetsFileError) as caught:
        read_targets(path)
    assert str(caught.value) == (f"{path}:1: missing required column(s): kind, website "
                                 "(found: id, nom, 2024)")


@pytest.mark.parametrize(("value", "text"), [
    (None, ""), (12, "12"), (12.0, "12"), (1.5, "1.5"), (True, "TRUE"),
    (datetime(2026, 3, 1), "2026-03-01"), (datetime(2026, 3, 1, 9, 30), "2026-03-01T09:30:00"),
    (date(2026, 3, 1), "2026-03-01"), (time(9, 30), "09:30:00"), ("  x ", "  x "),
])
def test_cell_text(value, text):
    assert cell_text(value) == text
