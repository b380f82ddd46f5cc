"""Classify a form by its fields, labels, action and buttons: search, newsletter, contact..."""

from __future__ import annotations

import re
from typing import Any

from benchmark.gather.urls import matching_vendor, path_of
from benchmark.lexicon import find, normalise, vendor_entries, words
from benchmark.sites import same_site

TEXT_INPUT_TYPES = {"text", "search", ""}
NOT_SEARCH_TYPES = {"password", "textarea", "email", "file", "tel"}
VAGUE_NAMES = {"terms", "query"}  # as the last word of a name: 'search_terms' only whole
CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
# Search in machine names ('searchform', 'gatewaysearchfunction', 's_word' excepted):
# 'research' is not a search.
SEARCH_STEM = re.compile(r"(?<!re)search|recherch|suche|busca|busq|zoek|pesquis|ricerca|szuk"
                         r"|hledat|keres|poisk")


def name_words(name: str) -> str:
    """Words of a machine name: 'ctl00$Main$txtSearch' -> 'ctl00 Main txt Search'."""
    return normalise(CAMEL.sub(" ", name or ""))


def field_words(field: dict[str, Any]) -> str:
    """What a field says about itself: name and id (compound names split), label,
    placeholder, autocomplete."""
    return " ".join([name_words(str(field.get("name", ""))), str(field.get("label", "")),
                     str(field.get("placeholder", "")), name_words(str(field.get("id", ""))),
                     str(field.get("autocomplete", ""))])


def form_words(form: dict[str, Any]) -> str:
    """What the form says around its fields: buttons, text, context, action, selector."""
    return " ".join([*form.get("buttons", []), form.get("text", ""), form.get("context", ""),
                     form.get("action", ""), form.get("selector", "")])


def machine_words(form: dict[str, Any]) -> str:
    """Names the page's author gave the form: action path, selector, ids around it, hidden
    field names."""
    return name_words(" ".join([path_of(form.get("action", "")), form.get("selector", ""),
                                form.get("part_of", ""), form.get("where", ""),
                                *form.get("hidden", [])]))


def any_field(form: dict[str, Any], key: str) -> bool:
    return any(find(key, field_words(field)) for field in form.get("fields", []))


def restricted_to_site(form: dict[str, Any]) -> bool:
    """A web search form limited to the site (Google's sitesearch field, hidden or chosen)."""
    names = {normalise(name) for name in form.get("hidden", [])}
    names |= {normalise(field.get("name", "")) for field in form.get("fields", [])}
    return bool(names & set(vendor_entries("site_search", "site_fields")))


def search_cue(form: dict[str, Any], field: dict[str, Any]) -> str | None:
    """Search wording on the form's one text field, its buttons or legend, or search in the
    names of its action, id, class or field ('txtSearch', '/searchresults')."""
    shown = " ".join([*form.get("buttons", []), field.get("label", ""),
                      field.get("placeholder", ""), form.get("text", "")[:80]])
    found = find("forms.search", shown)
    if found:
        return f"'{found}'"
    names = f"{machine_words(form)} {field.get('name', '')} {field.get('id', '')}".lower()
    stem = SEARCH_STEM.search(names.replace(" ", ""))
    return f"'{stem.group(0)}' in its names" if stem else None


def is_search(form: dict[str, Any], site_url: str) -> str | None:
    """A search box querying the site itself: submitting to the site, or to a web search
    engine restricted to the site (a plain google.com search form is not). A filter form
    (one keyword field and selects) is a search too."""
    fields = form.get("fields", [])
    text_fields = [f for f in fields if f.get("type") in TEXT_INPUT_TYPES]
    if not same_site(form.get("action", ""), site_url):
        if len(text_fields) > 2:
            return None
        if restricted_to_site(form):
            return "web search restricted to the site"
        service = text_fields and matching_vendor(form.get("action", ""),
                                                  vendor_entries("site_search"))
        return f"form posting to the site search service {service}" if service else None
    if not text_fields or {f.get("type") for f in fields} & NOT_SEARCH_TYPES:
        return None
    search_names = {normalise(name) for name in words("forms.search.names")}
    for field in text_fields:
        if field.get("type") == "search":
            return "search input"
        name = name_words(field.get("name", "")).split()
        if name and (" ".join(name) in search_names
                     or (len(name[-1]) >= 5 and name[-1] in search_names - VAGUE_NAMES)):
            return f"search field '{field.get('name')}'"
    if form.get("role") == "search":
        return "role=search"
    if len(text_fields) == 1 and not find("forms.email", field_words(text_fields[0])):
        cue = search_cue(form, text_fields[0])
        return f"one text field and {cue}" if cue else None
    return None
