"""Embedded content: iframes, objects, media and scripts, and Flash and other legacy plugins."""

from __future__ import annotations

import re
from typing import Any

import lxml.html
from lxml import etree

from benchmark.gather.dom import clean, opening_tag
from benchmark.gather.urls import absolute, path_of
from benchmark.lexicon import vendor_entries

MAX_SOURCES = 300
MAX_FINDINGS = 10
MAX_SCRIPT_CHARS = 200_000
FLASH_MIME = "application/x-shockwave-flash"
FLASH_CLASSID = "d27cdb6e-ae6d-11cf-96b8-444553540000"
# Script names and calls of the usual Flash embedding kits.
FLASH_SCRIPT_MARKERS = ("swfobject", "embedswf", "ac_fl_runcontent", "ac_runactivecontent")
SILVERLIGHT_MARKERS = ("application/x-silverlight", ".xap", "silverlight.js")
JAVA_MARKERS = ("application/x-java-applet", "java:", "8ad9c840-044e-11d1-b3e9-00805f499d93",
                "deployjava")
URL_IN_SCRIPT = re.compile(r"(?:https?:)?//([a-z0-9][a-z0-9.-]*\.[a-z]{2,})", re.I)


def source_of(element: lxml.html.HtmlElement) -> str:
    """An element's source, including lazy-loading attributes (data-src)."""
    return element.get("src") or element.get("data-src") or element.get("data") or ""


def plugin_sources(element: lxml.html.HtmlElement) -> str:
    """Everything in an object/embed tag that names its plugin, lowercase, in one string."""
    params = " ".join(f"{p.get('name', '')}={p.get('value', '')}" for p in element.iter("param"))
    return " ".join((source_of(element), element.get("type", ""), element.get("classid", ""),
                     element.get("codebase", ""), element.get("code", ""), params)).lower()


def is_flash(description: str) -> bool:
    return (FLASH_MIME in description or FLASH_CLASSID in description
            or re.search(r"\.swf(?:[?#&\s\"']|$)", description) is not None)


def legacy_findings(doc: lxml.html.HtmlElement) -> tuple[list[dict], list[dict]]:
    """(flash, other legacy plugins) found in objects, embeds, applets, scripts, comments."""
    flash: list[dict] = []
    legacy: list[dict] = []
    for element in doc.iter("object", "embed", "applet"):
        description = plugin_sources(element)
        if is_flash(description):
            flash.append({"reason": f"<{element.tag}> Flash movie",
                          "snippet": opening_tag(element)})
        elif element.tag == "applet" or any(m in description for m in JAVA_MARKERS):
            legacy.append({"tech": "java", "snippet": opening_tag(element)})
        elif any(m in description for m in SILVERLIGHT_MARKERS):
            legacy.append({"tech": "silverlight", "snippet": opening_tag(element)})
    for script in doc.iter("script"):
        code = f"{script.get('src', '')} {(script.text or '')[:MAX_SCRIPT_CHARS]}".lower()
        marker = next((m for m in FLASH_SCRIPT_MARKERS if m in code), None)
        if marker:
            flash.append({"reason": f"script uses {marker}", "snippet": clean(code)})
        elif "silverlight.js" in code:
            legacy.append({"tech": "silverlight", "snippet": clean(code)})
    for comment in doc.iter(etree.Comment):  # IE conditional comments hide <object> tags
        text = (comment.text or "").lower()
        if is_flash(text):
            flash.append({"reason": "Flash object in a conditional comment",
                          "snippet": clean(text)})
    return flash[:MAX_FINDINGS], legacy[:MAX_FINDINGS]


def widget_classes(doc: lxml.html.HtmlElement) -> list[str]:
    """Class names that mark known widgets (share bars, social feeds, chat, carts)."""
    prefixes = vendor_entries("widgets", "class_prefixes")
    found: set[str] = set()
    for element in doc.xpath("//*[@class]"):
        found.update(c for c in element.get("class", "").lower().split() if c.startswith(prefixes))
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


def extract_embeds(doc: lxml.html.HtmlElement, base: str) -> dict[str, Any]:
    """Sources of iframes, objects, media, scripts and stylesheets; widgets; legacy plugins."""
    flash, legacy = legacy_findings(doc)
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
        "flash": flash,
        "legacy": legacy,
    }


def is_flash_url(url: str, content_type: str = "") -> bool:
    """Whether a requested URL or its content type is a Flash movie (network log)."""
    return FLASH_MIME in content_type.lower() or path_of(url).lower().endswith(".swf")
