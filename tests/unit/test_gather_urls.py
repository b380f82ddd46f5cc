"""URL helpers: absolute links, hosts, vendors, documents, the words naming a page."""

from __future__ import annotations

import pytest

from benchmark.gather.urls import (
    absolute,
    find_in_url,
    host_of,
    is_document,
    matching_vendor,
    path_of,
    site_host,
    url_segments,
)

pytestmark = pytest.mark.usefixtures("cold_gather_caches")

BASE = "https://a.fr/b/"


def test_absolute_links():
    assert absolute(BASE, " /x\n y ") == "https://a.fr/xy"  # whitespace inside dropped
    assert absolute(BASE, "c.html") == "https://a.fr/b/c.html"
    assert absolute(BASE, "#t") is None and absolute(BASE, "") is None
    assert absolute(BASE, None) is None and absolute(BASE, " \n") is None
    assert [absolute(BASE, f"{scheme}x") for scheme in (
        "JavaScript:", "data:", "vbscript:", "about:", "blob:")] == [None] * 5
    assert absolute(BASE, "HTTPS://z.fr/" + "q" * 2100) == ("HTTPS://z.fr/" + "q" * 2100)[:2000]
    assert absolute(BASE, "/" + "q" * 2100) == ("https://a.fr/" + "q" * 2100)[:2000]
    assert absolute("https://a.fr/", "//[::1") is None  # malformed IPv6 host


def test_hosts_and_paths():
    assert host_of("https://WWW.A.fr./x") == "www.a.fr"
    assert host_of("http://[::1") == "" and host_of("mailto:a@b.fr") == ""
    assert path_of("https://a.fr/x/y?z") == "/x/y" and path_of("http://[::1/x") == ""
    assert [site_host(h) for h in ("WWW2.a.fr", "m.a.fr", "mobile.a.fr", "mx.a.fr",
                                   "www.m.a.fr")] == ["a.fr", "a.fr", "a.fr", "mx.a.fr",
                                                      "m.a.fr"]


def test_matching_vendor():
    entries = ("stripe.com", "paypal.com/donate", "paypal.com")
    assert matching_vendor("https://www.paypal.com/Donate/x", entries) == "paypal.com/donate"
    assert matching_vendor("https://paypal.com/x", entries) == "paypal.com"
    assert matching_vendor("https://notpaypal.com/donate", entries) is None
    assert matching_vendor("mailto:x@paypal.com", entries) is None


def test_documents():
    assert is_document("https://a.fr/x.PDF?y=1") and is_document("https://a.fr/a.swf")
    assert not is_document("https://a.fr/pdf") and not is_document("https://a.fr/x.html")


def test_url_segments():
    assert url_segments("https://presse.acme.fr/qui-sommes-nous.html?page=Espace%20presse&x=1") \
        == ("presse", "qui sommes nous", "espace presse", "1")
    assert url_segments("https://www.acme.co.uk/a/index.php4") == ("a", "index")
    assert url_segments("http://[::1") == ()


def test_find_in_url_only_in_short_segments():
    assert find_in_url("sections.press", "https://www.acme.fr/espace-presse/") == "espace presse"
    assert find_in_url("sections.press",
                       "https://www.acme.fr/le-groupe-annonce-presse-2013") is None
    assert find_in_url("sections.press", "https://www.acme.fr/a-la-presse-2013") is not None
