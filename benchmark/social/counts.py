"""Audience counts in English and French: 12,408 followers, 1.2K, 8 512 abonnés, 2,3 k."""

from __future__ import annotations

import re
from functools import cache

from benchmark.gather.dom import clean
from benchmark.lexicon import APOSTROPHES, load

# 12,408 / 8 512 / 1.234.567 (grouped thousands) or 1.2 / 2,3 / 512 (plain or decimal).
NUMBER = r"(?<![\d.,])(?P<number>\d{1,3}(?:[ \u00a0\u202f.,']\d{3})+|\d+(?:[.,]\d+)?)"
GROUPED = re.compile(r"\d{1,3}(?:[ \u00a0\u202f.,']\d{3})+")
CONTEXT_CHARS = 40


def alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def unit_pattern() -> str:
    units = alternation(list(load("keywords")["social"]["multipliers"]))
    return rf"(?:\s?(?P<unit>{units})(?!\w))?"


@cache
def count_pattern(kind: str) -> re.Pattern[str]:
    """A count followed by the wording of `kind` ('followers' or 'likes' in keywords.toml)."""
    wording = alternation(load("keywords")["social"][kind])
    return re.compile(rf"{NUMBER}{unit_pattern()}\s*(?:de\s+|d')?(?:{wording})(?!\w)", re.I)


@cache
def bare_count_pattern() -> re.Pattern[str]:
    """A count alone, as in <span data-metric="followers">12,4 k</span>."""
    return re.compile(rf"{NUMBER}{unit_pattern()}", re.I)


def to_int(number: str, unit: str | None) -> int | None:
    """12,408 -> 12408; 1.2 + K -> 1200; 2,3 + k -> 2300; 8 512 -> 8512."""
    multiplier = load("keywords")["social"]["multipliers"].get((unit or "").lower(), 1)
    if GROUPED.fullmatch(number) and multiplier == 1:
        return int(re.sub(r"\D", "", number))
    try:
        value = float(re.sub(r"[ \u00a0\u202f']", "", number).replace(",", "."))
    except ValueError:
        return None
    return round(value * multiplier)


def find_count(text: str, kind: str) -> tuple[int, str] | None:
    """The first count of `kind` in `text`, with the words around it as evidence."""
    text = text.translate(APOSTROPHES)
    match = count_pattern(kind).search(text)
    if match is None:
        return None
    value = to_int(match["number"], match["unit"])
    if value is None:
        return None
    start = max(0, match.start() - CONTEXT_CHARS)
    return value, clean(text[start: match.end() + CONTEXT_CHARS])


def bare_count(text: str) -> int | None:
    """The count at the start of a short text such as '12,4 k' or '3.4M', else None."""
    match = bare_count_pattern().search(text[:60])
    return to_int(match["number"], match["unit"]) if match else None
