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
