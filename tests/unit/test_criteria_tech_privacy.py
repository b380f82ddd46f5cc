"""Tech criteria on consent, trackers, SEO basics and structured data."""

from __future__ import annotations

import json

import pytest

from benchmark.gather.network import summarise_network
from benchmark.model import Status

HOME = "https://www.acme.fr/"
GA = {"name": "_ga", "domain": ".acme.fr"}


def network(*rows: dict) -> dict:
    return summarise_network(json.dumps(row) for row in rows)


def test_trackers_before_consent_from_cookies_and_hosts(judge, html):
    probes = {"home": {"cookies_before_consent": [GA, {"name": "_hjSessionUser_12"}],
                       "consent": {"present": True, "action_taken": "rejected"}}}
    rows = network({"url": "https://connect.facebook.net/fbevents.js", "page": HOME},
                   {"url": "https://www.googletagmanager.com/gtm.js?id=GTM-1", "page": HOME})
    outcome = judge("trackers-before-consent", html("x"), probes=probes, network=rows)
    assert (outcome.status, outcome.value) == (Status.FAIL, "facebook-pixel;google-analytics;"
                                                            "hotjar")
    assert "cookie _ga" in outcome.evidence.snippet


def test_trackers_after_an_accepted_banner_do_not_count(judge, html):
    rows = network({"url": "https://connect.facebook.net/fbevents.js", "page": HOME})
    accepted = {"home": {"cookies_before_consent": [],
                         "consent": {"present": True, "action_taken": "accepted"},
                         "fingerprint": {"hosts": ["www.acme.fr", "sdk.privacy-center.org"]}}}
    outcome = judge("trackers-before-consent", html("x"), probes=accepted, network=rows)
    assert (outcome.status, outcome.value) == (Status.PASS, "")
    early = {"home": dict(accepted["home"], fingerprint={"hosts": ["connect.facebook.net"]})}
    assert judge("trackers-before-consent", html("x"), probes=early,
                 network=rows).value == "facebook-pixel"


def test_trackers_unknown_without_records(judge, html):
    assert judge("trackers-before-consent", html("x")).status is Status.UNKNOWN


@pytest.mark.parametrize(("body", "probes", "expected"), [
    ("<p>x</p>", {"home": {"consent": {"present": True, "vendor": "didomi"}}}, "true"),
    ('<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js"></script>', {},
     "true"),
    ('<script src="/wp-content/plugins/cookie-law-info/js/cli.js?ver=2"></script>', {}, "true"),
    ('<div id="tarteaucitronRoot"></div>', {}, "true"),
    ('<p>Politique de cookies</p><a href="/cookies">Cookies</a>', {}, "false"),
])
def test_cookie_consent_sources(judge, html, body, probes, expected):
    assert judge("cookie-consent", html(body), probes=probes).value == expected


def test_no_banner_fails_only_when_trackers_are_used(judge, html):
    tracked = judge("cookie-consent", html('<script src="https://www.google-analytics.com/'
                                           'analytics.js"></script>'))
    assert (tracked.status, tracked.value) == (Status.FAIL, "false")
    assert "google-analytics" in tracked.evidence.snippet
    quiet = judge("cookie-consent", html("<p>x</p>"))
    assert (quiet.status, quiet.value) == (Status.PASS, "false")


SEO_HEAD = ('<meta name="description" content="Acme"><link rel="canonical" href="/">')
SITE_FILES = [{"url": HOME + "robots.txt", "status": 200, "page": ""},
              {"url": HOME + "sitemap.xml", "status": 200, "page": HOME}]


def test_seo_basics_lists_what_is_missing(judge, html):
    full = judge("seo-basics", html("<h1>Acme</h1>", head=SEO_HEAD), network=network(*SITE_FILES))
    assert (full.status, full.value, full.score) == (Status.PASS, "", 1.0)
    bare = judge("seo-basics", html("<h2>Acme</h2>", head='<meta name="robots" content="noindex">'),
                 network=network({"url": HOME + "robots.txt", "status": 404, "page": ""}))
    assert (bare.status, bare.value) == (Status.FAIL, "canonical;description;h1;indexable;"
                                                      "robots-txt")
    assert "not checked: sitemap" in bare.evidence.snippet


def test_seo_basics_reads_x_robots_tag(judge, html):
    probes = {"home": {"headers": {"X-Robots-Tag": "noindex, nofollow"}}}
    outcome = judge("seo-basics", html("<h1>A</h1>", head=SEO_HEAD), probes=probes)
    assert outcome.value == "indexable"


def test_structured_data_scores(judge, html):
    org = ('<script type="application/ld+json">{"@type": "Organization", "sameAs": '
           '["https://x.com/acme"]}</script>')
    assert judge("structured-data", html("x", head=org)).score == 1.0
    rdfa = '<div vocab="https://schema.org/" typeof="Organization"><span>Acme</span></div>'
    outcome = judge("structured-data", html(rdfa))
    assert (outcome.value, outcome.score, outcome.evidence.snippet) == (
        "true", 0.8, "RDFa Organization")
    microdata = ('<div itemscope itemtype="https://schema.org/NGO"><a itemprop="sameAs" '
                 'href="https://www.facebook.com/acme">f</a></div>')
    assert judge("structured-data", html(microdata)).score == 1.0
    crumbs = '<script type="application/ld+json">{"@type": "BreadcrumbList"}</script>'
    outcome = judge("structured-data", html("x", head=crumbs))  # DESIGN.md: no organisation
    assert (outcome.status, outcome.score) == (Status.FAIL, 0.0)
    assert "only JSON-LD BreadcrumbList" in outcome.evidence.snippet
