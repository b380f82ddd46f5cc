"""The pieces of date reading, one by one: formats, plausibility, clues, line shapes."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from benchmark.gather.dateclues import (
    comment_blocks,
    is_event_lead,
    local_date,
    preceding_text,
    resolve_year,
    stamped,
    utc_offset,
    yearless_dates,
)
from benchmark.gather.dateformats import parse_iso_date, plausible, reads_month_first
from benchmark.gather.dates import (
    ends_title,
    is_byline,
    is_dateline,
    is_event_heading,
    is_revision,
    leads,
    stamps,
    structured_dates,
    text_dates,
)
from benchmark.gather.dom import parse_document

pytestmark = pytest.mark.usefixtures("cold_gather_caches")

CRAWL = date(2013, 5, 31)


def test_iso_dates():
    assert parse_iso_date(" 2013-3-7T10:00") == date(2013, 3, 7)
    assert parse_iso_date("2013-02-30") is None
    assert parse_iso_date("x2013-01-01") is None
    assert parse_iso_date(None) is None  # type: ignore[arg-type]


def test_plausible_dates_are_from_1995_to_two_days_after_the_crawl():
    crawl = date(2026, 1, 15)
    assert plausible(date(1995, 1, 1), crawl) and not plausible(date(1994, 12, 31), crawl)
    assert plausible(date(2026, 1, 17), crawl) and not plausible(date(2026, 1, 18), crawl)


def test_a_page_reads_month_first_when_more_dates_can_only_be_us_ones():
    assert reads_month_first("5/15/13 6/20/13 15/05/2013")
    assert not reads_month_first("5/15/13 15/05/2013")  # a tie: day first
    assert not reads_month_first("05/06/13 07/08/13")  # both readings possible
    assert not reads_month_first("")


@pytest.mark.parametrize(("text", "day_first", "month_first"), [
    ("05/06/13", date(2013, 6, 5), date(2013, 5, 6)),
    ("13/05/96", date(1996, 5, 13), date(1996, 5, 13)),
    ("5/15/13", date(2013, 5, 15), date(2013, 5, 15)),
    ("2013/5/6", date(2013, 5, 6), date(2013, 5, 6)),
    ("12.03.13", date(2013, 3, 12), date(2013, 12, 3)),
    ("05.06.2013", date(2013, 6, 5), date(2013, 5, 6)),
    ("2013年4月28日", date(2013, 4, 28), date(2013, 4, 28)),
    ("2013년 4월 28일", date(2013, 4, 28), date(2013, 4, 28)),
    ("28-May-2013", date(2013, 5, 28), date(2013, 5, 28)),
    ("March 3rd, 2013", date(2013, 3, 3), date(2013, 3, 3)),
    ("1 mai 90", None, None),
])
def test_numeric_dates_day_first_unless_the_page_writes_them_month_first(
        text, day_first, month_first):
    assert [found.day for found in text_dates(text)] == ([day_first] if day_first else [])
    assert [found.day for found in text_dates(text, True)] == (
        [month_first] if month_first else [])


def test_cjk_pages_write_two_digit_years_first():
    assert [found.day for found in text_dates("更新 13/03/27")] == [date(2013, 3, 27)]
    assert [found.day for found in text_dates("le 13/03/27")] == [date(2027, 3, 13)]


def test_written_dates_whole():
    text = ("Intro\nPublié le 12 mars 2013 par Jean\nLe conseil municipal de la ville a "
            "longuement débattu puis voté le 3 avril 2013 à l'unanimité des présents et des "
            "représentés ce jour.")
    # Snippets: up to 60 characters before the date (from a word's start) and 60 after it.
    assert [tuple(found) for found in text_dates(text)] == [
        (date(2013, 3, 12), "Intro Publié le 12 mars 2013 par Jean Le conseil municipal de la "
         "ville a longuement déba", True, 16),
        (date(2013, 4, 3), "municipal de la ville a longuement débattu puis voté le 3 avril "
         "2013 à l'unanimité des présents et des représentés ce jour.", False, 105),
    ]


def test_revision_and_banner_dates_are_left_out():
    assert text_dates("Mis à jour le 14/11/2012") == []
    assert text_dates("Today is Monday, May 13, 2013") == []
    assert [f.day for f in text_dates("Mis à jour " + "x" * 40 + " 14/11/2012")] == [
        date(2012, 11, 14)]  # the update words are more than 30 characters before


@pytest.mark.parametrize(("line", "expected"), [
    ("May 23, 6:00 PM by", [(date(2013, 5, 23), 0, 6)]),
    ("28 février", [(date(2013, 2, 28), 0, 10)]),
    ("3rd of March", [(date(2013, 3, 3), 0, 12)]),
    ("Posted May 23, 6pm EST", [(date(2013, 5, 23), 7, 13)]),
    ("mai 23", [(date(2013, 5, 23), 0, 6)]),
    ("Dec 28", [(date(2012, 12, 28), 0, 6)]),  # 211 days ahead: last year's
    ("May 23 the board met", []),
    ("31 février", []),
    ("May 40", []),
    ("June 13", []),  # just ahead: an event to come
])
def test_year_less_stamps(line, expected):
    assert yearless_dates(line, CRAWL) == expected


def test_resolve_year_boundaries():
    assert resolve_year(6, 2, CRAWL) == date(2013, 6, 2)  # 2 days ahead: tolerated
    assert resolve_year(6, 3, CRAWL) is None
    assert resolve_year(11, 29, CRAWL) is None  # 182 days ahead
    assert resolve_year(11, 30, CRAWL) == date(2012, 11, 30)  # 183 days ahead: last year's
    assert resolve_year(2, 29, CRAWL) is None
    assert resolve_year(2, 29, date(2013, 1, 3)) is None  # 2012-02-29 lies 310 days back...
    assert resolve_year(2, 29, date(2012, 3, 1)) == date(2012, 2, 29)
    assert resolve_year(12, 28, date(2014, 1, 3)) == date(2013, 12, 28)


def test_times_of_day_after_a_date():
    assert [stamped(end) for end in (" 08:00", ", at 6:00 PM", " à 14h30", " 10:00:00",
                                     " um 9.15", "| 12:34", " 2019", " 12:345", "")] == [
        True, True, True, True, True, True, False, False, False]


def test_the_pages_time_zone_from_utc_stamps_and_shown_clocks():
    doc = parse_document(
        '<body><time datetime="2013-03-01T04:16:56.000Z">13時16分</time>'
        '<time datetime="2013-05-10T16:26Z">1:26 am</time>'
        '<time datetime="2013-05-10T16:26+00:00">4:26 pm</time>'
        '<time datetime="2013-05-10T10:00:00Z">10:07</time>'
        '<time datetime="2013-05-10T10:00:00+02:00">9:00</time></body>')
    # +9 h twice (13:16 for 04:16, 01:26 for 16:26), 0 once, 7 minutes is no zone.
    assert utc_offset(doc) == timedelta(hours=9)
    assert utc_offset(parse_document("<body><time>10:00</time></body>")) is None
    doc = parse_document('<body><time datetime="2013-05-10T23:00Z">5:30 AM</time></body>')
    assert utc_offset(doc) == timedelta(hours=6, minutes=30)
    doc = parse_document('<body><time datetime="2013-05-10T02:00Z">8:00 PM</time></body>')
    assert utc_offset(doc) == timedelta(hours=-6)


def test_local_dates_of_utc_stamps():
    nine = timedelta(hours=9)
    assert local_date("2013-05-10T16:26:00Z", nine) == date(2013, 5, 11)
    assert local_date(" 2013-05-10T14:59:00.000Z ", nine) == date(2013, 5, 10)
    assert local_date("2013-05-10T16:26:00+02:00", nine) is None
    assert local_date("2013-05-10T16:26:00Z", None) is None
    assert local_date("2013-05-10T16:26:00Z", timedelta(0)) is None
    assert local_date("2013-13-10T16:26:00Z", nine) is None


def test_comment_blocks_hold_every_element_inside_them():
    doc = parse_document('<body><ol class="commentlist"><li><p>a</p></li></ol>'
                         '<div id="comments"><span>b</span></div>'
                         '<div class="commentary"><i>c</i></div><p class="no-comments">d</p>'
                         "</body>")
    assert sorted(e.tag for e in comment_blocks(doc)) == ["div", "li", "ol", "p", "span"]


def test_text_just_before_an_element():
    doc = parse_document("<body><p><span>Updated:</span> <b><time>x</time></b></p>"
                         "<div><div><div><div><time>z</time></div></div></div></div>"
                         "<p>" + "w" * 40 + "<time>v</time></p></body>")
    x, z, v = doc.iter("time")
    assert preceding_text(x) == "Updated: "
    assert preceding_text(z) == ""
    assert preceding_text(v) == "w" * 30


def test_event_leads():
    assert is_event_lead("Event on Thursday,", "")
    assert is_event_lead("", "Event")
    assert not is_event_lead("a b c d e f g Event", "")  # 8 words: running text
    assert is_event_lead("a b c d e f Event", "")
    assert not is_event_lead("Posted on", "News")


@pytest.mark.parametrize(("line_start", "expected"), [
    ("Blog entry by Jane Doe | ", True),
    ("By Jane Doe, ", True),
    ("Jane Doe, ", False),  # a comma needs a byline word
    ("News · ", True),
    ("", False),
    ("|", False),
    ("a b c d e f g h |", True),
    ("a b c d e f g h i |", False),
])
def test_bylines(line_start, expected):
    assert is_byline(line_start) is expected


@pytest.mark.parametrize(("line_start", "expected"), [
    ("Berlin, ", True),
    ("PARIS (AFP) – ", True),
    ("WHITEHOUSE STATION, N.J., ", True),
    ("MORGANTOWN WV ", True),
    ("berlin, ", False),
    ("A B C D,", False),
    ("X ", False),
    ("PARIS 2 ", False),
])
def test_datelines(line_start, expected):
    assert is_dateline(line_start) is expected


@pytest.mark.parametrize(("line_start", "line_end", "expected"), [
    ("Regulamin ROD - ", "", True),
    ("Annual meeting (", ")", True),
    ("Annual meeting [", "]", True),
    ("15.6.- ", "", False),
    ("Title - ", " more", False),
    (" - ", "", False),
    ("Title ", "", False),
    (" ".join(["w"] * 15) + " -", "", True),
    (" ".join(["w"] * 16) + " -", "", False),
    (" ".join(["w"] * 40) + " [", "]", True),
    (" ".join(["w"] * 41) + " [", "]", False),
])
def test_dates_closing_a_title(line_start, line_end, expected):
    assert ends_title(line_start, line_end) is expected


def test_leading_words():
    assert leads("Publié le") and leads("Posted on Monday") and leads("")
    assert not leads("The board said on")
    assert stamps("ZDNet Staff ", " 08:00")
    assert not stamps("Created: ", " at 12:34")
    assert not stamps("a b c d e f g h i ", " 10:00")
    assert stamps("a b c d e f g h ", " 10:00")


def test_event_headings():
    assert is_event_heading("Agenda") and is_event_heading("Upcoming events")
    assert not is_event_heading("News & Events")
    assert not is_event_heading("Agenda 2030 : les ODD")


@pytest.mark.parametrize(("body", "revision"), [
    ('<time itemprop="dateModified">x</time>', True),
    ('<p><time class="entry-date published">a</time><time class="updated">b</time></p>', True),
    ('<p><time class="updated">b</time></p>', False),
    ('<p><time class="published updated">a</time><time>b</time></p>', False),
    ('<p><time class="modified">b</time><time>a</time></p>', True),
    ("<p><time>a</time><time>b</time></p>", False),
])
def test_revision_times(body, revision):
    doc = parse_document(f"<body>{body}</body>")
    last = [t for t in doc.iter("time")][-1 if "updated\">b" in body or "dateModified" in body
                                          else 0]
    assert is_revision(last) is revision


def dated(body: str, head: str = "") -> list[dict]:
    from benchmark.gather import gather_html

    return gather_html(f"<html><head>{head}</head><body>{body}</body></html>",
                       "https://www.acme.org/", crawl_date=CRAWL)["dates"]


def test_lists_of_dated_links_in_the_footer():
    assert dated('<footer><ul class="recent"><li><a href="/a">Post A</a> 12 mars 2013</li>'
                 '<li><a href="/b">Post B</a> <time datetime="2013-03-10">10/03</time></li>'
                 "<li>No link 1 mars 2013</li></ul><p>Site mis en ligne le 2 mai 2013</p>"
                 "</footer>") == [
        {"date": "2013-03-12", "source": "text", "snippet": "Post A 12 mars 2013", "count": 1},
        {"date": "2013-03-10", "source": "text", "snippet": "2013-03-10", "count": 1}]
    assert dated('<footer><h3>Agenda</h3><ul><li><a href="/a">Fête</a> 12 juin 2013</li>'
                 '<li><a href="/b">Bal</a> 14 mai 2013</li></ul></footer>') == [
        {"date": "2013-05-14", "source": "event", "snippet": "Bal 14 mai 2013", "count": 1}]
    assert dated('<footer><ul class="recent-comments"><li><a href="/a">A</a> 12 mars 2013</li>'
                 '<li><a href="/b">B</a> 10 mars 2013</li></ul></footer>') == []
    assert dated('<footer><ul><li><a href="/a">A</a> 12 mars 2013</li></ul></footer>') == []


def test_dates_under_a_label_of_events_until_a_label_of_news():
    assert [(d["date"], d["source"]) for d in dated(
        "<p>Featured Events</p><h3>Gala</h3><p>May 24, 2013</p><p>News</p>"
        "<p>May 20, 2013</p>")] == [("2013-05-24", "event"), ("2013-05-20", "text")]


def test_time_elements_of_events_offers_and_revisions():
    assert [(d["date"], d["source"]) for d in dated(
        '<p><time datetime="28/04/2013">w</time></p>'
        '<p><time datetime="2013-05-01" itemprop="startDate">x</time></p>'
        '<p><time datetime="2013-05-02" itemprop="priceValidUntil">y</time></p>'
        '<p><span>Updated:</span> <time datetime="2013-05-03">z</time></p>')] == [
        ("2013-05-01", "event"), ("2013-04-28", "time")]


def test_structured_dates_of_json_ld_and_meta_tags():
    head = ('<meta property="article:published_time" content="2013-05-04T10:00">'
            '<meta name="pubdate" content="20130504"><meta name="DC.date.issued" '
            'content="2013-05-05"><script type="application/ld+json">{"uploadDate": '
            '"2013-05-06", "datePublished": "2013-05-07", "dateModified": "2013-05-08"}'
            "</script>")
    assert dated("", head) == [
        {"date": "2013-05-07", "source": "jsonld", "snippet": "datePublished: 2013-05-07",
         "count": 1},
        {"date": "2013-05-06", "source": "jsonld", "snippet": "uploadDate: 2013-05-06",
         "count": 1},
        {"date": "2013-05-05", "source": "meta",
         "snippet": '<meta name="DC.date.issued" content="2013-05-05">', "count": 1},
        {"date": "2013-05-04", "source": "meta",
         "snippet": '<meta property="article:published_time" content="2013-05-04T10:00">',
         "count": 1}]
    assert [(d["date"], d["source"]) for d in dated(
        '<div itemprop="datePublished" content="2013-05-10"></div>')] == [("2013-05-10", "meta")]


def test_two_digit_years_above_90_are_last_centurys():
    # The pivot: 91 to 99 are 1991 to 1999, 00 to 90 are 2000 to 2090.
    assert [found.day for found in text_dates("31/12/90 et 01/01/91")] == [
        date(2090, 12, 31), date(1991, 1, 1)]


def test_a_list_item_opening_with_event_dates_an_event():
    assert [(d["date"], d["source"]) for d in dated(
        '<footer><ul><li>Event <a href="/a">Gala</a> 12 mai 2013</li>'
        '<li>Event <a href="/b">Bal</a> 14 mai 2013</li></ul></footer>')] == [
        ("2013-05-14", "event"), ("2013-05-12", "event")]


def test_the_first_line_has_no_line_before_it():
    # The page's last line is no line before its first one.
    assert [(d["date"], d["source"]) for d in dated("<p>12 mai 2013</p><p>Event</p>")] == [
        ("2013-05-12", "text")]


def test_the_31st_read_month_first_is_a_us_date():
    assert reads_month_first("5/31/13") and not reads_month_first("31/5/13")


def test_year_less_stamps_count_beside_dates_of_other_sources():
    # JSON-LD and running-text dates do not date the page's items: year-less stamps count.
    head = '<script type="application/ld+json">{"datePublished": "2013-05-01"}</script>'
    assert [(d["date"], d["source"]) for d in dated(
        "<p>The board met on 2 May 2013 to vote.</p><p>May 23, 6:00 PM by</p>", head)] == [
        ("2013-05-23", "text"), ("2013-05-02", "mention"), ("2013-05-01", "jsonld")]


def test_a_time_is_quoted_with_the_text_around_it():
    assert dated('<p>Publié le <time datetime="2013-05-03">3 mai</time> par Jean</p>') == [
        {"date": "2013-05-03", "source": "time",
         "snippet": '<time datetime="2013-05-03"> Publié le 3 mai par Jean', "count": 1}]


def test_a_pair_that_is_no_date_either_way_counts_for_neither_reading():
    assert not reads_month_first("13/25/13")


def test_only_list_items_make_dated_lists_of_a_footer():
    assert dated('<footer><p><a href="/a">A</a> 12 mars 2013</p>'
                 '<p><a href="/b">B</a> 10 mars 2013</p></footer>') == []


def test_a_footer_list_marked_event_dates_events():
    assert [(d["date"], d["source"]) for d in dated(
        '<footer><ul class="event"><li><a href="/a">A</a> 12 mars 2013</li>'
        '<li><a href="/b">B</a> 10 mars 2013</li></ul></footer>')] == [
        ("2013-03-12", "event"), ("2013-03-10", "event")]


def test_an_events_label_covers_the_ten_lines_after_it():
    filler = "".join(f"<p>ligne {n}</p>" for n in range(6))
    # Lines: 0 'Agenda', 1 'Gala' (a heading), 2-7 filler, 8 the date: within 10 lines.
    assert [(d["date"], d["source"]) for d in dated(
        f"<p>Agenda</p><h3>Gala</h3>{filler}<p>May 24, 2013</p>")] == [("2013-05-24", "event")]
    filler = "".join(f"<p>ligne {n}</p>" for n in range(9))
    # Date on line 11: past the label's ten lines.
    assert [(d["date"], d["source"]) for d in dated(
        f"<p>Agenda</p><h3>Gala</h3>{filler}<p>May 24, 2013</p>")] == [("2013-05-24", "text")]


def test_a_publication_time_element_is_read_from_its_datetime_not_its_words():
    # 'hier' (yesterday) says no date; the machine-readable datetime does.
    tag = '<time itemprop="datePublished" datetime="2026-03-01T09:00:00+01:00">'
    doc = parse_document(f"<body>{tag}hier</time></body>")
    assert structured_dates(doc, []) == [(date(2026, 3, 1), "meta", tag)]
