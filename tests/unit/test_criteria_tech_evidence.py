"""Tech verdicts with exact values and whole evidence: redirects, mixed content, consent,
trackers, SEO basics, splash pages, Flash, broken links."""

from __future__ import annotations

import pytest

from benchmark.model import Status

HOME = "https://www.acme.fr/"
HTTP_HOME = "http://www.acme.fr/"


def seen(outcome) -> tuple:
    return (outcome.status, outcome.value, outcome.score, outcome.evidence.url,
            outcome.evidence.snippet)


@pytest.mark.parametrize(("probe", "found", "snippet"), [
    ({"status": 301, "location": HOME}, True, "http://www.acme.fr/ answers HTTP 301 to " + HOME),
    # 300 is a redirection status too (Multiple Choices, with a Location).
    ({"status": 300, "location": HOME}, True, "http://www.acme.fr/ answers HTTP 300 to " + HOME),
    ({"status": 200}, False, "http://www.acme.fr/ answers HTTP 200"),
    # 400 is no redirection, whatever Location header comes with it.
    ({"status": 400, "location": HOME}, False, "http://www.acme.fr/ answers HTTP 400 to " + HOME),
    # Sent to https, but to another site.
    ({"status": 301, "location": "https://www.autre.fr/"}, False,
     "http://www.acme.fr/ answers HTTP 301 to https://www.autre.fr/"),
])
def test_https_redirect_evidence(judge, html, probe, found, snippet):
    outcome = judge("https-redirect", html("<p>x</p>"),
                    probes={"home": {"http_redirect": {"url": HTTP_HOME, **probe}}})
    assert seen(outcome) == (Status.PASS if found else Status.FAIL, str(found).lower(),
                             float(found), HTTP_HOME, snippet)


@pytest.mark.parametrize(("body", "probes", "network", "snippet"), [
    ('<img src="http://cdn.acme.fr/a.png">', None, None, "<img> loads http://cdn.acme.fr/a.png"),
    ("<p>x</p>", None, {"insecure": [{"page": HOME, "url": "http://cdn.acme.fr/b.js"}]},
     "requested http://cdn.acme.fr/b.js"),
    ("<p>x</p>", {"home": {"console_errors": [
        "Mixed Content: The page at 'https://www.acme.fr/' was loaded over HTTPS, but requested "
        "an insecure image 'http://x/a.png'."]}}, None,
     "browser console: Mixed Content: The page at 'https://www.acme.fr/' was loaded over HTTPS,"
     " but requested an insecure image 'http://x/a.png'."),
])
def test_mixed_content_evidence(judge, html, body, probes, network, snippet):
    outcome = judge("mixed-content", html(body), probes=probes, network=network)
    assert seen(outcome) == (Status.FAIL, "true", 0.0, HOME, snippet)


def test_mixed_content_is_looked_for_past_a_plain_http_page(judge, html):
    # An http:// page is not judged (its images are not mixed content); the https page after
    # it still is.
    pages = [(HOME, html("<p>x</p>"), "home"),
             ("http://www.acme.fr/ancien", html('<img src="http://www.acme.fr/b.png">'), "about"),
             (HOME + "contact", html('<img src="http://www.acme.fr/a.png">'), "contact")]
    assert seen(judge("mixed-content", pages)) == (
        Status.FAIL, "true", 0.0, HOME + "contact", "<img> loads http://www.acme.fr/a.png")


@pytest.mark.parametrize(("body", "probes", "snippet"), [
    ("<p>x</p>", {"home": {"consent": {"present": True, "vendor": "didomi",
                                       "action_taken": "refused"}}},
     "consent banner (didomi), crawler refused"),
    ("<p>x</p>", {"home": {"consent": {"present": True}}},
     "consent banner (generic), crawler none"),
    ('<div id="tarteaucitronRoot"></div>', None, 'consent banner <div id="tarteaucitronRoot">'),
    ('<script src="https://sdk.privacy-center.org/loader.js"></script>', None,
     "consent platform https://sdk.privacy-center.org/loader.js"),
    ('<script src="/js/tarteaucitron.js"></script>', None,
     "consent platform https://www.acme.fr/js/tarteaucitron.js"),
])
def test_consent_evidence(judge, html, body, probes, snippet):
    outcome = judge("cookie-consent", html(body), probes=probes)
    assert seen(outcome) == (Status.PASS, "true", 1.0, HOME, snippet)


def test_trackers_before_consent_from_cookies_and_from_the_visit_when_refused(judge, html):
    # The crawler accepted the banner: the visit's hosts prove nothing, the cookie set
    # before the choice does.
    visit = {"pages": {HOME: {"hosts": ["www.google-analytics.com"]}}}
    accepted = judge("trackers-before-consent", html("<p>x</p>"), network=visit, probes={"home": {
        "consent": {"action_taken": "accepted"}, "cookies_before_consent": [{"name": "_ga"}]}})
    assert seen(accepted) == (Status.FAIL, "google-analytics", 0.0, HOME,
                              "google-analytics: cookie _ga")
    refused = judge("trackers-before-consent", html("<p>x</p>"),
                    network={"pages": {HOME: {"hosts": ["connect.facebook.net"]}}},
                    probes={"home": {"consent": {"action_taken": "refused"},
                                     "cookies_before_consent": []}})
    assert seen(refused) == (Status.FAIL, "facebook-pixel", 0.0, HOME,
                             "facebook-pixel: contacted https://connect.facebook.net/")


def test_seo_basics_reads_headers_and_site_files_of_the_homes_host(judge, html):
    # Missing: indexable (X-Robots-Tag: noindex) and the sitemap (404 on the home's host;
    # another host's sitemap does not count): 5 of 7 present, 0.714 < 0.75.
    head = ('<meta name="description" content="d">'
            '<link rel="canonical" href="https://www.acme.fr/">')
    files = [{"url": HOME + "robots.txt", "status": 200}, {"url": HOME + "sitemap.xml",
                                                           "status": 404},
             {"url": "https://cdn.autre.fr/sitemap.xml", "status": 200}]
    outcome = judge("seo-basics", html("<h1>Acme</h1>", head=head),
                    probes={"home": {"headers": {"X-Robots-Tag": "noindex"}}},
                    network={"site_files": files})
    assert seen(outcome) == (Status.FAIL, "indexable;sitemap", 5 / 7, HOME,
                             "missing: indexable, sitemap")


def test_hsts_needs_a_positive_max_age(judge, html):
    outcome = judge("hsts", html("<p>x</p>"), probes={"home": {"headers": {
        "Strict-Transport-Security": "max-age=0"}}})
    assert seen(outcome) == (Status.FAIL, "false", 0.0, HOME,
                             "Strict-Transport-Security: max-age=0")


@pytest.mark.parametrize(("body", "snippet"), [
    # A logo's link to the home page itself is no door.
    ('<a href="/fr/">Français</a><a href="/en/">English</a>'
     '<a href="https://www.acme.fr/#top"><img src="logo.png"></a>',
     "the home page only offers 'Français', 'English'"),
    # An image link to a language folder, and an 'enter' link.
    ('<a href="/fr/"><img src="fr.png"></a><a href="/enter">Entrer sur le site</a>',
     "the home page only offers 'https://www.acme.fr/fr/', 'Entrer sur le site'"),
])
def test_splash_pages(judge, html, body, snippet):
    assert seen(judge("splash-page", html(body))) == (Status.FAIL, "true", 0.0, HOME, snippet)


def test_a_home_page_with_a_shop_link_is_no_splash_page(judge, html):
    outcome = judge("splash-page", html('<a href="/fr/">Français</a><a href="/boutique">Boutique'
                                        "</a>"))
    assert seen(outcome) == (Status.PASS, "false", 1.0, HOME,
                             "the home page has content or links beyond languages and 'enter'")


def test_flash_from_the_network_log_and_from_a_kits_global(judge, html):
    requested = judge("flash-content", html("<p>x</p>"),
                      network={"flash": ["https://www.acme.fr/a.swf"]})
    assert seen(requested) == (Status.FAIL, "true", 0.0, HOME,
                               "Flash movie requested: https://www.acme.fr/a.swf")
    ruffle = judge("flash-content", html("<p>x</p>"),
                   probes={"home": {"fingerprint": {"js": {"RufflePlayer": True}}}})
    assert seen(ruffle) == (Status.FAIL, "true", 0.0, HOME,
                            "JavaScript global RufflePlayer defined")


def test_broken_links_count_same_site_addresses_once_without_fragments(judge, html):
    # a.pdf#p2 is a.pdf; another site's 404 does not count; the favicon is ignored.
    # 2 broken addresses score 0.5 (methodology curve: 1 scores 0.9, 2 score 0.5).
    errors = [{"url": HOME + "a.pdf#p2", "status": 404, "page": HOME},
              {"url": HOME + "a.pdf", "status": 404, "page": HOME},
              {"url": HOME + "old", "status": 410},
              {"url": HOME + "favicon.ico", "status": 404},
              {"url": "https://autre.fr/b", "status": 404}]
    outcome = judge("broken-links", html("<p>x</p>"), network={"errors": errors})
    assert seen(outcome) == (
        Status.FAIL, "2", 0.5, HOME + "a.pdf",
        "2 broken: https://www.acme.fr/a.pdf HTTP 404 on https://www.acme.fr/; "
        "https://www.acme.fr/old HTTP 410 on the site")
