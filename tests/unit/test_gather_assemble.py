"""The observations dict of one target: page and profile entries, crawl facts, defaults."""

from __future__ import annotations

from datetime import date

import pytest

from benchmark.gather.assemble import (
    assemble,
    crawl_date_of,
    observations_from_html,
    page_entry,
    profile_entry,
)
from benchmark.gather.page import empty_page

pytestmark = pytest.mark.usefixtures("cold_gather_caches")
SITE = "https://www.acme.fr/"
DAY = date(2026, 1, 15)
UNREAD = {"followers": None, "posts": None, "last_post": None, "posts_90d": None,
          "links_back": None, "bio_link": "", "origin": "listed", "found_on": "",
          "source": "crawled", "date": "2026-01-15", "fetched": False}


def unread(reason: str) -> dict:
    """What an account entry says of figures it could not read, and why."""
    return {**UNREAD, "reason": reason,
            "evidence": {"followers": reason, "last_post": reason, "links_back": reason}}
EMPTY_FAMILIES = {"meta": {}, "links": [], "forms": [], "embeds": {}, "headings": [],
                  "word_count": 0, "dates": [], "tech": {}, "actions": []}


def test_crawl_date_is_the_day_of_the_timestamp_else_today(monkeypatch):
    monkeypatch.setenv("BENCHMARK_TODAY", "2027-03-04")
    assert crawl_date_of("2026-01-15T23:59:00+00:00") == date(2026, 1, 15)
    assert crawl_date_of("2026-01-15") == date(2026, 1, 15)
    assert crawl_date_of("yesterday") == date(2027, 3, 4)
    assert crawl_date_of("") == date(2027, 3, 4)
    assert crawl_date_of(None) == date(2027, 3, 4)  # type: ignore[arg-type]


def test_empty_page_holds_every_family_empty():
    assert empty_page(SITE, "timeout") == {"url": SITE, "parsed": False, "errors": ["timeout"],
                                           **EMPTY_FAMILIES}
    assert empty_page(SITE, "")["errors"] == []


def test_an_unsaved_page_keeps_what_the_crawler_recorded():
    record = {"url": "http://acme.fr/presse", "final_url": "", "status": None,
              "role": "press", "why": "link text 'Presse'", "error": "timeout"}
    assert page_entry(record, None, DAY) == {
        "url": "http://acme.fr/presse", "parsed": False, "errors": ["timeout"],
        **EMPTY_FAMILIES, "requested_url": "http://acme.fr/presse", "role": "press",
        "why": "link text 'Presse'", "status": None, "error": "timeout", "title": ""}


def test_a_page_without_error_nor_file_is_not_saved():
    entry = page_entry({"final_url": SITE}, None, DAY)
    assert (entry["url"], entry["requested_url"], entry["errors"]) == (SITE, SITE,
                                                                       ["page not saved"])
    assert (entry["role"], entry["why"], entry["status"], entry["error"], entry["title"]) == (
        "", "", "", "", "")
    assert page_entry({}, None, DAY)["url"] == ""


def test_a_saved_page_is_gathered_at_its_final_url_on_the_crawl_date():
    record = {"url": "http://acme.fr", "final_url": SITE, "status": 200, "role": "home",
              "why": "home page", "title": "Acme", "error": ""}
    html = ("<html><body><a href='presse'>Presse</a><p>Publié le 14 janvier 2026</p>"
            "<p>Publié le 20 janvier 2026</p></body></html>")
    entry = page_entry(record, html, DAY)
    assert (entry["url"], entry["requested_url"], entry["parsed"]) == (SITE, "http://acme.fr",
                                                                       True)
    assert [link["href"] for link in entry["links"]] == [SITE + "presse"]
    # 20 January is 5 days after the crawl (more than 2 days ahead): dropped.
    assert [item["date"] for item in entry["dates"]] == ["2026-01-14"]
    assert (entry["role"], entry["why"], entry["status"], entry["title"]) == (
        "home", "home page", 200, "Acme")


def test_a_profile_not_fetched_has_empty_metrics():
    record = {"platform": "facebook", "url": "https://fb.com/acme", "final_url": "",
              "status": 404, "error": "HTTP 404"}
    # A 404 says the account is gone: nothing is read from the error page, nothing guessed.
    assert profile_entry(record, "<html><body>1 204 followers</body></html>", SITE, DAY) == {
        "platform": "facebook", "url": "https://fb.com/acme", "final_url": "https://fb.com/acme",
        "status": 404, "error": "HTTP 404", "account_status": "not_found",
        **unread("HTTP 404 for https://fb.com/acme: the account does not exist or was deleted")}


def test_a_profile_is_read_only_from_a_page_with_an_http_status_below_400():
    html = "<html><body><p>1 204 followers</p></body></html>"
    base = {"platform": "x", "url": "https://x.com/acme", "final_url": "https://x.com/acme2"}
    # An error recorded after the page arrived (a late timeout) does not discard the page.
    cases = [({"status": 200}, html, True), ({"status": None}, html, False),
             ({}, html, False), ({"status": 399}, html, True), ({"status": 400}, html, False),
             ({"status": "200"}, html, False), ({"status": 200, "error": "x"}, html, True),
             ({"status": 200}, None, False)]
    for extra, page, fetched in cases:
        entry = profile_entry({**base, **extra}, page, SITE, DAY)
        assert (entry["fetched"], entry["followers"]) == (fetched, 1204 if fetched else None), \
            extra
    entry = profile_entry({**base, "status": 200}, html, SITE, DAY)
    assert (entry["platform"], entry["url"], entry["final_url"], entry["status"],
            entry["error"]) == ("x", "https://x.com/acme", "https://x.com/acme2", 200, "")


def test_a_profile_record_without_addresses():
    entry = profile_entry({"final_url": "https://x.com/a"}, None, SITE, DAY)
    assert (entry["platform"], entry["url"], entry["final_url"], entry["status"],
            entry["error"], entry["fetched"]) == ("", "https://x.com/a", "https://x.com/a",
                                                  None, "not fetched", False)


def test_assemble_writes_the_crawl_facts():
    snapshot = {"target": {"id": "acme"}, "status": "partial", "reason": "1 failed",
                "started_at": "2026-01-15T10:00:00", "finished_at": "2026-01-16T00:10:00+01:00",
                "robots": {"https://www.acme.fr/robots.txt": {"status": 404}}}
    assert assemble(snapshot, [{"url": SITE}], [{"platform": "x"}], {"requests": 1},
                    {"home": {}}) == {
        "format": "benchmark-observations/1",
        "target": {"id": "acme"},
        "crawl": {"status": "partial", "reason": "1 failed",
                  "started_at": "2026-01-15T10:00:00",
                  "finished_at": "2026-01-16T00:10:00+01:00", "date": "2026-01-16",
                  "robots": {"https://www.acme.fr/robots.txt": {"status": 404}}},
        "pages": [{"url": SITE}], "profiles": [{"platform": "x"}],
        "network": {"requests": 1}, "probes": {"home": {}}}


def test_assemble_of_an_empty_snapshot(monkeypatch):
    monkeypatch.setenv("BENCHMARK_TODAY", "2027-03-04")
    observed = assemble({"robots": ["not", "a", "dict"]}, [], [], {}, {})
    assert observed["target"] == {}
    assert observed["crawl"] == {"status": "error", "reason": "", "started_at": "",
                                 "finished_at": "", "date": "2027-03-04", "robots": {}}


def test_observations_from_html_as_a_snapshot_would_give_them():
    observed = observations_from_html(
        [(SITE, "<html><body><h1>Acme</h1></body></html>", "home"),
         (SITE + "contact", "<html><body><p>Contact</p></body></html>", "contact")],
        [("x", "https://x.com/acme", "<html><body><p>12 followers</p></body></html>"),
         ("facebook", "https://fb.com/acme", None)],
        finished_at="2026-01-15T12:00:00+00:00", status="partial", reason="slow")
    assert observed["target"] == {"website": SITE}
    assert observed["crawl"] == {"status": "partial", "reason": "slow",
                                 "started_at": "2026-01-15T12:00:00+00:00",
                                 "finished_at": "2026-01-15T12:00:00+00:00",
                                 "date": "2026-01-15", "robots": {}}
    home, contact = observed["pages"]
    assert (home["url"], home["requested_url"], home["role"], home["status"], home["why"],
            home["error"], home["title"]) == (SITE, SITE, "home", 200, "", "", "")
    assert home["headings"] == [{"level": 1, "text": "Acme"}]
    assert (contact["url"], contact["role"]) == (SITE + "contact", "contact")
    x, facebook = observed["profiles"]
    assert (x["status"], x["error"], x["fetched"], x["followers"]) == (200, "", True, 12)
    assert facebook == {"platform": "facebook", "url": "https://fb.com/acme",
                        "final_url": "https://fb.com/acme", "status": None,
                        "error": "not fetched", "account_status": "unknown",
                        **unread("the account page could not be fetched: not fetched")}
    assert (observed["network"], observed["probes"]) == ({}, {})


def test_observations_from_html_defaults(monkeypatch):
    monkeypatch.setenv("BENCHMARK_TODAY", "2027-03-04")
    observed = observations_from_html([], website=SITE, network={"requests": 2},
                                      probes={"home": {"x": 1}})
    assert observed["target"] == {"website": SITE} and observed["pages"] == []
    assert observed["crawl"]["status"] == "ok" and observed["crawl"]["date"] == "2027-03-04"
    assert observed["crawl"]["finished_at"].startswith("2027-03-04T")
    assert (observed["network"], observed["probes"]) == ({"requests": 2}, {"home": {"x": 1}})
    assert observations_from_html([])["target"] == {"website": ""}
