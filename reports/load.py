"""Read a run folder into plain records for the report writers; nothing is computed here."""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path
from sys import intern
from typing import Any, TypeVar

# The records live in reports.records; importing them from here keeps the writers' imports.
from reports.records import (  # noqa: F401 (re-exported)
    DIMENSIONS,
    CrawledPage,
    Criterion,
    ExtendedPart,
    Gain,
    Organisation,
    PanelStat,
    Provenance,
    Run,
    RunFolderError,
    Verdict,
)

T = TypeVar("T")
TABLES = ("organisations", "people", "relays")  # scoring.tables, in the order shown


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
    parts = _extended(run_dir / "extended.csv")
    organisations = _parse_rows(run_dir / "scores.csv", lambda row: _organisation(
        row, targets.get(row["target_id"], {}), crawl.get(row["target_id"], {}),
        run_dir, tuple(verdicts.get(row["target_id"], ())),
        tuple(gains.get(row["target_id"], ())), tuple(parts.get(row["target_id"], ())),
    ))
    # Each table in its own block (organisations, people, relays), each in rank order.
    organisations.sort(key=lambda org: (_table_order(org.table), org.rank is None,
                                        org.rank or 0, org.name.casefold()))
    return Run(tuple(organisations), criteria, methodology.get("dimensions") or {},
               _provenance(run_json), methodology.get("formulas") or {}, methodology,
               _panel(run_dir / "panel.csv"))


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
    # A census holds ~50 verdicts per organisation: share the strings that repeat.
    return Verdict(
        criterion_id=intern(row["criterion_id"]), dimension=intern(row.get("dimension", "")),
        status=intern(row.get("status", "")), value=intern(row.get("value", "")),
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


def _extended(path: Path) -> dict[str, list[ExtendedPart]]:
    """extended.csv by organisation, in the file's order; {} when absent."""
    by_target: dict[str, list[ExtendedPart]] = {}
    if path.is_file():
        for target_id, part in _parse_rows(path, lambda row: (row["target_id"], ExtendedPart(
                row["member_id"], row.get("member_name", ""), row.get("part", ""),
                row.get("role", ""), _number(row.get("footprint")), _number(row.get("weight")),
                _number(row.get("points"))))):
            by_target.setdefault(target_id, []).append(part)
    return by_target


def _table_order(table: str) -> int:
    return TABLES.index(table) if table in TABLES else len(TABLES)


def _panel(path: Path) -> tuple[PanelStat, ...]:
    """panel.csv's rows; () when absent (runs scored before panel statistics existed)."""
    if not path.is_file():
        return ()
    return tuple(_parse_rows(path, lambda row: PanelStat(
        criterion_id=row["criterion_id"], group_by=row["group_by"], group=row["group"],
        measured=int(_number(row["measured"]) or 0), pass_rate=_number(row["pass_rate"]),
        adoption=_number(row.get("adoption")),
        discriminates=row.get("discriminates", "").lower() == "true",
        redundant_with=tuple(filter(None, row.get("redundant_with", "").split(";"))))))


def _rank(text: str | None) -> int | None:
    number = _number(text)
    return int(number) if number is not None else None


def _organisation(row: dict[str, str], target: dict[str, Any], crawl: dict[str, Any],
                  run_dir: Path, verdicts: tuple[Verdict, ...],
                  gains: tuple[Gain, ...] = (), extended: tuple[ExtendedPart, ...] = ()
                  ) -> Organisation:
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
        table=row.get("table") or "organisations", parent=str(target.get("parent") or ""),
        role=str(target.get("role") or ""),
        footprint_extended=_number(row.get("footprint_extended")), extended=extended,
        mobile_screenshot=_screenshot(run_dir, folder, snapshot, "mobile"),
    )


def _crawled_page(page: dict[str, Any]) -> CrawledPage:
    status = page.get("status")
    return CrawledPage(url=str(page.get("final_url") or page.get("url") or ""),
                       role=str(page.get("role", "")), why=str(page.get("why", "")),
                       http_status=status if isinstance(status, int) else None,
                       title=str(page.get("title", "")), error=str(page.get("error", "")))


def _screenshot(run_dir: Path, folder: Path, snapshot: dict[str, Any],
                view: str = "desktop") -> Path | None:
    """The `view` screenshot (desktop or mobile), if present and really inside the run's
    snapshots folder."""
    relative = (snapshot.get("shots") or {}).get(view)
    if not isinstance(relative, str) or not relative:
        relative = f"shots/{view}.png"
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


def _parse_rows(path: Path, parse: Callable[[dict[str, str]], T],
                limit: int | None = None) -> list[T]:
    """`parse` applied to every row (the first `limit` rows) of the CSV file at `path`;
    errors name the file and row."""
    if not path.is_file():
        raise RunFolderError(f"{path} is missing: run the `score` stage first")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        parsed: list[T] = []
        for number, row in enumerate(islice(_dict_rows(handle), limit), start=1):
            try:
                parsed.append(parse(row))
            except KeyError as error:
                raise RunFolderError(f"{path}, row {number}: no column {error}") from None
            except RunFolderError as error:
                raise RunFolderError(f"{path}, row {number}: {error}") from None
        return parsed


def _dict_rows(handle: Iterable[str]) -> Iterator[dict[str, str]]:
    """csv.DictReader's rows (blank lines skipped, missing cells ""), without its
    per-row Python overhead: results.csv has ~60 rows per organisation."""
    reader = csv.reader(handle)
    header = next(reader, None)
    if header is None:
        return
    width = len(header)
    for values in reader:
        if not values:
            continue
        if len(values) < width:
            values += [""] * (width - len(values))
        yield dict(zip(header, values, strict=False))  # extra cells: dropped


def _read_json(path: Path, default: Any = None) -> Any:
    if not path.is_file():
        if default is None:
            raise RunFolderError(f"{path} is missing: run the `score` stage first")
        return default
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise RunFolderError(f"{path}: not valid JSON ({error})") from None
