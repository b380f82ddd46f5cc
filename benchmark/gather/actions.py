"""Controls that act through script: '#' or javascript: links and buttons outside forms."""

from __future__ import annotations

from itertools import islice
from typing import Any

import lxml.html

from benchmark.gather.dom import clean, text_of, zone_of

MAX_ACTIONS = 200
MAX_ELEMENTS = 10_000
MAX_TEXT_CHARS = 80


def scripted(element: lxml.html.HtmlElement) -> bool:
    """A link that leads nowhere by itself (its onclick or a script bound to its class does
    the work: '<a href="#" onclick="signIn()">Sign in</a>'), or a button outside any form."""
    if element.tag == "button":
        return next(element.iterancestors("form"), None) is None
    href = (element.get("href") or "").strip().lower()
    return href in ("", "#") or href.startswith(("#", "javascript:"))


def label_of(element: lxml.html.HtmlElement) -> str:
    text = text_of(element, MAX_TEXT_CHARS)
    if text:
        return text
    named = element.get("aria-label") or element.get("title")
    if not named:
        image = element.find(".//img")
        named = image.get("alt") if image is not None else ""
    return clean(named, MAX_TEXT_CHARS)


def extract_actions(doc: lxml.html.HtmlElement) -> list[dict[str, Any]]:
    """Distinct scripted controls with their text, class and zone (at most 200): the links
    that links.py drops because their href leads nowhere, and stray buttons."""
    actions: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    zones: dict[Any, str] = {}
    for element in islice(doc.iter("a", "button"), MAX_ELEMENTS):
        if not scripted(element):
            continue
        text = label_of(element)
        ident, css = clean(element.get("id"), 80), clean(element.get("class"), 80)
        if not (text or css or ident) or (text, ident, css) in seen:
            continue
        seen.add((text, ident, css))
        parent = element.getparent()
        if parent not in zones:
            zones[parent] = zone_of(element)
        actions.append({"tag": element.tag, "text": text, "id": ident, "class": css,
                        "zone": zones[parent]})
        if len(actions) >= MAX_ACTIONS:
            break
    return actions
