"""Forms of a page: fields with type, name, label and placeholder, action, method, buttons."""

from __future__ import annotations

import re
from typing import Any

import lxml.html

from benchmark.gather.dom import class_tokens, clean, opening_tag, short_selector, text_of
from benchmark.gather.formsplit import form_parts, is_submitter
from benchmark.gather.urls import absolute, path_of

MAX_FORMS = 50
MAX_FIELDS = 60
MAX_CONTEXT_CHARS = 300
MAX_PRECEDING_CHARS = 60  # 'E-Mail:' written before a field, in place of a label
MAX_WHERE_LEVELS = 8
FIELD_TAGS = ("input", "select", "textarea")
BUTTON_INPUT_TYPES = {"submit", "button", "image", "reset"}
IMAGE_NAME = re.compile(r"([^/]+?)(?:\.\w{2,4})?$")
# A field the page hides with its own style is no field a visitor fills (a spare copy, a trap).
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
VALUE_AS_HINT_TYPES = {"text", "email", "search"}
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "legend")
MAX_HEADING_LEVELS = 3


def labels_by_id(doc: lxml.html.HtmlElement) -> dict[str, str]:
    """Text of every <label for=...>, by the id it labels."""
    return {label.get("for"): text_of(label, 120) for label in doc.iter("label")
            if label.get("for")}


def preceding_text(field: lxml.html.HtmlElement) -> str:
    """Text written just before a field ('E-Mail:' in the previous table cell or span), on
    old pages that have no <label>: the nearest previous sibling with text, one level up
    when the field opens its cell."""
    element = field
    for _ in range(2):
        if element.getparent() is not None and (element.getparent().text or "").strip() \
                and element.getprevious() is None:
            return clean(element.getparent().text, MAX_PRECEDING_CHARS)
        sibling = element.getprevious()
        while sibling is not None:
            if (sibling.tail or "").strip():
                return clean(sibling.tail, MAX_PRECEDING_CHARS)
            if isinstance(sibling.tag, str) and sibling.tag not in FIELD_TAGS:
                text = text_of(sibling, MAX_PRECEDING_CHARS + 1)
                if text:
                    return "" if len(text) > MAX_PRECEDING_CHARS else text
            elif isinstance(sibling.tag, str):
                return ""  # another field comes first: its text is not this one's
            sibling = sibling.getprevious()
        parent = element.getparent()
        if parent is None or parent.tag in ("form", "body"):
            break
        element = parent
    return ""


def field_label(field: lxml.html.HtmlElement, labels: dict[str, str]) -> str:
    if field.get("id") and field.get("id") in labels:
        return labels[field.get("id")]
    wrapping = next(field.iterancestors("label"), None)
    if wrapping is not None:
        return text_of(wrapping, 120)
    named = clean(field.get("aria-label") or field.get("title"), 120)
    return named or (preceding_text(field) if field.tag != "select" else "")


def describe_field(field: lxml.html.HtmlElement, labels: dict[str, str]) -> dict[str, str]:
    """A field; old pages write the hint in the initial value ('Votre e-mail', cleared on
    focus): a text input without placeholder gets its value as placeholder."""
    kind = field.get("type", "text").lower() if field.tag == "input" else field.tag
    hint = field.get("placeholder") or (field.get("value") if kind in VALUE_AS_HINT_TYPES
                                        else None)
    return {"tag": field.tag, "type": kind, "name": clean(field.get("name"), 80),
            "id": clean(field.get("id"), 80), "label": field_label(field, labels),
            "placeholder": clean(hint, 120),
            "autocomplete": clean(field.get("autocomplete"), 40)}


def is_hidden(field: lxml.html.HtmlElement) -> bool:
    """A hidden input, or a field its own style hides."""
    return (field.get("type", "").lower() == "hidden"
            or bool(HIDDEN_STYLE.search(field.get("style") or "")))


def image_name(src: str | None) -> str:
    """'btn_donate_LG.gif' -> 'btn_donate_LG': image buttons often say what they do there."""
    found = IMAGE_NAME.search(path_of(src or "") if src and "//" in src else (src or ""))
    return found.group(1) if found else ""


def button_text(element: lxml.html.HtmlElement) -> str:
    if element.tag == "input":
        return clean(element.get("value") or element.get("alt") or element.get("title")
                     or image_name(element.get("src")) or element.get("type"), 80)
    text = text_of(element, 80) or clean(element.get("aria-label") or element.get("value")
                                         or element.get("title"), 80)
    if not text:
        image = element.find(".//img")
        if image is not None:
            text = clean(image.get("alt") or image_name(image.get("src")), 80)
    return text


def button_texts(container: lxml.html.HtmlElement) -> list[str]:
    """Texts of the controls that submit: buttons, submit and image inputs, and the script
    links ASP.NET pages submit with (__doPostBack)."""
    texts = [button_text(e) for e in container.iter("button", "input", "a") if is_submitter(e)]
    return [t for t in texts if t][:10]


def heading_before(container: lxml.html.HtmlElement) -> str:
    """The heading just above a form, a sibling of it or of one of its nearest ancestors
    ('<h2>Get Updates</h2><section><p>...</p><form>')."""
    element: lxml.html.HtmlElement | None = container
    for _ in range(MAX_HEADING_LEVELS):
        if element is None or element.tag in ("body", "html"):
            break
        for sibling in element.itersiblings(preceding=True):
            if sibling.tag in HEADINGS:
                return text_of(sibling, MAX_CONTEXT_CHARS)
        element = element.getparent()
    return ""


def context_of(container: lxml.html.HtmlElement) -> str:
    """Text around a form (its parent's text when short, else the heading above it):
    'Newsletter' headings live there."""
    parent = container.getparent()
    if parent is None or parent.tag in ("body", "html"):
        return ""
    text = text_of(parent, 2 * MAX_CONTEXT_CHARS + 1)
    return heading_before(container) if len(text) > 2 * MAX_CONTEXT_CHARS \
        else clean(text, MAX_CONTEXT_CHARS)


def where_of(container: lxml.html.HtmlElement) -> str:
    """Id and class words of the elements around a form ('comments', 'chat', 'newsletter'):
    a chat widget's offline form or a comment box says what it is there."""
    words: list[str] = []
    for level, ancestor in enumerate(container.iterancestors()):
        if ancestor.tag in ("body", "html") or level >= MAX_WHERE_LEVELS:
            break
        words.extend(sorted(class_tokens(ancestor)))
    return clean(" ".join(words), 200)


def describe_form(container: lxml.html.HtmlElement, fields: list[lxml.html.HtmlElement],
                  base: str, labels: dict[str, str], *, formless: bool,
                  form: lxml.html.HtmlElement | None = None) -> dict[str, Any]:
    """One form (or one part of a page-wrapping `form`, or formless fields in `container`)."""
    owner = container if form is None else form
    visible = [f for f in fields if not is_hidden(f)
               and not (f.tag == "input" and f.get("type", "").lower() in BUTTON_INPUT_TYPES)]
    action = base if formless else (absolute(base, owner.get("action")) or base)
    return {"action": action, "method": "" if formless else owner.get("method", "get").lower(),
            "role": clean(container.get("role") or owner.get("role"), 40), "formless": formless,
            "selector": short_selector(container), "snippet": opening_tag(container),
            "part_of": short_selector(form) if form is not None else "",
            "fields": [describe_field(f, labels) for f in visible[:MAX_FIELDS]],
            "hidden": [clean(f.get("name"), 60) for f in fields if is_hidden(f)][:20],
            "buttons": button_texts(container), "text": text_of(container, MAX_CONTEXT_CHARS),
            "context": context_of(container), "where": where_of(container)}


def orphan_container(field: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The element grouping a field outside any form: its parent, or up to two levels
    higher when the parent is a label or holds no button."""
    container = field.getparent()
    for _ in range(2):
        parent = container.getparent() if container is not None else None
        if parent is None or (container.tag != "label" and container.find(".//button") is not None):
            break
        container = parent
    return container


def describe_whole_or_parts(form: lxml.html.HtmlElement, base: str,
                            labels: dict[str, str]) -> list[dict[str, Any]]:
    """A form, or the parts of a form that wraps the whole page (ASP.NET's one <form>)."""
    parts = form_parts(form, FIELD_TAGS)
    return [describe_form(container, fields, base, labels, formless=False,
                          form=form if len(parts) > 1 else None)
            for container, fields in parts]


def extract_forms(doc: lxml.html.HtmlElement, base: str) -> list[dict[str, Any]]:
    """Every <form> (a page-wrapping form split into its parts), then fields outside any
    form grouped by their parent element (script driven sites often have a search box or
    signup field without a form around it)."""
    labels = labels_by_id(doc)
    forms: list[dict[str, Any]] = []
    for form in doc.iter("form"):
        forms.extend(describe_whole_or_parts(form, base, labels))
        if len(forms) >= MAX_FORMS:
            break
    forms = forms[:MAX_FORMS]
    orphans: dict[lxml.html.HtmlElement, list[lxml.html.HtmlElement]] = {}
    for field in doc.iter(*FIELD_TAGS):
        container = orphan_container(field)
        if container is not None and next(field.iterancestors("form"), None) is None:
            orphans.setdefault(container, []).append(field)
    for parent, fields in list(orphans.items())[: MAX_FORMS - len(forms)]:
        if any(not is_hidden(f) for f in fields):
            forms.append(describe_form(parent, fields, base, labels, formless=True))
    return forms
