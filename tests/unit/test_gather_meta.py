"""Head metadata of small inline pages, compared whole: meta tags, feeds, JSON-LD, RDFa."""

from __future__ import annotations

import json

import lxml.html
import pytest

from benchmark.gather import gather_html
from benchmark.gather.dom import parse_document
from benchmark.gather.meta import (
    feed_type,
    jsonld_nodes,
    jsonld_types,
    meta_keys,
    named_meta,
    walk_jsonld,
)

pytestmark = pytest.mark.usefixtures("cold_gather_caches")

SITE = "https://www.acme.fr/"
HEAD = (
    '<meta http-equiv="Content-Language" content="de">'
    '<meta name="viewport" content="a"><meta name="VIEWPORT" content="b">'
    '<meta name="viewport" content="a">'
    '<meta property="og:title og:site_name" content=" Acme "><meta name="og:title" content="O">'
    '<meta property="OG:Image" value="/i.png"><meta property="og:empty" content="">'
    '<meta property="og:empty" content="later"><meta name="twitter:site" content="@acme">'
    '<link rel="alternate" type="application/rss+xml; charset=utf-8" href="/rss" title="Actus">'
    '<link rel="feed" type="text/xml" href="/x.xml">'
    '<link rel="alternate" type="text/xml" href="/atom.xml">'
    '<link rel="alternate" type="text/xml" href="/page.xml">'
    '<link rel="alternate" type="text/xml" hreflang="en" href="/en/rss.xml">'
    '<link rel="stylesheet" type="application/rss+xml" href="/s">'
    '<link rel="alternate" type="application/x-atom+xml" href="/a2">'
    '<link rel="alternate" type="application/json" href="/feed.json">'
    '<link rel="Canonical" href="/c"><link rel="canonical" href="/c2">'
    '<link href="" rel="canonical">'
    '<meta name="description" content="D"><meta name="generator" content="WordPress 6">'
    '<meta name="robots" content="noindex">')
BODY = (
    '<div vocab="https://schema.org/"><span typeof="Person"></span></div>'
    '<span typeof="schema:Place"></span><span typeof="Thing"></span>'
    '<span typeof="https://schema.org/Event/"></span>'
    '<div itemscope itemtype="https://schema.org/Product https://schema.org/Thing">'
    '<div itemprop="brand" itemscope itemtype="https://schema.org/Brand"></div></div>'
    '<link itemprop="sameAs" href="https://x.com/a"><meta itemprop="name sameAs" '
    'content="https://fb.com/a">'
    '<script type="application/ld+json">{"@type": "Product", "brand": {"@type": '
    '"Organization", "sameAs": "https://x.com/brand"}, "sameAs": ["https://x.com/a", 3, '
    '"https://yt.com/a"]}</script>'
    '<script type="application/LD+JSON">{"@graph": [{"@type": "schema:WebPage"}, '
    '{"@type": ["http://schema.org/Organization/", 5]}]}</script>'
    '<script type="application/ld+json">{bad json</script>'
    '<script type="application/ld+json"></script>')


def test_meta_of_a_page_whole():
    meta = gather_html(f'<html lang=""><head>{HEAD}</head><body>{BODY}</body></html>',
                       SITE)["meta"]
    assert meta == {
        "title": "",
        "lang": "de",
        "viewport": "a ; b",  # three tags, two distinct values
        "description": "D",
        "generator": "WordPress 6",
        "og": {"og:title": "Acme", "og:site_name": "Acme", "og:image": "/i.png",
               "og:empty": "later"},
        "twitter": {"twitter:site": "@acme"},
        "jsonld_types": ["Organization", "Product", "WebPage"],
        "same_as": ["https://x.com/a", "https://fb.com/a", "https://yt.com/a"],
        "microdata_types": ["https://schema.org/Product", "https://schema.org/Thing"],
        "rdfa_types": ["Event", "Person", "Place"],
        "robots": "noindex",
        "alternates": [{"hreflang": "en", "href": "https://www.acme.fr/en/rss.xml"}],
        "feeds": [
            {"href": "https://www.acme.fr/rss", "type": "application/rss+xml",
             "title": "Actus"},
            {"href": "https://www.acme.fr/x.xml", "type": "application/rss+xml", "title": ""},
            {"href": "https://www.acme.fr/atom.xml", "type": "application/rss+xml",
             "title": ""},
            {"href": "https://www.acme.fr/a2", "type": "application/atom+xml", "title": ""},
            {"href": "https://www.acme.fr/feed.json", "type": "application/feed+json",
             "title": ""},
        ],
        "canonical": "https://www.acme.fr/c",
    }


def test_lang_of_the_root_element_then_xml_lang():
    def lang(html: str) -> str:
        return gather_html(html, SITE)["meta"]["lang"]

    assert lang('<html lang="fr-FR" xml:lang="en"><body>x</body></html>') == "fr-FR"
    assert lang('<html xml:lang="en"><body>x</body></html>') == "en"
    assert lang(f'<html lang="{"x" * 30}"><body>x</body></html>') == "x" * 19 + "…"
    assert lang("<html><body>x</body></html>") == ""


def test_title_is_the_first_title_cleaned():
    meta = gather_html("<html><head><title> Acme \n groupe </title></head><body>"
                       "<svg><title>icon</title></svg></body></html>", SITE)["meta"]
    assert meta["title"] == "Acme groupe"


def test_meta_keys_are_every_name_a_tag_gives_itself():
    tag = lxml.html.fragment_fromstring(
        '<meta property=" OG:Title  og:x " itemprop="Name" name="Twitter:Title" '
        'http-equiv="Refresh">')
    assert meta_keys(tag) == ["og:title", "og:x", "name", "twitter:title", "refresh"]
    assert meta_keys(lxml.html.fragment_fromstring('<meta content="x">')) == []


def test_named_meta_joins_distinct_values_of_several_tags():
    doc = parse_document('<head><meta name="robots" content=" noindex "><meta name="x" '
                         'content="y"></head><body></body>')
    assert named_meta(doc, "robots") == "noindex"
    assert named_meta(doc, "description") == ""
    doc = parse_document('<head><meta name="robots" content=""><meta name="robots" '
                         'content="nofollow"></head><body></body>')
    assert named_meta(doc, "robots") == "nofollow"


@pytest.mark.parametrize(("rel", "attributes", "href", "expected"), [
    ("alternate", {"type": "application/rss+xml"}, "/a", "application/rss+xml"),
    ("alternate", {"type": "Application/RDF+XML"}, "/a", "application/rss+xml"),
    ("alternate", {"type": "application/x-rss+xml"}, "/a", "application/rss+xml"),
    ("feed alternate", {"type": "application/atom+xml"}, "/a", "application/atom+xml"),
    ("alternate", {"type": "text/html"}, "/rss", None),
    ("stylesheet", {"type": "application/rss+xml"}, "/rss", None),
    ("alternate", {"type": "application/xml"}, "/feeds/news", "application/rss+xml"),
    ("alternate", {"type": "text/xml", "title": "RSS 2.0"}, "/a", "application/rss+xml"),
    ("alternate", {}, "/rss2/", "application/rss+xml"),
    ("alternate", {"type": "text/xml"}, "/sitemap.xml", None),
    ("alternate", {"type": "text/xml"}, "/feedback.xml", None),
    ("alternate", {"type": "text/xml", "hreflang": "en"}, "/rss.xml", None),
    ("feed", {"type": "text/xml"}, "/news.xml", "application/rss+xml"),
    ("feed", {"type": "text/html"}, "/news", None),
])
def test_feed_type(rel, attributes, href, expected):
    link = lxml.html.fragment_fromstring("<link>")
    for name, value in attributes.items():
        link.set(name, value)
    assert feed_type(rel, link, href) == expected


def test_jsonld_types_are_short_names():
    assert jsonld_types({"@type": "http://schema.org/Organization"}) == ["Organization"]
    assert jsonld_types({"@type": ["schema:NewsArticle", "https://schema.org/Event/", 3]}) == [
        "NewsArticle", "Event"]
    assert jsonld_types({}) == [] and jsonld_types({"@type": {"x": 1}}) == []


def test_walk_jsonld_skips_brands_and_makers_and_stops_20_levels_down():
    data = {"@type": "Product", "brand": {"@type": "Brand"},
            "manufacturer": [{"@type": "Organization"}], "offers": [{"@type": "Offer"}]}
    assert [node["@type"] for node in walk_jsonld(data)] == ["Product", "Offer"]
    deep: dict = {"@type": "L0"}
    node = deep
    for level in range(1, 15):
        node["child"] = {"@type": f"L{level}"}
        node = node["child"]
    assert [n["@type"] for n in walk_jsonld(deep)] == [f"L{n}" for n in range(15)]

    def inside_lists(levels: int) -> object:
        value: object = {"@type": "deep"}
        for _ in range(levels):
            value = [value]
        return value

    assert [n["@type"] for n in walk_jsonld(inside_lists(20))] == ["deep"]  # depth 20: read
    assert list(walk_jsonld(inside_lists(21))) == []


def test_jsonld_nodes_are_capped_at_2000():
    block = json.dumps([{"@type": "Thing", "n": n} for n in range(2500)])
    doc = parse_document(f'<body><script type="application/ld+json">{block}</script>'
                         '<script type="application/ld+json">{"@type": "Late"}</script></body>')
    nodes = jsonld_nodes(doc)
    assert len(nodes) == 2000 and nodes[-1] == {"@type": "Thing", "n": 1999}


def test_jsonld_with_control_characters_in_strings_is_read():
    doc = parse_document('<body><script type="application/ld+json">{"@type": "Event", '
                         '"name": "a\tb"}</script><script>{"@type": "Ignored"}</script>'
                         '<script type="application/ld+json">[' + "[" * 3000 + "]"
                         '</script></body>')
    assert jsonld_nodes(doc) == [{"@type": "Event", "name": "a\tb"}]


def test_declared_profiles_keep_addresses_up_to_300_characters():
    # 33 + 217 = 250 characters: kept whole; 33 + 287 = 320: cut to 299 and an ellipsis.
    long = "https://www.linkedin.com/company/" + "a" * 217
    longer = "https://www.linkedin.com/company/" + "b" * 287
    links = "".join(f'<a itemprop="sameAs" href="{url}">p</a>' for url in (long, longer))
    same_as = gather_html(f"<html><body>{links}</body></html>", SITE)["meta"]["same_as"]
    assert [len(url) for url in same_as] == [250, 300]
    assert same_as == [long, longer[:299] + "…"]
