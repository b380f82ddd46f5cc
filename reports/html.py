"""The HTML report: one self-contained, printable page rendered from Jinja2 templates."""

from __future__ import annotations

import base64
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from reports import formats
from reports.labels import label
from reports.load import DIMENSIONS, Run, Verdict
from reports.safe import is_web_url, printable
from reports.text import (
    applies_text,
    crawl_text,
    curve_text,
    date_text,
    formula_rows,
    kind_text,
    not_counted_rows,
    provenance_lines,
    role_text,
    score_text,
    value_text,
)

TEMPLATES = Path(__file__).parent / "templates"
IMAGE_SIGNATURES = {b"\xff\xd8\xff": "image/jpeg", b"\x89PNG\r\n\x1a\n": "image/png"}
KNOWN_STATUSES = ("pass", "fail", "not_applicable", "unknown", "error")


def html_text(run: Run, labels: dict[str, Any], lang: str) -> str:
    """The whole report as one HTML document."""
    provenance = run.provenance
    return _environment(lang).get_template("benchmark.html.j2").render(
        run=run, labels=labels, lang=lang, dimensions=DIMENSIONS,
        date=date_text(provenance.updated_at or provenance.created_at, labels),
        targets_name=Path(provenance.targets_path).name if provenance.targets_path else "",
        provenance=provenance_lines(run, labels), formulas=formula_rows(run, labels),
        not_counted=not_counted_rows(run, labels),
        screenshots={org.id: screenshot_uri(org.screenshot) for org in run.organisations},
    )


@cache
def _environment(lang: str) -> Environment:
    """One environment per language: its filters write numbers the language's way."""
    environment = Environment(
        loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined,
        trim_blocks=True, lstrip_blocks=True, finalize=_printable,
    )
    environment.filters.update(
        score=lambda score: formats.score(score, lang), bar=bar_width,
        number=lambda value: formats.number(value, lang, 0.01) if value is not None else "–",
        by_dimension=by_dimension, status_class=status_class,
    )
    environment.tests["web_url"] = is_web_url
    environment.globals.update(
        label=label, kind_text=kind_text, crawl_text=crawl_text, value_text=value_text,
        applies_text=applies_text, role_text=role_text, curve_text=curve_text,
    )
    return environment


def _printable(value: Any) -> Any:
    """Every printed string loses control characters; macro output is already clean."""
    return printable(value) if isinstance(value, str) and not isinstance(value, Markup) else value


def screenshot_uri(path: Path | None) -> str | None:
    """The image at `path` as a data URI, so the report needs no file beside it; None if it
    is not a JPEG or PNG (the bytes decide, not the name: snapshots are data)."""
    if path is None:
        return None
    data = path.read_bytes()
    kind = next((mime for signature, mime in IMAGE_SIGNATURES.items()
                 if data.startswith(signature)), None)
    if kind is None:
        return None
    return f"data:{kind};base64," + base64.b64encode(data).decode("ascii")


def bar_width(score: float | None) -> str:
    """CSS width, in percent, of the bar drawn for a 0-100 score."""
    return score_text(min(max(score or 0.0, 0.0), 100.0))


def by_dimension(verdicts: tuple[Verdict, ...]) -> list[tuple[str, list[Verdict]]]:
    """Verdicts grouped by dimension, in the usual dimension order, unknown dimensions last."""
    groups: dict[str, list[Verdict]] = {dimension: [] for dimension in DIMENSIONS}
    for verdict in verdicts:
        groups.setdefault(verdict.dimension, []).append(verdict)
    return [(dimension, group) for dimension, group in groups.items() if group]


def status_class(status: str) -> str:
    """A CSS class for a verdict status; anything unexpected gets the neutral look."""
    return status if status in KNOWN_STATUSES else "unknown"
