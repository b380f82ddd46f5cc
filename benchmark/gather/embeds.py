"""Embedded content: iframes, objects, media and scripts, and Flash and other legacy plugins."""

from __future__ import annotations

import re
from typing import Any

import lxml.html

from benchmark.gather.dom import clean, opening_tag
from benchmark.gather.legacy import layout_iframes, legacy_findings
from benchmark.gather.text import visible_text, word_count
from benchmark.gather.urls import absolute
from benchmark.gather.widgets import extract_widgets
from benchmark.lexicon import load, vendor_entries

MAX_SOURCES = 300
MAX_INSECURE = 20
MAX_SCRIPT_CHARS = 200_000
URL_IN_SCRIPT = re.compile(r"(?:https?:)?//([a-z0-9][a-z0-9.-]*\.[a-z]{2,})", re.I)
# Elements whose address the browser loads into the page (mixed content when http://).
SUBRESOURCES = {"img": "src", "script": "src", "iframe": "src", "video": "src",
                "audio": "src", "source": "src", "embed": "src", "object": "data",
                "input": "src", "track": "src"}


def source_of(element: lxml.html.HtmlElement) -> str:
    """An element's source, including lazy-loading attributes (data-src)."""
    return element.get("src") or element.get("data-src") or element.get("data") or ""


def widget_classes(doc: lxml.html.HtmlElement) -> list[str]:
    """Class names and ids that mark known widgets (share bars, social feeds, chat, carts)."""
    prefixes = vendor_entries("widgets", "class_prefixes")
    found: set[str] = set()
    for element in doc.xpath("//*[@class or @id]"):
        names = f"{element.get('class', '')} {element.get('id', '')}".lower().split()
        found.update(c for c in names if c.startswith(prefixes))
        if len(found) >= MAX_SOURCES:
            break
    return sorted(found)


def script_hosts(doc: lxml.html.HtmlElement) -> list[str]:
    """Hosts named inside inline scripts: loaders inject chat, analytics and shop scripts."""
    hosts: set[str] = set()
    for script in doc.iter("script"):
        kind = (script.get("type") or "javascript").lower()
        if not script.get("src") and script.text and ("javascript" in kind or kind == "module"):
            hosts.update(h.lower() for h in URL_IN_SCRIPT.findall(script.text[:MAX_SCRIPT_CHARS]))
    return sorted(hosts)[:MAX_SOURCES]


def absolute_sources(elements: list[lxml.html.HtmlElement], base: str) -> list[str]:
    urls = (absolute(base, source_of(e) or e.get("href")) for e in elements)
    return list(dict.fromkeys(u for u in urls if u))[:MAX_SOURCES]


def insecure_sources(doc: lxml.html.HtmlElement) -> list[dict[str, str]]:
    """Subresources loaded over plain http:// (mixed content on an https page). Links to
    http:// pages and addresses written in text are not loaded, so they never count."""
    found = [{"tag": e.tag, "url": e.get(attribute, "").strip()[:300]}
             for e in doc.iter(*SUBRESOURCES)
             for attribute in [SUBRESOURCES[e.tag]]
             if e.get(attribute, "").strip().lower().startswith("http://")]
    found += [{"tag": "link", "url": e.get("href", "").strip()[:300]} for e in doc.iter("link")
              if "stylesheet" in e.get("rel", "").lower()
              and e.get("href", "").strip().lower().startswith("http://")]
    return found[:MAX_INSECURE]


def consent_markers(doc: lxml.html.HtmlElement) -> list[str]:
    """Opening tags of elements whose id or class names a cookie-consent banner."""
    names = frozenset(load("tech")["consent"]["markers"])
    found = []
    for element in doc.xpath("//*[@id or @class or @data-benchmark-consent]"):
        tokens = {element.get("id", "").lower(), *element.get("class", "").lower().split()}
        if tokens & names or element.get("data-benchmark-consent") is not None:
            found.append(opening_tag(element, 120))
            if len(found) >= 3:
                break
    return found


def extract_embeds(doc: lxml.html.HtmlElement, base: str) -> dict[str, Any]:
    """Sources of iframes, objects, media, scripts and stylesheets; widget classes and the
    share toolboxes and chat launchers pages draw (gather/widgets.py); legacy plugins;
    iframes used as page layout; insecure subresources; consent banner markers."""
    flash, legacy = legacy_findings(doc)
    has_iframes = doc.find(".//iframe") is not None
    words = word_count(visible_text(doc)) if has_iframes else 0
    objects = [{"tag": e.tag, "src": absolute(base, source_of(e)) or "",
                "type": clean(e.get("type"), 80), "classid": clean(e.get("classid"), 80)}
               for e in doc.iter("object", "embed", "applet")][:MAX_SOURCES]
    media = [e for e in doc.iter("video", "audio", "source") if source_of(e)]
    return {
        "iframes": absolute_sources(list(doc.iter("iframe", "frame")), base),
        "frames": sum(1 for _ in doc.iter("frameset", "frame")),
        "objects": objects,
        "media": absolute_sources(media, base),
        "videos": sum(1 for _ in doc.iter("video")),
        "scripts": absolute_sources(list(doc.xpath("//script[@src]")), base),
        "stylesheets": absolute_sources(
            [e for e in doc.iter("link") if "stylesheet" in e.get("rel", "").lower()], base),
        "script_hosts": script_hosts(doc),
        "widget_classes": widget_classes(doc),
        "widgets": extract_widgets(doc, base),
        "flash": flash,
        "legacy": legacy,
        "layout_iframes": layout_iframes(doc, base, words) if has_iframes else [],
        "insecure": insecure_sources(doc),
        "consent": consent_markers(doc),
    }
