"""Split a form that wraps the whole page (ASP.NET's single <form>) into its field groups."""

from __future__ import annotations

import re
from itertools import islice

import lxml.html

POSTBACK = re.compile(r"__doPostBack|WebForm_DoPostBack|\.submit\(\)", re.I)
SUBMIT_INPUT_TYPES = {"submit", "image", "button"}
PAGE_MARKS = ("nav", "header", "footer", "h1")
STATE_FIELDS = {"__viewstate", "__eventvalidation", "__eventtarget"}
MIN_PAGE_LINKS = 25  # a form holding this many links holds the page, not one task


def is_submitter(element: lxml.html.HtmlElement) -> bool:
    """A control that submits: a button, a submit/image input, a __doPostBack link."""
    if element.tag == "button":
        return element.get("type", "submit").lower() != "reset"
    if element.tag == "input":
        return element.get("type", "").lower() in SUBMIT_INPUT_TYPES
    if element.tag == "a":
        return bool(POSTBACK.search(f"{element.get('href', '')} {element.get('onclick', '')}"))
    return False


def wraps_page(form: lxml.html.HtmlElement) -> bool:
    """Whether `form` holds the page rather than one task: ASP.NET state fields, a page
    header, navigation, footer or h1 inside it, or many links."""
    for field in form.iter("input"):
        if (field.get("name") or "").lower() in STATE_FIELDS:
            return True
    if next(form.iter(*PAGE_MARKS), None) is not None:
        return True
    return sum(1 for _ in islice(form.iter("a"), MIN_PAGE_LINKS)) >= MIN_PAGE_LINKS


def form_parts(form: lxml.html.HtmlElement, field_tags: tuple[str, ...]
               ) -> list[tuple[lxml.html.HtmlElement, list[lxml.html.HtmlElement]]]:
    """(container, fields) of each task of `form`: itself when it is one form; when it wraps
    the page, the smallest element around each field that also holds a submit control (the
    search box with its 'Go!', the contact block with its 'Send' link), fields without one
    last, together under the form. Linear: submitters mark their ancestors once."""
    fields = list(form.iter(*field_tags))
    if not wraps_page(form):
        return [(form, fields)]
    marked: set[lxml.html.HtmlElement] = set()
    for element in form.iter("button", "input", "a"):
        if is_submitter(element):
            for ancestor in element.iterancestors():
                if ancestor is form or ancestor in marked:
                    break
                marked.add(ancestor)
    groups: dict[lxml.html.HtmlElement, list[lxml.html.HtmlElement]] = {}
    for field in fields:
        container = next((a for a in field.iterancestors() if a in marked or a is form), form)
        groups.setdefault(container, []).append(field)
    if len(groups) <= 1:
        return [(form, fields)]
    rest = groups.pop(form, [])
    parts = list(groups.items())
    return parts + [(form, rest)] if rest else parts
