"""Date tokens of the bundled demo sites: `{{ days_ago(N, FORMAT) }}`, rendered at serving time.

The demo's news items and posts are dated relative to the crawl's "today" (benchmark.clock),
so their freshness and publishing-rate verdicts tell the same story whatever the day.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

FR_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre")
EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")
EN_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _french(day: date) -> str:
    return f"{'1er' if day.day == 1 else day.day} {FR_MONTHS[day.month - 1]} {day.year}"


# FORMAT -> how the day is written: the formats the demo pages use (README: date tokens).
FORMATS: dict[str, Callable[[date], str]] = {
    "iso": date.isoformat,  # 2026-11-05 (also <time datetime>, with a literal T09:30:00Z)
    "dmy": lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",  # 05/11/2026
    "fr": _french,  # 5 novembre 2026, 1er décembre 2026
    "en": lambda d: f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}",  # 5 November 2026
    "en-short": lambda d: f"{d.day} {EN_MONTHS[d.month - 1][:3]} {d.year}",  # 5 Nov 2026
    "en-us": lambda d: f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}",  # November 5, 2026
    "en-us-short": lambda d: f"{EN_MONTHS[d.month - 1][:3]} {d.day}, {d.year}",  # Nov 5, 2026
    "rfc822": lambda d: f"{EN_DAYS[d.weekday()]}, {d.day:02d} {EN_MONTHS[d.month - 1][:3]} "
                        f"{d.year}",  # Thu, 05 Nov 2026 (RSS pubDate, before its time)
}
TOKEN = re.compile(r"\{\{\s*days_ago\(\s*(\d+)\s*(?:,\s*([\w-]+)\s*)?\)\s*\}\}")
ANY_TOKEN = re.compile(r"\{\{.*?\}\}", re.S)


def render_dates(text: str, today: date) -> str:
    """The text with every date token written out; an unknown format or a malformed token
    is an error (a mistake in the bundled files, caught by the tests)."""

    def write(match: re.Match[str]) -> str:
        days, name = int(match[1]), match[2] or "iso"
        if name not in FORMATS:
            raise ValueError(f"{match[0]}: unknown date format {name!r} "
                             f"(known: {', '.join(FORMATS)})")
        return FORMATS[name](today - timedelta(days=days))

    rendered = TOKEN.sub(write, text)
    left = ANY_TOKEN.search(rendered)
    if left:
        raise ValueError(f"{left[0]}: not a date token (expected {{{{ days_ago(N, FORMAT) }}}})")
    return rendered
