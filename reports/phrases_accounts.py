"""Social accounts in the reader's words: "x (login_wall)" lists, the per-account formulas
of social-footprint, "also x 2026-11-01" lists; the conversions phrases.toml names."""

from __future__ import annotations

import re
from typing import Any

from reports import formats
from reports.labels import LABELS, label

# "bluesky (discovered)", "x (login_wall)", "linkedin (not read)", "mastodon"
ACCOUNT = re.compile(r"(?P<name>[\w.-]+)(?: \((?P<state>[\w ]+)\))?")
DECIMAL = re.compile(r"(?<![\w.])\d+\.\d+(?![\w.])")
ISO_DAY = re.compile(r"\b\d{4}-\d\d-\d\d\b")


def _words(lang: str) -> dict[str, Any]:
    return LABELS[lang]["accounts"]


def state_text(state: str, lang: str) -> str:
    """An account status or origin ("login_wall", "discovered", "manual") in words."""
    return label(_words(lang)["states"], state)


def account_text(item: str, lang: str) -> str:
    """"x (login_wall)" -> "x (behind a login wall)"; a name alone stays as written."""
    found = ACCOUNT.fullmatch(item.strip())
    if found is None:
        return item
    if found.group("name") == "none" and not found.group("state"):
        return _words(lang)["none"]
    state = found.group("state")
    return found.group("name") + (f" ({state_text(state, lang)})" if state else "")


def accounts_text(value: str, lang: str) -> str:
    """A ", "-separated list of accounts, each said in `lang`."""
    return ", ".join(account_text(item, lang) for item in value.split(", "))


def formula_text(value: str, lang: str) -> str:
    """A per-account formula with its values ("1 × 0.5 × min(0.25, 1)"): French decimal
    commas, and arguments then separated by semicolons so the commas stay unambiguous."""
    if lang != "en":
        value = value.replace(", ", " ; ")
    return DECIMAL.sub(lambda m: formats.plain(m.group(0), lang), value)


def dated_accounts_text(value: str, lang: str) -> str:
    """"x 2026-11-01, bluesky (discovered) 2026-10-01", names and dates said in `lang`."""
    items = []
    for item in value.split(", "):
        name, _, day = item.rpartition(" ")
        items.append(f"{account_text(name, lang)} {formats.long_date(day, lang)}"
                     if name and ISO_DAY.fullmatch(day) else item)
    return ", ".join(items)


def counts_text(value: str, lang: str) -> str:
    """"x 12,408, bluesky (discovered) 310": names said in `lang`, numbers grouped its way."""
    items = []
    for item in value.split(", "):
        name, _, count = item.rpartition(" ")
        digits = count.replace(",", "")
        items.append(f"{account_text(name, lang)} {formats.integer(float(digits), lang)}"
                     if name and digits.isdigit() else item)
    return ", ".join(items)
