"""Load and validate targets.csv: every problem is reported with its row and column."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from benchmark.model import KINDS, PLATFORMS, Target

REQUIRED_COLUMNS = ("id", "name", "kind", "website")
COLUMN_ALIASES = {"twitter": "x"}
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_CELL_CHARS = 2048
MAX_ID_CHARS = 64


class TargetsFileError(Exception):
    """The file as a whole cannot be used (unreadable, no header, missing columns)."""


@dataclass(frozen=True)
class Problem:
    """One problem found in the targets file, located by row and column."""

    path: str
    row: int
    column: str
    message: str
    fatal: bool = True  # fatal: the row is skipped; otherwise only the value is dropped

    def __str__(self) -> str:
        effect = "row skipped" if self.fatal else "value ignored"
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


def load_targets(path: Path) -> tuple[list[Target], list[Problem]]:
    """Read and validate `path`; bad rows are reported and skipped, good ones returned."""
    shown = str(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise TargetsFileError(f"{shown}: larger than {MAX_FILE_BYTES // 2**20} MiB")
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise TargetsFileError(f"{shown}: cannot read: {exc}") from exc
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [COLUMN_ALIASES.get(h.strip().lower(), h.strip().lower())
              for h in reader.fieldnames or []]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise TargetsFileError(f"{shown}:1: missing required column(s): {', '.join(missing)}"
                               f" (found: {', '.join(header) or 'nothing'})")
    reader.fieldnames = header
    targets: list[Target] = []
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for row in reader:
        row_number = reader.line_num  # the file line where this record ends
        target, row_problems = _parse_row(shown, row_number, row, seen)
        problems.extend(row_problems)
        if target is not None:
            seen[target.id] = row_number
            targets.append(target)
    return targets, problems


def _parse_row(path: str, row: int, cells: dict, seen: dict[str, int]
               ) -> tuple[Target | None, list[Problem]]:
    values = {k: (v or "").strip()[:MAX_CELL_CHARS] for k, v in cells.items()
              if isinstance(k, str) and isinstance(v, str)}
    problems: list[Problem] = []

    def fatal(column: str, message: str) -> None:
        problems.append(Problem(path, row, column, message))

    if not any(values.values()):
        return None, []  # blank line
    raw_id = values.get("id", "")
    target_id = safe_id(raw_id)
    if not raw_id:
        fatal("id", "missing id")
    elif not target_id:
        fatal("id", f"id {raw_id!r} has no usable characters")
    elif target_id in seen:
        fatal("id", f"duplicate id {target_id!r} (first used on row {seen[target_id]})")
    if not values.get("name"):
        fatal("name", "missing name")
    kind = values.get("kind", "").lower()
    if kind not in KINDS:
        fatal("kind", f"unknown kind {values.get('kind', '')!r}; allowed: {', '.join(KINDS)}")
    website = values.get("website", "")
    if not website:
        fatal("website", "missing website")
    elif (why := check_url(website)) is not None:
        fatal("website", f"{website!r}: {why}")
    accounts: dict[str, str] = {}
    for platform in PLATFORMS:
        url = values.get(platform, "")
        if not url:
            continue
        if (why := check_url(url)) is not None:
            problems.append(Problem(path, row, platform, f"{url!r}: {why}", fatal=False))
        else:
            accounts[platform] = url
    if any(p.fatal for p in problems):
        return None, problems
    return Target(id=target_id, name=values["name"], kind=kind, website=website,
                  sector=values.get("sector", ""), country=values.get("country", ""),
                  accounts=accounts, row=row), problems
