"""benchmark.xlsx Evidence sheet: every verdict, its page as a link, the evidence said for a
reader in the report's language, the snippet as found beside it, all inert text."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
from test_reports_fixture import EVIL_FORMULA, GOOD_URL, make_run

from reports import write_reports

FORM_EVIDENCE = 'form.contact: message field <form class="contact" action="/send">'
CONSOLE_EVIDENCE = "1 error(s): Failed to load resource: net::ERR_NAME_NOT_RESOLVED"


def evidence_run(root: Path) -> Path:
    """The report fixture plus two verdicts whose evidence is developer text."""
    run = make_run(root)
    with (run / "results.csv").open("a", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([
            ["evil", "about-section", "content", "fail", "", "0", "1",
             "https://evil.example/contact", FORM_EVIDENCE, "0"],
            ["gamma", "https", "tech", "fail", "", "0", "2", "", CONSOLE_EVIDENCE, "0"],
        ])
    return run


def rows(path: Path, sheet: str) -> list[list]:
    ws = openpyxl.load_workbook(path)[sheet]
    return [[cell.value for cell in row] for row in ws.iter_rows()]


def test_evidence_sheet_holds_every_verdict_for_a_reader(tmp_path: Path) -> None:
    run = evidence_run(tmp_path)
    write_reports(run, lang="en")
    workbook = openpyxl.load_workbook(run / "benchmark.xlsx")
    assert workbook.sheetnames.index("Evidence") == workbook.sheetnames.index("Pages") - 1
    sheet = workbook["Evidence"]
    table = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert table[0] == ["Organisation", "Dimension", "Criterion", "Verdict", "Value",
                        "Score", "Weight", "Evidence URL", "Evidence",
                        "As found on the page"]
    assert len(table) == 1 + 9  # the fixture's 7 verdicts and the 2 added
    # Alpha ranks first: its verdicts come first, in results.csv's order.
    assert table[1] == ["Alpha <script>alert(1)</script>", "Content", "Has an about section",
                        "Pass", "Yes", 1, 1, GOOD_URL, "About us alert(1)",
                        "About us <script>alert(1)</script>"]
    assert sheet["H2"].hyperlink.target == GOOD_URL  # the page, clickable
    assert table[2][7:] == ["javascript:alert(1)", "#N/A", None]  # reader text = as found
    assert sheet["H3"].hyperlink is None  # not a web address: text only
    evil_form = next(row for row in table if row[9] == FORM_EVIDENCE)
    assert evil_form[:4] == ["'" + EVIL_FORMULA, "Content", "Has an about section", "Fail"]
    assert evil_form[7:9] == ["https://evil.example/contact", "message field"]
    gamma = next(row for row in table if row[9] == CONSOLE_EVIDENCE)
    assert gamma[8] == "1 error(s): Failed to load resource: the domain name does not resolve"
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, str):
                assert cell.data_type == "s", cell.coordinate


def test_french_evidence_sheet_says_codes_in_french(tmp_path: Path) -> None:
    run = evidence_run(tmp_path)
    write_reports(run, lang="fr")
    table = rows(run / "benchmark.xlsx", "Preuves")
    assert table[0] == ["Organisation", "Dimension", "Critère", "Verdict", "Valeur", "Score",
                        "Poids", "URL de la preuve", "Preuve", "Tel que relevé sur la page"]
    gamma = next(row for row in table if row[9] and row[9].startswith("1 erreur(s)"))
    # phrases.toml says the sentence in French, then the reader's text says the code
    assert gamma[8] == ("1 erreur(s) : Failed to load resource: l'adresse du site n'existe "
                        "pas (domaine inconnu)")
    assert gamma[9] == "1 erreur(s) : Failed to load resource: net::ERR_NAME_NOT_RESOLVED"
