"""The run's calendar: today's date and the current time, pinned by BENCHMARK_TODAY if set."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime

ENV_VAR = "BENCHMARK_TODAY"


def pinned_day() -> date | None:
    """The date BENCHMARK_TODAY pins (YYYY-MM-DD), or None when it is unset or empty."""
    value = os.environ.get(ENV_VAR, "").strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{ENV_VAR}={value!r}: expected a date such as 2027-01-31") from None


def now() -> datetime:
    """The current UTC time; on the pinned day, if any (the time of day keeps running)."""
    current = datetime.now(UTC)
    day = pinned_day()
    return current if day is None else datetime.combine(day, current.timetz())


def today() -> date:
    """The crawl's "today": what a crawl records as its date and the demo's dates count from."""
    return now().date()
