"""What a form is for (search, login, contact, newsletter, gift, order...), from its parts."""

from __future__ import annotations

import re
from collections import OrderedDict
from typing import Any

from benchmark.criteria.forms import any_field, field_words, form_words, is_search, machine_words
from benchmark.gather.urls import matching_vendor
from benchmark.lexicon import find, vendor_entries

MAX_SIGNUP_FIELDS = 2  # 'Inscription' on a longer form is an event or account registration
MESSAGE_TYPES = {"textarea", "text", ""}
MAIL_NAME = re.compile(r"e[-_]?mail", re.I)
MEMO_SIZE = 512
MEMO: OrderedDict[tuple[int, str], tuple[dict[str, Any], dict[str, str]]] = OrderedDict()
MAX_CALLBACK_FIELDS = 6  # name, e-mail, phone, best time: longer forms register people
# A price: a currency sign or code next to an amount ('$60', '12,50 €', 'EUR 30').
PRICE = re.compile(r"[$€£¥]\s?\d|\d\s?[$€£¥]|\b(?:eur|usd|gbp|chf)\s?\d|\d\s?(?:eur|usd|gbp|chf)\b",
                   re.I)


def message_field(form: dict[str, Any]) -> dict[str, Any] | None:
    """A field to write a message in: a textarea (not an address box) or a text field named
    as a message."""
    for field in form.get("fields", []):
        kind, said = field.get("type"), field_words(field)
        if kind == "textarea" and not find("forms.place", said):
            return field
        if kind in MESSAGE_TYPES and find("forms.message", said):
            return field
    return None


def not_a_message_to_us(form: dict[str, Any]) -> str | None:
    """Why a form with a message field is no contact form: a comment or review box, a chat
    widget's offline form, 'send this page to a friend' (by names around it or its wording)."""
    names = f"{machine_words(form)} {form.get('action', '')}"
    marker = find("forms.comment_markers", names)
    if marker:
        return f"comment form ('{marker}')"
    chat = find("forms.chat_markers", names)
    if chat:
        return f"chat widget form ('{chat}')"
    said = " ".join([*form.get("buttons", []), form.get("text", "")[:200],
                     *(field_words(f) for f in form.get("fields", []))])
    relayed = find("forms.recommend", said)
    if relayed:
        return f"'send to a friend' form ('{relayed}')"
    comment = find("forms.comment_buttons", " ".join(form.get("buttons", [])))
    return f"comment form (button '{comment}')" if comment else None


def callback_reason(form: dict[str, Any]) -> str | None:
    """A short 'call me back' form: a name and a phone number to leave, said to be for
    contact ('ContactForm', 'BestTimeToContact', 'Snel contact')."""
    entries = [f for f in form.get("fields", []) if f.get("type") not in ("hidden", "checkbox")]
    if not 2 <= len(entries) <= MAX_CALLBACK_FIELDS:
        return None
    phone = any_field(form, "forms.phone") or any(f.get("type") == "tel" for f in entries)
    if not (phone and any_field(form, "forms.name")):
        return None
    said = " ".join([machine_words(form), form_words(form), form.get("where", ""),
                     *(field_words(f) for f in entries)])
    wording = find("forms.callback", said) or find("sections.contact", said)
    return f"name and phone fields and '{wording}'" if wording else None


def email_field(form: dict[str, Any]) -> bool:
    """An e-mail field: by type, by its words, or by 'email' inside a machine name
    ('txtemail', 'emailid')."""
    fields = form.get("fields", [])
    return (any(f.get("type") == "email" for f in fields) or any_field(form, "forms.email")
            or any(MAIL_NAME.search(f"{f.get('name', '')} {f.get('id', '')}") for f in fields
                   if f.get("type") in MESSAGE_TYPES))


def newsletter_reason(form: dict[str, Any], fields: list[dict[str, Any]]) -> str | None:
    """Newsletter wording, registration wording on a short form, or a mailing host."""
    host = matching_vendor(form.get("action", ""), vendor_entries("forms", "newsletter_hosts"))
    if host:
        return f"posting to {host}"
    all_words = f"{form_words(form)} {form.get('where', '')} " + " ".join(
        field_words(f) for f in fields)
    wording = find("forms.newsletter", all_words)
    entries = [f for f in fields if f.get("type") not in ("checkbox", "radio", "select")]
    if wording is None and len(entries) <= MAX_SIGNUP_FIELDS:
        wording = find("forms.signup", all_words)
    return f"'{wording}'" if wording else None


def gift_reason(form: dict[str, Any]) -> str | None:
    """A gift amount field (visible or hidden), a 'Donate' button, or a donation platform."""
    amount = next((f for f in form.get("fields", []) if find("forms.donation", field_words(f))),
                  None)
    if amount is not None:
        return f"gift field '{field_words(amount).strip()}'"
    hidden = find("forms.donation", " ".join(form.get("hidden", [])))
    button = find("links.donate", " ".join(form.get("buttons", [])))
    if button:
        return f"button '{button}'" + (f" and hidden field '{hidden}'" if hidden else "")
    if matching_vendor(form.get("action", ""), vendor_entries("donation")):
        return "form posting to a donation platform"
    return None


def kinds_of(form: dict[str, Any], site_url: str) -> dict[str, str]:
    """Kind -> reason for every kind the form is (usually one). A dozen criteria ask about
    the same forms: the answers for the last forms seen are kept (the form is kept too, so
    its id cannot be reused while remembered)."""
    key = (id(form), site_url)
    known = MEMO.get(key)
    if known is not None and known[0] is form:
        return dict(known[1])
    found = classify(form, site_url)
    MEMO[key] = (form, found)
    if len(MEMO) > MEMO_SIZE:
        MEMO.popitem(last=False)
    return dict(found)


def classify(form: dict[str, Any], site_url: str) -> dict[str, str]:
    """Kind -> reason, worked out from the form's parts."""
    fields = form.get("fields", [])
    types = {f.get("type") for f in fields}
    password = "password" in types
    email = email_field(form)
    message = message_field(form)
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
    application = "file" in types and (find("forms.apply", about) or any_field(form, "forms.apply"))
    if message is not None and not password and not search:
        other = not_a_message_to_us(form)
        if other:
            found["comment" if "comment" in other else "other"] = other
        elif not application and (email or any_field(form, "forms.name")):
            found["contact"] = "message field with email or name"
    elif not password and not search and not found:
        callback = callback_reason(form)
        if callback:
            found["contact"] = callback
    # Not in the action: a form without one posts to its page ('?page=password_forgotten').
    recovery = find("forms.recovery", " ".join(
        [machine_words({**form, "action": ""}), form_words({**form, "action": ""})]))
    mailing = matching_vendor(form.get("action", ""), vendor_entries("forms", "newsletter_hosts"))
    if (email or mailing) and message is None and not password and not recovery:
        reason = newsletter_reason(form, fields)
        if reason:
            found["newsletter"] = f"email field and {reason}"
    gift = None if password or search else gift_reason(form)
    if gift:
        found["donation"] = gift
    if application:
        found["apply"] = "file upload with application wording"
    order = None if password or gift else order_reason(form)
    if order:
        found["order"] = order
    booking = None if password else booking_reason(form)
    if booking:
        found["booking"] = booking
    return found


def order_reason(form: dict[str, Any]) -> str | None:
    """A form that buys: an 'Add to cart' button, a quantity to order, or a payment page
    (PayPal's buy button) with a price beside it."""
    buttons = form.get("buttons", [])
    order = find("links.add_to_cart", " ".join(buttons))
    if order:
        return f"button '{order}'"
    quantity = next((f for f in form.get("fields", [])
                     if find("forms.quantity", field_words(f))), None)
    if quantity is not None and buttons:
        return f"quantity field '{field_words(quantity).strip()}'"
    said = " ".join([*buttons, form.get("text", ""), form.get("context", "")])
    if (matching_vendor(form.get("action", ""), vendor_entries("ecommerce", "payment_forms"))
            and PRICE.search(said)):
        return "form posting to a payment page, with a price"
    return None


def booking_reason(form: dict[str, Any]) -> str | None:
    """A booking engine: stay dates (a date field or one named as arrival/departure) and
    booking wording on its buttons or around it."""
    fields = form.get("fields", [])
    dated = next((f for f in fields if f.get("type") == "date"
                  or find("forms.booking.dates", field_words(f))), None)
    if dated is None:
        return None
    wording = find("forms.booking", " ".join([*form.get("buttons", []), form.get("text", "")[:200],
                                              machine_words(form)]))
    return f"date field '{field_words(dated).strip()}' and '{wording}'" if wording else None
