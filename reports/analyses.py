"""Read the scoring stage's analyses (panel, swaps, sensitivity, comparison) for the HTML."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reports.load import _number, _parse_rows, _rank

# Rows of a long table the index shows; swaps.csv holds ~55 pairs per organisation, most
# swapping first, so only its head is read.
SHOWN_ROWS = 50


@dataclass(frozen=True)
class PanelRow:
    """One `group_by = panel` row of panel.csv: how the whole panel did on a criterion."""

    criterion_id: str
    measured: int | None
    pass_rate: float | None  # 0-1
    adoption: float | None  # 0-1, yes/no criteria only
    discriminates: bool


@dataclass(frozen=True)
class Swap:
    """One row of swaps.csv: two neighbours that change places in many draws."""

    target_a: str
    target_b: str
    rank_a: int | None
    rank_b: int | None
    share: float | None  # 0-1


@dataclass(frozen=True)
class Factor:
    """One row of sensitivity.csv: a methodology choice and its total Sobol index."""

    factor: str
    kind: str
    total: float | None


@dataclass(frozen=True)
class Change:
    """One row of comparison.csv: how an organisation moved since the previous run."""

    target_id: str
    name: str
    presence: str  # both, added, removed
    rank_change: int | None
    overall_change: float | None
    changes: str


@dataclass(frozen=True)
class Analyses:
    """Everything the index shows beside the ranking; empty when a file is absent."""

    panel: tuple[PanelRow, ...] = ()
    swaps: tuple[Swap, ...] = ()
    factors: tuple[Factor, ...] = ()
    changes: tuple[Change, ...] = ()

    def change_of(self) -> dict[str, Change]:
        return {change.target_id: change for change in self.changes}


def load_analyses(run_dir: Path) -> Analyses:
    """The analyses files of `run_dir`, each parsed when present (reports never recompute)."""
    return Analyses(
        panel=tuple(_rows(run_dir / "panel.csv", _panel_row, lambda row: row["group_by"]
                          == "panel")),
        swaps=tuple(_rows(run_dir / "swaps.csv", lambda row: Swap(
            row["target_a"], row["target_b"], _rank(row.get("rank_a")),
            _rank(row.get("rank_b")), _number(row.get("swap_share"))), limit=SHOWN_ROWS)),
        factors=tuple(_rows(run_dir / "sensitivity.csv", lambda row: Factor(
            row["factor"], row.get("kind", ""), _number(row.get("total"))))),
        changes=tuple(_rows(run_dir / "comparison.csv", lambda row: Change(
            row["target_id"], row.get("name", ""), row.get("presence", ""),
            _rank(row.get("rank_change")), _number(row.get("overall_change")),
            row.get("changes", "")))),
    )


def _panel_row(row: dict[str, str]) -> PanelRow:
    return PanelRow(row["criterion_id"], _rank(row.get("measured")),
                    _number(row.get("pass_rate")), _number(row.get("adoption")),
                    row.get("discriminates", "").lower() == "true")


def _rows(path: Path, parse, keep=lambda row: True, limit: int | None = None) -> list:
    if not path.is_file():
        return []
    return [item for item in _parse_rows(path, lambda row: parse(row) if keep(row) else None,
                                         limit) if item is not None]
