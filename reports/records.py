"""What the reports show: the run folder's files read into plain, immutable records."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DIMENSIONS = ("content", "social", "services", "tech", "footprint")


class RunFolderError(ValueError):
    """The run folder lacks a file the reports need, or holds one they cannot read."""


@dataclass(frozen=True, slots=True)
class Criterion:
    """One criterion of the catalogue with the weight the methodology gave it."""

    id: str
    dimension: str
    title: str
    failure_title: str
    measures: str
    applies_to: tuple[str, ...] | None  # None: every kind of organisation
    weight: float | None
    curve: str
    formula: str = ""  # how the methodology turns the raw value into a score


@dataclass(frozen=True, slots=True)
class Verdict:
    """One row of results.csv, with the titles of its criterion."""

    criterion_id: str
    dimension: str
    status: str
    value: str
    score: float | None
    weight: float | None
    evidence_url: str
    evidence: str
    title: str
    failure_title: str

    @property
    def headline(self) -> str:
        """What to say about this verdict: the failure title when it failed."""
        return self.failure_title if self.status == "fail" and self.failure_title else self.title


@dataclass(frozen=True, slots=True)
class CrawledPage:
    """One page the crawler visited for an organisation, and why (from snapshot.json)."""

    url: str
    role: str
    why: str
    http_status: int | None
    title: str
    error: str


@dataclass(frozen=True, slots=True)
class Gain:
    """One row of whatif.csv: what passing one criterion would bring an organisation."""

    criterion_id: str
    gain_points: float
    rank_now: int | None
    rank_then: int | None


@dataclass(frozen=True, slots=True)
class PanelStat:
    """One row of panel.csv: how common a criterion is across the panel or one group."""

    criterion_id: str
    group_by: str  # "panel", "kind" or "sector"
    group: str
    measured: int
    pass_rate: float | None
    adoption: float | None  # share whose raw value is "true" (yes/no criteria)
    discriminates: bool
    redundant_with: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ExtendedPart:
    """One row of extended.csv: a part of an organisation's extended footprint."""

    member_id: str
    member_name: str
    part: str  # "own", "person" or "relay"
    role: str
    footprint: float | None
    weight: float | None
    points: float | None


@dataclass(frozen=True, slots=True)
class Organisation:
    """One row of scores.csv with what the crawl recorded about the target."""

    id: str
    name: str
    kind: str
    status: str
    reason: str
    rank: int | None
    overall: float | None
    dimensions: dict[str, float | None]
    website: str
    final_url: str
    screenshot: Path | None
    verdicts: tuple[Verdict, ...]
    pages: tuple[CrawledPage, ...] = ()
    sector: str = ""
    country: str = ""
    rank_p5: int | None = None  # rank interval from scoring's sensitivity draws
    rank_p95: int | None = None
    stability: str = ""  # "stable" / "fragile", empty when not analysed
    gains: tuple[Gain, ...] = ()  # whatif.csv rows, largest gain first
    table: str = "organisations"  # the ranking it is in: organisations, people or relays
    parent: str = ""  # id of the organisation a person or relay belongs to
    role: str = ""  # ceo, dircom, relay... (targets.csv)
    footprint_extended: float | None = None  # own + people + relays (scoring.extended)
    extended: tuple[ExtendedPart, ...] = ()  # its parts, the organisation's own first
    mobile_screenshot: Path | None = None  # shots/mobile.png, like `screenshot`


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where the numbers come from, as run.json records it."""

    tool_version: str
    created_at: str
    updated_at: str
    targets_path: str
    targets_sha256: str
    methodology_path: str
    methodology_sha256: str
    missing_policy: str
    methodology_name: str = ""
    methodology_version: str = ""
    crawled_at: str = ""  # when the crawl stage started (else when the run was created)


@dataclass(frozen=True, slots=True)
class Run:
    """Everything a report shows; organisations in ranking order, unscored last."""

    organisations: tuple[Organisation, ...]
    criteria: tuple[Criterion, ...]
    dimension_weights: dict[str, float]
    provenance: Provenance
    formulas: dict[str, Any] = field(default_factory=dict)  # scoring's own description
    methodology: dict[str, Any] = field(default_factory=dict)  # run.json's resolved record
    panel: tuple[PanelStat, ...] = ()  # panel.csv, when the score stage wrote it
