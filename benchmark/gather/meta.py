"""Head metadata: title, lang, viewport, Open Graph, Twitter cards, JSON-LD, feeds, hreflang."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import lxml.html

from benchmark.gather.dom import clean
from benchmark.gather.urls import absolute

MAX_JSONLD_CHARS = 500_000
MAX_JSONLD_NODES = 2000
MAX_ITEMS = 100
# Properties naming another organisation than the page's: a product's brand or maker
# (JSON-LD keys, microdata itemprop).
OTHERS_KEYS = frozenset(("brand", "manufacturer"))
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json")
# Older or sloppier announcements of the same feeds: RSS 1.0 (RDF), x- types, plain XML
# whose title or address says it is a feed.
FEED_ALIASES = {"application/rdf+xml": "application/rss+xml",
                "application/x-rss+xml": "application/rss+xml",
                "application/x-atom+xml": "application/atom+xml",
                "application/json": "application/feed+json"}
XML_TYPES = ("text/xml", "application/xml", "")
FEED_WORDS = re.compile(r"(?<![a-z])(?:rss\d?|atom|feeds?)(?![a-z])", re.I)


def walk_jsonld(value: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object in `value`, nested ones (publisher, @graph) included, except a
    product's brand or maker: another organisation than the one the page describes."""
    if depth > 20:
        return
    if isinstance(value, list):
        for item in value:
            yield from walk_jsonld(item, depth + 1)
    elif isinstance(value, dict):
        yield value
        for key, item in value.items():
            if isinstance(item, dict | list) and key not in OTHERS_KEYS:
                yield from walk_jsonld(item, depth + 1)


def jsonld_nodes(doc: lxml.html.HtmlElement) -> list[dict[str, Any]]:
    """JSON-LD objects of the page; invalid blocks are skipped (pages are often sloppy)."""
    nodes: list[dict[str, Any]] = []
    for script in doc.iter("script"):
        if "ld+json" not in script.get("type", "").lower() or not script.text:
            continue
        try:
            data = json.loads(script.text[:MAX_JSONLD_CHARS], strict=False)
        except (ValueError, RecursionError):
            continue
        for node in walk_jsonld(data):
            nodes.append(node)
            if len(nodes) >= MAX_JSONLD_NODES:
                return nodes
    return nodes


def jsonld_types(node: dict[str, Any]) -> list[str]:
    """Short type names of a JSON-LD object: 'http://schema.org/Organization' -> Organization."""
    types = node.get("@type", [])
    types = types if isinstance(types, list) else [types]
    return [t.rstrip("/").rsplit("/", 1)[-1].rsplit(":", 1)[-1]
            for t in types if isinstance(t, str)]


def same_as(nodes: list[dict[str, Any]], doc: lxml.html.HtmlElement) -> list[str]:
    """Profiles the organisation declares as its own: JSON-LD and microdata sameAs."""
    urls = [e.get("href") or e.get("content") or "" for e in doc.xpath("//*[@itemprop]")
            if "sameas" in e.get("itemprop", "").lower().split()]
    for node in nodes:
        values = node.get("sameAs", [])
        values = [values] if isinstance(values, str) else values
        if isinstance(values, list):
            urls += [v for v in values if isinstance(v, str)]
    return list(dict.fromkeys(clean(u, 300) for u in urls if u))[:MAX_ITEMS]


def rdfa_types(doc: lxml.html.HtmlElement) -> list[str]:
    """schema.org types declared with RDFa (typeof under vocab="https://schema.org/")."""
    found = set()
    for element in doc.xpath("//*[@typeof]"):
        vocab = next((a.get("vocab", "") for a in (element, *element.iterancestors())
                      if a.get("vocab")), "")
        for name in element.get("typeof", "").split():
            if "schema.org" in vocab or name.startswith(("schema:", "http://schema.org/",
                                                           "https://schema.org/")):
                found.add(name.rstrip("/").rsplit("/", 1)[-1].rsplit(":", 1)[-1])
    return sorted(found)[:MAX_ITEMS]


def meta_keys(meta: lxml.html.HtmlElement) -> list[str]:
    """The lowercase names a meta tag gives itself: property (RDFa allows several), name,
    itemprop, http-equiv ('OG:TITLE', name="og:title" and property="og:title" all count)."""
    keys = (meta.get("property") or "").split() + (meta.get("itemprop") or "").split()
    keys += [meta.get("name") or "", meta.get("http-equiv") or ""]
    return [key.strip().lower() for key in keys if key.strip()]


def meta_value(meta: lxml.html.HtmlElement) -> str:
    return clean(meta.get("content") if meta.get("content") is not None else meta.get("value"))


def prefixed(doc: lxml.html.HtmlElement, prefix: str) -> dict[str, str]:
    """Meta tags whose property or name starts with `prefix` ('og:', 'twitter:'); the first
    non-empty value of each."""
    found: dict[str, str] = {}
    for meta in doc.iter("meta"):
        for key in meta_keys(meta):
            if key.startswith(prefix) and not found.get(key) and len(found) < MAX_ITEMS:
                found[key] = meta_value(meta)
    return found


def named_meta(doc: lxml.html.HtmlElement, name: str) -> str:
    """The content of the meta tags called `name`: the first, or all of them joined with
    ' ; ' when there are several (two viewport tags: the browser reads both)."""
    values = [meta_value(meta) for meta in doc.iter("meta") if name in meta_keys(meta)]
    return " ; ".join(dict.fromkeys(v for v in values if v)) if len(values) > 1 else (
        values[0] if values else "")


def feed_type(rel: str, link: lxml.html.HtmlElement, href: str) -> str | None:
    """The feed type a <link> announces (rel=alternate or rel=feed), else None."""
    kind = (link.get("type") or "").split(";")[0].strip().lower()
    kind = FEED_ALIASES.get(kind, kind)
    words = rel.split()
    if "alternate" not in words and "feed" not in words:
        return None
    if kind in FEED_TYPES:
        return kind
    named = FEED_WORDS.search(f"{link.get('title', '')} {href}")
    if kind in XML_TYPES and not link.get("hreflang") and (named or "feed" in words):
        return "application/rss+xml"
    return None


def link_rels(doc: lxml.html.HtmlElement,
              base: str) -> Iterator[tuple[str, lxml.html.HtmlElement, str]]:
    """(rel, element, absolute href) of each <link> in the page."""
    for link in doc.iter("link"):
        href = absolute(base, link.get("href"))
        if href:
            yield link.get("rel", "").lower(), link, href


def extract_meta(doc: lxml.html.HtmlElement, base: str,
                 nodes: list[dict[str, Any]]) -> dict[str, Any]:
    """Metadata of a page; `nodes` are its JSON-LD objects (parsed once per page)."""
    root = doc.getroottree().getroot()
    links = list(link_rels(doc, base))
    alternates = [{"hreflang": clean(link.get("hreflang"), 20), "href": href}
                  for rel, link, href in links if "alternate" in rel and link.get("hreflang")]
    feeds = [{"href": href, "type": kind, "title": clean(link.get("title"))}
             for rel, link, href in links if (kind := feed_type(rel, link, href))]
    canonical = next((href for rel, _, href in links if rel == "canonical"), "")
    itemtypes = {t for e in doc.xpath("//*[@itemtype]") for t in e.get("itemtype", "").split()
                 if not OTHERS_KEYS & set(e.get("itemprop", "").lower().split())}
    return {
        "title": clean(doc.findtext(".//title")),
        "lang": clean(root.get("lang") or root.get("xml:lang")
                      or named_meta(doc, "content-language"), 20),
        "viewport": named_meta(doc, "viewport"),
        "description": named_meta(doc, "description"),
        "generator": named_meta(doc, "generator"),
        "og": prefixed(doc, "og:"),
        "twitter": prefixed(doc, "twitter:"),
        "jsonld_types": sorted({t for node in nodes for t in jsonld_types(node)})[:MAX_ITEMS],
        "same_as": same_as(nodes, doc),
        "microdata_types": sorted(clean(t, 120) for t in itemtypes)[:MAX_ITEMS],
        "rdfa_types": rdfa_types(doc),
        "robots": named_meta(doc, "robots"),
        "alternates": alternates[:MAX_ITEMS],
        "feeds": feeds[:MAX_ITEMS],
        "canonical": canonical,
    }
