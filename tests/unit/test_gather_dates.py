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
    assert [d for d, _ in text_dates(text)] == [expected]


@pytest.mark.parametrize("text", [
    "31/02/2013", "v1.2.2013", "13/13/2013", "tél. 01 27 20 13", "12 marseillais 2013", "mars 2013",
    "Flash info 2013", "2013-13-45",
])
def test_not_dates(text):
    assert text_dates(text) == []


def test_snippet_shows_the_surrounding_text():
    sentence = " Communiqué du 12 mars 2013 sur les résultats "
    [(_, snippet)] = text_dates("x" * 300 + sentence + "y" * 300)
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
    assert [d for d, _ in dates_of(body)] == ["2026-01-17", "2026-01-16"]


def test_dates_ignore_scripts():
    assert dates_of('<script>var d = "12 mars 2013";</script><p>Rien</p>') == []
