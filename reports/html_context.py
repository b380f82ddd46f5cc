"""What every HTML page shares: heading, date, provenance without local paths, the script."""

from __future__ import annotations

import base64
import hashlib
import re
from collections import Counter
from functools import cache, lru_cache
from pathlib import PurePath
from typing import Any

from markupsafe import Markup

from reports import formats
from reports.analyses import SHOWN_ROWS, Analyses
from reports.html_env import TEMPLATES
from reports.load import Run
from reports.text import date_text, formula_rows, not_counted_rows, provenance_lines

SAFE_FILE = re.compile(r"[a-z0-9][a-z0-9_-]{0,99}")
INDEX_NAME = "benchmark.html"
ORGS_DIR = "orgs"


def org_file(target_id: str) -> str:
    """The scorecard's file name: the id when it is a clean slug (targets.safe_id makes
    them so), else a digest, so no id from a hand-edited run folder can name a path."""
    if SAFE_FILE.fullmatch(target_id):
        return f"{target_id}.html"
    return "_" + hashlib.sha256(target_id.encode("utf-8")).hexdigest()[:24] + ".html"


@cache
def sort_script() -> tuple[Markup, str]:
    """The index's one script (column sorting) and its CSP hash source."""
    text = (TEMPLATES / "_sort.js").read_text(encoding="utf-8").strip()
    digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
    return Markup(text), f"sha256-{digest}"


def shared_context(run: Run, labels: dict[str, Any], lang: str, title: str,
                   logo: str | None, analyses: Analyses) -> dict[str, Any]:
    """The variables every template of the report reads."""
    provenance = run.provenance
    version = " ".join(filter(None, (provenance.methodology_name,
                                     provenance.methodology_version)))
    return {
        "labels": labels, "lang": lang, "run": run, "analyses": analyses,
        "heading": title or labels["title"], "subtitle": labels["title"] if title else "",
        "date": date_text(provenance.crawled_at or provenance.created_at, labels),
        "targets_name": PurePath(provenance.targets_path).name if provenance.targets_path
        else "",
        "methodology": version, "logo": logo, "script_hash": None,
        "provenance": html_provenance(run, labels), "formulas": formula_rows(run, labels),
        "not_counted": not_counted_rows(run, labels),
        "titles": {criterion.id: criterion.title for criterion in run.criteria},
        "dimension_of": {criterion.id: criterion.dimension for criterion in run.criteria},
        "names": {org.id: org.name for org in run.organisations},
        # "rank 3 / 12" counts within the organisation's own table (people apart).
        "totals": Counter(org.table for org in run.organisations if org.rank is not None),
        "number": lru_cache(maxsize=4096)(
            lambda value, step=0.1: formats.number(value, lang, step)),
        "index_name": INDEX_NAME, "max_rows": SHOWN_ROWS,
        "has_intervals": any(org.stability for org in run.organisations),
        "changes": analyses.change_of(),
        "moves": sorted(analyses.changes, key=lambda change: (
            change.presence == "both" and not change.rank_change and not change.changes,
            -abs(change.rank_change or 0))),
        "factor_text": lambda factor: factor_text(factor.factor, labels),
    }


def html_provenance(run: Run, labels: dict[str, Any]) -> list[tuple[str, str]]:
    """The provenance facts with file names instead of this machine's paths."""
    local = {run.provenance.targets_path, run.provenance.methodology_path} - {""}
    return [(name, PurePath(value).name if value in local else value)
            for name, value in provenance_lines(run, labels)]


def factor_text(factor: str, labels: dict[str, Any]) -> str:
    """A sensitivity factor (`weight:tech`, `criteria:social`, `alternative:overall`) in
    words, with the dimension's label."""
    kind, _, name = factor.partition(":")
    dimension = labels["dimensions"].get(name, name)
    if kind == "weight":
        return f'{labels["columns"]["weight"]}: {dimension}'
    if kind == "criteria":
        return f'{labels["criteria_catalogue"]} ({labels["columns"]["weight"].lower()}): ' \
               f"{dimension}"
    return name or factor
