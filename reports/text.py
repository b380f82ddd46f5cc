"""Turn raw run values into the words a reader sees, in the report's language."""

from __future__ import annotations

import re
from typing import Any

from reports import formats
from reports.labels import label
from reports.load import Organisation, Run
from scoring.rounding import score_text as score_text  # the one rounding rule, re-exported

ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def crawl_text(organisation: Organisation, labels: dict[str, Any]) -> str:
    """The crawl status in words, followed by its reason when there is one."""
    status = label(labels["crawl_status"], organisation.status)
    return f'{status}{labels["colon"]}{organisation.reason}' if organisation.reason else status


def value_text(value: str, labels: dict[str, Any]) -> str:
    """A raw criterion value for reading: yes/no translated, numbers and dates written the
    language's way, `;`-joined lists with commas; anything else verbatim."""
    if value in labels["values"]:
        return labels["values"][value]
    if ISO_DATE.fullmatch(value):
        return formats.long_date(value, labels["lang"])
    number = formats.plain(value, labels["lang"])
    return number.replace(";", ", ") if number == value else number


def score_words(score: float | None, labels: dict[str, Any]) -> str:
    """A 0-100 score to one decimal, in the language's way ("81,3" in French)."""
    return formats.score(score, labels["lang"])


def role_text(role: str, labels: dict[str, Any]) -> str:
    """Why a page was chosen, as a section name ("home" -> "Home page" / "Accueil")."""
    return label(labels["roles"], role)


def curve_text(curve: str, labels: dict[str, Any]) -> str:
    return label(labels["curves"], curve)


def kind_text(kind: str, labels: dict[str, Any]) -> str:
    return label(labels["kinds"], kind)


def applies_text(applies_to: tuple[str, ...] | None, labels: dict[str, Any]) -> str:
    """The kinds of organisation a criterion applies to, or "all"."""
    if not applies_to:
        return labels["all_kinds"]
    return ", ".join(kind_text(kind, labels) for kind in applies_to)


def date_text(timestamp: str, labels: dict[str, Any] | None = None) -> str:
    """The calendar date of an ISO timestamp in long form ("21 November 2026", "21 novembre
    2026"); anything unparsable is shown as written."""
    return formats.long_date(timestamp, labels["lang"] if labels else "en")


def provenance_lines(run: Run, labels: dict[str, Any]) -> list[tuple[str, str]]:
    """Label and value of each provenance fact, in reading order."""
    provenance = run.provenance
    version = " ".join(filter(None, (provenance.methodology_name,
                                     provenance.methodology_version)))
    return [
        (labels["tool_version"], provenance.tool_version),
        (labels["methodology_name"], version),
        (labels["created_at"], date_text(provenance.created_at, labels)),
        (labels["updated_at"], date_text(provenance.updated_at, labels)),
        (labels["methodology_file"], provenance.methodology_path),
        (f'{labels["methodology_file"]} {labels["sha256"]}', provenance.methodology_sha256),
        (labels["targets_file"], provenance.targets_path),
        (f'{labels["targets_file"]} {labels["sha256"]}', provenance.targets_sha256),
        (labels["missing_policy"], label(labels["missing"], provenance.missing_policy)),
    ]


def formula_rows(run: Run, labels: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(what, setting, formula) for each dimension, the overall score, missing data and the
    ranking, as scoring described them in run.json (formatted here, never re-derived)."""
    formulas, lang = run.formulas, labels["lang"]
    rows = [(label(labels["dimensions"], item["dimension"]), _plain(item["weight"], lang),
             item["formula"]) for item in formulas.get("dimensions", [])]
    for key, name, setting, group in (
            ("overall", labels["columns"]["overall"], "method", "methods"),
            ("missing", labels["missing_policy"], "policy", "missing"),
            ("ranking", labels["ranking_rule"], "resolution", "")):
        if key in formulas:
            value = formulas[key][setting]
            shown = label(labels[group], value) if group else _plain(value, lang)
            rows.append((name, shown, formulas[key]["formula"]))
    for profile in formulas.get("profiles", []):
        rows.append((kind_text(profile["kind"], labels), labels["profile"],
                     profile_text(profile, lang)))
    return rows


def profile_text(profile: dict[str, Any], lang: str = "en") -> str:
    """The weights a kind profile replaces, as `name = weight` pairs."""
    return "; ".join(", ".join(f"{name} = {_plain(weight, lang)}" for name, weight in
                               (profile.get(part) or {}).items())
                     for part in ("dimensions", "criteria") if profile.get(part))


def not_counted_rows(run: Run, labels: dict[str, Any] | None = None) -> list[tuple[str, str, str]]:
    """(criterion, weight, why) for every weight the methodology says has no effect."""
    lang = labels["lang"] if labels else "en"
    return [(item["criterion"], _plain(item["weight"], lang), item["reason"])
            for item in run.formulas.get("not_counted", [])]


def _plain(value: Any, lang: str = "en") -> str:
    """A weight or setting as written in a methodology ("0.5", "3"), in the language's way."""
    return formats.plain(f"{value:g}", lang) if isinstance(value, float) else str(value)
