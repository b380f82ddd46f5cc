"""Observations of one HTML page, family by family; a family that fails is recorded, not fatal."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from benchmark import clock
from benchmark.gather.actions import extract_actions
from benchmark.gather.dates import extract_dates
from benchmark.gather.dom import base_url, clean, parse_document
from benchmark.gather.embeds import extract_embeds
from benchmark.gather.forms import extract_forms
from benchmark.gather.links import extract_links
from benchmark.gather.meta import extract_meta, jsonld_nodes
from benchmark.gather.technologies import extract_technologies
from benchmark.gather.text import extract_headings, visible_text, word_count

# What each family holds when the page could not be read or the family failed.
EMPTY_FAMILIES: dict[str, Callable[[], Any]] = {
    "meta": dict, "links": list, "forms": list, "embeds": dict, "headings": list,
    "word_count": int, "dates": list, "tech": dict, "actions": list,
}


def empty_page(url: str, reason: str) -> dict[str, Any]:
    """Observations of a page with nothing to observe (failed fetch, empty document)."""
    page: dict[str, Any] = {"url": url, "parsed": False, "errors": [reason] if reason else []}
    page.update({name: make() for name, make in EMPTY_FAMILIES.items()})
    return page


def gather_html(html: str, url: str, *, crawl_date: date | None = None) -> dict[str, Any]:
    """Observations of one page: meta, links, forms, embeds, headings, word count, dates.
    Dates later than `crawl_date` (default: today) plus a small tolerance are dropped."""
    doc = parse_document(html)
    if doc is None:
        return empty_page(url, "empty or unreadable document")
    crawl_date = crawl_date or clock.today()
    base = base_url(doc, url)
    errors: list[str] = []

    def safely(name: str, compute: Callable[[], Any], default: Any) -> Any:
        try:
            return compute()
        except Exception as exc:  # hostile markup must cost one family, never the batch
            errors.append(clean(f"{name}: {type(exc).__name__}: {exc}"))
            return default

    text = safely("text", lambda: visible_text(doc), "")
    nodes = safely("jsonld", lambda: jsonld_nodes(doc), [])
    extractors: dict[str, Callable[[], Any]] = {
        "meta": lambda: extract_meta(doc, base, nodes),
        "links": lambda: extract_links(doc, base),
        "forms": lambda: extract_forms(doc, base),
        "embeds": lambda: extract_embeds(doc, base),
        "headings": lambda: extract_headings(doc),
        "word_count": lambda: word_count(text),
        "dates": lambda: extract_dates(doc, nodes, crawl_date),
        "tech": lambda: extract_technologies(doc, html, url, text),
        "actions": lambda: extract_actions(doc),
    }
    page: dict[str, Any] = {"url": url, "parsed": True, "errors": errors}
    page.update({name: safely(name, extract, EMPTY_FAMILIES[name]())
                 for name, extract in extractors.items()})
    return page
