"""Tech criteria judged from the crawl's probes and network log: speed, a11y, security."""

from __future__ import annotations

import json

import pytest

from benchmark.criteria.site import SiteView
from benchmark.criteria.tech_quality import broken_urls
from benchmark.gather.network import summarise_network
from benchmark.model import Status

HOME = "https://www.acme.fr/"


def network(*rows: dict) -> dict:
    """A network summary, built like the gather stage from network.jsonl rows."""
    return summarise_network(json.dumps({"page": HOME, **row}) for row in rows)


@pytest.mark.parametrize(("mobile", "expected"), [
    ({"overflow": False, "scroll_width": 390, "viewport_width": 390, "small_text_share": 0.1},
     "true"),
    ({"overflow": False, "scroll_width": 390, "viewport_width": 390, "small_text_share": 0.55},
     "false"),
    ({"overflow": True, "scroll_width": 980, "viewport_width": 390}, "false"),
])
def test_mobile_layout_needs_fit_and_legible_text(judge, html, mobile, expected):
    assert judge("mobile-layout", html("x"), probes={"mobile": mobile}).value == expected


def test_page_weight_takes_the_larger_lower_bound_in_kib(judge, html):
    probes = {"home": {"transfer_bytes": 1024 * 1000}}
    outcome = judge("page-weight", html("x"), probes=probes,
                    network=network({"url": HOME, "size": 1024 * 5000}))
    assert (outcome.status, outcome.value) == (Status.FAIL, "5000")
    assert outcome.score == pytest.approx(0.2, abs=0.05)
    light = judge("page-weight", html("x"), probes=probes)
    assert (light.status, light.value, light.score) == (Status.PASS, "1000", pytest.approx(1, .01))
    assert judge("page-weight", html("x")).status is Status.UNKNOWN


def test_load_time_prefers_largest_contentful_paint(judge, html):
    timing = {"largest_contentful_paint_ms": 1200, "load_ms": 9000}
    outcome = judge("load-time", html("x"), probes={"home": {"timing": timing}})
    assert (outcome.status, outcome.value, round(outcome.score, 2)) == (Status.PASS, "1200", 0.9)
    slow = judge("load-time", html("x"), probes={"home": {"timing": {"load_ms": 4800}}})
    assert (slow.status, slow.value) == (Status.FAIL, "4800")
    assert "load event" in slow.evidence.snippet


def test_accessibility_weighs_rules_by_impact(judge, html):
    violations = [{"id": "image-alt", "impact": "critical", "nodes": 4},
                  {"id": "color-contrast", "impact": "serious", "nodes": 12},
                  {"id": "region", "impact": "moderate", "nodes": 1},
                  {"id": "meta-x", "impact": None, "nodes": 1}]
    outcome = judge("accessibility", html("x"), probes={"home": {"axe": {"violations":
                                                                          violations}}})
    assert (outcome.status, outcome.value) == (Status.PASS, "21")  # 10 + 7 + 3 + 1
    assert outcome.evidence.snippet.startswith("4 rules violated")
    clean = judge("accessibility", html("x"), probes={"home": {"axe": {"violations": []}}})
    assert (clean.value, clean.score) == ("0", 1.0)


def test_accessibility_unknown_without_axe(judge, html):
    missing = judge("accessibility", html("x"), probes={"home": {"axe": {
        "error": "axe-core not installed (.cache/tech/axe-core/axe.min.js): run `make install`"}}})
    assert missing.status is Status.UNKNOWN and "make install" in missing.evidence.snippet
    assert judge("accessibility", html("x")).status is Status.UNKNOWN


def test_console_errors_pass_only_without_errors(judge, html):
    errors = ["Uncaught ReferenceError: jQuery is not defined", "screenshot mobile failed: x"]
    outcome = judge("console-errors", html("x"), probes={"home": {"console_errors": errors}})
    assert (outcome.status, outcome.value, round(outcome.score, 2)) == (Status.FAIL, "1", 0.9)
    none = judge("console-errors", html("x"), probes={"home": {"console_errors": []}})
    assert (none.status, none.value) == (Status.PASS, "0")


def test_broken_links_count_same_site_not_found_only(judge, html):
    rows = network({"url": HOME + "old-page", "status": 404},
                   {"url": HOME + "img/a.png#x", "status": 404},
                   {"url": HOME + "img/a.png", "status": 404},
                   {"url": HOME + "private", "status": 403},
                   {"url": HOME + "robots.txt", "status": 404},
                   {"url": HOME + "favicon.ico", "status": 404},
                   {"url": "https://cdn.other.com/x.js", "status": 404})
    outcome = judge("broken-links", html("x"), network=rows)
    assert (outcome.status, outcome.value) == (Status.FAIL, "2")
    clean = judge("broken-links", html("x"), network=network({"url": HOME, "status": 200}))
    assert (clean.status, clean.value) == (Status.PASS, "0")
    assert judge("broken-links", html("x")).status is Status.UNKNOWN


def test_broken_links_include_failed_key_pages():
    site = SiteView({"pages": [{"url": HOME, "role": "home", "status": 200},
                               {"url": HOME + "presse", "requested_url": HOME + "presse",
                                "role": "press", "status": 410, "why": "link text 'Presse'"}]})
    assert broken_urls(site) == {HOME + "presse": "HTTP 410 (link text 'Presse')"}


def test_https_redirect_from_probe_or_requested_address(judge, html):
    redirect = {"url": "http://www.acme.fr/", "status": 301, "location": HOME}
    assert judge("https-redirect", html("x"), probes={"home": {"http_redirect": redirect}}
                 ).value == "true"
    served = {"url": "http://www.acme.fr/", "status": 200}
    assert judge("https-redirect", html("x"), probes={"home": {"http_redirect": served}}
                 ).value == "false"
    elsewhere = dict(redirect, location="https://parking.example.net/")
    assert judge("https-redirect", html("x"), probes={"home": {"http_redirect": elsewhere}}
                 ).value == "false"
    plain = judge("https-redirect", [("http://www.acme.fr/", html("x"), "home")])
    assert plain.value == "false"
    assert judge("https-redirect", html("x")).status is Status.UNKNOWN


@pytest.mark.parametrize(("body", "head", "expected"), [
    ('<img src="http://www.acme.fr/a.jpg">', "", "true"),
    ("", '<link rel="stylesheet" href="http://fonts.example.com/a.css">', "true"),
    ('<a href="http://www.ademe.fr/">ADEME</a><p>Ancien site : http://acme.com</p>', "", "false"),
    ('<img src="//www.acme.fr/a.jpg"><img src="/b.jpg">', "", "false"),
])
def test_mixed_content_only_loaded_resources(judge, html, body, head, expected):
    assert judge("mixed-content", html(body, head=head)).value == expected


def test_mixed_content_from_network_and_console(judge, html):
    rows = network({"url": "http://cdn.acme.fr/a.js", "status": 200})
    assert judge("mixed-content", html("x"), network=rows).value == "true"
    message = ("Mixed Content: The page at 'https://www.acme.fr/' was loaded over HTTPS, but "
               "requested an insecure image 'http://x/a.png'.")
    probes = {"home": {"console_errors": [message]}}
    assert judge("mixed-content", html("x"), probes=probes).value == "true"
    other = {"home": {"console_errors": [message.replace("www.acme.fr", "x.com")]}}
    assert judge("mixed-content", html("x"), probes=other).value == "false"
    plain = judge("mixed-content", [("http://www.acme.fr/", html('<img src="http://a/b">'),
                                     "home")])
    assert plain.status is Status.NOT_APPLICABLE


@pytest.mark.parametrize(("headers", "expected"), [
    ({"Strict-Transport-Security": "max-age=31536000; includeSubDomains"}, "true"),
    ({"strict-transport-security": "max-age=0"}, "false"),
    ({"server": "nginx"}, "false"),
])
def test_hsts(judge, html, headers, expected):
    assert judge("hsts", html("x"), probes={"home": {"headers": headers}}).value == expected


def test_hsts_unknown_without_headers(judge, html):
    assert judge("hsts", html("x")).status is Status.UNKNOWN


def test_seo_reads_robots_status_recorded_for_every_target_of_a_host():
    from benchmark.criteria.tech_seo import seo_checks

    def view(status: int | None) -> SiteView:
        robots = {} if status is None else {
            "https://www.acme.fr/robots.txt": {"status": status, "rules": "robots.txt"}}
        return SiteView({"crawl": {"status": "ok", "robots": robots},
                         "pages": [{"url": "https://www.acme.fr/", "role": "home",
                                    "parsed": True, "meta": {}}]})

    assert seo_checks(view(200))["robots-txt"] is True
    assert seo_checks(view(404))["robots-txt"] is False
    assert seo_checks(view(None))["robots-txt"] is None  # not looked at: not a verdict


def cut(kind: str, why: str) -> dict:
    """A probe the crawler cut short (benchmark/crawl/probe_runner.py)."""
    return {"cut_short": kind, "error": why}


@pytest.mark.parametrize(("criterion", "probes", "said"), [
    ("accessibility", {"home": {"axe": cut("timeout", "axe did not finish within 60 s")}},
     "axe probe cut short (timeout: axe did not finish within 60 s)"),
    ("mobile-layout", {"mobile": cut("skipped", "the time budget of 180 s was used up")},
     "mobile probe cut short (skipped: the time budget of 180 s was used up)"),
    ("load-time", {"home": {"measure": cut("error", "measure failed: page closed")}},
     "measure probe cut short (error: measure failed: page closed)"),
    ("page-weight", {"home": {"measure": cut("timeout", "measure did not finish within 15 s")}},
     "measure probe cut short (timeout"),
    ("https-redirect", {"home": {"http_redirect": cut("timeout", "no answer in 30 s")}},
     "http_redirect probe cut short (timeout: no answer in 30 s)"),
    ("tech-stack", {"home": {"fingerprint": cut("timeout", "fingerprint: 15 s")}},
     "fingerprint probe cut short (timeout: fingerprint: 15 s)"),
    ("cookie-consent", {"home": {"consent": cut("timeout", "consent did not finish")}},
     "consent probe cut short (timeout: consent did not finish)"),
    ("trackers-before-consent", {"home": {"cookies_before_consent": [], "consent": cut(
        "timeout", "consent did not finish")}}, "consent probe cut short (timeout"),
])
def test_a_probe_cut_short_gives_unknown_with_the_reason(judge, html, criterion, probes, said):
    outcome = judge(criterion, html("x"), probes=probes)
    assert (outcome.status, outcome.value, outcome.score) == (Status.UNKNOWN, "", None)
    assert said in outcome.evidence.snippet


def test_what_other_evidence_proves_stands_when_a_probe_was_cut_short(judge, html):
    consent_cut = {"home": {"consent": cut("timeout", "consent did not finish"),
                            "cookies_before_consent": [{"name": "_ga"}]}}
    # a tracker's cookie set before any choice is a finding, whatever the consent probe did
    tracked = judge("trackers-before-consent", html("x"), probes=consent_cut)
    assert (tracked.status, tracked.value) == (Status.FAIL, "google-analytics")
    # the banner's markup in the saved page shows the wall
    banner = judge("cookie-consent", html('<div id="didomi-host"></div>'), probes=consent_cut)
    assert banner.status is Status.PASS
    # the network log still weighs the page when the in-browser measurement was cut short
    weight = judge("page-weight", html("x"), probes={"home": {"measure": cut("timeout", "x")}},
                   network=network({"url": HOME, "size": 1024 * 300}))
    assert (weight.status, weight.value) == (Status.PASS, "300")
    redirect = judge("https-redirect", [("http://www.acme.fr/", html("x"), "home")],
                     probes={"home": {"http_redirect": cut("timeout", "x")}})
    assert redirect.value == "false"  # the targets file's http:// address led to http://
