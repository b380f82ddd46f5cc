"""Keyword and vendor data files (benchmark/data/*.toml) and accent-blind phrase matching."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from functools import cache, lru_cache
from importlib.resources import files
from typing import Any

APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})
SEPARATORS = re.compile(r"(?:[^\w']|_)+")
NEVER = re.compile(r"(?!)")
KANA_MARKS = "\u3099\u309a"
# Chinese, Japanese and Korean are written without spaces: their phrases match anywhere.
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed data file benchmark/data/<name>.toml (shipped as package data)."""
    resource = files("benchmark").joinpath("data").joinpath(f"{name}.toml")
    return tomllib.loads(resource.read_text(encoding="utf-8"))


def fold(text: str) -> str:
    """Lowercase `text` without accents and with a single kind of apostrophe."""
    decomposed = unicodedata.normalize("NFKD", text.translate(APOSTROPHES))
    kept = "".join(c for c in decomposed if not unicodedata.combining(c) or c in KANA_MARKS)
    # Kana voicing marks are part of the letter, not accents: 'ログイン' stays 'ログイン'.
    return (unicodedata.normalize("NFC", kept) if KANA_MARKS[0] in kept or KANA_MARKS[1] in kept
            else kept).lower()


@lru_cache(maxsize=65_536)  # the same link texts and URL parts are asked about by many criteria
def normalise(text: str) -> str:
    """Folded `text` where punctuation, hyphens, slashes and underscores become single spaces."""
    return SEPARATORS.sub(" ", fold(text)).strip()


def words(key: str, *, for_urls: bool = False) -> tuple[str, ...]:
    """The phrases at dotted `key` of keywords.toml; a table's `slugs` when `for_urls`."""
    node: Any = load("keywords")
    for part in key.split("."):
        node = node[part]
    if isinstance(node, dict):
        node = node.get("slugs", node["words"]) if for_urls else node["words"]
    return tuple(node)


def vendor_entries(section: str, field: str = "hosts") -> tuple[str, ...]:
    """Entries of vendors.toml, e.g. ("live_chat", "hosts")."""
    return tuple(load("vendors")[section][field])


@cache
def phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One regex finding any of `phrases` as whole words in normalised text."""
    alternatives = sorted({normalise(p) for p in phrases} - {""}, key=len, reverse=True)
    if not alternatives:
        return NEVER
    spaced = [re.escape(a) for a in alternatives if not CJK.search(a)]
    unspaced = [re.escape(a) for a in alternatives if CJK.search(a)]
    parts = [r"(?<!\w)(?:" + "|".join(spaced) + r")(?!\w)"] if spaced else []
    return re.compile("|".join(parts + unspaced))


def find(key: str, text: str, *, for_urls: bool = False) -> str | None:
    """The first phrase of keyword list `key` found in `text` (whole words), else None."""
    if not text:
        return None
    match = phrase_pattern(words(key, for_urls=for_urls)).search(normalise(text))
    return match.group(0) if match else None

