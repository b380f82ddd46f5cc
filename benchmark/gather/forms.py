"""Forms of a page: fields with type, name, label and placeholder, action, method, buttons."""

from __future__ import annotations

from typing import Any

import lxml.html

from benchmark.gather.dom import clean, opening_tag, short_selector, text_of
from benchmark.gather.urls import absolute

MAX_FORMS = 50
MAX_FIELDS = 60
MAX_CONTEXT_CHARS = 300
FIELD_TAGS = ("input", "select", "textarea")
BUTTON_INPUT_TYPES = {"submit", "button", "image", "reset"}


def labels_by_id(doc: lxml.html.HtmlElement) -> dict[str, str]:
    """Text of every <label for=...>, by the id it labels."""
    return {label.get("for"): text_of(label, 120) for label in doc.iter("label")
            if label.get("for")}


def field_label(field: lxml.html.HtmlElement, labels: dict[str, str]) -> str:
    if field.get("id") and field.get("id") in labels:
        return labels[field.get("id")]
    wrapping = next(field.iterancestors("label"), None)
    if wrapping is not None:
        return text_of(wrapping, 120)
    return clean(field.get("aria-label") or field.get("title"), 120)


def describe_field(field: lxml.html.HtmlElement, labels: dict[str, str]) -> dict[str, str]:
    kind = field.get("type", "text").lower() if field.tag == "input" else field.tag
    return {"tag": field.tag, "type": kind, "name": clean(field.get("name"), 80),
            "id": clean(field.get("id"), 80), "label": field_label(field, labels),
            "placeholder": clean(field.get("placeholder"), 120),
            "autocomplete": clean(field.get("autocomplete"), 40)}


def button_texts(container: lxml.html.HtmlElement) -> list[str]:
    texts = [text_of(b, 80) or clean(b.get("aria-label") or b.get("value"), 80)
             for b in container.iter("button")]
    texts += [clean(i.get("value") or i.get("alt") or i.get("type"), 80)
              for i in container.iter("input") if i.get("type", "").lower() in BUTTON_INPUT_TYPES]
    return [t for t in texts if t][:10]


def context_of(container: lxml.html.HtmlElement) -> str:
    """Text around a form (its parent's text when short): 'Newsletter' headings live there."""
    parent = container.getparent()
    if parent is None or parent.tag in ("body", "html"):
        return ""
    text = text_of(parent, 2 * MAX_CONTEXT_CHARS + 1)
    return "" if len(text) > 2 * MAX_CONTEXT_CHARS else clean(text, MAX_CONTEXT_CHARS)


def describe_form(container: lxml.html.HtmlElement, fields: list[lxml.html.HtmlElement],
                  base: str, labels: dict[str, str], *, formless: bool) -> dict[str, Any]:
    visible = [f for f in fields if f.get("type", "").lower() != "hidden"
               and not (f.tag == "input" and f.get("type", "").lower() in BUTTON_INPUT_TYPES)]
    action = base if formless else (absolute(base, container.get("action")) or base)
    return {"action": action, "method": "" if formless else container.get("method", "get").lower(),
            "role": clean(container.get("role"), 40), "formless": formless,
            "selector": short_selector(container), "snippet": opening_tag(container),
            "fields": [describe_field(f, labels) for f in visible[:MAX_FIELDS]],
            "hidden": [clean(f.get("name"), 60) for f in fields
                       if f.get("type", "").lower() == "hidden"][:20],
            "buttons": button_texts(container), "text": text_of(container, MAX_CONTEXT_CHARS),
            "context": context_of(container)}


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


def extract_forms(doc: lxml.html.HtmlElement, base: str) -> list[dict[str, Any]]:
    """Every <form>, then fields outside any form grouped by their parent element (script
    driven sites often have a search box or signup field without a form around it)."""
    labels = labels_by_id(doc)
    forms = [describe_form(form, list(form.iter(*FIELD_TAGS)), base, labels, formless=False)
             for form in list(doc.iter("form"))[:MAX_FORMS]]
    orphans: dict[lxml.html.HtmlElement, list[lxml.html.HtmlElement]] = {}
    for field in doc.iter(*FIELD_TAGS):
        container = orphan_container(field)
        if container is not None and next(field.iterancestors("form"), None) is None:
            orphans.setdefault(container, []).append(field)
    for parent, fields in list(orphans.items())[: MAX_FORMS - len(forms)]:
        if any(f.get("type", "").lower() != "hidden" for f in fields):
            forms.append(describe_form(parent, fields, base, labels, formless=True))
    return forms
