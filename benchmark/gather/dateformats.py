"""How dates are written in pages: the patterns (month names of keywords.toml, numeric
and CJK forms) and the calendar date each match gives."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from benchmark.lexicon import load

MIN_YEAR = 1995  # no organisation website is older: earlier dates are history, not news
FUTURE_TOLERANCE_DAYS = 2  # time zones and scheduled posts, not events announced ahead
ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})")
YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)"
NUMERIC_END = r"(?![\d]|[/.-]\d)"
TWO_DIGIT_SLASHED = 4  # index in text_patterns of 'dd/mm/yy', read 'yy/mm/dd' on CJK pages
CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
TWO_DIGIT_PIVOT = 90  # '5/15/13' is 2013, '12/03/96' is 1996
SLASHED = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(?:\d{4}|\d{2})(?![\d/])")
# Before a numeric date: no digit, Latin letter or separator ('v1.2.2013'); CJK text runs
# straight into its dates ('更新2013/04/28').
NUMERIC_START = r"(?<![0-9A-Za-z_/.-])"


def plausible(day: date, crawl_date: date) -> bool:
    return day.year >= MIN_YEAR and day <= crawl_date + timedelta(days=FUTURE_TOLERANCE_DAYS)


def make_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_iso_date(value: str) -> date | None:
    """The date part of an ISO 8601 date or date-time, else None."""
    match = ISO_DATE.match(value or "")
    return make_date(*map(int, match.groups())) if match else None


def alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def text_patterns() -> tuple[re.Pattern[str], ...]:
    """Regexes for dates in text, built from the month names of keywords.toml."""
    data = load("keywords")
    month = rf"(?P<month>{alternation(list(data['months']))})(?!\w)\.?"
    day = rf"(?P<day>[0-3]?\d)(?:{alternation(data['dates']['day_suffixes'])})?"
    connector = rf"(?:(?:{alternation(data['dates']['connectors'])})\s+)?"
    return (
        re.compile(rf"(?<![\w/.-]){day}[\s-]*{connector}{month},?[\s-]+{connector}{YEAR}",
                   re.I),  # '12 mars 2013', '28-May-2013'

        re.compile(rf"(?<!\w){month}\s+{day},?\s+{YEAR}", re.I),
        re.compile(rf"{NUMERIC_START}(?P<day>[0-3]?\d)(?P<sep>[/.-])(?P<month>[0-3]?\d)(?P=sep)"
                   rf"(?P<year>(?:19|20)\d\d){NUMERIC_END}"),
        re.compile(rf"{NUMERIC_START}(?P<year>(?:19|20)\d\d)(?P<sep>[/.-])(?P<month>[01]?\d)"
                   rf"(?P=sep)(?P<day>[0-3]?\d){NUMERIC_END}"),
        # Two-digit years, US style included: '5/15/13', '(05/23/13)', '12.03.13' (not a
        # version number such as '1.2.13').
        re.compile(rf"{NUMERIC_START}(?P<day>[0-3]?\d)/(?P<month>[0-3]?\d)/(?P<year>\d\d)"
                   rf"{NUMERIC_END}"),
        re.compile(rf"{NUMERIC_START}(?P<day>[0-3]\d)\.(?P<month>[01]\d)\.(?P<year>\d\d)"
                   rf"{NUMERIC_END}"),
        # Chinese, Japanese and Korean: 2013年4月28日, 2013년 4월 28일.
        re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)\s*[年년]\s*(?P<month>[01]?\d)\s*[月월]\s*"
                   r"(?P<day>[0-3]?\d)\s*[日일]"),
    )


def date_of_match(match: re.Match[str], month_first: bool = False) -> date | None:
    year, day, month = int(match["year"]), int(match["day"]), match["month"]
    year += 0 if year >= 100 else 1900 if year > TWO_DIGIT_PIVOT else 2000
    if month.isdigit():
        # Day first (French, British); month first only when that is the sole reading, or
        # on a page that writes its dates the US way (see reads_month_first).
        if month_first and match.start("day") < match.start("month"):
            return make_date(year, day, int(month)) or make_date(year, int(month), day)
        return make_date(year, int(month), day) or make_date(year, day, int(month))
    number = load("keywords")["months"].get(month.lower().rstrip("."))
    return make_date(year, number, day) if number else None


def reads_month_first(text: str) -> bool:
    """Whether a page writes numeric dates month first (US): more of its slashed dates can
    only be read month first ('5/15/13') than only day first ('15/05/2013')."""
    us = europe = 0
    for first_number, second_number in SLASHED.findall(text):
        first_number, second_number = int(first_number), int(second_number)
        us += first_number <= 12 < second_number <= 31
        europe += second_number <= 12 < first_number <= 31
    return us > europe
