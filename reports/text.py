"""Turn raw run values into the words a reader sees, in the report's language."""

from __future__ import annotations

from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from reports.labels import label
from reports.load import Organisation, Run

NO_SCORE = "–"
ONE_DECIMAL = Decimal("0.1")


def score_text(score: float | None) -> str:
    """A 0-100 score rounded to one decimal for display, or a dash when there is none."""
    if score is None:
        return NO_SCORE
    # Round the decimal the CSV wrote (55.55 -> 55.6), as Excel does, not the binary float.
    return str(Decimal(repr(score)).quantize(ONE_DECIMAL, rounding=ROUND_HALF_UP))


def crawl_text(organisation: Organisation, labels: dict[str, Any]) -> str:
    """The crawl status in words, followed by its reason when there is one."""
    status = label(labels["crawl_status"], organisation.status)
    return f"{status}: {organisation.reason}" if organisation.reason else status


def value_text(value: str, labels: dict[str, Any]) -> str:
    """A raw criterion value; only the booleans are translated, everything else is verbatim."""
    return label(labels["values"], value)


def kind_text(kind: str, labels: dict[str, Any]) -> str:
    return label(labels["kinds"], kind)


def applies_text(applies_to: tuple[str, ...] | None, labels: dict[str, Any]) -> str:
    """The kinds of organisation a criterion applies to, or "all"."""
    if not applies_to:
        return labels["all_kinds"]
    return ", ".join(kind_text(kind, labels) for kind in applies_to)


def date_text(timestamp: str) -> str:
    """The calendar date of an ISO timestamp; anything unparsable is shown as written."""
    try:
        return datetime.fromisoformat(timestamp).date().isoformat()
    except ValueError:
        return timestamp


def provenance_lines(run: Run, labels: dict[str, Any]) -> list[tuple[str, str]]:
    """Label and value of each provenance fact, in reading order."""
    provenance = run.provenance
    return [
        (labels["tool_version"], provenance.tool_version),
        (labels["created_at"], provenance.created_at),
        (labels["updated_at"], provenance.updated_at),
        (labels["methodology_file"], provenance.methodology_path),
        (f'{labels["methodology_file"]} {labels["sha256"]}', provenance.methodology_sha256),
        (labels["targets_file"], provenance.targets_path),
        (f'{labels["targets_file"]} {labels["sha256"]}', provenance.targets_sha256),
        (labels["missing_policy"], provenance.missing_policy),
    ]
