"""Classify a form by its fields, labels, action and buttons: search, newsletter, contact..."""

from __future__ import annotations

from typing import Any

from benchmark.gather.urls import matching_vendor
from benchmark.lexicon import find, normalise, vendor_entries, words
from benchmark.sites import same_site

TEXT_INPUT_TYPES = {"text", "search", ""}
MAX_SIGNUP_FIELDS = 2  # 'Inscription' on a longer form is an event or account registration


def field_words(field: dict[str, Any]) -> str:
    """What a field says about itself: name, label, placeholder, id, autocomplete."""
    return " ".join(str(field.get(k, "")) for k in ("name", "label", "placeholder", "id",
                                                    "autocomplete"))


def form_words(form: dict[str, Any]) -> str:
    """What the form says around its fields: buttons, text, context, action, selector."""
    return " ".join([*form.get("buttons", []), form.get("text", ""), form.get("context", ""),
                     form.get("action", ""), form.get("selector", "")])


def any_field(form: dict[str, Any], key: str) -> bool:
    return any(find(key, field_words(field)) for field in form.get("fields", []))


def restricted_to_site(form: dict[str, Any]) -> bool:
    """A web search form limited to the site (Google's sitesearch field, hidden or chosen)."""
    names = {normalise(name) for name in form.get("hidden", [])}
    names |= {normalise(field.get("name", "")) for field in form.get("fields", [])}
    return bool(names & set(vendor_entries("site_search", "site_fields")))


def is_search(form: dict[str, Any], site_url: str) -> str | None:
    """A search box querying the site itself: submitting to the site, or to a web search
    engine restricted to the site (a plain google.com search form is not)."""
    fields = form.get("fields", [])
    text_fields = [f for f in fields if f.get("type") in TEXT_INPUT_TYPES]
    if not same_site(form.get("action", ""), site_url):
        restricted = restricted_to_site(form) and len(text_fields) <= 2
        return "web search restricted to the site" if restricted else None
    search_names = {normalise(name) for name in words("forms.search.names")}
    for field in text_fields:
        if field.get("type") == "search":
            return "search input"
        if normalise(field.get("name", "")) in search_names:
            return f"search field '{field.get('name')}'"
    if form.get("role") == "search" and text_fields:
        return "role=search"
    if len(text_fields) == 1 and len(fields) <= 2 and (
            find("forms.search", field_words(text_fields[0]))
            or find("forms.search", " ".join(form.get("buttons", [])))):
        return "single field labelled search"
    return None


def kinds_of(form: dict[str, Any], site_url: str) -> dict[str, str]:
    """Kind -> reason for every kind the form is (usually one)."""
    fields = form.get("fields", [])
    types = {f.get("type") for f in fields}
    password = "password" in types
    email = "email" in types or any_field(form, "forms.email")
    message = "textarea" in types or any_field(form, "forms.message")
    found: dict[str, str] = {}
    about = form_words(form)
    place = next((f for f in fields if find("forms.place", field_words(f))), None)
    locator = find("features.locator", about)
    if place is not None and locator and not password:
        found["locator"] = f"place field '{field_words(place).strip()}' and '{locator}'"
    search = None if password or "locator" in found else is_search(form, site_url)
    if search:
        found["search"] = search
    if password:
        found["login"] = "password field"
    comment = find("forms.comment_markers", f"{form.get('action', '')} {form.get('selector', '')}")
    application = "file" in types and (find("forms.apply", about) or any_field(form, "forms.apply"))
    if message and not password and comment:
        found["comment"] = f"message field in a comment form ('{comment}')"
    elif message and not password and not application and (email or any_field(form, "forms.name")):
        found["contact"] = "message field with email or name"
    action = form.get("action", "")
    newsletter_host = matching_vendor(action, vendor_entries("forms", "newsletter_hosts"))
    all_words = f"{about} {' '.join(field_words(f) for f in fields)}"
    wording = find("forms.newsletter", all_words)
    entries = [f for f in fields if f.get("type") not in ("checkbox", "radio")]
    if wording is None and len(entries) <= MAX_SIGNUP_FIELDS:
        wording = find("forms.signup", all_words)
    if email and not message and not password and (wording or newsletter_host):
        found["newsletter"] = f"email field and '{wording or newsletter_host}'"
    amount = next((f for f in fields if find("forms.donation", field_words(f))), None)
    if amount is not None:
        found["donation"] = f"gift field '{field_words(amount).strip()}'"
    elif matching_vendor(action, vendor_entries("donation")):
        found["donation"] = "form posting to a donation platform"
    if application:
        found["apply"] = "file upload with application wording"
    return found
