"""Read a run folder into plain records for the report writers; nothing is computed here."""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

DIMENSIONS = ("content", "social", "services", "tech", "footprint")
T = TypeVar("T")


class RunFolderError(ValueError):
    """The run folder lacks a file the reports need, or holds one they cannot read."""


@dataclass(frozen=True)
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


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class CrawledPage:
    """One page the crawler visited for an organisation, and why (from snapshot.json)."""

    url: str
    role: str
    why: str
    http_status: int | None
    title: str
    error: str


@dataclass(frozen=True)
class Gain:
    """One row of whatif.csv: what passing one criterion would bring an organisation."""

    criterion_id: str
    gain_points: float
    rank_now: int | None
    rank_then: int | None


@dataclass(frozen=True)
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


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class Run:
    """Everything a report shows; organisations in ranking order, unscored last."""

    organisations: tuple[Organisation, ...]
    criteria: tuple[Criterion, ...]
    dimension_weights: dict[str, float]
    provenance: Provenance
    formulas: dict[str, Any] = field(default_factory=dict)  # scoring's own description


def load_run(run_dir: Path) -> Run:
    """Read scores, results, catalogue, provenance and snapshots of the run in `run_dir`."""
    run_json = _read_json(run_dir / "run.json")
    methodology = run_json.get("methodology") or {}
    criteria = _criteria(_read_json(run_dir / "criteria.json"), methodology.get("criteria") or {})
    by_id = {criterion.id: criterion for criterion in criteria}
    verdicts: dict[str, list[Verdict]] = {}
    for target_id, verdict in _parse_rows(
        run_dir / "results.csv", lambda row: (row["target_id"], _verdict(row, by_id))
    ):
        verdicts.setdefault(target_id, []).append(verdict)
    targets = {t["id"]: t for t in _read_json(run_dir / "targets.json", default=[])}
    crawl = run_json.get("targets") or {}
    gains = _gains(run_dir / "whatif.csv")
    organisations = _parse_rows(run_dir / "scores.csv", lambda row: _organisation(
        row, targets.get(row["target_id"], {}), crawl.get(row["target_id"], {}),
        run_dir, tuple(verdicts.get(row["target_id"], ())),
        tuple(gains.get(row["target_id"], ())),
    ))
    organisations.sort(key=lambda org: (org.rank is None, org.rank or 0, org.name.casefold()))
    return Run(tuple(organisations), criteria, methodology.get("dimensions") or {},
               _provenance(run_json), methodology.get("formulas") or {})


def _criteria(catalogue: list[dict[str, Any]], weights: dict[str, Any]) -> tuple[Criterion, ...]:
    rules = [weights.get(item["id"]) or {} for item in catalogue]
    return tuple(Criterion(
        id=item["id"], dimension=item.get("dimension", ""), title=item.get("title", ""),
        failure_title=item.get("failure_title", ""), measures=item.get("measures", ""),
        applies_to=tuple(item["applies_to"]) if item.get("applies_to") else None,
        weight=rule.get("weight"), curve=str(rule.get("curve", "")),
        formula=str(rule.get("formula", ""))) for item, rule in zip(catalogue, rules, strict=True))


def _verdict(row: dict[str, str], criteria: dict[str, Criterion]) -> Verdict:
    criterion = criteria.get(row["criterion_id"])
    return Verdict(
        criterion_id=row["criterion_id"], dimension=row.get("dimension", ""),
        status=row.get("status", ""), value=row.get("value", ""),
        score=_number(row.get("score")), weight=_number(row.get("weight")),
        evidence_url=row.get("evidence_url", ""), evidence=row.get("evidence", ""),
        title=criterion.title if criterion else row["criterion_id"],
        failure_title=criterion.failure_title if criterion else "",
    )


def _gains(path: Path) -> dict[str, list[Gain]]:
    """whatif.csv by target, in the file's order (largest gain first); {} when absent."""
    by_target: dict[str, list[Gain]] = {}
    if path.is_file():
        for target_id, gain in _parse_rows(path, lambda row: (row["target_id"], Gain(
                row["criterion_id"], _number(row["gain_points"]) or 0.0,
                _rank(row.get("rank_now")), _rank(row.get("rank_then"))))):
            by_target.setdefault(target_id, []).append(gain)
    return by_target


def _rank(text: str | None) -> int | None:
    number = _number(text)
    return int(number) if number is not None else None


def _organisation(row: dict[str, str], target: dict[str, Any], crawl: dict[str, Any],
                  run_dir: Path, verdicts: tuple[Verdict, ...],
                  gains: tuple[Gain, ...] = ()) -> Organisation:
    folder = run_dir / "snapshots" / row["target_id"]
    snapshot = _read_json(folder / "snapshot.json", default={})
    pages = snapshot.get("pages") or [{}]
    return Organisation(
        id=row["target_id"], name=row.get("name") or target.get("name", row["target_id"]),
        kind=row.get("kind") or target.get("kind", ""),
        status=row.get("status") or crawl.get("crawl_status") or snapshot.get("status", ""),
        reason=crawl.get("reason") or snapshot.get("reason") or "",
        rank=_rank(row.get("rank")), overall=_number(row.get("overall")),
        dimensions={dimension: _number(row.get(dimension)) for dimension in DIMENSIONS},
        website=target.get("website", ""), final_url=pages[0].get("final_url") or "",
        screenshot=_screenshot(run_dir, folder, snapshot), verdicts=verdicts,
        pages=tuple(_crawled_page(page) for page in snapshot.get("pages") or []),
        sector=str(target.get("sector") or ""), country=str(target.get("country") or ""),
        rank_p5=_rank(row.get("rank_p5")), rank_p95=_rank(row.get("rank_p95")),
        stability=row.get("stability", ""), gains=gains,
    )


def _crawled_page(page: dict[str, Any]) -> CrawledPage:
    status = page.get("status")
    return CrawledPage(url=str(page.get("final_url") or page.get("url") or ""),
                       role=str(page.get("role", "")), why=str(page.get("why", "")),
                       http_status=status if isinstance(status, int) else None,
                       title=str(page.get("title", "")), error=str(page.get("error", "")))


def _screenshot(run_dir: Path, folder: Path, snapshot: dict[str, Any]) -> Path | None:
    """The desktop screenshot, if present and really inside the run's snapshots folder."""
    relative = (snapshot.get("shots") or {}).get("desktop") or "shots/desktop.png"
    path = (folder / relative).resolve()
    # Target ids and snapshot.json are data: never let them point outside the run folder.
    if not path.is_relative_to((run_dir / "snapshots").resolve()) or not path.is_file():
        return None
    return path


def _provenance(run_json: dict[str, Any]) -> Provenance:
    targets_file = run_json.get("targets_file") or {}
    methodology = run_json.get("methodology") or {}
    crawl = (run_json.get("stages") or {}).get("crawl") or {}
    return Provenance(
        tool_version=str(run_json.get("tool_version", "")),
        created_at=str(run_json.get("created_at", "")),
        updated_at=str(run_json.get("updated_at", "")),
        targets_path=str(targets_file.get("path", "")),
        targets_sha256=str(targets_file.get("sha256", "")),
        methodology_path=str(methodology.get("path", "")),
        methodology_sha256=str(methodology.get("sha256", "")),
        missing_policy=str(methodology.get("missing", "")),
        methodology_name=str(methodology.get("name", "")),
        methodology_version=str(methodology.get("version", "")),
        crawled_at=str(crawl.get("started_at") or run_json.get("created_at", "")),
    )


def _number(text: str | None) -> float | None:
    """A CSV number, or None when empty; NaN (pandas' empty) counts as empty."""
    if text is None or not text.strip():
        return None
    try:
        number = float(text)
    except ValueError:
        raise RunFolderError(f"{text!r} is not a number") from None
    return number if math.isfinite(number) else None


def _parse_rows(path: Path, parse: Callable[[dict[str, str]], T]) -> list[T]:
    """`parse` applied to every row of the CSV file at `path`; errors name the file and row."""
    if not path.is_file():
        raise RunFolderError(f"{path} is missing: run the `score` stage first")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        parsed = []
        for number, row in enumerate(csv.DictReader(handle), start=1):
            try:
                parsed.append(parse({key: value or "" for key, value in row.items()}))
            except KeyError as error:
                raise RunFolderError(f"{path}, row {number}: no column {error}") from None
            except RunFolderError as error:
                raise RunFolderError(f"{path}, row {number}: {error}") from None
        return parsed


def _read_json(path: Path, default: Any = None) -> Any:
    if not path.is_file():
        if default is None:
            raise RunFolderError(f"{path} is missing: run the `score` stage first")
        return default
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise RunFolderError(f"{path}: not valid JSON ({error})") from None
