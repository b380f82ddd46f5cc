"""Visible text, headings, word count and the page-level landmarks (header, nav, footer)."""

from __future__ import annotations

import re
from functools import cache

import lxml.html

from benchmark.gather.dom import LANDMARK_ROLES, TOKEN_SPLIT, text_of, zone_words

MAX_TEXT_CHARS = 2_000_000
MAX_HEADINGS = 100
WORD = re.compile(r"\w+")
INVISIBLE_TAGS = {"script", "style", "noscript", "template"}
HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# An HTML5 <header>/<footer> inside these belongs to an article or a box, not to the page.
SECTIONING_TAGS = {"article", "aside", "main", "section", "nav"}
# Words that may accompany a landmark word in an id or class: 'site-header', 'pied-de-page'.
LANDMARK_FILLERS = {"site", "main", "global", "top", "bottom", "page", "de", "du", "wrapper",
                    "wrap", "container", "inner", "outer", "area", "region", "primary", "bar"}


@cache
def landmark_words() -> frozenset[str]:
    return frozenset().union(*zone_words().values())


def is_page_landmark(element: lxml.html.HtmlElement) -> bool:
    """Whether `element` is the page's own header, navigation or footer: a <nav>, a
    <header>/<footer> outside any article or section, an ARIA landmark role, or an id/class
    made of landmark words ('#header', '.site-footer'; not '.entry-header')."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag == "nav" or element.get("role", "").lower() in LANDMARK_ROLES:
        return True
    if tag in ("header", "footer"):
        return not any(a.tag in SECTIONING_TAGS for a in element.iterancestors())
    words = landmark_words()
    for name in (element.get("id", ""), *element.get("class", "").split()):
        # Tokens of one or two letters are theme prefixes: 'td-header-top-menu', 'l-header'.
        tokens = {t for t in TOKEN_SPLIT.split(name.lower()) if len(t) > 2}
        if tokens & words and tokens <= words | LANDMARK_FILLERS:
            return True
    return False


def page_landmarks(doc: lxml.html.HtmlElement) -> set[lxml.html.HtmlElement]:
    """Every element inside the page's header, navigation or footer (see is_page_landmark)."""
    inside: set[lxml.html.HtmlElement] = set()
    body = doc.find("body")
    # The body itself is no landmark, whatever its classes ('<body class="header">').
    for element in body.iterdescendants() if body is not None else ():
        if element not in inside and isinstance(element.tag, str) and is_page_landmark(element):
            inside.update(element.iter())
    return inside


def visible_pieces(doc: lxml.html.HtmlElement, skipped: set[lxml.html.HtmlElement] | None = None
                   ) -> list[tuple[str, str]]:
    """(text node, text of the last heading before it) for the text a reader could see in
    the body, in order (scripts, styles and comments left out), also leaving out the
    elements of `skipped` (e.g. page_landmarks)."""
    body = doc.find("body")
    if body is None:
        return []
    hidden: set[lxml.html.HtmlElement] = set(skipped or ())  # kept alive: lxml reuses proxies
    for element in body.iter(*INVISIBLE_TAGS):
        hidden.update(element.iter())
    parts: list[tuple[str, str]] = []
    heading, size = "", 0
    for element in body.iter():
        if element.tag in HEADING_TAGS and element not in hidden:
            heading = text_of(element, 120)
        pieces = (element.text if element not in hidden and isinstance(element.tag, str) else None,
                  element.tail if element is not body and element.getparent() not in hidden
                  else None)
        for piece in pieces:
            if piece:
                parts.append((piece, heading))
                size += len(piece)
        if size > MAX_TEXT_CHARS:
            break
    return parts


def headings_before(doc: lxml.html.HtmlElement, tag: str) -> dict[lxml.html.HtmlElement, str]:
    """Each `tag` element of the body -> text of the last heading before it."""
    found: dict[lxml.html.HtmlElement, str] = {}
    heading = ""
    body = doc.find("body")
    for element in body.iter(tag, *HEADING_TAGS) if body is not None else ():
        if element.tag == tag:
            found[element] = heading
        else:
            heading = text_of(element, 120)
    return found


def visible_text(doc: lxml.html.HtmlElement,
                 skipped: set[lxml.html.HtmlElement] | None = None) -> str:
    """The visible text of the body as one string with single spaces (see visible_pieces)."""
    pieces = " ".join(piece for piece, _ in visible_pieces(doc, skipped))
    return " ".join(pieces.split())[:MAX_TEXT_CHARS]


def extract_headings(doc: lxml.html.HtmlElement) -> list[dict[str, object]]:
    """h1-h6 in document order, with their level and text."""
    headings: list[dict[str, object]] = []
    for element in doc.iter(*HEADING_TAGS):
        text = text_of(element)
        if text:
            headings.append({"level": int(element.tag[1]), "text": text})
            if len(headings) >= MAX_HEADINGS:
                break
    return headings


def word_count(text: str) -> int:
    """Words of visible text (runs of letters or digits; CJK text counts low)."""
    return sum(1 for _ in WORD.finditer(text))
