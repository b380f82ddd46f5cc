"""Dated items of a page: <time>, JSON-LD, meta tags, and dates written in text (fr, en...)."""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date
from functools import cache
from typing import Any, NamedTuple

import lxml.html

from benchmark.gather.dateclues import (
    comment_blocks,
    is_event_lead,
    local_date,
    preceding_text,
    stamped,
    utc_offset,
    year_first_date,
    yearless_dates,
)
from benchmark.gather.dateformats import (
    CJK,
    TWO_DIGIT_SLASHED,
    date_of_match,
    parse_iso_date,
    plausible,
    reads_month_first,
    text_patterns,
)
from benchmark.gather.dom import clean, opening_tag, text_of
from benchmark.gather.text import headings_before, page_landmarks, visible_pieces
from benchmark.lexicon import find, load, normalise

MAX_DATES = 100
CONTEXT_CHARS = 60
UPDATE_WORDS_CHARS = 30  # 'Mis à jour le' just before a date: a revision, not an item
MAX_LEAD_WORDS = 4  # 'Publié le mardi 12 mars 2013': words allowed before an item's date
MIN_LIST_ITEMS = 2  # dated links of one list in a footer: a 'Recent posts' widget
EVENT_LABEL_LINES = 10  # lines after a label 'Agenda' (no heading tag) holding its events
MAX_EVENT_HEADING_WORDS = 3  # 'Agenda', 'Prochains événements'; not 'Agenda 2030 : les ODD'
# schema.org properties of a <time> that date an offer's validity (a sale's end) or an
# event's days, not a published item.
VALIDITY_PROPS = frozenset(("pricevaliduntil", "validthrough", "validfrom", "expires",
                            "availabilitystarts", "availabilityends"))
EVENT_PROPS = frozenset(("startdate", "enddate", "doortime"))
MODIFIED_MARKERS = ("updated", "modified")  # <time class="updated">, itemprop=dateModified
JSONLD_DATE_KEYS = ("datePublished", "uploadDate")
META_DATE_NAMES = ("article:published_time", "datepublished", "dc.date.issued", "pubdate")
YEARISH = re.compile(r"\d\d(?!\d)")  # cheap test before reading a list item's dates
YEARISH_DAY = re.compile(r"\d")  # cheap test before looking for a year-less date
SEPARATORS = "|·•/"  # fields of an item's byline: 'Blog entry by Jane | 28 April, 2017'
BYLINE_ENDS = ",:–—-"  # 'By Jane Doe, March 3, 2013' (after a byline word only)
MAX_BYLINE_WORDS = 8
TITLE_SEPARATORS = "-–—|·•(["  # 'Title - 02.12.2015' closing its line
MAX_TITLE_WORDS = 15
MAX_BRACKETED_TITLE_WORDS = 40  # 'Long headline of a release [5/15/13]'
RANGE_START = re.compile(r"\d\.?\s*[-–—]$")  # '15.6.- 30.10.2013', '12 - 15 mars 2013'
# 'PARIS (AFP) – ', 'WHITEHOUSE STATION, N.J., ': a place of up to three names.
DATELINE = re.compile(r"^\s*((?:[^\W\d_][\w'.’-]*\s*){1,3}(?:,\s*(?:[^\W\d_][\w'.’-]*\s*){1,3})"
                      r"{0,2})(?:\([^)]{1,20}\)\s*)?[,–—-]\s*$")


@cache
def lead_words() -> frozenset[str]:
    return frozenset(w for phrase in load("keywords")["dates"]["lead_words"]
                     for w in normalise(phrase).split())


@cache
def byline_words() -> frozenset[str]:
    return frozenset(normalise(word) for word in load("keywords")["dates"]["byline_words"])


def is_byline(line_start: str) -> bool:
    """A short byline or list of fields before the date: 'Blog entry by Jane Doe | ',
    'News · ', 'By J. Smith, '."""
    stripped = line_start.rstrip()
    if not stripped or stripped[-1] not in SEPARATORS + BYLINE_ENDS:
        return False
    words = normalise(stripped[:-1]).split()
    if not words or len(words) > MAX_BYLINE_WORDS:
        return False
    return stripped[-1] in SEPARATORS or not byline_words().isdisjoint(words)


def is_dateline(line_start: str) -> bool:
    """A place opening a press release or a letter: 'Berlin, ', 'PARIS (AFP) – ',
    'MORGANTOWN WV '."""
    match = DATELINE.match(line_start)
    if match is not None and all(word[0].isupper() for word in match.group(1).replace(",", " ")
                                 .split()):
        return True
    words = line_start.split()
    return 0 < len(words) <= 3 and all(w.isupper() and w.isalpha() and len(w) > 1 for w in words)


def ends_title(line_start: str, line_end: str) -> bool:
    """A date closing a short title after a separator: 'Regulamin ROD - 02.12.2015',
    'Annual meeting (12 March 2013)'; not the end of a period ('15.6.- 30.10.2013')."""
    stripped = line_start.rstrip()
    closed = stripped[-1:] in "([" and line_end.strip()[:1] in ")]"  # '[5/15/13]'
    return (not line_end.strip(" )]") and stripped[-1:] in TITLE_SEPARATORS
            and not RANGE_START.search(stripped)
            and 0 < len(normalise(stripped).split())
            <= (MAX_BRACKETED_TITLE_WORDS if closed else MAX_TITLE_WORDS))


def leads(line_start: str) -> bool:
    """Whether the text before a date on its line is only publication words ('Publié le',
    'Posted on', a weekday), a byline or a place: the date then dates an item; otherwise
    the date is mentioned in running text."""
    words = normalise(line_start).split()
    if len(words) <= MAX_LEAD_WORDS and all(word in lead_words() for word in words):
        return True
    if len(words) <= MAX_LEAD_WORDS + 2 and find("dates.lead_phrases", line_start):
        return True
    return is_byline(line_start) or is_dateline(line_start)


class WrittenDate(NamedTuple):
    """A date written in text: the day, the text around it, whether it starts its line
    (see `leads`) and where it starts in the text."""

    day: date
    snippet: str
    leads: bool
    position: int


def text_dates(text: str, month_first: bool = False) -> list[WrittenDate]:
    """The dates written in `text`, whose lines are the page's text nodes. Revision dates
    ('Mis à jour le 14/11/2026', 'Last updated March 3, 2026') and today's date in a banner
    ('Today is Monday, May 13, 2013') are left out."""
    found: list[WrittenDate] = []
    year_first = CJK.search(text) is not None
    for number, pattern in enumerate(text_patterns()):
        for match in pattern.finditer(text):
            day = (year_first_date(match) if year_first and number == TWO_DIGIT_SLASHED
                   else None) or date_of_match(match, month_first)
            line_start = text[text.rfind("\n", 0, match.start()) + 1: match.start()]
            revised = (find("dates.update_words", line_start[-UPDATE_WORDS_CHARS:])
                       or find("dates.banner_words", line_start[-UPDATE_WORDS_CHARS:]))
            newline = text.find("\n", match.end())
            line_end = text[match.end(): newline if newline >= 0 else len(text)]
            if day is not None and not revised:
                start = max(0, match.start() - CONTEXT_CHARS)
                before = text[start: match.start()]
                if start > 0 and " " in before:  # do not start the snippet mid-word
                    before = before.split(" ", 1)[1]
                after = text[match.start(): match.end() + CONTEXT_CHARS]
                found.append(WrittenDate(day, clean(before + after),
                                         leads(line_start) or ends_title(line_start, line_end)
                                         or stamps(line_start, line_end), match.start()))
    return found


def stamps(line_start: str, line_end: str) -> bool:
    """A date and a time of day after a short byline: 'ZDNet Staff 2019年04月28日 08時00分';
    not after a field's label ('Created: 05/21/13 at 12:34 UTC', see leads for 'Posted:')."""
    return (stamped(line_end) and len(line_start.split()) <= MAX_BYLINE_WORDS
            and ":" not in line_start)


def is_event_heading(heading: str) -> bool:
    """A short heading announcing events ('Agenda', 'Upcoming events'): dates under it are
    the days of events, not of published items."""
    return (len(normalise(heading).split()) <= MAX_EVENT_HEADING_WORDS
            and find("dates.event_headings", heading) is not None
            and find("sections.news", heading) is None)  # 'News & Events' dates news


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
    offset = utc_offset(doc)
    for element in doc.iter("time"):
        if element in (skipped or ()) or is_revision(element) \
                or element.get("itemprop", "").lower() in VALIDITY_PROPS \
                or find("dates.update_words", preceding_text(element)):
            continue
        attribute = element.get("datetime", "")
        day = local_date(attribute, offset) or parse_iso_date(attribute)
        if day is None:  # 'datetime="28/04/2013"' or no attribute: read it as text
            day = next((found.day for text in (attribute[:100], element.text_content()[:200])
                        for found in text_dates(text)), None)
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


def landmark_lists(doc: lxml.html.HtmlElement, landmarks: set[lxml.html.HtmlElement]
                   ) -> list[tuple[date, str, str]]:
    """Dates of the lists of dated links in the page's header, navigation or footer (a
    'Recent posts' widget): a list counts when at least two of its items each hold a link
    and a date; a lone date there (today's, 'site updated on') never does, nor do lists of
    comments. (date, source, snippet): `event` under an 'Agenda' heading, else `text`."""
    lists: dict[lxml.html.HtmlElement, list[tuple[date, str, str]]] = {}
    sections = headings_before(doc, "li")
    for item in doc.iter("li"):
        if item not in landmarks or item.find(".//a") is None or item.find(".//li") is not None:
            continue
        parent = item.getparent()
        marks = " ".join(f"{e.get('id', '')} {e.get('class', '')}" for e in (item, parent)
                         if e is not None).lower()
        if "comment" in marks:  # 'Recent comments': readers' dates, not published items
            continue
        texts = [element.get("datetime", "") for element in item.iter("time")]
        texts.append(" ".join(item.itertext())[:300])
        own = text_dates(texts[-1]) if YEARISH.search(texts[-1]) else []
        found = [written for text in texts[:-1] if YEARISH.search(text)
                 for written in text_dates(text)] + own
        if found:
            lead = texts[-1][max(0, own[0].position - 40): own[0].position] if own else ""
            event = (is_event_heading(sections.get(item, "")) or "event" in marks.split()
                     or is_event_lead(lead, ""))
            source = "event" if event else "text"
            lists.setdefault(parent, []).append((found[0].day, source, found[0].snippet))
    return [entry for entries in lists.values() if len(entries) >= MIN_LIST_ITEMS
            for entry in entries]


def event_label_lines(lines: list[str], headings: list[str]) -> set[int]:
    """Indexes of the lines shortly after a short line labelling events ('Featured Events',
    'Agenda') under other headings than the label's own (the items' titles), until a line
    labelling news. A date under the label's own heading is a title's ('Science Agenda:
    The Science That Matters May 24, 2013', a column)."""
    inside, left, own = set(), 0, ""
    for index, line in enumerate(lines):
        if len(line.split()) <= MAX_EVENT_HEADING_WORDS:
            if is_event_heading(line):
                left, own = EVENT_LABEL_LINES, headings[index]
                continue
            if find("sections.news", line) is not None:
                left = 0
        if left:
            if headings[index] != own:
                inside.add(index)
            left -= 1
    return inside


def undated_year_items(lines: list[str], headings: list[str], crawl_date: date
                       ) -> list[tuple[date, str, str]]:
    """Items stamped without a year ('May 23, 6:00 PM by', '28 février' alone on its line),
    read in the crawl date's year. Only on pages dating no item with a full date: there a
    year-less date is more often an event's day or a calendar's."""
    items = []
    for index, line in enumerate(lines):
        for day, start, _ in yearless_dates(line, crawl_date) if YEARISH_DAY.search(line) \
                else ():
            if leads(line[:start]):
                event = is_event_heading(headings[index]) or is_event_lead(
                    line[:start], lines[index - 1] if index else "")
                items.append((day, "event" if event else "text", clean(line[:start + 80])))
    return items


def extract_dates(doc: lxml.html.HtmlElement, nodes: list[dict[str, Any]],
                  crawl_date: date) -> list[dict[str, Any]]:
    """Plausible dated items, newest first, one per date and source with the number of
    items of that date and source (`count`). Written dates are `text` when they start a
    line of text (after publication words at most), else `mention` (running text). Dates
    under an 'Agenda' or 'Events' heading are `event`. Dates in the page's header,
    navigation and footer (today's date, 'site updated on') and revision dates are left out,
    except lists of dated links there ('Recent posts', see landmark_lists)."""
    landmarks = page_landmarks(doc)
    skipped = set(landmarks) | comment_blocks(doc)
    for element in doc.iter("time"):  # their text is no item's date either
        if is_revision(element) or element.get("itemprop", "").lower() in VALIDITY_PROPS:
            skipped.update(element.iter())
    sections = headings_before(doc, "time")
    items = [(d, "event" if is_event_heading(sections.get(e, ""))
              or e.get("itemprop", "").lower() in EVENT_PROPS else "time", s)
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
    text = "\n".join(lines)
    labelled_events = event_label_lines(lines, headings)
    for found in text_dates(text, reads_month_first(text)):
        index = bisect_right(starts, found.position) - 1
        line_start = text[starts[index]: found.position]
        event = (is_event_heading(headings[index]) or index in labelled_events
                 or is_event_lead(line_start, lines[index - 1] if index else ""))
        source = "event" if event else "text" if found.leads else "mention"
        items.append((found.day, source, found.snippet))
    if not any(source in ("time", "text", "event") and plausible(day, crawl_date)
               for day, source, _ in items):
        items += undated_year_items(lines, headings, crawl_date)
    items += landmark_lists(doc, landmarks)
    kept: dict[tuple[date, str], list[Any]] = {}
    for day, source, snippet in items:
        if plausible(day, crawl_date):
            kept.setdefault((day, source), [snippet, 0])[1] += 1
    newest = sorted(kept.items(), key=lambda item: item[0][0], reverse=True)[:MAX_DATES]
    return [{"date": day.isoformat(), "source": source, "snippet": snippet, "count": count}
            for (day, source), (snippet, count) in newest]
