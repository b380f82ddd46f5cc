"""Links of a page: absolute href, text, and whether they sit in the nav, header or footer."""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

import lxml.html

from benchmark.gather.dom import clean, text_of, zone_of
from benchmark.gather.forms import image_name
from benchmark.gather.urls import absolute

MAX_LINKS = 3000
MAX_LINK_ELEMENTS = 10_000  # a page with more anchors is read up to here
KEPT_SCHEMES = ("http://", "https://", "mailto:", "tel:", "whatsapp:", "feed:")
# Old sites open links from JavaScript: <a href="#" onclick="window.open('https://...')">.
SCRIPTED_TARGET = re.compile(
    r"""(?:window\.open|location(?:\.href)?\s*=)\s*\(?\s*['"]([^'"]+)['"]""")


def link_label(element: lxml.html.HtmlElement) -> str:
    """What a link says: its text, else aria-label, title or the alt of its image (icons)."""
    text = text_of(element)
    if text:
        return text
    for attribute in ("aria-label", "title"):
        if element.get(attribute):
            return clean(element.get(attribute))
    image = element.find(".//img[@alt]")
    return clean(image.get("alt")) if image is not None else ""


def link_target(element: lxml.html.HtmlElement) -> str:
    """A link's href, or the address its onclick opens when the href leads nowhere."""
    raw = (element.get("href") or "").strip()
    if raw in ("", "#") or raw.lower().startswith("javascript:"):
        found = SCRIPTED_TARGET.search(element.get("onclick") or raw)
        if found:
            return found.group(1)
    return raw


def extract_links(doc: lxml.html.HtmlElement, base: str) -> list[dict[str, Any]]:
    """Distinct links (a and area) with their absolute href, label and zone; a link whose
    href is '#' or javascript: gets the address its script opens, when written in it."""
    links: list[dict[str, Any]] = []
    seen: set[tuple[str, str, str]] = set()
    hrefs: dict[str, str | None] = {}
    zones: dict[Any, str] = {}  # siblings share a zone: compute it once per parent
    for element in islice(doc.iter("a", "area"), MAX_LINK_ELEMENTS):
        raw = link_target(element)
        if raw not in hrefs:
            hrefs[raw] = absolute(base, raw)
        href = hrefs[raw]
        if href is None or not href.lower().startswith(KEPT_SCHEMES):
            continue
        parent = element.getparent()
        if parent not in zones:
            zones[parent] = zone_of(element)
        text, zone = link_label(element), zones[parent]
        if (href, text, zone) in seen:
            continue
        seen.add((href, text, zone))
        link: dict[str, Any] = {"href": href, "text": text, "zone": zone}
        if not text:
            image = element.find(".//img[@src]")
            if image is not None and image_name(image.get("src")):
                link["image"] = clean(image_name(image.get("src")), 60)  # 'Donate.png'
        for attribute in ("hreflang", "lang", "rel"):
            if element.get(attribute):
                link[attribute] = clean(element.get(attribute), 40)
        links.append(link)
        if len(links) >= MAX_LINKS:
            break
    return links
