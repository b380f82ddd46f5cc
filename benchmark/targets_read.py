"""Read the rows of a targets file as Excel writes it: CSV (usual encodings, delimiters) or xlsx."""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from benchmark.targets_columns import recognised

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ROWS = 100_000  # an xlsx of 20 MiB can hold far more cells than a panel needs
DELIMITERS = (",", ";", "\t")
ZIP_MAGIC = b"PK\x03\x04"  # xlsx (and ods, docx...) are zip archives
OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # the old binary .xls, and password-protected workbooks
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}


class TargetsFileError(Exception):
    """The file as a whole cannot be used (unreadable, no header, missing columns)."""


@dataclass
class Table:
    """The file's rows as text cells, each with its row number, and how it was read."""

    rows: list[tuple[int, list[str]]]
    source: dict[str, str] = field(default_factory=dict)  # format, encoding, delimiter, sheet
    # (every key always present, "" when it does not apply: run.json merges, never deletes)
    notes: list[str] = field(default_factory=list)  # what the user should know (a guess made)


def read_table(path: Path) -> Table:
    """Every row of `path` (header included); raises TargetsFileError when unreadable."""
    shown = str(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise TargetsFileError(f"{shown}: larger than {MAX_FILE_BYTES // 2**20} MiB")
        data = path.read_bytes()
    except OSError as exc:
        raise TargetsFileError(f"{shown}: cannot read: {exc}") from exc
    if data.startswith(ZIP_MAGIC):
        return read_xlsx(shown, data)
    if data.startswith(OLE_MAGIC):
        raise TargetsFileError(f"{shown}: an old Excel .xls or a password-protected workbook; "
                               "save it as .xlsx or CSV")
    text, encoding, notes = decode(shown, data)
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    try:
        for cells in reader:
            rows.append((reader.line_num, cells))  # the line where this record ends
    except csv.Error as exc:
        raise TargetsFileError(f"{shown}:{reader.line_num}: cannot read: {exc}") from exc
    return Table(rows, {"format": "csv", "encoding": encoding,
                        "delimiter": DELIMITER_NAMES[delimiter], "sheet": ""}, notes)


def decode(shown: str, data: bytes) -> tuple[str, str, list[str]]:
    """(text, encoding, notes): UTF-16 or UTF-8 (BOM or not), else Windows-1252, said so."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Excel's Unicode text
        try:
            return data.decode("utf-16"), "utf-16", []
        except UnicodeDecodeError as exc:
            raise TargetsFileError(f"{shown}: cannot read as UTF-16: {exc}") from exc
    try:
        bom = data.startswith(codecs.BOM_UTF8)
        return data.decode("utf-8-sig"), "utf-8-sig" if bom else "utf-8", []
    except UnicodeDecodeError as exc:
        first = exc
    where = _byte_at(data, first.start)
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise TargetsFileError(f"{shown}: cannot read: neither UTF-8 ({where}) nor "
                               f"Windows-1252 ({_byte_at(data, exc.start)})") from exc
    return text, "windows-1252", [f"{shown}: not UTF-8 ({where}); read as Windows-1252, "
                                  "as Excel saves CSV on Windows"]


def _byte_at(data: bytes, offset: int) -> str:
    line = data[:offset].count(b"\n") + 1
    return f"byte 0x{data[offset]:02x} on line {line}"


def sniff_delimiter(text: str) -> str:
    """The delimiter whose first row names the most known columns (then has the most cells)."""
    def header(delimiter: str) -> list[str]:
        try:
            for cells in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
                if any(cell.strip() for cell in cells):
                    return cells
        except csv.Error:
            pass
        return []

    scored = [(recognised(cells), len(cells), -order, delimiter)
              for order, delimiter in enumerate(DELIMITERS) for cells in [header(delimiter)]]
    return max(scored)[3]


def read_xlsx(shown: str, data: bytes) -> Table:
    """The first sheet of a workbook, every cell as text (saved values, not formulas)."""
    from openpyxl import load_workbook  # imported here: only xlsx files need it

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # a bad zip, an .ods, a corrupt part: openpyxl raises many kinds
        raise TargetsFileError(f"{shown}: cannot read as an Excel workbook (.xlsx): "
                               f"{exc or type(exc).__name__}") from exc
    try:
        sheet = workbook.worksheets[0]
        rows: list[tuple[int, list[str]]] = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = [cell_text(value) for value in values]
            if any(cells):
                rows.append((number, cells))
            if len(rows) > MAX_ROWS:
                raise TargetsFileError(f"{shown}: more than {MAX_ROWS} rows")
        names = workbook.sheetnames
    except TargetsFileError:
        raise
    except Exception as exc:  # corrupt sheet XML found while streaming
        raise TargetsFileError(f"{shown}: cannot read as an Excel workbook (.xlsx): "
                               f"{exc or type(exc).__name__}") from exc
    finally:
        workbook.close()
    notes = [f"{shown}: {len(names)} sheets; only the first, {names[0]!r}, is read"
             ] if len(names) > 1 else []
    return Table(rows, {"format": "xlsx", "encoding": "", "delimiter": "", "sheet": names[0]},
                 notes)


def cell_text(value: object) -> str:
    """A cell as the text it shows: ids typed as numbers stay '42', not '42.0'."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)
