"""Dates read with their clues: year-less stamps, time zones, comments, revisions, events."""

from __future__ import annotations

from datetime import date

import pytest

from benchmark.gather.dateclues import resolve_year
from benchmark.gather.dates import text_dates
from benchmark.gather.page import gather_html

CRAWL = date(2013, 5, 31)


def dates_of(body: str) -> list[tuple[str, str]]:
    page = gather_html(f"<html><body>{body}</body></html>", "https://www.acme.org/",
                       crawl_date=CRAWL)
    return [(item["date"], item["source"]) for item in page["dates"]]


@pytest.mark.parametrize(("body", "expected"), [
    ("<h2>Latest stories</h2><p><a href='/a'>Leopard</a></p><p>May 23, 6:00 PM by</p>"
     "<p>Jane Doe</p>", [("2013-05-23", "text")]),
    ("<h2>Featured</h2><p>Overreach</p><p>May 21</p><p>While there has been...</p>",
     [("2013-05-21", "text")]),
    ("<p>Fête 2013</p><p>28 février</p>", [("2013-02-28", "text")]),
])
def test_year_less_stamps_are_read_in_the_crawl_year(body, expected):
    assert dates_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("<p>The board met on May 21 to discuss the budget.</p>", []),  # running text
    ("<p>Concert</p><p>June 13</p>", []),  # just ahead of the crawl date: an event to come
    # The page dates its items with years: a year-less day is a calendar's, not an item's.
    ("<p>Published May 21, 2013</p><p>May 28</p>", [("2013-05-21", "text")]),
])
def test_year_less_dates_that_are_not_item_stamps(body, expected):
    assert dates_of(body) == expected


def test_year_less_dates_wrap_to_last_year_only_across_new_year():
    assert resolve_year(12, 28, date(2014, 1, 3)) == date(2013, 12, 28)
    assert resolve_year(6, 13, CRAWL) is None
    assert resolve_year(5, 30, CRAWL) == date(2013, 5, 30)


def test_a_time_of_day_after_a_byline_stamps_an_item():
    [found] = text_dates("ZDNet Japan Staff 2019年04月28日 08時00分")
    assert found.leads
    [found] = text_dates("The council will vote on the plan adopted 28 April 2019 in Brussels")
    assert not found.leads
    [found] = text_dates("Alerts in XML Created: 05/21/13 at 12:34 UTC")
    assert not found.leads


def test_utc_times_are_read_in_the_pages_own_zone():
    body = ('<p><time datetime="2013-03-01T04:16:56.000Z">2013年3月1日 13時16分</time></p>'
            '<p><time datetime="2013-05-10T16:26:00.000Z">1:26</time></p>')
    assert ("2013-05-11", "time") in dates_of(body)
    # No clock shown: the datetime's own date.
    assert dates_of('<time datetime="2013-05-10T16:26:00Z">May 10</time>') == [
        ("2013-05-10", "time")]


def test_comment_dates_and_updated_labels_are_not_items():
    comments = ('<ol class="commentlist"><li class="comment"><cite>rita</cite>'
                '<a href="#comment-1"><time datetime="2013-05-20T20:45:43+00:00">'
                '20 May 2013 8:45 PM</time></a><p>Nice!</p></li></ol>')
    assert dates_of(comments) == []
    updated = ('<div><div>Updated:</div><div><time datetime="2013-05-06">May 6, 2013</time>'
               '</div></div><div><div>Original:</div><div><time datetime="2012-12-21">'
               'Dec 21, 2012</time></div></div>')
    assert [day for day, source in dates_of(updated) if source == "time"] == ["2012-12-21"]


@pytest.mark.parametrize(("body", "source"), [
    ("<p>Event</p><p>on Thursday, May 30, 2013</p>", "event"),
    ("<p>Event on Thursday, May 30, 2013</p>", "event"),
    ("<p>Blog Post</p><p>on Thursday, May 30, 2013</p>", "text"),
    ("<h3>WHO campaigns</h3><p>World No Tobacco Day</p><p>31 May 2013</p>", "event"),
])
def test_event_dates(body, source):
    assert dates_of(body) == [("2013-05-30" if "30" in body else "2013-05-31", source)]


@pytest.mark.parametrize(("text", "expected", "leads"), [
    ("WHITEHOUSE STATION, N.J., May 22, 2013 -- Merck today", date(2013, 5, 22), True),
    ("MORGANTOWN, WV, May 29, 2013—USDA announces", date(2013, 5, 29), True),
    ("We met the team in Paris, France, May 22, 2013 -- a fine day", date(2013, 5, 22), False),
    ("OSHA seeks applications for $1.5 million in Susan Harwood safety and health training "
     "grants for workers in high hazard industries [5/15/13]", date(2013, 5, 15), True),
    ("温度設定 13/02/11 23:08", date(2013, 2, 11), True),  # year first on a Japanese page
    ("Meeting 13/02/11 23:08", date(2011, 2, 13), True),
])
def test_datelines_titles_and_cjk_short_years(text, expected, leads):
    [found] = text_dates(text, month_first="[5/15/13]" in text)
    assert (found.day, found.leads) == (expected, leads)


def test_offer_validity_and_event_days_are_not_items():
    sale = ('<p>SALE ends : <time itemprop="priceValidUntil" datetime="2013-05-30T23:59:59-06:00">'
            'May 30, 2013</time></p>')
    assert dates_of(sale) == []
    event = '<p><time itemprop="startDate" datetime="2013-05-29">May 29</time></p>'
    assert dates_of(event) == [("2013-05-29", "event")]
    post = '<p><time itemprop="datePublished" datetime="2013-05-29">May 29</time></p>'
    assert ("2013-05-29", "time") in dates_of(post)


@pytest.mark.parametrize(("text", "leads"), [
    ("This story is from October 9, 2019", True),
    ("Cet article date du 9 octobre 2019", True),
    ("We remember the story that began on October 9, 2019", False),
])
def test_phrases_opening_an_items_date(text, leads):
    [found] = text_dates(text)
    assert found.leads == leads


@pytest.mark.parametrize(("body", "expected"), [
    # A label (no heading tag or a section heading) over the events' own titles.
    ("<h2>Featured Events</h2><h3>Recovering from Stroke</h3><p>22 May 2013</p>"
     "<h2>Latest News</h2><h3>Impact factors</h3><p>16 May 2013</p>",
     [("2013-05-22", "event"), ("2013-05-16", "text")]),
    ("<div class='t'>Agenda</div><h3>Opening</h3><p>Lees verder</p><p>25 mei 2013</p>",
     [("2013-05-25", "event")]),
    # A column whose name says 'Agenda', dated under its own heading: the column's date.
    ("<h2><span>Science Agenda</span> <span>The Science That Matters</span> "
     "<span>May 24, 2013</span></h2>", [("2013-05-24", "text")]),
])
def test_dates_under_an_events_label(body, expected):
    assert dates_of(body) == expected
