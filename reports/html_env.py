"""The Jinja environment of the HTML report: autoescape always on, and its display filters."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from reports import formats
from reports.evidence import reader_text
from reports.labels import label
from reports.load import DIMENSIONS, Verdict
from reports.safe import is_web_url, printable
from reports.text import (
    applies_text,
    crawl_text,
    curve_text,
    kind_text,
    role_text,
    score_text,
    value_text,
)

TEMPLATES = Path(__file__).parent / "templates"
KNOWN_STATUSES = ("pass", "fail", "not_applicable", "unknown", "error")
NUMBER = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?")
DICT_ATTRIBUTES = frozenset(dir(dict))


class ReportEnvironment(Environment):
    """Jinja's `a.b` tries the attribute, then the item: on the label dicts, read ~1,000
    times per scorecard, that costs an AttributeError each time. A plain dict has no
    attribute but dict's own, so trying the item first returns the same thing."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict and attribute not in DICT_ATTRIBUTES:
            try:
                return obj[attribute]
            except KeyError:
                return self.undefined(obj=obj, name=attribute)
        try:  # Environment.getattr's own steps, inlined: a call less per lookup
            return getattr(obj, attribute)
        except AttributeError:
            pass
        try:
            return obj[attribute]
        except (TypeError, LookupError, AttributeError):
            return self.undefined(obj=obj, name=attribute)


@cache
def environment(lang: str = "en") -> Environment:
    """One environment per language (its filters write numbers the language's way), made
    once per process: templates compile once, even for 10,000 scorecards."""
    env = ReportEnvironment(
        loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined,
        trim_blocks=True, lstrip_blocks=True, finalize=_printable, auto_reload=False,
    )
    env.filters.update(
        score=lambda score: formats.score(score, lang), bar=bar_width,
        number=lambda value: formats.number(value, lang, 0.01),
        by_dimension=by_dimension, status_class=status_class,
        reader=lru_cache(maxsize=8192)(lambda text: reader_text(text, lang)),
        percent=lambda share: formats.percent(share, lang),
        signed=lambda number, step=0.1: signed_text(number, lang, step), css=css_string,
        rounded=lru_cache(maxsize=4096)(lambda value, step: formats.number(value, lang, step)),
        label_in=lambda code, group: label(group, code), value_unit=value_unit,
    )
    # Evidence, URLs and numbers repeat across a panel: cache the pure formatting.
    env.tests["web_url"] = lru_cache(maxsize=8192)(is_web_url)
    env.globals.update(
        label=label, kind_text=kind_text, crawl_text=crawl_text, value_text=value_text,
        applies_text=applies_text, value_unit=value_unit, dimensions=DIMENSIONS,
        role_text=role_text, curve_text=curve_text,
    )
    return env


def _printable(value: Any) -> Any:
    """Every printed string loses control characters; macro output is already clean."""
    if type(value) is not str or value.isprintable():  # fast path: no control character
        return value
    return printable(value)


def css_string(text: str) -> str:
    """A label safe inside a CSS string in a <style> element (labels are ours, but a
    translation may hold a quote or a backslash)."""
    return "".join(char if char.isalnum() or char in " -'.()" else f"\\{ord(char):x} "
                   for char in str(text)).replace("'", "\\27 ")


def bar_width(score: float | None) -> str:
    """CSS width, in percent, of the bar drawn for a 0-100 score."""
    return score_text(min(max(score or 0.0, 0.0), 100.0))


def signed_text(number: float | None, lang: str, step: float = 0.1) -> str:
    """A change with its sign (+2.1, -3, 0; "+2,1" in French), a dash when absent."""
    if number is None:
        return "–"
    text = formats.number(number, lang, step)
    return text if text.startswith("-") or number == 0 else f"+{text}"


def value_unit(verdict: Verdict, labels: dict[str, Any]) -> str:
    """The raw value as a reader reads it: yes/no translated, numbers with their unit,
    lists with commas (the units are the workbook's, so both reports agree)."""
    value = verdict.value
    if NUMBER.fullmatch(value):
        unit = labels["excel"]["units"].get(verdict.criterion_id, "")
        shown = formats.plain(value, labels["lang"])
        return f"{shown} {unit}" if unit and unit != "date" else shown
    if ";" in value:
        return ", ".join(part for part in value.split(";") if part)
    return value_text(value, labels)


def by_dimension(verdicts: tuple[Verdict, ...]) -> list[tuple[str, list[Verdict]]]:
    """Verdicts grouped by dimension, in the usual dimension order, unknown dimensions last."""
    groups: dict[str, list[Verdict]] = {dimension: [] for dimension in DIMENSIONS}
    for verdict in verdicts:
        groups.setdefault(verdict.dimension, []).append(verdict)
    return [(dimension, group) for dimension, group in groups.items() if group]


def status_class(status: str) -> str:
    """A CSS class for a verdict status; anything unexpected gets the neutral look."""
    return status if status in KNOWN_STATUSES else "unknown"
