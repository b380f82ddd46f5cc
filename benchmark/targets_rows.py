"""Validate one row of the targets file: every problem is reported with its row and column."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import urlsplit

from benchmark.model import KINDS, PLATFORMS, ROLES, Target
from benchmark.targets_columns import fold

MAX_CELL_CHARS = 2048
MAX_ID_CHARS = 64
# Keys are folded: the role names French panels use.
ROLE_ALIASES = {"pdg": "ceo", "president": "chair", "presidente": "chair",
                "directeur communication": "dircom", "directrice communication": "dircom",
                "porte parole": "spokesperson", "dirigeant": "executive",
                "dirigeante": "executive", "relais": "relay"}


@dataclass(frozen=True)
class Problem:
    """One problem found in the targets file, located by row and column."""

    path: str
    row: int
    column: str
    message: str
    fatal: bool = True  # fatal: the row is skipped; otherwise only the value is dropped
    corrected: bool = False  # not fatal: the value was changed into a usable one

    def __str__(self) -> str:
        effect = ("row skipped" if self.fatal else
                  "value corrected" if self.corrected else "value ignored")
        return f"{self.path}:{self.row}: column '{self.column}': {self.message} ({effect})"


def safe_id(raw: str) -> str:
    """Turn any string into a file-name-safe id: ascii, lowercase, [a-z0-9_-] only."""
    ascii_text = unicodedata.normalize("NFKD", raw).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9_-]+", "-", ascii_text.lower()).strip("-_")
    return re.sub(r"-{2,}", "-", slug)[:MAX_ID_CHARS].strip("-_")


def check_url(value: str) -> str | None:
    """Return why `value` is not a usable http(s) URL, or None when it is."""
    try:
        parts = urlsplit(value)
    except ValueError as exc:
        return f"not a URL ({exc})"
    if parts.scheme.lower() not in ("http", "https"):
        shown = parts.scheme or "none"
        return f"scheme '{shown}' is not allowed, only http and https"
    if not parts.hostname or "." not in parts.hostname and parts.hostname != "localhost":
        return "no valid host name"
    if any(ch.isspace() for ch in value):
        return "contains white space"
    return None


def parse_row(path: str, row: int, values: dict[str, str], seen: dict[str, int]
              ) -> tuple[Target | None, list[Problem]]:
    """The target of one non-blank row (None when a fatal problem skips it) and its problems."""
    values = {k: v.strip()[:MAX_CELL_CHARS] for k, v in values.items()}
    problems: list[Problem] = []

    def fatal(column: str, message: str) -> None:
        problems.append(Problem(path, row, column, message))

    def dropped(column: str, message: str) -> None:
        problems.append(Problem(path, row, column, message, fatal=False))

    raw_id = values.get("id", "")
    target_id = safe_id(raw_id)
    if not raw_id:
        fatal("id", "missing id")
    elif not target_id:
        fatal("id", f"id {raw_id!r} has no usable characters")
    elif target_id in seen:
        fatal("id", f"duplicate id {target_id!r} (first used on row {seen[target_id]})")
    if target_id and target_id != raw_id:
        problems.append(Problem(path, row, "id", f"id {raw_id!r} changed to {target_id!r} to "
                                "be usable as a file name", fatal=False, corrected=True))
    if not values.get("name"):
        fatal("name", "missing name")
    kind = values.get("kind", "").lower()
    if kind not in KINDS:
        fatal("kind", f"unknown kind {values.get('kind', '')!r}; allowed: {', '.join(KINDS)}")
    website = values.get("website", "")
    if not website and kind != "person":  # a person may be audited on its accounts alone
        fatal("website", "missing website (only a person may have none)")
    elif website and (why := check_url(website)) is not None:
        fatal("website", f"{website!r}: {why}")
    accounts: dict[str, str] = {}
    for platform in PLATFORMS:
        url = values.get(platform, "")
        if not url:
            continue
        if (why := check_url(url)) is not None:
            dropped(platform, f"{url!r}: {why}")
        else:
            accounts[platform] = url
    role = ROLE_ALIASES.get(fold(values.get("role", "")), fold(values.get("role", "")))
    if role and role not in ROLES:
        dropped("role", f"unknown role {values['role']!r}; allowed: {', '.join(ROLES)}")
        role = ""
    parent = values.get("parent", "")
    if any(p.fatal for p in problems):
        return None, problems
    return Target(id=target_id, name=values["name"], kind=kind, website=website,
                  sector=values.get("sector", ""), country=values.get("country", ""),
                  accounts=accounts, row=row, parent=parent, role=role), problems
