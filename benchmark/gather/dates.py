"""Dated items of a page: <time>, JSON-LD, meta tags, and dates written in text (fr, en...)."""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date, timedelta
from functools import cache
from typing import Any, NamedTuple

import lxml.html

from benchmark.gather.dom import clean, opening_tag, text_of
from benchmark.gather.text import headings_before, page_landmarks, visible_pieces
from benchmark.lexicon import find, load, normalise

MIN_YEAR = 1995  # no organisation website is older: earlier dates are history, not news
FUTURE_TOLERANCE_DAYS = 2  # time zones and scheduled posts, not events announced ahead
MAX_DATES = 100
CONTEXT_CHARS = 60
UPDATE_WORDS_CHARS = 30  # 'Mis à jour le' just before a date: a revision, not an item
MAX_LEAD_WORDS = 4  # 'Publié le mardi 12 mars 2013': words allowed before an item's date
MAX_EVENT_HEADING_WORDS = 3  # 'Agenda', 'Prochains événements'; not 'Agenda 2030 : les ODD'
MODIFIED_MARKERS = ("updated", "modified")  # <time class="updated">, itemprop=dateModified
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


@cache
def lead_words() -> frozenset[str]:
    return frozenset(w for phrase in load("keywords")["dates"]["lead_words"]
                     for w in normalise(phrase).split())


def leads(line_start: str) -> bool:
    """Whether the text before a date on its line is only publication words ('Publié le',
    'Posted on', a weekday): the date then dates an item; otherwise the date is mentioned."""
    words = normalise(line_start).split()
    return len(words) <= MAX_LEAD_WORDS and all(word in lead_words() for word in words)


class WrittenDate(NamedTuple):
    """A date written in text: the day, the text around it, whether it starts its line
    (see `leads`) and where it starts in the text."""

    day: date
    snippet: str
    leads: bool
    position: int


def text_dates(text: str) -> list[WrittenDate]:
    """The dates written in `text`, whose lines are the page's text nodes. Revision dates
    ('Mis à jour le 14/11/2026', 'Last updated March 3, 2026') are left out."""
    found: list[WrittenDate] = []
    for pattern in text_patterns():
        for match in pattern.finditer(text):
            day = date_of_match(match)
            line_start = text[text.rfind("\n", 0, match.start()) + 1: match.start()]
            revised = find("dates.update_words", line_start[-UPDATE_WORDS_CHARS:])
            if day is not None and not revised:
                start = max(0, match.start() - CONTEXT_CHARS)
                before = text[start: match.start()]
                if start > 0 and " " in before:  # do not start the snippet mid-word
                    before = before.split(" ", 1)[1]
                after = text[match.start(): match.end() + CONTEXT_CHARS]
                found.append(WrittenDate(day, clean(before + after), leads(line_start),
                                         match.start()))
    return found


def is_event_heading(heading: str) -> bool:
    """A short heading announcing events ('Agenda', 'Upcoming events'): dates under it are
    the days of events, not of published items."""
    return (len(normalise(heading).split()) <= MAX_EVENT_HEADING_WORDS
            and find("dates.event_headings", heading) is not None)


def is_revision(element: lxml.html.HtmlElement) -> bool:
    """A <time> giving when an item was modified: itemprop=dateModified, or a `time.updated`
    printed next to another <time> (WordPress's `time.published`). A lone `time.updated` is
    the item's date (hAtom themes mark every date `updated`)."""
    if element.get("itemprop", "").lower() == "datemodified":
        return True
    marks = element.get("class", "").lower()
    if "published" in marks or not any(marker in marks for marker in MODIFIED_MARKERS):
        return False
    parent = element.getparent()
    return parent is not None and sum(1 for _ in parent.iter("time")) > 1


def time_dates(doc: lxml.html.HtmlElement, skipped: set[lxml.html.HtmlElement] | None = None
               ) -> list[tuple[date, str, lxml.html.HtmlElement]]:
    """(date, snippet, element) of every <time> (not in `skipped`, not a revision date): its
    datetime attribute, else its text."""
    found: list[tuple[date, str, lxml.html.HtmlElement]] = []
    for element in doc.iter("time"):
        if element in (skipped or ()) or is_revision(element):
            continue
        day = parse_iso_date(element.get("datetime", ""))
        if day is None:
            day = next((found.day for found in text_dates(element.text_content()[:200])),
                       None)
        if day is not None:
            parent = element.getparent()
            context = text_of(parent if parent is not None else element, 120)
            found.append((day, clean(f"{opening_tag(element, 70)} {context}"), element))
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


def extract_dates(doc: lxml.html.HtmlElement, nodes: list[dict[str, Any]],
                  crawl_date: date) -> list[dict[str, Any]]:
    """Plausible dated items, newest first, one per date and source with the number of
    items of that date and source (`count`). Written dates are `text` when they start a
    line of text (after publication words at most), else `mention` (running text). Dates
    under an 'Agenda' or 'Events' heading are `event`. Dates in the page's header,
    navigation and footer (today's date, 'site updated on') and revision dates are left out."""
    skipped = page_landmarks(doc)
    for element in doc.iter("time"):
        if is_revision(element):
            skipped.update(element.iter())
    sections = headings_before(doc, "time")
    items = [(d, "event" if is_event_heading(sections.get(e, "")) else "time", s)
             for d, s, e in time_dates(doc, skipped)]
    items += structured_dates(doc, nodes)
    lines, starts, headings, offset = [], [], [], 0
    for piece, heading in visible_pieces(doc, skipped):
        line = " ".join(piece.split())
        if line:
            lines.append(line)
            starts.append(offset)
            headings.append(heading)
            offset += len(line) + 1
    for found in text_dates("\n".join(lines)):
        heading = headings[bisect_right(starts, found.position) - 1]
        source = ("event" if is_event_heading(heading) else "text" if found.leads
                  else "mention")
        items.append((found.day, source, found.snippet))
    kept: dict[tuple[date, str], list[Any]] = {}
    for day, source, snippet in items:
        if plausible(day, crawl_date):
            kept.setdefault((day, source), [snippet, 0])[1] += 1
    newest = sorted(kept.items(), key=lambda item: item[0][0], reverse=True)[:MAX_DATES]
    return [{"date": day.isoformat(), "source": source, "snippet": snippet, "count": count}
            for (day, source), (snippet, count) in newest]
