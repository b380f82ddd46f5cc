"""`benchmark validate` and the run's preparation on files a French Excel writes."""

from pathlib import Path

from click.testing import CliRunner
from openpyxl import Workbook

from benchmark import cli, pipeline

# "CSV (séparateur : point-virgule)" from a French Excel: Windows-1252, `;`, CRLF.
FRENCH_CSV = ("Identifiant;Nom;Type;Secteur;Pays;Site web;Twitter;Parent;Rôle\r\n"
              "sg;Société Générale;listed-company;Banque;FR;https://www.sg.fr/;;;\r\n"
              "dg;Frédéric Oudéa;person;;FR;;https://x.com/fo;sg;PDG\r\n"
              ";;;;;;;;\r\n").encode("cp1252")


def french_csv(tmp_path: Path) -> Path:
    path = tmp_path / "panel.csv"
    path.write_bytes(FRENCH_CSV)
    return path


def test_validate_reads_a_french_semicolon_windows_1252_file(tmp_path):
    path = french_csv(tmp_path)
    result = CliRunner().invoke(cli.main, ["validate", str(path)])
    assert result.exit_code == 0, result.output
    # 0xf4 is the ô of "Rôle", in the header (line 1)
    assert result.stderr == (f"warning: {path}: not UTF-8 (byte 0xf4 on line 1); read as "
                             "Windows-1252, as Excel saves CSV on Windows\n")
    assert result.stdout == (
        f"{path}: csv, windows-1252, semicolon-separated\n"
        "  sg (listed-company): Société Générale https://www.sg.fr/\n"
        "  dg (person, ceo of sg): Frédéric Oudéa (no website)\n"
        "2 valid target(s): 1 organisation(s), 1 person(s); 0 problem(s)\n")


def test_validate_reads_an_xlsx_and_exits_2_on_a_bad_row(tmp_path):
    path = tmp_path / "panel.xlsx"
    book = Workbook()
    book.active.title = "Feuil1"
    for row in (["ID", "Nom", "Type", "Site"], [1, "Un", "ngo", "https://un.org/"],
                [2, "Deux", "ngo", "ftp://deux.org/"]):
        book.active.append(row)
    book.save(path)
    result = CliRunner().invoke(cli.main, ["validate", str(path)])
    assert result.exit_code == 2, result.output
    assert result.stderr == (f"warning: {path}:3: column 'website': 'ftp://deux.org/': scheme "
                             "'ftp' is not allowed, only http and https (row skipped)\n")
    assert result.stdout == (f"{path}: xlsx, sheet 'Feuil1'\n"
                             "  1 (ngo): Un https://un.org/\n"
                             "1 valid target(s): 1 organisation(s), 0 person(s); 1 problem(s)\n")


def test_validate_exits_1_on_an_unusable_file(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes(b"id;nom\r\n")
    result = CliRunner().invoke(cli.main, ["validate", str(path)])
    assert result.exit_code == 1
    assert result.stderr == (f"error: {path}:1: missing required column(s): kind, website "
                             "(found: id, nom)\n")


def test_a_run_records_how_the_file_was_read_and_warns(tmp_path, capsys):
    path = french_csv(tmp_path)
    store = cli.prepare(path, tmp_path / "run", quiet=True)
    note = (f"{path}: not UTF-8 (byte 0xf4 on line 1); read as Windows-1252, as Excel saves "
            "CSV on Windows")
    assert capsys.readouterr().err == f"warning: {note}\n"
    record = store.record()
    assert record["targets_file"]["encoding"] == "windows-1252"
    assert record["targets_file"]["delimiter"] == "semicolon"
    assert record["targets_file"]["notes"] == [note]
    assert record["targets_problems"] == []
    assert [(t.id, t.parent, t.role) for t in store.load_targets()] == [
        ("sg", "", ""), ("dg", "sg", "ceo")]
    # the same run folder prepared again from an xlsx keeps no stale CSV details
    book = Workbook()
    book.active.append(["id", "name", "kind", "website"])
    book.active.append(["sg", "SG", "company", "https://www.sg.fr/"])
    book.save(tmp_path / "panel.xlsx")
    store, _, _ = pipeline.prepare(tmp_path / "panel.xlsx", tmp_path / "run")
    assert {key: value for key, value in store.record()["targets_file"].items()
            if key not in ("path", "sha256")} == {
        "format": "xlsx", "encoding": "", "delimiter": "", "sheet": "Sheet", "notes": []}
