"""The date parser: French, English and numeric dates, structured dates, absurd dates."""

from __future__ import annotations

from datetime import date

import pytest

from benchmark.gather.dates import text_dates
from benchmark.gather.page import gather_html

CRAWL = date(2026, 1, 15)


@pytest.mark.parametrize(("text", "expected"), [
    ("Publié le 12 mars 2013", date(2013, 3, 12)),
    ("le 1er février 2014 à Paris", date(2014, 2, 1)),
    ("MARDI 3 AOÛT 2021", date(2021, 8, 3)),
    ("12 janv. 2013", date(2013, 1, 12)),
    ("27/01/2013", date(2013, 1, 27)),
    ("27.01.2013", date(2013, 1, 27)),
    ("2013-01-27", date(2013, 1, 27)),
    ("March 12, 2013", date(2013, 3, 12)),
    ("Mar. 12 2013", date(2013, 3, 12)),
    ("12th March 2013", date(2013, 3, 12)),
    ("12 de marzo de 2013", date(2013, 3, 12)),
    ("12. März 2013", date(2013, 3, 12)),
    ("01/27/2013", date(2013, 1, 27)),  # month first only when day first is impossible
])
def test_dates_in_text(text, expected):
    assert [found.day for found in text_dates(text)] == [expected]


@pytest.mark.parametrize("text", [
    "31/02/2013", "v1.2.2013", "13/13/2013", "tél. 01 27 20 13", "12 marseillais 2013", "mars 2013",
    "Flash info 2013", "2013-13-45",
])
def test_not_dates(text):
    assert text_dates(text) == []


def test_snippet_shows_the_surrounding_text():
    sentence = " Communiqué du 12 mars 2013 sur les résultats "
    [(_, snippet, _, _)] = text_dates("x" * 300 + sentence + "y" * 300)
    assert "Communiqué du 12 mars 2013 sur les résultats" in snippet
    assert len(snippet) <= 200


def dates_of(body: str, head: str = "") -> list[tuple[str, str]]:
    page = gather_html(f"<html><head>{head}</head><body>{body}</body></html>",
                       "https://www.acme.fr/", crawl_date=CRAWL)
    return [(item["date"], item["source"]) for item in page["dates"]]


def test_structured_dates_and_newest_first():
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", '
            '"datePublished": "2025-11-02T08:00:00+01:00"}</script>'
            '<meta property="article:published_time" content="2025-10-01T10:00:00Z">')
    body = '<time datetime="2025-12-24">Noël</time><p>Le 3 janvier 2026</p>'
    assert dates_of(body, head) == [("2026-01-03", "text"), ("2025-12-24", "time"),
                                    ("2025-11-02", "jsonld"), ("2025-10-01", "meta")]


def test_time_without_datetime_uses_its_text():
    assert dates_of("<time>5 janvier 2026</time>") == [("2026-01-05", "time"),
                                                       ("2026-01-05", "text")]


def test_absurd_dates_are_dropped():
    body = ("<p>Fondée le 12 mars 1890. Colloque le 20 mars 2026. Demain 16/01/2026, "
            "après-demain 17/01/2026, dans trois jours 18/01/2026.</p>")
    assert dates_of(body) == [("2026-01-17", "mention"), ("2026-01-16", "mention")]


def test_dates_ignore_scripts():
    assert dates_of('<script>var d = "12 mars 2013";</script><p>Rien</p>') == []


@pytest.mark.parametrize(("text", "leads"), [
    ("12/11/2026 – Kessler übernimmt Mohr", True),
    ("Publié le mardi 12 mars 2013", True),
    ("Posted on March 12, 2013", True),
    ("Pubblicato il 12 marzo 2013", True),
    ("La mostra, inaugurata il 24 ottobre 2026, resta aperta", False),
    ("cours de clôture du 20/11/2026, différé de 15 minutes", False),
])
def test_dates_starting_a_line_date_items_others_are_mentions(text, leads):
    [found] = text_dates(text)
    assert found.leads is leads


def test_mentions_and_items_by_text_node():
    body = ('<ul><li>12.01.2026 – <a href="/a">Nouvelle usine</a></li></ul>'
            "<p>Le salon, ouvert depuis le 10 janvier 2026, ferme bientôt.</p>")
    assert dates_of(body) == [("2026-01-12", "text"), ("2026-01-10", "mention")]


def test_revision_dates_are_not_items():
    body = ('<article><time class="entry-date published" datetime="2026-01-05">5 janvier 2026'
            '</time><time class="updated" datetime="2026-01-10">10 janvier 2026</time>'
            '<time class="entry-date published updated" datetime="2026-01-02">2 janvier 2026'
            "</time><p>Mis à jour le 12/01/2026</p></article>")
    assert {d for d, _ in dates_of(body)} == {"2026-01-05", "2026-01-02"}


def test_dates_in_page_header_and_footer_are_not_items():
    body = ('<div id="header"><p>Mercredi 14 janvier 2026</p></div>'
            '<article><header class="entry-header"><time datetime="2026-01-08">8 janv.</time>'
            "</header></article><footer><p>Site mis à jour le 13/01/2026</p>"
            '<time datetime="2026-01-13">13/01</time></footer>')
    assert dates_of(body) == [("2026-01-08", "time")]


def test_items_of_one_date_are_counted():
    page = gather_html('<html><body><time datetime="2026-01-08">a</time><time datetime='
                       '"2026-01-08">b</time><time datetime="2026-01-07">c</time></body></html>',
                       "https://www.acme.fr/", crawl_date=CRAWL)
    assert [(d["date"], d["source"], d["count"]) for d in page["dates"]] == [
        ("2026-01-08", "time", 2), ("2026-01-07", "time", 1)]


@pytest.mark.parametrize(("text", "expected"), [
    ("2013年4月28日", date(2013, 4, 28)),
    ("2013년 4월 28일", date(2013, 4, 28)),
    ("新着情報2013.04.28", date(2013, 4, 28)),
    ("28 апреля 2013 г.", date(2013, 4, 28)),
    ("12 maart 2013", date(2013, 3, 12)),
    ("3 de outubro de 2013", date(2013, 10, 3)),
])
def test_dates_of_more_languages(text, expected):
    assert [found.day for found in text_dates(text)] == [expected]


@pytest.mark.parametrize(("text", "leads"), [
    ("Blog entry by Jane Doe | 28 April, 2017", True),
    ("By Jane Doe, March 3, 2013", True),
    ("Berlin, 31. März 2003", True),
    ("PARIS (AFP) – 12 mars 2013", True),
    ("the meeting, 12 March 2013, was a success", False),
    ("Il ricavo della vendita del 3 maggio 2013 | Borsa", False),
])
def test_bylines_and_datelines_date_items(text, leads):
    [found] = text_dates(text)
    assert found.leads is leads


@pytest.mark.parametrize("text", [
    "Today is Monday, May 13, 2013", "Heute ist Montag, 13. Mai 2013",
    "Copyright 12/03/2013 Acme",
])
def test_banners_are_not_dates_of_items(text):
    assert text_dates(text) == []


def test_time_datetime_in_another_format():
    assert dates_of('<time datetime="28/04/2013">hier</time>') == [("2013-04-28", "time")]


def test_recent_posts_list_in_the_footer_dates_items():
    footer = ('<footer><h3>Recent posts</h3><ul>'
              '<li><a href="/a">New plant opens</a> 03/01/2026</li>'
              '<li><a href="/b">Results</a> 28/12/2025</li></ul>'
              '<p>Site updated on 14/01/2026</p><ul><li><a href="/c">Today</a> 14/01/2026</li>'
              '</ul></footer>')
    assert dates_of("<p>x</p>" + footer) == [("2026-01-03", "text"), ("2025-12-28", "text")]


@pytest.mark.parametrize(("text", "leads"), [
    ("Regulamin ROD - 02.12.2015", True),
    ("Assemblée générale (12 mars 2013)", True),
    ("the results of the vote - 12 March 2013 - were published later that week", False),
    ("Rapport publié le mois dernier pour le comité du 12 mars 2013", False),
])
def test_a_date_closing_a_short_title_dates_it(text, leads):
    [found] = text_dates(text)
    assert found.leads is leads


def test_footer_lists_of_comments_and_events():
    footer = ('<footer><ul id="recentcomments"><li><a href="/a#c1">Elena</a> on 10/01/2026</li>'
              '<li><a href="/b#c2">Tom</a> on 09/01/2026</li></ul>'
              '<h3>Agenda</h3><ul><li><a href="/e1">Forum</a> 14/01/2026</li>'
              '<li><a href="/e2">Salon</a> 13/01/2026</li></ul></footer>')
    assert dates_of("<p>x</p>" + footer) == [("2026-01-14", "event"), ("2026-01-13", "event")]


def test_the_end_of_a_period_is_no_title_date():
    [found] = text_dates("Site specific art exhibition 15.6.- 30.10.2013")
    assert found.leads is False


@pytest.mark.parametrize(("text", "expected", "leads"), [
    ("28-May-2013 Statement by the Minister", date(2013, 5, 28), True),
    ("News [5/15/13]", date(2013, 5, 15), True),
    ("Posted - Mon May 20 2013", date(2013, 5, 20), True),
    ("terça-feira 23 de junho de 2009", date(2009, 6, 23), True),
    ("MORGANTOWN WV May 29 2013", date(2013, 5, 29), True),
    ("公開日：2019年04月28日", date(2019, 4, 28), True),
    ("Veröffentlicht am 12.03.13", date(2013, 3, 12), True),
])
def test_more_ways_to_write_an_items_date(text, expected, leads):
    [found] = text_dates(text)
    assert (found.day, found.leads) == (expected, leads)


@pytest.mark.parametrize("text", ["jQuery 1.9.13", "1.2.13 release", "Score 3/4/5"])
def test_short_numbers_are_not_two_digit_year_dates(text):
    assert text_dates(text) == []


def test_news_and_events_heading_dates_news():
    body = "<h2>News &amp; Events</h2><ul><li>May 15 2013 - FDA approves a drug</li></ul>"
    assert dates_of(body) == [("2013-05-15", "text")]


def test_a_page_writing_us_dates_is_read_month_first():
    us = "<ul><li>5/15/13 – Recall</li><li>3/11/13 – Warning</li></ul>"
    assert dates_of(us) == [("2013-05-15", "text"), ("2013-03-11", "text")]
    europe = "<ul><li>15/05/13 – Rappel</li><li>3/11/12 – Alerte</li></ul>"
    assert dates_of(europe) == [("2013-05-15", "text"), ("2012-11-03", "text")]
