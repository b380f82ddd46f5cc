"""The gather families the tech criteria read: network summary, embeds, meta, fingerprints."""

from __future__ import annotations

import json

from benchmark.gather import gather_html
from benchmark.gather.network import summarise_network
from benchmark.techstack import catalog as catalog_module

HOME = "https://www.acme.fr/"


def test_network_summary_lists_errors_site_files_and_insecure_requests():
    rows = [{"url": HOME + "robots.txt", "status": 404, "page": ""},
            {"url": HOME, "status": 200, "size": 900, "page": HOME},
            {"url": HOME + "sitemap_index.xml", "status": 200, "page": HOME},
            {"url": "http://cdn.acme.fr/a.js", "status": 200, "page": HOME},
            {"url": HOME + "a.png", "status": 404, "page": HOME, "resource_type": "image"},
            {"url": "https://t.tracker.io/p", "status": None, "failure": "x", "page": HOME}]
    summary = summarise_network(json.dumps(row) for row in rows)
    assert summary["errors"] == [
        {"url": HOME + "robots.txt", "status": 404, "page": "", "type": ""},
        {"url": HOME + "a.png", "status": 404, "page": HOME, "type": "image"}]
    assert [f["url"] for f in summary["site_files"]] == [HOME + "robots.txt",
                                                         HOME + "sitemap_index.xml"]
    assert summary["insecure"] == [{"url": "http://cdn.acme.fr/a.js", "page": HOME}]
    assert summary["pages"][HOME]["hosts"] == ["cdn.acme.fr", "t.tracker.io", "www.acme.fr"]
    assert summary["hosts"] == ["cdn.acme.fr", "t.tracker.io", "www.acme.fr"]


def test_embeds_and_meta_of_a_page():
    html = ('<html><head><meta name="robots" content="noindex,follow">'
            '<link rel="stylesheet" href="http://x.fr/a.css"></head><body>'
            '<div id="CybotCookiebotDialog" class="a"></div>'
            '<div vocab="http://schema.org/" typeof="LocalBusiness"></div>'
            '<a itemprop="sameAs" href="https://x.com/acme">x</a>'
            '<a href="p.html" target="main">P</a><iframe name="main" src="p.html"></iframe>'
            '<img src="http://x.fr/a.png"></body></html>')
    page = gather_html(html, HOME)
    embeds, meta = page["embeds"], page["meta"]
    assert embeds["insecure"] == [{"tag": "img", "url": "http://x.fr/a.png"},
                                  {"tag": "link", "url": "http://x.fr/a.css"}]
    assert embeds["consent"] == ['<div id="CybotCookiebotDialog" class="a">']
    assert embeds["layout_iframes"][0]["reason"] == "links open in it (target=main)"
    assert (meta["robots"], meta["rdfa_types"], meta["same_as"]) == (
        "noindex,follow", ["LocalBusiness"], ["https://x.com/acme"])


def test_fingerprint_family_records_missing_data(monkeypatch, tmp_path):
    monkeypatch.setenv("BENCHMARK_TECH_DATA", str(tmp_path))
    catalog_module.catalog.cache_clear()
    try:
        page = gather_html("<html><body>x</body></html>", HOME)
    finally:
        catalog_module.catalog.cache_clear()
    assert page["tech"]["matches"] == [] and page["tech"]["source"] == ""
    assert "fingerprint data not installed" in page["tech"]["error"]
    assert page["errors"] == []
