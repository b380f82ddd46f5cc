"""Safe lxml parsing of hostile HTML and small helpers that describe elements briefly."""

from __future__ import annotations

import re
from functools import cache

import lxml.html
from lxml import etree

from benchmark.gather.urls import absolute
from benchmark.lexicon import load

MAX_HTML_CHARS = 8_000_000  # a rendered DOM bigger than this is cut, not parsed whole
SNIPPET_CHARS = 200
LANDMARK_ROLES = {"navigation": "nav", "banner": "header", "contentinfo": "footer"}
TOKEN_SPLIT = re.compile(r"[\s_-]+")


def parse_document(html: str) -> lxml.html.HtmlElement | None:
    """The document tree of `html`, or None when nothing usable can be parsed."""
    html = html[:MAX_HTML_CHARS].replace("\x00", "")
    if not html.strip():
        return None
    parser = lxml.html.HTMLParser(encoding="utf-8", recover=True, no_network=True)
    try:
        root = lxml.html.document_fromstring(html.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None
    return root if isinstance(root.tag, str) else None


def clean(text: str | None, limit: int = SNIPPET_CHARS) -> str:
    """`text` with whitespace collapsed, cut to `limit` characters with an ellipsis."""
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def text_of(element: lxml.html.HtmlElement, limit: int = SNIPPET_CHARS) -> str:
    """Text of `element`, with a space between the texts of its children (block tags)."""
    return clean(" ".join(element.itertext()), limit)


def opening_tag(element: lxml.html.HtmlElement, limit: int = SNIPPET_CHARS) -> str:
    """`<tag attr="value" ...>` with long values shortened: a readable element snippet."""
    attrs = " ".join(f'{name}="{clean(value, 60)}"' for name, value in element.attrib.items())
    return clean(f"<{element.tag}{' ' + attrs if attrs else ''}>", limit)


def short_selector(element: lxml.html.HtmlElement) -> str:
    """A short CSS selector naming `element`: tag#id, tag.class or tag[name=...]."""
    tag = element.tag
    if element.get("id"):
        return clean(f"{tag}#{element.get('id')}", 120)
    classes = element.get("class", "").split()[:2]
    if classes:
        return clean(tag + "".join(f".{c}" for c in classes), 120)
    for attribute in ("name", "action", "role", "src"):
        if element.get(attribute):
            return clean(f'{tag}[{attribute}="{element.get(attribute)}"]', 120)
    return tag


def class_tokens(element: lxml.html.HtmlElement) -> set[str]:
    """Lowercase words of an element's id and class names ('site-footer' -> site, footer)."""
    names = f"{element.get('id', '')} {element.get('class', '')}".lower()
    return set(TOKEN_SPLIT.split(names)) - {""}


@cache
def zone_words() -> dict[str, frozenset[str]]:
    """Landmark -> id/class words marking it (keywords.toml [zones]), nav first."""
    return {zone: frozenset(words) for zone, words in load("keywords")["zones"].items()}


def zone_of(element: lxml.html.HtmlElement) -> str:
    """'nav', 'header' or 'footer' for the innermost such landmark around `element`, else
    'body'. Old sites mark landmarks with ids and classes (div#menu) instead of tags."""
    for ancestor in element.iterancestors():
        tag = ancestor.tag if isinstance(ancestor.tag, str) else ""
        if tag in ("body", "html"):  # body classes describe the page ('header--menu-style')
            break
        if tag in ("nav", "header", "footer"):
            return tag
        role = LANDMARK_ROLES.get(ancestor.get("role", "").lower())
        if role:
            return role
        tokens = class_tokens(ancestor)
        for zone, words in zone_words().items():
            if tokens & words:
                return zone
    return "body"


def base_url(doc: lxml.html.HtmlElement, page_url: str) -> str:
    """The URL relative links resolve against: <base href> if any, else the page URL."""
    base = doc.find(".//base[@href]")
    resolved = absolute(page_url, base.get("href")) if base is not None else None
    return resolved or page_url
