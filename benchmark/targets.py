"""Load and validate the targets file (CSV or xlsx): every problem is reported with its row."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from benchmark.model import Target
from benchmark.targets_columns import REQUIRED_COLUMNS, map_header
from benchmark.targets_links import link_parents
from benchmark.targets_read import MAX_FILE_BYTES, TargetsFileError, read_table
from benchmark.targets_rows import Problem, check_url, parse_row, safe_id

__all__ = ["MAX_FILE_BYTES", "REQUIRED_COLUMNS", "LoadedTargets", "Problem", "TargetsFileError",
           "check_url", "load_targets", "read_targets", "safe_id"]


@dataclass
class LoadedTargets:
    """The valid targets, the problems of the others, and how the file was read."""

    targets: list[Target]
    problems: list[Problem]
    source: dict[str, str] = field(default_factory=dict)  # format, encoding, delimiter, sheet
    notes: list[str] = field(default_factory=list)  # guesses made while reading: warnings


def load_targets(path: Path) -> tuple[list[Target], list[Problem]]:
    """Read and validate `path`; bad rows are reported and skipped, good ones returned."""
    loaded = read_targets(path)
    return loaded.targets, loaded.problems


def read_targets(path: Path) -> LoadedTargets:
    """Like load_targets, with how the file was read (encoding, delimiter, sheet) and notes."""
    shown = str(path)
    table = read_table(path)
    rows = [(number, cells) for number, cells in table.rows if any(c.strip() for c in cells)]
    if not rows:
        raise TargetsFileError(f"{shown}: empty file (no header row)")
    header_row, header = rows[0]
    columns, ignored, ambiguous = map_header(header)
    if ambiguous:
        raise TargetsFileError(f"{shown}:{header_row}: {ambiguous}")
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        found = ", ".join(cell.strip() for cell in header) or "nothing"
        raise TargetsFileError(f"{shown}:{header_row}: missing required column(s): "
                               f"{', '.join(missing)} (found: {found})")
    notes = [*table.notes]
    if ignored:
        notes.append(f"{shown}:{header_row}: unknown column(s) ignored: {', '.join(ignored)}")
    targets: list[Target] = []
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    skipped: dict[str, int] = {}
    for number, cells in rows[1:]:
        values = {column: cell for column, cell in zip(columns, cells, strict=False)
                  if column is not None}
        target, row_problems = parse_row(shown, number, values, seen)
        problems.extend(row_problems)
        if target is None:
            skipped.setdefault(safe_id(values.get("id", "")), number)
        else:
            seen[target.id] = number
            targets.append(target)
    targets, link_problems = link_parents(shown, targets, skipped)
    problems = sorted([*problems, *link_problems], key=lambda problem: problem.row)
    return LoadedTargets(targets, problems, table.source, notes)
