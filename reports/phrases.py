"""The pipeline's English sentences (evidence, crawl reasons, formulas) in the reader's
language, from the pattern catalogue reports/i18n/phrases.toml; the run files keep English."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from reports import formats
from reports.labels import LABELS, label
from reports.labels_terms import http_text, net_error_text
from reports.phrases_accounts import (
    accounts_text,
    counts_text,
    dated_accounts_text,
    formula_text,
    state_text,
)

CATALOGUE = Path(__file__).parent / "i18n" / "phrases.toml"
PLACEHOLDER = re.compile(r"\{(\w+)(?::(\w+))?\}")
ISO_DAY = re.compile(r"\b\d{4}-\d\d-\d\d\b")
GROUPED = re.compile(r"\b\d{1,3}(?:,\d{3})+\b")
LEADING_WORD = re.compile(r"[A-Za-z0-9_:/.<>-]+ ")  # a pattern's literal first word


@dataclass(frozen=True)
class Phrase:
    """One catalogue entry: the English it recognises and its template per language."""

    pattern: re.Pattern[str]
    templates: dict[str, str]


@cache
def catalogue() -> dict[str, Any]:
    """The parsed phrase catalogue: [[section]] lists of phrases, and the [absent] table."""
    data = tomllib.loads(CATALOGUE.read_text(encoding="utf-8"))
    return {name: [Phrase(re.compile(entry["match"]),
                          {lang: entry[lang] for lang in LABELS if lang in entry})
                   for entry in entries] if isinstance(entries, list) else entries
            for name, entries in data.items()}


@cache
def _buckets(section: str) -> dict[str, list[tuple[int, Phrase]]]:
    """The phrases of `section` by the literal first word of their pattern ("" when the
    pattern starts with a group), so a text is matched against a handful, not all."""
    buckets: dict[str, list[tuple[int, Phrase]]] = {"": []}
    for index, phrase in enumerate(catalogue()[section]):
        word = LEADING_WORD.match(phrase.pattern.pattern)
        key = word.group(0)[:-1] if word and "\\" not in word.group(0) else ""
        buckets.setdefault(key, []).append((index, phrase))
    return buckets


def find(section: str, text: str) -> tuple[Phrase, re.Match[str]] | None:
    """The first phrase of `section` that matches the whole of `text`, with its match."""
    buckets = _buckets(section)
    candidates = sorted(buckets.get(text.split(" ", 1)[0], []) + buckets[""],
                        key=lambda item: item[0])
    for _, phrase in candidates:
        found = phrase.pattern.fullmatch(text)
        if found:
            return phrase, found
    return None


@lru_cache(maxsize=100_000)  # evidence repeats across a panel ("no frameset on 6 pages")
def translate(section: str, text: str, lang: str) -> str:
    """`text` said in `lang` by the first matching phrase of `section`; as written when no
    phrase matches or the phrase has no template for `lang` (English: the pipeline's own)."""
    found = find(section, text) if text else None
    if found is None:
        return text
    phrase, match = found
    template = phrase.templates.get(lang)
    if template is None:
        return text
    groups = match.groupdict()
    return PLACEHOLDER.sub(
        lambda m: _convert(m.group(2) or "", groups.get(m.group(1)) or "", lang), template)


def reason_text(reason: str, lang: str) -> str:
    """A crawl reason ("; "-separated parts, each a crawl reason or a page error)."""
    return "; ".join(_reason_part(part, lang) for part in reason.split("; ")) if reason else ""


def _reason_part(part: str, lang: str) -> str:
    said = translate("reasons", part, lang)
    return translate("errors", part, lang) if said == part else said


def _words(lang: str) -> dict[str, Any]:
    return LABELS[lang]


def _listed(values: str, group: str, lang: str) -> str:
    return ", ".join(label(_words(lang)[group], item.strip()) for item in values.split(","))


def _suffix(key: str, said: Callable[[str, str], str] = lambda value, lang: value
            ) -> Callable[[str, str], str]:
    """An optional trailing part ("; could not open: x"), said in `lang` when present."""
    return lambda value, lang: (_words(lang)["phrase_parts"][key].format(said(value, lang))
                                if value else "")


CONVERSIONS: dict[str, Callable[[str, str], str]] = {
    "num": formats.plain,
    "int": lambda value, lang: formats.integer(float(value), lang),
    "grouped": lambda value, lang: GROUPED.sub(
        lambda m: formats.integer(float(m.group(0).replace(",", "")), lang), value),
    "ms": lambda value, lang: formats.number(float(value) / 1000, lang),
    "percent": lambda value, lang: formats.percent(float(value) / 100, lang),
    "date": formats.long_date,
    "dates": lambda value, lang: ISO_DAY.sub(lambda m: formats.long_date(m.group(0), lang),
                                             value),
    "pages": lambda value, lang: _words(lang)["phrase_parts"][
        "page" if value == "1" else "pages"].format(value),
    "role": lambda value, lang: label(_words(lang)["roles"], value),
    "crawl": lambda value, lang: label(_words(lang)["crawl_status"], value),
    "kind": lambda value, lang: label(_words(lang)["kinds"], value),
    "kinds": lambda value, lang: _listed(value, "kinds", lang),
    "zone": lambda value, lang: label(_words(lang)["zones"], value),
    "dimension": lambda value, lang: label(_words(lang)["dimensions"], value),
    "absent": lambda value, lang: catalogue()["absent"].get(value, value)
    if lang == "fr" else value,
    "why": lambda value, lang: translate("why", value, lang),
    "reason": reason_text,
    "error": lambda value, lang: translate("errors", value, lang),
    "form": lambda value, lang: translate("form", value, lang),
    "formula": lambda value, lang: translate("formulas", value, lang),
    "net": lambda value, lang: net_error_text(value, _words(lang)),
    "http": lambda value, lang: http_text(value, _words(lang)),
    "languages": lambda value, lang: value.replace(
        "(lang attribute of ", _words(lang)["phrase_parts"]["lang_attribute"]),
    "impacts": lambda value, lang: re.sub(
        r"\b(critical|serious|moderate|minor)\b",
        lambda m: _words(lang)["phrase_parts"]["impacts"][m.group(0)], value).replace(
        " element(s)", _words(lang)["phrase_parts"]["elements"]),
    "seo": lambda value, lang: _listed(value, "seo_basics", lang),
    "cut": lambda value, lang: value,  # "fingerprint probe cut short (timeout: …)": technical
    "not_opened": _suffix("not_opened", accounts_text),
    "unknown": _suffix("unknown", accounts_text),
    "accounts": accounts_text,
    "counts": counts_text,
    "also": _suffix("also", dated_accounts_text),
    "footprint": lambda value, lang: translate("footprint", value, lang),
    "more": _suffix("next", lambda value, lang: translate("footprint", value, lang)),
    "left_out": _suffix("left_out"),
    "state": lambda value, lang: f" ({state_text(value, lang)})" if value else "",
    "account_formula": formula_text,
    "backlink": lambda value, lang: translate("backlink", value, lang),
    "listed_only": _suffix("listed_only"),
    "unchecked": _suffix("unchecked"),
}


def _convert(how: str, value: str, lang: str) -> str:
    if not how:
        return value
    try:
        return CONVERSIONS[how](value, lang)
    except ValueError:  # a number that is not one: show it as written
        return value
