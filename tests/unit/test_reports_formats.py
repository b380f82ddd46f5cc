"""Numbers, percentages and dates written per language (reports/formats.py)."""

from __future__ import annotations

from datetime import date

import pytest

from reports import formats

NNBSP = "\u202f"  # narrow no-break space: French thousands and the space before %


@pytest.mark.parametrize(("value", "lang", "text"), [
    (88.94, "en", "88.9"), (88.94, "fr", "88,9"),
    (55.55, "fr", "55,6"),  # half away from zero, like every output
    (100.0, "fr", "100,0"), (0.04, "fr", "0,0"), (None, "fr", "–"), (float("nan"), "en", "–"),
    (-2.25, "fr", "-2,3"),
])
def test_scores(value: float | None, lang: str, text: str) -> None:
    assert formats.score(value, lang) == text


@pytest.mark.parametrize(("value", "lang", "text"), [
    (64030, "en", "64,030"), (64030, "fr", f"64{NNBSP}030"), (999, "fr", "999"),
    (1_000_000, "fr", f"1{NNBSP}000{NNBSP}000"), (1234.5, "en", "1,235"),  # 1234.5 -> 1235
])
def test_integers_are_grouped(value: float, lang: str, text: str) -> None:
    assert formats.integer(value, lang) == text


@pytest.mark.parametrize(("written", "lang", "text"), [
    ("0.38", "fr", "0,38"), ("0.38", "en", "0.38"), ("12408", "fr", f"12{NNBSP}408"),
    ("2.50", "fr", "2,50"),  # the decimals written are kept
    ("-1.5", "fr", "-1,5"), ("v2", "fr", "v2"), ("1e5", "fr", "1e5"), ("nan", "fr", "nan"),
])
def test_plain_numbers_keep_their_decimals(written: str, lang: str, text: str) -> None:
    assert formats.plain(written, lang) == text


@pytest.mark.parametrize(("share", "lang", "decimals", "text"), [
    (0.9, "fr", 0, f"90{NNBSP}%"), (0.9, "en", 0, "90%"), (0.125, "fr", 1, f"12,5{NNBSP}%"),
    (0.03, "fr", 0, f"3{NNBSP}%"), (None, "fr", 0, "–"),
])
def test_percentages(share: float | None, lang: str, decimals: int, text: str) -> None:
    assert formats.percent(share, lang, decimals) == text


@pytest.mark.parametrize(("value", "lang", "text"), [
    ("2026-12-02", "fr", "2 décembre 2026"), ("2026-12-02", "en", "2 December 2026"),
    ("2026-11-21T22:40:00+00:00", "fr", "21 novembre 2026"),
    ("2026-08-01", "fr", "1er août 2026"), ("2026-08-01", "en", "1 August 2026"),
    (date(2026, 2, 3), "fr", "3 février 2026"), ("not a date", "fr", "not a date"),
])
def test_long_dates(value: str | date, lang: str, text: str) -> None:
    assert formats.long_date(value, lang) == text
