"""Turn raw run values into the words a reader sees, in the report's language."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from reports.labels import label
from reports.load import Organisation, Run
from scoring.rounding import score_text as score_text  # the one rounding rule, re-exported


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
    version = " ".join(filter(None, (provenance.methodology_name,
                                     provenance.methodology_version)))
    return [
        (labels["tool_version"], provenance.tool_version),
        (labels["methodology_name"], version),
        (labels["created_at"], provenance.created_at),
        (labels["updated_at"], provenance.updated_at),
        (labels["methodology_file"], provenance.methodology_path),
        (f'{labels["methodology_file"]} {labels["sha256"]}', provenance.methodology_sha256),
        (labels["targets_file"], provenance.targets_path),
        (f'{labels["targets_file"]} {labels["sha256"]}', provenance.targets_sha256),
        (labels["missing_policy"], provenance.missing_policy),
    ]


def formula_rows(run: Run, labels: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(what, setting, formula) for each dimension, the overall score, missing data and the
    ranking, as scoring described them in run.json (formatted here, never re-derived)."""
    formulas = run.formulas
    rows = [(label(labels["dimensions"], item["dimension"]), _plain(item["weight"]),
             item["formula"]) for item in formulas.get("dimensions", [])]
    for key, name, setting in (("overall", labels["columns"]["overall"], "method"),
                               ("missing", labels["missing_policy"], "policy"),
                               ("ranking", labels["ranking_rule"], "resolution")):
        if key in formulas:
            rows.append((name, _plain(formulas[key][setting]), formulas[key]["formula"]))
    for profile in formulas.get("profiles", []):
        rows.append((kind_text(profile["kind"], labels), labels["profile"],
                     profile_text(profile)))
    return rows


def profile_text(profile: dict[str, Any]) -> str:
    """The weights a kind profile replaces, as `name = weight` pairs."""
    return "; ".join(", ".join(f"{name} = {_plain(weight)}" for name, weight in
                               (profile.get(part) or {}).items())
                     for part in ("dimensions", "criteria") if profile.get(part))


def not_counted_rows(run: Run) -> list[tuple[str, str, str]]:
    """(criterion, weight, why) for every weight the methodology says has no effect."""
    return [(item["criterion"], _plain(item["weight"]), item["reason"])
            for item in run.formulas.get("not_counted", [])]


def _plain(value: Any) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)
