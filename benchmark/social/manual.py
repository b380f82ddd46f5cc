"""--social-metrics FILE.csv: figures a consultant exported from the platforms' dashboards,
completing or overriding crawled ones; every mistake names the file, row and value."""

from __future__ import annotations

import csv
import re
from datetime import date
from pathlib import Path
from typing import Any

from benchmark.model import PLATFORMS

COLUMNS = ("target", "platform", "followers", "posts_90d", "last_post", "source", "date")
ALIASES = {"target_id": "target", "id": "target"}
FIGURES = ("followers", "posts_90d", "last_post")
MANUAL = "manual"


class MetricsError(ValueError):
    """A --social-metrics file that cannot be used as written."""


def count(value: str, where: str) -> int | None:
    if not value:
        return None
    digits = re.sub(r"[\s\u00a0\u202f,_']", "", value)
    if not digits.isdigit():
        raise MetricsError(f"{where}: {value!r} is not a whole number")
    return int(digits)


def day(value: str, where: str) -> str | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise MetricsError(f"{where}: {value!r} is not a date such as 2026-01-31") from None


def read_social_metrics(path: Path) -> dict[tuple[str, str], dict[str, Any]]:
    """(target id, platform) -> {followers, posts_90d, last_post, note, date}."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise MetricsError(f"{path}: cannot read: {exc}") from None
    reader = csv.DictReader(text.splitlines(), delimiter=";" if text.count(";") > text.count(
        ",") else ",")
    header = [ALIASES.get((h or "").strip().lower(), (h or "").strip().lower())
              for h in reader.fieldnames or []]
    missing = [c for c in ("target", "platform") if c not in header]
    if missing:
        raise MetricsError(f"{path}: missing column(s) {', '.join(missing)} (found: "
                           f"{', '.join(header) or 'nothing'}; expected {', '.join(COLUMNS)})")
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for number, raw in enumerate(reader, 2):  # row 1 is the header, as a spreadsheet shows
        row = {header[i]: (v or "").strip() for i, v in enumerate(raw.values()) if i < len(header)}
        where = f"{path}: row {number}"
        platform = row.get("platform", "").lower()
        if platform == "twitter":
            platform = "x"
        if not row.get("target"):
            raise MetricsError(f"{where}: no target id")
        if platform not in PLATFORMS:
            raise MetricsError(f"{where}: platform {row.get('platform', '')!r} is not one of "
                               f"{', '.join(PLATFORMS)}")
        key = (row["target"], platform)
        if key in found:
            raise MetricsError(f"{where}: {row['target']} {platform} is given twice")
        figures = {"followers": count(row.get("followers", ""), f"{where}, followers"),
                   "posts_90d": count(row.get("posts_90d", ""), f"{where}, posts_90d"),
                   "last_post": day(row.get("last_post", ""), f"{where}, last_post")}
        if all(v is None for v in figures.values()):
            raise MetricsError(f"{where}: no figure (followers, posts_90d or last_post)")
        found[key] = {**figures, "note": row.get("source", ""),
                      "date": day(row.get("date", ""), f"{where}, date") or "", "row": number}
    return found


def check_targets(metrics: dict[tuple[str, str], dict[str, Any]], ids: set[str],
                  path: Path | None) -> None:
    """Every row names a target of the run."""
    for (target, _), supplied in metrics.items():
        if target not in ids:
            raise MetricsError(f"{path}: row {supplied['row']}: no target {target!r} in this "
                               "run")


def apply_manual(observations: dict[str, Any], target_id: str,
                 metrics: dict[tuple[str, str], dict[str, Any]]) -> dict[str, Any]:
    """The observations with the target's supplied figures written over the crawled ones
    (or a new account entry); each profile's `sources` says where each figure came from."""
    profiles = [dict(p) for p in observations.get("profiles") or [] if isinstance(p, dict)]
    for (target, platform), supplied in metrics.items():
        if target != target_id:
            continue
        profile = next((p for p in profiles if p.get("platform") == platform), None)
        if profile is None:
            profile = {"platform": platform, "url": "", "origin": MANUAL, "fetched": False,
                       "account_status": "unknown", "reason": "not crawled: figures supplied",
                       "followers": None, "posts_90d": None, "last_post": None,
                       "links_back": None, "evidence": {}, "final_url": ""}
            profiles.append(profile)
        crawled = profile.get("source") or "crawled"
        sources = {f: crawled for f in FIGURES if profile.get(f) is not None}
        evidence = dict(profile.get("evidence") or {})
        for figure in FIGURES:
            if supplied[figure] is not None:
                profile[figure], sources[figure] = supplied[figure], MANUAL
                evidence[figure if figure != "posts_90d" else "last_post"] = (
                    f"supplied ({supplied['note'] or 'manual'}, {supplied['date'] or 'undated'})")
        profile.update(sources=sources, evidence=evidence, fetched=True,
                       source="+".join(sorted(set(sources.values()))),
                       date=supplied["date"] or profile.get("date", ""))
    return {**observations, "profiles": profiles}
