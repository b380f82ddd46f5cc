"""Keyword sets kept as data (benchmark/data/keywords.toml), loaded once."""

from __future__ import annotations

import tomllib
import unicodedata
from functools import cache
from importlib import resources
from typing import Any


def fold(text: str) -> str:
    """Lowercase without accents, so 'Actualités' matches 'actualites'."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip()


@cache
def keywords() -> dict[str, Any]:
    return tomllib.loads(resources.files("benchmark").joinpath("data/keywords.toml")
                         .read_text(encoding="utf-8"))


@cache
def section_keywords() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Section role -> (folded words for link text, folded slugs for URL paths)."""
    roles = {}
    for role, table in keywords()["sections"].items():
        words = tuple(fold(w) for w in table["words"])
        roles[role] = (words, tuple(fold(s) for s in table.get("slugs", table["words"])))
    return roles
