"""One scorecard page per organisation, written into RUN/orgs/ (self-contained pages)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reports.html_context import ORGS_DIR, org_file
from reports.html_env import environment
from reports.load import DIMENSIONS, Gain, Organisation, Verdict
from reports.logo import screenshot_uri
from reports.radar import Radar, radar

MAX_STRENGTHS = 5
MAX_GAINS = 5


@dataclass(frozen=True)
class Card:
    """What a scorecard shows beyond the organisation's own record."""

    file: str
    desktop: str | None  # data URIs
    mobile: str | None
    radar: Radar
    strengths: tuple[Verdict, ...]
    gains: tuple[Gain, ...]


def card_of(org: Organisation) -> Card:
    """Screenshots read, radar drawn, strengths and gains picked (nothing is scored here)."""
    passed = [verdict for verdict in org.verdicts if verdict.status == "pass"
              and (verdict.score or 0) >= 1 and (verdict.weight or 0) > 0]
    passed.sort(key=lambda verdict: -(verdict.weight or 0))  # stable: catalogue order next
    return Card(
        file=org_file(org.id), desktop=screenshot_uri(org.screenshot),
        mobile=screenshot_uri(org.mobile_screenshot),
        radar=radar({dimension: org.dimensions.get(dimension) for dimension in DIMENSIONS}),
        strengths=tuple(passed[:MAX_STRENGTHS]), gains=org.gains[:MAX_GAINS],
    )


def write_scorecards(run_dir: Path, organisations: tuple[Organisation, ...],
                     context: dict[str, Any]) -> Path:
    """Write every scorecard into a fresh folder, then swap it in for RUN/orgs, so a
    reader never sees a half-written set and scorecards of removed targets disappear."""
    final = run_dir / ORGS_DIR
    fresh, old = run_dir / f".{ORGS_DIR}-new", run_dir / f".{ORGS_DIR}-old"
    for leftover in (fresh, old):  # from an interrupted report
        shutil.rmtree(leftover, ignore_errors=True)
    fresh.mkdir()
    template = environment(context["lang"]).get_template("scorecard.html.j2")
    for org in organisations:
        card = card_of(org)
        # One small file each: no per-file fsync (10,000 of them); the folder swap below is
        # the atomic step.
        (fresh / card.file).write_text(template.render(context, org=org, card=card),
                                       encoding="utf-8")
    for path in fresh.iterdir():
        path.chmod(0o644)
    if final.exists():
        final.rename(old)
    fresh.rename(final)
    shutil.rmtree(old, ignore_errors=True)
    return final
