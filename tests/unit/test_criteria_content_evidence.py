"""Content verdicts with exact values and whole evidence: languages, dated items, feeds,
reports, media, text volume."""

from __future__ import annotations

import pytest

from benchmark.criteria.render import cell
from benchmark.model import Status

HOME = "https://www.acme.fr/"


def seen(outcome) -> tuple:
    return (outcome.status, outcome.value, outcome.score, outcome.evidence.url,
            outcome.evidence.snippet)


def test_languages_from_lang_attributes_alternates_and_link_languages(judge, html):
    # fr (html lang), es (hreflang alternate; x-default names no language), it (the link's
    # own lang attribute); a bare 'EN' in the body is not a language switcher.
    head = ('<link rel="alternate" hreflang="es-ES" href="https://www.acme.fr/es/">'
            '<link rel="alternate" hreflang="x-default" href="https://www.acme.fr/">')
    body = '<p><a href="/it/" lang="it">Versione</a><a href="/x">EN</a></p>'
    assert seen(judge("languages", html(body, head=head))) == (
        Status.PASS, "3", 1.0, HOME,
        "es (hreflang https://www.acme.fr/es/), fr (lang attribute of https://www.acme.fr/), "
        "it (link 'Versione' -> https://www.acme.fr/it/)")


def test_a_bare_language_code_counts_in_a_switcher(judge, html):
    # 2 languages of the 3 for a full score: (2 - 1) / (3 - 1) = 0.5.
    outcome = judge("languages", html('<footer><a href="/en/">EN</a></footer>'))
    assert seen(outcome) == (
        Status.PASS, "2", 0.5, HOME,
        "en (link 'EN' -> https://www.acme.fr/en/), fr (lang attribute of https://www.acme.fr/)")


def test_one_language_fails_and_a_page_without_any_still_has_one(judge, html):
    outcome = judge("languages", html('<p><a href="/en/" hreflang="en-GB">Version</a></p>',
                                      lang=""))
    assert seen(outcome) == (Status.FAIL, "1", 0.0, HOME,
                             "en (link 'Version' -> https://www.acme.fr/en/)")
    assert seen(judge("languages", html('<p><a href="/x">EN</a></p>', lang=""))) == (
        Status.FAIL, "1", 0.0, HOME, "no language declared or offered")


def test_freshness_ignores_dates_written_in_text_when_items_use_time(judge, html):
    # The share price's day (2026-01-14) is only written; the news item of 2025-12-16 has a
    # <time>: it is the newest item, 30 days before the crawl (2026-01-15).
    body = ('<article><time datetime="2025-12-16">16 décembre 2025</time> Nouvelle usine'
            "</article><p>Cours au 14 janvier 2026</p>")
    assert seen(judge("content-freshness", html(body))) == (
        Status.PASS, "2025-12-16", 1.0, HOME,
        '30 days old: <time datetime="2025-12-16"> 16 décembre 2025 Nouvelle usine')


def test_freshness_and_rate_without_dated_items(judge, html):
    assert seen(judge("content-freshness", html("<p>x</p>"))) == (
        Status.FAIL, "", 0.0, HOME, "no dated item on 1 page")
    assert seen(judge("publishing-rate", html("<p>x</p>"))) == (
        Status.FAIL, "0", 0.0, HOME, "no item dated within 90 days on 1 page")


def test_publishing_rate_counts_items_listed_on_several_pages_once(judge, html):
    # Both pages list the same two items of 2026-01-10: 2 items, under the 3 that pass;
    # score 2 / 12. Equal lists: the first page shown is the evidence.
    items = html('<article><time datetime="2026-01-10">10 janvier</time></article>'
                 '<article><time datetime="2026-01-10">10 janvier</time></article>')
    pages = [(HOME, items, "home"), (HOME + "news", items, "news")]
    assert seen(judge("publishing-rate", pages)) == (
        Status.FAIL, "2", 2 / 12, HOME, "2 items since 2025-10-17: 2026-01-10 ×2")


def test_publishing_rate_lists_days_newest_first(judge, html):
    body = ('<article><time datetime="2025-12-01">1 déc</time></article>'
            '<article><time datetime="2026-01-10">10 janvier</time></article>'
            '<article><time datetime="2026-01-10">10 janvier</time></article>')
    # 3 items pass; 3 / 12 = 0.25.
    assert seen(judge("publishing-rate", html(body))) == (
        Status.PASS, "3", 0.25, HOME, "3 items since 2025-10-17: 2026-01-10 ×2, 2025-12-01")


@pytest.mark.parametrize(("body", "url"), [
    ('<a href="https://www.acme.fr/actualites/feed/">Suivre</a>',
     "https://www.acme.fr/actualites/feed/"),
    ('<a href="https://feeds.feedburner.com/acme">Suivre</a>', "https://feeds.feedburner.com/acme"),
])
def test_feed_links(judge, html, body, url):
    assert seen(judge("rss-feed", html(body))) == (
        Status.PASS, "true", 1.0, url, "link 'Suivre' on https://www.acme.fr/")


def test_another_sites_feed_is_not_the_sites_feed(judge, html):
    assert seen(judge("rss-feed", html('<a href="https://autre.fr/feed/">x</a>'))) == (
        Status.FAIL, "false", 0.0, HOME, "no RSS/Atom link on 1 page")


@pytest.mark.parametrize(("body", "url", "text"), [
    ('<a href="/docs/doc1.pdf">Rapport annuel 2025</a>', HOME + "docs/doc1.pdf",
     "Rapport annuel 2025"),
    ('<a href="/docs/x.html">Télécharger le rapport annuel</a>', HOME + "docs/x.html",
     "Télécharger le rapport annuel"),
    ('<a href="/docs/rapport-annuel-2025.pdf">Télécharger</a>',
     HOME + "docs/rapport-annuel-2025.pdf", "Télécharger"),
])
def test_report_links(judge, html, body, url, text):
    assert seen(judge("downloadable-reports", html(body))) == (
        Status.PASS, "true", 1.0, url, f"link '{text}' on https://www.acme.fr/")


def test_a_page_about_the_report_is_not_the_report(judge, html):
    assert seen(judge("downloadable-reports", html('<a href="/docs/x.html">Rapport annuel</a>'))
                ) == (Status.FAIL, "false", 0.0, HOME, "no link to a report document on 1 page")


@pytest.mark.parametrize(("pages", "url", "snippet"), [
    ([(HOME, '<audio src="/podcast/ep1.mp3"></audio>', "home")], HOME,
     "<video>/<audio> source https://www.acme.fr/podcast/ep1.mp3"),
    ([(HOME, "<p>x</p>", "home"), (HOME + "media", '<video src="/v.mp4"></video>', "news")],
     HOME + "media", "1 <video> element(s)"),
    ([(HOME, '<a href="/podcast/ep1.mp3">Episode 1</a>', "home")], HOME,
     "link to media file https://www.acme.fr/podcast/ep1.mp3"),
])
def test_media_evidence(judge, html, pages, url, snippet):
    pages = [(page_url, html(body), role) for page_url, body, role in pages]
    assert seen(judge("multimedia", pages)) == (Status.PASS, "true", 1.0, url, snippet)


def test_content_volume_averages_the_key_pages_only(judge, html):
    # Home 100 words and about 300: mean 200 (the 1,000 words of another page do not
    # count); score log10(200 / 50) / log10(600 / 50) = 0.5579.
    pages = [(HOME, html("<p>" + "mot " * 100 + "</p>"), "home"),
             (HOME + "a", html("<p>" + "mot " * 300 + "</p>"), "about"),
             (HOME + "z", html("<p>" + "mot " * 1000 + "</p>"), "other")]
    outcome = judge("content-volume", pages)
    assert (outcome.status, outcome.value, round(outcome.score, 4)) == (Status.PASS, "200", 0.5579)
    assert (outcome.evidence.url, outcome.evidence.snippet) == (
        HOME, "mean 200 words: https://www.acme.fr/ 100, https://www.acme.fr/a 300")


def test_catalogue_cells_escape_pipes_and_join_lines():
    # A '|' would split a Markdown table cell; a newline would end the row.
    assert cell("Search | find\nnow") == "Search \\| find now"


@pytest.mark.parametrize("href", ["feed://news.example.org/latest",
                                  "FEED://news.example.org/latest"])
def test_a_feed_scheme_is_a_feed_on_any_host(href):
    # Off the site, no feed host, no .rss/.atom/.rdf path: only the feed: scheme says so.
    from benchmark.criteria.content import is_feed_url

    assert is_feed_url(href, HOME) is True
    assert is_feed_url("https://news.example.org/latest", HOME) is False
