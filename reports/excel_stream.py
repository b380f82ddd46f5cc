"""Big sheets as raw sheet XML spliced into openpyxl's file, with formulas' cached values.

openpyxl builds one Python object per cell and cannot store the value a formula last
computed (viewers that do not recalculate then show nothing). Here openpyxl writes each
sheet's header, widths, filters, conditional formats and print setup; the data rows are
generated as XML at save time, from a generator, so memory stays flat at census size.
"""

from __future__ import annotations

import math
import re
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from io import BytesIO
from typing import Any
from xml.sax.saxutils import quoteattr

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from reports.safe import MAX_LINK_CHARS, inert_text, is_web_url

REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
LINK_TYPE = REL_NS + "/hyperlink"
EXCEL_EPOCH = date(1899, 12, 30)
CHUNK_ROWS = 2000  # rows joined before each write to the zip stream


@dataclass(frozen=True)
class Formula:
    """A formula written by the tool (never from data) and the value it computes today."""

    text: str  # without the leading "="
    cached: float | str | None = None


@dataclass(frozen=True)
class Link:
    """Untrusted text shown as inert text; a hyperlink only when it is an http(s) URL."""

    url: str


Value = str | int | float | date | Formula | Link | None
Row = Sequence[tuple[Value, int] | None]  # (value, style id) per column; None: empty


@dataclass
class Streamed:
    """The rows of one sheet, produced when the workbook is saved."""

    ws: Worksheet
    first_row: int
    rows: Callable[[], Iterable[Row]]
    link_style: int = 0
    heights: dict[int, float] = field(default_factory=dict)  # row -> height in points
    links: dict[str, str] = field(default_factory=dict)  # url -> relationship id
    placed: list[tuple[str, str]] = field(default_factory=list)  # (cell ref, rel id)


class Styles:
    """Style ids for template cells: one openpyxl style per kind of cell, not per cell."""

    def __init__(self, ws: Worksheet) -> None:
        self.ws, self.ids = ws, {}

    def __call__(self, key: str, **attributes: Any) -> int:
        if key not in self.ids:
            if self.ws.parent.__dict__.get("_saving"):  # styles.xml is already written
                raise RuntimeError(f"style {key!r} registered after the workbook was saved")
            cell = Cell(self.ws)
            for name, value in attributes.items():
                setattr(cell, name, value)
            self.ids[key] = cell.style_id
        return self.ids[key]


def stream_rows(ws: Worksheet, first_row: int, rows: Callable[[], Iterable[Row]],
                heights: dict[int, float] | None = None) -> None:
    """Have `rows()` fill `ws` from `first_row` down when `save` writes the workbook; rows
    above `first_row` are openpyxl's (do not give streamed rows a row_dimensions entry:
    `heights` sets their heights)."""
    streams = ws.parent.__dict__.setdefault("_streamed", [])
    link = Styles(ws)("link", style="Hyperlink")
    streams.append(Streamed(ws, first_row, rows, link_style=link, heights=heights or {}))


def save(workbook: Workbook) -> bytes:
    """The workbook's bytes, streamed sheets filled in."""
    draft = BytesIO()
    workbook.__dict__["_saving"] = True
    workbook.save(draft)
    streams = {s.ws.path[1:]: s for s in workbook.__dict__.get("_streamed", [])}
    if not streams:
        return draft.getvalue()
    out = BytesIO()
    with zipfile.ZipFile(draft) as source, zipfile.ZipFile(
            out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
        names = source.namelist()
        for name in names:
            if name in streams:
                _write_sheet(target, name, source.read(name).decode("utf-8"), streams[name])
            elif _rels_of(name) not in streams:
                target.writestr(source.getinfo(name), source.read(name))
        for name, stream in streams.items():
            rels = _rels_path(name)
            old = source.read(rels).decode("utf-8") if rels in names else ""
            if stream.links or old:
                target.writestr(rels, _rels_xml(old, stream.links))
    return out.getvalue()


def _rels_path(sheet: str) -> str:
    folder, _, base = sheet.rpartition("/")
    return f"{folder}/_rels/{base}.rels"


def _rels_of(name: str) -> str:
    """The sheet a relationships part belongs to ("" for anything else)."""
    match = re.fullmatch(r"(.*)/_rels/([^/]+)\.rels", name)
    return f"{match.group(1)}/{match.group(2)}" if match else ""


def _write_sheet(target: zipfile.ZipFile, name: str, xml: str, stream: Streamed) -> None:
    head, tail = _split(xml)
    written = [int(r) for r in re.findall(r'<row r="([0-9]+)"', head)]
    if written and max(written) >= stream.first_row:  # two <row r="N">: a corrupt file
        raise ValueError(f"{stream.ws.title}: row {max(written)} written by openpyxl "
                         f"and streamed from row {stream.first_row}")
    # <dimension> is optional; openpyxl's would say "header only": drop it, stream the rows.
    head = re.sub(r'<dimension ref="[^"]*"\s*/>', "", head, count=1)
    with target.open(name, "w", force_zip64=True) as handle:
        handle.write(head.encode("utf-8"))
        chunk: list[str] = []
        for number, row in enumerate(stream.rows(), start=stream.first_row):
            chunk.append(_row_xml(number, row, stream))
            if len(chunk) >= CHUNK_ROWS:
                handle.write("".join(chunk).encode("utf-8"))
                chunk.clear()
        handle.write("".join(chunk).encode("utf-8"))
        handle.write(_with_links(tail, stream).encode("utf-8"))


def _split(xml: str) -> tuple[str, str]:
    """The sheet XML before and after the place where data rows go."""
    if "<sheetData/>" in xml:
        head, tail = xml.split("<sheetData/>", 1)
        return head + "<sheetData>", "</sheetData>" + tail
    head, tail = xml.split("</sheetData>", 1)
    return head, "</sheetData>" + tail


# Elements the schema orders after <hyperlinks>: the links go before the first present.
AFTER_LINKS = ("<printOptions", "<pageMargins", "<pageSetup", "<headerFooter", "<rowBreaks",
               "<colBreaks", "<customProperties", "<cellWatches", "<ignoredErrors",
               "<smartTags", "<drawing", "<legacyDrawing", "<picture", "<oleObjects",
               "<controls", "<webPublishItems", "<tableParts", "<extLst", "</worksheet>")


def _with_links(tail: str, stream: Streamed) -> str:
    if not stream.placed:
        return tail
    links = "".join(f'<hyperlink ref="{ref}" r:id="{rid}"/>' for ref, rid in stream.placed)
    if "</hyperlinks>" in tail:  # openpyxl wrote links of its own (header rows)
        return tail.replace("</hyperlinks>", links + "</hyperlinks>", 1)
    at = min(i for i in (tail.find(tag) for tag in AFTER_LINKS) if i >= 0)
    return f"{tail[:at]}<hyperlinks xmlns:r=\"{REL_NS}\">{links}</hyperlinks>{tail[at:]}"


def _rels_xml(old: str, links: dict[str, str]) -> str:
    new = "".join(f'<Relationship Id="{rid}" Type="{LINK_TYPE}" Target={quoteattr(url)} '
                  'TargetMode="External"/>' for url, rid in links.items())
    if old:
        return old.replace("</Relationships>", new + "</Relationships>")
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
            f'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{new}'
            "</Relationships>")


def _row_xml(number: int, row: Row, stream: Streamed) -> str:
    cells = []
    letters = _letters(len(row))
    for column, item in enumerate(row):
        if item is None or item[0] is None:
            continue
        value, style = item
        ref = f"{letters[column]}{number}"
        kind = type(value)
        # Fast paths for the cells of a census (~700,000 per 1,000 organisations): exact
        # str and float; _cell_xml writes the same for them, and everything else.
        if kind is str:
            cells.append(f'<c r="{ref}"{_style_attribute(style)} t="inlineStr"><is>'
                         f"{_text(value)}</is></c>")
            continue
        if kind is float:
            if math.isfinite(value):
                cells.append(f'<c r="{ref}"{_style_attribute(style)}><v>{value!r}</v></c>')
            continue
        if kind is Link:
            style = _link(value.url, ref, style, stream)
            value = value.url
        cells.append(_cell_xml(ref, value, style))
    height = stream.heights.get(number)
    tall = f' ht="{height}" customHeight="1"' if height else ""
    return f'<row r="{number}"{tall}>{"".join(cells)}</row>'


def _link(url: str, ref: str, style: int, stream: Streamed) -> int:
    if not (is_web_url(url) and len(url) <= MAX_LINK_CHARS):
        return style
    rid = stream.links.setdefault(url, f"rIdL{len(stream.links) + 1}")
    stream.placed.append((ref, rid))
    return stream.link_style


@lru_cache(maxsize=1024)
def _style_attribute(style: int) -> str:
    return f' s="{style}"' if style else ""


def _cell_xml(ref: str, value: Value, style: int) -> str:
    s = _style_attribute(style)
    if isinstance(value, str):
        return f'<c r="{ref}"{s} t="inlineStr"><is>{_text(value)}</is></c>'
    if isinstance(value, Formula):
        cached = value.cached
        if isinstance(cached, str):
            return (f'<c r="{ref}"{s} t="str"><f>{_escape(value.text)}</f>'
                    f"<v>{_escape(cached)}</v></c>")
        v = f"<v>{_number(cached)}</v>" if _number(cached) else ""
        return f'<c r="{ref}"{s}><f>{_escape(value.text)}</f>{v}</c>'
    if isinstance(value, date):
        return f'<c r="{ref}"{s}><v>{(value - EXCEL_EPOCH).days}</v></c>'
    number = _number(value)
    return f'<c r="{ref}"{s}><v>{number}</v></c>' if number else ""


@lru_cache(maxsize=1 << 16)  # names, titles, statuses and snippets repeat row after row
def _text(value: str) -> str:
    """An inline string element: inert (never a formula), escaped, spaces kept."""
    return f'<t xml:space="preserve">{_escape(inert_text(value))}</t>'


def _escape(text: str) -> str:
    # A raw carriage return would be read back as a line feed: write it as a reference.
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\r", "&#13;"))


def _number(value: Any) -> str:
    """The XML text of a finite number, "" for anything else (booleans included)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return ""
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else ""
    return str(value)


_LETTERS: list[str] = []


def _letters(count: int) -> list[str]:
    """Column letters A, B, … for at least `count` columns."""
    while len(_LETTERS) < count:
        _LETTERS.append(get_column_letter(len(_LETTERS) + 1))
    return _LETTERS
