"""Make untrusted strings inert: cells are always text, never formulas; links only for http(s)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.worksheet.worksheet import Worksheet

# Leading characters that make Excel, LibreOffice or a CSV re-export read a formula (OWASP).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
MAX_CELL_CHARS = 32_767  # Excel's limit; longer text makes Excel "repair" the file
MAX_LINK_CHARS = 2_079  # Excel drops hyperlinks longer than this
WEB_SCHEMES = ("http", "https")
BLANK_OR_CONTROL = re.compile(r"[\x00-\x20\x7f]")

CellValue = str | int | float | None


def is_web_url(url: str) -> bool:
    """True for an absolute http(s) URL, the only kind of link the reports ever create."""
    # Browsers silently drop tabs and newlines inside URLs: refuse anything blank or control.
    if BLANK_OR_CONTROL.search(url):
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme.lower() in WEB_SCHEMES and bool(parts.netloc)


def printable(text: str) -> str:
    """`text` without the control characters XML and HTML forbid."""
    return ILLEGAL_CHARACTERS_RE.sub("", text)


def inert_text(text: str) -> str:
    """`text` stripped of characters XML forbids and prefixed with `'` if it could be a formula."""
    text = printable(text)
    if text.startswith(FORMULA_TRIGGERS):
        text = "'" + text
    return text[:MAX_CELL_CHARS]


def put(ws: Worksheet, row: int, column: int, value: CellValue,
        number_format: str | None = None) -> Cell:
    """Write one cell; strings always end up as plain string cells, numbers keep full precision."""
    cell = ws.cell(row=row, column=column)
    if isinstance(value, str):
        cell.value = inert_text(value)
        # openpyxl infers formulas ("=") and error codes ("#N/A") from strings: force text.
        cell.data_type = "s"
    else:
        cell.value = value
    if number_format:
        cell.number_format = number_format
    return cell


def put_link(ws: Worksheet, row: int, column: int, url: str) -> Cell:
    """Write `url` as inert text, clickable only when it is an http(s) URL Excel can hold."""
    cell = put(ws, row, column, url)
    if is_web_url(url) and len(url) <= MAX_LINK_CHARS:
        cell.hyperlink = url
        cell.style = "Hyperlink"
    return cell
