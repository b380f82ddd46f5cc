"""Header names of the targets file: case-, accent- and space-insensitive, with aliases."""

from __future__ import annotations

import re
import unicodedata

from benchmark.model import PLATFORMS

REQUIRED_COLUMNS = ("id", "name", "kind", "website")
OPTIONAL_COLUMNS = ("sector", "country", "parent", "role")
KNOWN_COLUMNS = (*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS, *PLATFORMS)

# Keys are folded (see `fold`): what French (and English) spreadsheets call the columns.
COLUMN_ALIASES = {
    "identifiant": "id", "nom": "name", "type": "kind", "secteur": "sector",
    "secteur d activite": "sector", "pays": "country",
    "site": "website", "site web": "website", "site internet": "website",
    "web site": "website", "url": "website",
    "organisation parente": "parent", "rattachement": "parent", "fonction": "role",
    "twitter": "x", "x twitter": "x", "twitter x": "x",
    "google": "googleplus", "google plus": "googleplus",
}


def fold(text: str) -> str:
    """Lowercase ascii words separated by one space: 'Site Web ', 'site_web' -> 'site web'."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.split(r"[^0-9a-z]+", ascii_text.casefold())).strip()


def canonical(name: str) -> str | None:
    """The column a header cell means, or None when it is not a known column."""
    folded = fold(name)
    column = COLUMN_ALIASES.get(folded, folded)
    return column if column in KNOWN_COLUMNS else None


def map_header(cells: list[str]) -> tuple[list[str | None], list[str], str | None]:
    """(column per cell, header cells ignored, why the header is unusable or None)."""
    columns: list[str | None] = []
    ignored: list[str] = []
    first: dict[str, str] = {}
    for cell in cells:
        column = canonical(cell)
        if column is None:
            if cell.strip():
                ignored.append(cell.strip())
        elif column in first:
            return columns, ignored, (f"columns {first[column]!r} and {cell.strip()!r} "
                                      f"both mean {column!r}; keep one")
        else:
            first[column] = cell.strip()
        columns.append(column)
    return columns, ignored, None


def recognised(cells: list[str]) -> int:
    """How many header cells name a known column (to choose between delimiters)."""
    return sum(canonical(cell) is not None for cell in cells)
