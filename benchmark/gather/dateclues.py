"""Clues around a page's dates: year-less item dates, the page's time zone, comment blocks."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime, timedelta
from functools import cache

import lxml.html

from benchmark.lexicon import find, load

FUTURE_TOLERANCE_DAYS = 2  # as dates.plausible
PRECEDING_CHARS = 30  # 'Updated:' just before a <time>
MAX_EVENT_LEAD_WORDS = 7  # 'Event on Thursday,' before a date, or 'Event' on the line before
TWO_DIGIT_PIVOT = 90  # as dates.TWO_DIGIT_PIVOT
WRAP_DAYS = 183  # a year-less date more than this ahead is last year's ('Dec 28' in January)
# A time of day right after a date ('May 23, 6:00 PM', '2019年04月28日 08時00分', '12 mars
# 2013 à 14h30'): the date stamps an item.
TIME_OF_DAY = re.compile(r"^[\s,|·•–—-]*(?:(?:at|à|a|um|alle|om)\s+)?"
                         r"[0-2]?\d(?:[:h.][0-5]\d|時[0-5]?\d分)(?::[0-5]\d)?\s*(?:[ap]\.?m\.?)?"
                         r"(?![\w:.])", re.I)
# What may follow a year-less date that is an item's stamp: a time, a zone, 'by' (the author
# on the next line), separators. Nothing else: 'May 21 the board met' is running text.
YEARLESS_TAIL = re.compile(r"^[\s,|·•–—-]*(?:(?:at|à|um|om)\s+)?(?:[0-2]?\d(?:[:h.][0-5]\d\s*"
                           r"(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)(?:\s+[A-Z]{2,4}\b)?)?[\s,|·•–—-]*"
                           r"(?:by|par|von|door)?\s*$", re.I)
CLOCK = re.compile(r"(?<!\d)([0-2]?\d)(?::|時)([0-5]\d)(?:分)?\s*([ap])?\.?m?\.?", re.I)
UTC_STAMP = re.compile(r"T(\d\d):(\d\d)(?::\d\d(?:\.\d+)?)?(?:Z|[+-]00:?00)$", re.I)
# Containers of readers' comments (WordPress and most CMSs): their dates are not items.
COMMENT_MARKS = frozenset(("comment", "comments", "commentlist", "comment-list", "comment-body",
                           "comment-meta", "comment-metadata", "comment-content",
                           "comments-area", "comment-author", "comments-list"))


@cache
def yearless_pattern() -> re.Pattern[str]:
    """'May 23', '28 février', '3rd of March' not followed by a year."""
    data = load("keywords")
    months = "|".join(re.escape(m) for m in sorted(data["months"], key=len, reverse=True))
    suffixes = "|".join(re.escape(s) for s in data["dates"]["day_suffixes"])
    day = rf"[0-3]?\d(?:{suffixes})?"
    month = rf"(?:{months})(?!\w)\.?"
    return re.compile(rf"(?<![\w/.-])(?:(?P<day1>{day})\s*(?:(?:de|di|of)\s+)?(?P<month1>{month})"
                      rf"|(?P<month2>{month})\s+(?P<day2>{day})(?![\d\w]))", re.I)


def stamped(line_end: str) -> bool:
    """Whether a time of day follows the date on its line."""
    return TIME_OF_DAY.match(line_end) is not None


def resolve_year(month: int, day: int, crawl_date: date) -> date | None:
    """A year-less date as a reader on the crawl date reads it: this year; last year's when
    this year's lies more than half a year ahead; None when it lies just ahead (an event)."""
    try:
        found = date(crawl_date.year, month, day)
    except ValueError:
        return None
    ahead = (found - crawl_date).days
    if ahead <= FUTURE_TOLERANCE_DAYS:
        return found
    if ahead < WRAP_DAYS:  # 'June 13' read on May 31: an event to come, not a post
        return None
    try:
        return date(crawl_date.year - 1, month, day)  # 'Dec 28' read on January 3
    except ValueError:
        return None


def yearless_dates(line: str, crawl_date: date) -> list[tuple[date, int, int]]:
    """(date, start, end) of year-less dates standing as a line's stamp ('May 23, 6:00 PM
    by'): nothing after them but a time, a zone or a byline word. The caller decides
    whether the words before them lead (dates.leads)."""
    found = []
    months = load("keywords")["months"]
    for match in yearless_pattern().finditer(line):
        if not YEARLESS_TAIL.match(line[match.end():]):
            continue
        name = (match["month1"] or match["month2"]).lower().rstrip(".")
        number = int(re.match(r"\d+", match["day1"] or match["day2"]).group())
        if months.get(name) and 1 <= number <= 31 and \
                (day := resolve_year(months[name], number, crawl_date)):
            found.append((day, match.start(), match.end()))
    return found


def utc_offset(doc: lxml.html.HtmlElement) -> timedelta | None:
    """The page's own time zone, read from <time> elements whose datetime is in UTC and
    whose text shows the clock time a reader sees ('12:31Z' shown as '21:31': +9 h)."""
    offsets: Counter[int] = Counter()
    for element in doc.iter("time"):
        stamp = UTC_STAMP.search(element.get("datetime", "").strip())
        shown = CLOCK.search(element.text_content()[:100]) if stamp else None
        if shown is None:
            continue
        hour = int(shown[1]) % 12 + (12 if (shown[3] or "").lower() == "p" else 0) \
            if shown[3] else int(shown[1])
        minutes = (hour * 60 + int(shown[2])) - (int(stamp[1]) * 60 + int(stamp[2]))
        minutes = (minutes + 12 * 60) % (24 * 60) - 12 * 60  # -12 h .. +12 h
        if minutes % 15 == 0:
            offsets[minutes] += 1
    return timedelta(minutes=offsets.most_common(1)[0][0]) if offsets else None


def local_date(value: str, offset: timedelta | None) -> date | None:
    """The day a UTC datetime falls on in the page's zone (None: not a UTC datetime)."""
    if offset is None or not offset or not UTC_STAMP.search(value.strip()):
        return None
    try:
        moment = datetime.fromisoformat(value.strip()[:19])
    except ValueError:
        return None
    return (moment + offset).date()


def comment_blocks(doc: lxml.html.HtmlElement) -> set[lxml.html.HtmlElement]:
    """Every element inside a block of readers' comments (class or id 'comment-body'...)."""
    inside: set[lxml.html.HtmlElement] = set()
    for element in doc.xpath("//*[contains(@class, 'omment') or contains(@id, 'omment')]"):
        if element in inside:
            continue
        marks = f"{element.get('class', '')} {element.get('id', '')}".lower().split()
        if not COMMENT_MARKS.isdisjoint(marks):
            inside.update(element.iter())
    return inside


def preceding_text(element: lxml.html.HtmlElement, levels: int = 3) -> str:
    """The end of the text just before an element ('Updated:' in a sibling's label)."""
    node = element
    for _ in range(levels):
        before, parent = node.getprevious(), node.getparent()
        if before is not None:  # a comment node has no text content, only a tail
            text = (before.text_content() if isinstance(before.tag, str) else "") \
                + (before.tail or "")
        else:
            text = parent.text or "" if parent is not None else ""
        if text.strip() or parent is None:
            return text[-PRECEDING_CHARS:]
        node = parent
    return ""


def is_event_lead(line_start: str, previous_line: str) -> bool:
    """'Event on Thursday, May 30, 2013', or 'Event' alone on the line before the date."""
    return any(len(lead.split()) <= MAX_EVENT_LEAD_WORDS
               and find("dates.event_words", lead) is not None
               for lead in (line_start, previous_line))


def year_first_date(match: re.Match[str]) -> date | None:
    """'13/03/27' read year first, as Chinese, Japanese and Korean pages write it."""
    year = int(match["day"])
    year += 1900 if year > TWO_DIGIT_PIVOT else 2000
    try:
        return date(year, int(match["month"]), int(match["year"]))
    except ValueError:
        return None
