"""Dated items of a page: <time>, JSON-LD, meta tags, and dates written in text (fr, en...)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache
from typing import Any

import lxml.html

from benchmark.gather.dom import clean, opening_tag, text_of
from benchmark.lexicon import load

MIN_YEAR = 1995  # no organisation website is older: earlier dates are history, not news
FUTURE_TOLERANCE_DAYS = 2  # time zones and scheduled posts, not events announced ahead
MAX_DATES = 100
CONTEXT_CHARS = 60
ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})")
JSONLD_DATE_KEYS = ("datePublished", "uploadDate")
META_DATE_NAMES = ("article:published_time", "datepublished", "dc.date.issued", "pubdate")
YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)"
NUMERIC_END = r"(?![\d]|[/.-]\d)"


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
        re.compile(rf"(?<![\w/.-]){day}\s*{connector}{month},?\s+{connector}{YEAR}", re.I),
        re.compile(rf"(?<!\w){month}\s+{day},?\s+{YEAR}", re.I),
        re.compile(rf"(?<![\w/.-])(?P<day>[0-3]?\d)(?P<sep>[/.-])(?P<month>[0-3]?\d)(?P=sep)"
                   rf"(?P<year>(?:19|20)\d\d){NUMERIC_END}"),
        re.compile(rf"(?<![\w/.-])(?P<year>(?:19|20)\d\d)(?P<sep>[/.-])(?P<month>[01]?\d)"
                   rf"(?P=sep)(?P<day>[0-3]?\d){NUMERIC_END}"),
    )


def date_of_match(match: re.Match[str]) -> date | None:
    year, day, month = int(match["year"]), int(match["day"]), match["month"]
    if month.isdigit():
        # Day first (French, British); month first only when that is the sole reading.
        return make_date(year, int(month), day) or make_date(year, day, int(month))
    number = load("keywords")["months"].get(month.lower().rstrip("."))
    return make_date(year, number, day) if number else None


def text_dates(text: str) -> list[tuple[date, str]]:
    """(date, surrounding text) for each date written in `text`."""
    found: list[tuple[date, str]] = []
    for pattern in text_patterns():
        for match in pattern.finditer(text):
            day = date_of_match(match)
            if day is not None:
                start = max(0, match.start() - CONTEXT_CHARS)
                before = text[start: match.start()]
                if start > 0 and " " in before:  # do not start the snippet mid-word
                    before = before.split(" ", 1)[1]
                after = text[match.start(): match.end() + CONTEXT_CHARS]
                found.append((day, clean(before + after)))
    return found


def time_dates(doc: lxml.html.HtmlElement) -> list[tuple[date, str]]:
    """(date, snippet) of every <time>: its datetime attribute, else its text."""
    found: list[tuple[date, str]] = []
    for element in doc.iter("time"):
        day = parse_iso_date(element.get("datetime", ""))
        if day is None:
            day = next((d for d, _ in text_dates(element.text_content()[:200])), None)
        if day is not None:
            parent = element.getparent()
            context = text_of(parent if parent is not None else element, 120)
            found.append((day, clean(f"{opening_tag(element, 70)} {context}")))
    return found


def structured_dates(doc: lxml.html.HtmlElement,
                     nodes: list[dict[str, Any]]) -> list[tuple[date, str, str]]:
    """(date, source, snippet) from JSON-LD publication dates and publication meta tags."""
    found = [(day, "jsonld", f"{key}: {node[key]}"[:200])
             for node in nodes for key in JSONLD_DATE_KEYS
             if isinstance(node.get(key), str) and (day := parse_iso_date(node[key]))]
    for element in doc.xpath("//meta[@content] | //*[@itemprop='datePublished']"):
        name = (element.get("property") or element.get("name") or element.get("itemprop") or "")
        value = element.get("content") or element.get("datetime") or element.text_content()
        if name.lower() in META_DATE_NAMES and (day := parse_iso_date(value[:100])):
            found.append((day, "meta", opening_tag(element)))
    return found


def extract_dates(doc: lxml.html.HtmlElement, text: str, nodes: list[dict[str, Any]],
                  crawl_date: date) -> list[dict[str, str]]:
    """Plausible dated items, newest first, one per date and source."""
    items = [(d, "time", s) for d, s in time_dates(doc)]
    items += structured_dates(doc, nodes)
    items += [(d, "text", s) for d, s in text_dates(text)]
    kept: dict[tuple[date, str], str] = {}
    for day, source, snippet in items:
        if plausible(day, crawl_date):
            kept.setdefault((day, source), snippet)
    newest = sorted(kept.items(), key=lambda item: item[0][0], reverse=True)[:MAX_DATES]
    return [{"date": day.isoformat(), "source": source, "snippet": snippet}
            for (day, source), snippet in newest]
