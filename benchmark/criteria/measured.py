"""Numeric measurements scored on the methodology's log-normal curve, as Lighthouse does."""

from __future__ import annotations

from functools import cache
from typing import Any

from benchmark.criteria.site import SiteView
from benchmark.model import Evidence, Outcome, Status
from scoring.config import load_methodology
from scoring.curves import lognormal

PASS_SCORE = 0.5  # Lighthouse calls scores under 0.5 "poor"


@cache
def curve_of(criterion_id: str) -> tuple[float, float]:
    """(p10, median) of the criterion in the default methodology (scoring/weights.toml),
    so a criterion's own score and the methodology's never disagree."""
    rule = load_methodology().rule(criterion_id)
    if rule.curve != "lognormal":
        raise ValueError(f"scoring/weights.toml gives {criterion_id} no lognormal curve")
    return rule.params["p10"], rule.params["median"]


def lower_is_better(criterion_id: str, value: float, evidence: Evidence, *,
                    none_passes: bool = False) -> Outcome:
    """Scored on the log-normal curve; passes from 0.5 (the median or better), or only at
    zero with `none_passes` (criteria titled "No ...": one broken link is a finding)."""
    score = lognormal(value, *curve_of(criterion_id))
    passed = value == 0 if none_passes else score >= PASS_SCORE
    shown = str(int(value)) if float(value).is_integer() else f"{value:g}"
    return Outcome(Status.PASS if passed else Status.FAIL, shown, score, evidence)


def unmeasured(url: str, what: str) -> Outcome:
    """`unknown`: the crawl recorded nothing to judge (an old snapshot, a failed probe)."""
    return Outcome(Status.UNKNOWN, "", None, Evidence(url, what))


def cut_short(probe: Any) -> str:
    """Why a probe of probes.json did not run to the end ('' if it did, or never ran):
    the crawler leaves {"cut_short": "timeout"|"error"|"skipped", "error": why} in its
    place (benchmark/crawl/probe_runner.py)."""
    if isinstance(probe, dict) and probe.get("cut_short"):
        return f"{probe['cut_short']}: {probe.get('error') or 'no reason recorded'}"
    return ""


def home_cut_short(site: SiteView, *names: str) -> str:
    """Why the first of the home page's probes `names` was cut short, '' if none was."""
    home = site.probes.get("home") or {}
    return next((f"{name} probe cut short ({why})" for name in names
                 if (why := cut_short(home.get(name)))), "")
