"""Targets files as Excel writes them: delimiters, encodings, BOM and header aliases."""

import codecs
from pathlib import Path

import pytest

from benchmark.targets import TargetsFileError, load_targets, read_targets

FRENCH_HEADER = "id;nom;type;secteur;pays;site web"
FRENCH_ROW = ("sg;Société Générale;listed-company;Banque, assurance;FR;"
              "https://www.societegenerale.com/")


def write_bytes(tmp_path: Path, data: bytes, name: str = "targets.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_french_excel_csv_in_windows_1252_is_read_and_said_so(tmp_path):
    # What a French Excel writes for "CSV (séparateur : point-virgule)": cp1252, `;`, CRLF.
    data = f"{FRENCH_HEADER}\r\n{FRENCH_ROW}\r\n".encode("cp1252")
    assert b"Soci\xe9t\xe9" in data  # the byte today's reader choked on
    path = write_bytes(tmp_path, data)
    loaded = read_targets(path)
    assert loaded.problems == []
    assert [(t.id, t.name, t.sector, t.website) for t in loaded.targets] == [
        ("sg", "Société Générale", "Banque, assurance", "https://www.societegenerale.com/")]
    # 0xe9 is the é of "Société", on line 2 (line 1 is the ascii header)
    assert loaded.notes == [f"{path}: not UTF-8 (byte 0xe9 on line 2); read as Windows-1252, "
                            "as Excel saves CSV on Windows"]
    assert loaded.source == {"format": "csv", "encoding": "windows-1252",
                             "delimiter": "semicolon", "sheet": ""}


@pytest.mark.parametrize(("data", "encoding"), [
    ((FRENCH_HEADER + "\n" + FRENCH_ROW + "\n").encode(), "utf-8"),
    (codecs.BOM_UTF8 + (FRENCH_HEADER + "\r\n" + FRENCH_ROW + "\r\n").encode(), "utf-8-sig"),
])
def test_semicolon_utf8_with_or_without_bom(tmp_path, data, encoding):
    loaded = read_targets(write_bytes(tmp_path, data))
    assert loaded.problems == [] and loaded.notes == []
    assert loaded.targets[0].name == "Société Générale"
    assert loaded.targets[0].id == "sg" and loaded.targets[0].row == 2
    assert loaded.source["encoding"] == encoding and loaded.source["delimiter"] == "semicolon"


def test_tab_separated_and_utf16_unicode_text(tmp_path):
    # Excel's "Unicode text" export: UTF-16 little endian with BOM, tab-separated.
    text = "id\tname\tkind\twebsite\r\nacme\tAcme; Co, Ltd\tcompany\thttps://acme.org/\r\n"
    loaded = read_targets(write_bytes(tmp_path, codecs.BOM_UTF16_LE + text.encode("utf-16-le")))
    assert [(t.id, t.name) for t in loaded.targets] == [("acme", "Acme; Co, Ltd")]
    assert loaded.source == {"format": "csv", "encoding": "utf-16", "delimiter": "tab",
                             "sheet": ""}


def test_comma_file_with_semicolons_in_cells_stays_comma(tmp_path):
    body = "id,name,kind,sector,website\na,A;B;C;D,company,x;y;z,https://a.org/\n"
    loaded = read_targets(write_bytes(tmp_path, body.encode()))
    assert loaded.source["delimiter"] == "comma"
    assert (loaded.targets[0].name, loaded.targets[0].sector) == ("A;B;C;D", "x;y;z")


@pytest.mark.parametrize("header", [
    "ID;Nom;Type;Secteur;Pays;Site",
    " Identifiant ; NOM ;TYPE; Secteur d'activité ;Pays ;Site Web",
    "id;name;kind;sector;country;site_internet",
    "Id;Name;Kind;Sector;Country;Website ",
    "id;nom;type;secteur;pays;URL",
])
def test_header_aliases_case_accent_and_space_insensitive(tmp_path, header):
    body = f"{header}\nacme;Acme;ngo;Aide;FR;https://acme.org/\n"
    loaded = read_targets(write_bytes(tmp_path, body.encode()))
    assert loaded.problems == [] and loaded.notes == []
    target = loaded.targets[0]
    assert (target.id, target.name, target.kind, target.sector, target.country,
            target.website) == ("acme", "Acme", "ngo", "Aide", "FR", "https://acme.org/")


def test_social_and_link_column_aliases(tmp_path):
    body = ("id;nom;type;site;X (Twitter);Google+;Rattachement;Fonction\n"
            "acme;Acme;company;https://acme.org/;https://x.com/acme;https://plus.google.com/a;;\n"
            "boss;Ann Boss;person;;;;acme;PDG\n")
    loaded = read_targets(write_bytes(tmp_path, body.encode()))
    assert loaded.problems == []
    acme, boss = loaded.targets
    assert acme.accounts == {"x": "https://x.com/acme", "googleplus": "https://plus.google.com/a"}
    assert (boss.parent, boss.role, boss.website) == ("acme", "ceo", "")


def test_unknown_columns_are_named_in_a_note(tmp_path):
    body = "id,name,kind,website,Commentaire,Contact interne\na,A,ngo,https://a.org/,ok,Zoé\n"
    path = write_bytes(tmp_path, body.encode())
    loaded = read_targets(path)
    assert loaded.problems == [] and len(loaded.targets) == 1
    assert loaded.notes == [f"{path}:1: unknown column(s) ignored: Commentaire, Contact interne"]


def test_two_columns_meaning_the_same_is_a_file_error(tmp_path):
    path = write_bytes(tmp_path, b"id,name,kind,website,twitter,X\n")
    with pytest.raises(TargetsFileError) as caught:
        load_targets(path)
    assert str(caught.value) == f"{path}:1: columns 'twitter' and 'X' both mean 'x'; keep one"


def test_missing_column_in_a_semicolon_file_lists_the_cells_found(tmp_path):
    path = write_bytes(tmp_path, b"id;nom;type;secteur\na;A;ngo;x\n")
    with pytest.raises(TargetsFileError) as caught:
        load_targets(path)
    assert str(caught.value) == (f"{path}:1: missing required column(s): website "
                                 "(found: id, nom, type, secteur)")


def test_bytes_neither_utf8_nor_windows_1252(tmp_path):
    # 0x81 is undefined in Windows-1252 and not valid UTF-8 on its own.
    path = write_bytes(tmp_path, b"id,name,kind,website\na,\x81,ngo,https://a.org/\n")
    with pytest.raises(TargetsFileError) as caught:
        load_targets(path)
    assert str(caught.value) == (f"{path}: cannot read: neither UTF-8 (byte 0x81 on line 2) "
                                 "nor Windows-1252 (byte 0x81 on line 2)")


def test_old_xls_and_broken_workbooks_are_clear_errors(tmp_path):
    xls = write_bytes(tmp_path, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "t.xls")
    with pytest.raises(TargetsFileError) as caught:
        load_targets(xls)
    assert str(caught.value) == (f"{xls}: an old Excel .xls or a password-protected workbook; "
                                 "save it as .xlsx or CSV")
    broken = write_bytes(tmp_path, b"PK\x03\x04 not really a zip", "t.xlsx")
    with pytest.raises(TargetsFileError, match=r"t\.xlsx: cannot read as an Excel workbook"):
        load_targets(broken)


def test_empty_file_is_a_file_error(tmp_path):
    path = write_bytes(tmp_path, b"\r\n\r\n")
    with pytest.raises(TargetsFileError) as caught:
        load_targets(path)
    assert str(caught.value) == f"{path}: empty file (no header row)"
