"""Visible text, headings and word count of a page."""

from __future__ import annotations

import re

import lxml.html

from benchmark.gather.dom import text_of

MAX_TEXT_CHARS = 2_000_000
MAX_HEADINGS = 100
WORD = re.compile(r"\w+")
INVISIBLE_TAGS = {"script", "style", "noscript", "template"}


def visible_text(doc: lxml.html.HtmlElement) -> str:
    """The text a reader could see in the body (scripts, styles and comments left out)."""
    body = doc.find("body")
    if body is None:
        return ""
    hidden: set[lxml.html.HtmlElement] = set()  # kept alive, so lxml reuses these proxies
    for element in body.iter(*INVISIBLE_TAGS):
        hidden.update(element.iter())
    parts: list[str] = []
    size = 0
    for element in body.iter():
        pieces = (element.text if element not in hidden and isinstance(element.tag, str) else None,
                  element.tail if element is not body and element.getparent() not in hidden
                  else None)
        for piece in pieces:
            if piece:
                parts.append(piece)
                size += len(piece)
        if size > MAX_TEXT_CHARS:
            break
    return " ".join(" ".join(parts).split())[:MAX_TEXT_CHARS]


def extract_headings(doc: lxml.html.HtmlElement) -> list[dict[str, object]]:
    """h1-h6 in document order, with their level and text."""
    headings: list[dict[str, object]] = []
    for element in doc.iter("h1", "h2", "h3", "h4", "h5", "h6"):
        text = text_of(element)
        if text:
            headings.append({"level": int(element.tag[1]), "text": text})
            if len(headings) >= MAX_HEADINGS:
                break
    return headings


def word_count(text: str) -> int:
    """Words of visible text (runs of letters or digits; CJK text counts low)."""
    return sum(1 for _ in WORD.finditer(text))
