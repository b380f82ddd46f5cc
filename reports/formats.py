"""Numbers and dates written the reader's way: "88.9" and "2 December 2026" in English,
"88,9" and "2 décembre 2026" in French (Excel number cells keep their number formats)."""

from __future__ import annotations

import math
from datetime import date, datetime

from scoring.rounding import NO_NUMBER, number_text

NARROW_NBSP = "\u202f"  # French thousands separator and the space before "%"
MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
}
SEPARATORS = {"en": (".", ","), "fr": (",", NARROW_NBSP)}  # (decimal, thousands)


def number(value: float | None, lang: str, step: float = 0.1) -> str:
    """`value` rounded by the one rounding rule (half away from zero) to `step`, with the
    language's decimal mark and thousands separator; a dash when there is no number."""
    if value is None or not math.isfinite(float(value)):
        return NO_NUMBER
    return _localised(number_text(value, step), lang)


def score(value: float | None, lang: str) -> str:
    """A 0-100 score to one decimal: "81.3" / "81,3"."""
    return number(value, lang, 0.1)


def integer(value: float | None, lang: str) -> str:
    """A whole number with thousands grouped: "64,030" / "64 030" (narrow no-break space)."""
    return number(value, lang, 1)


def plain(text: str, lang: str) -> str:
    """A number already written in digits ("0.38", "12408") in the language's way; any other
    text unchanged."""
    try:
        value = float(text)
    except ValueError:
        return text
    if not math.isfinite(value) or text.strip() != text or "e" in text.lower():
        return text
    decimals = len(text.split(".", 1)[1]) if "." in text else 0
    return _localised(f"{value:.{decimals}f}", lang)


def percent(share: float | None, lang: str, decimals: int = 0) -> str:
    """A share in [0, 1] as a percentage: "90%" in English, "90 %" in French."""
    if share is None or not math.isfinite(float(share)):
        return NO_NUMBER
    digits = number(share * 100, lang, 10.0 ** -decimals)
    return f"{digits}{NARROW_NBSP}%" if lang == "fr" else f"{digits}%"


def long_date(value: str | date | datetime, lang: str) -> str:
    """"2 December 2026" / "2 décembre 2026" ("1er" on the first of a month in French) from a
    date or an ISO date or timestamp; text that is neither is returned as written."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip())
        except ValueError:
            return value
    day = value.date() if isinstance(value, datetime) else value
    months = MONTHS.get(lang, MONTHS["en"])
    first = "1er" if lang == "fr" and day.day == 1 else str(day.day)
    return f"{first} {months[day.month - 1]} {day.year}"


def _localised(text: str, lang: str) -> str:
    """Digits written with "." and no grouping, regrouped in the language's way."""
    decimal_mark, thousands = SEPARATORS.get(lang, SEPARATORS["en"])
    sign = "-" if text.startswith("-") else ""
    whole, _, fraction = text.lstrip("-").partition(".")
    groups = []
    while len(whole) > 3:
        whole, groups = whole[:-3], [whole[-3:], *groups]
    grouped = thousands.join([whole, *groups])
    return sign + grouped + (decimal_mark + fraction if fraction else "")
