"""The HTML report: an index page (benchmark.html) and one scorecard per organisation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from benchmark.runstore import write_bytes_atomic
from reports.analyses import Analyses
from reports.html_context import INDEX_NAME, ORGS_DIR, org_file, shared_context, sort_script
from reports.html_env import environment
from reports.html_scorecard import card_of, write_scorecards
from reports.load import Run
from reports.logo import screenshot_uri  # noqa: F401 (kept importable from here)

PDF_ORGS_MAX = 200  # larger panels get an index-only PDF: the scorecards are in orgs/


def index_text(context: dict[str, Any]) -> str:
    """benchmark.html: ranking (sortable), robustness, panel statistics, comparison,
    methodology; links to the scorecards."""
    script, script_hash = sort_script()
    hrefs = {org.id: f"{ORGS_DIR}/{org_file(org.id)}" for org in context["run"].organisations}
    return environment(context["lang"]).get_template("benchmark.html.j2").render(
        context, hrefs=hrefs, script=script, script_hash=script_hash)


def print_text(context: dict[str, Any]) -> str:
    """The document printed to benchmark.pdf: cover, ranking, a scorecard per scored
    organisation (up to PDF_ORGS_MAX), the failed targets on one page, methodology."""
    organisations = context["run"].organisations
    scored = [org for org in organisations if org.overall is not None]
    cards = [(org, card_of(org)) for org in scored] if len(organisations) <= PDF_ORGS_MAX \
        else []
    included = {org.id for org, _ in cards}
    hrefs = {org.id: f"#org-{org_file(org.id)}" if org.id in included else ""
             for org in organisations}
    failed = [org for org in organisations if org.overall is None]
    return environment(context["lang"]).get_template("print.html.j2").render(
        context, hrefs=hrefs, cards=cards, failed=failed)


def write_html(run_dir: Path, run: Run, labels: dict[str, Any], lang: str, title: str = "",
               logo: str | None = None, analyses: Analyses | None = None) -> list[Path]:
    """Write benchmark.html and RUN/orgs/*.html; return [index, orgs folder]."""
    context = shared_context(run, labels, lang, title, logo, analyses or Analyses())
    orgs = write_scorecards(run_dir, run.organisations, context)
    index = run_dir / INDEX_NAME
    write_bytes_atomic(index, index_text(context).encode("utf-8"))
    return [index, orgs]
