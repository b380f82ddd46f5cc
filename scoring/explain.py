"""Show the whole computation of one organisation's scores, from the run's own files."""

from __future__ import annotations

import pandas as pd

from scoring.config import DIMENSIONS


def _number(value) -> str:
    number = pd.to_numeric(value, errors="coerce")
    return "—" if pd.isna(number) else f"{float(number):.1f}"


def explain(results: pd.DataFrame, scores: pd.DataFrame, methodology: dict, target_id: str
            ) -> str:
    """Plain-text walk-through: each criterion's weight × score, each dimension, overall."""
    row = scores[scores["target_id"] == target_id]
    if row.empty:
        raise KeyError(f"no target {target_id!r} in scores.csv "
                       f"(known: {', '.join(scores['target_id'].astype(str))})")
    head = row.iloc[0]
    lines = [f"{head['name']} ({target_id}, {head['kind']}) — crawl status: {head['status']}",
             f"methodology: {methodology.get('path', '?')} (sha256 "
             f"{str(methodology.get('sha256', ''))[:12]}…), missing = "
             f"{methodology.get('missing', 'exclude')}", ""]
    mine = results[results["target_id"] == target_id]
    weights = methodology.get("dimensions", {})
    for dimension in DIMENSIONS:
        part = mine[mine["dimension"] == dimension]
        lines.append(f"{dimension} (dimension weight {weights.get(dimension, 1.0)}): "
                     f"{_number(head[dimension])}")
        counted = part[pd.to_numeric(part["score"], errors="coerce").notna()
                       & (pd.to_numeric(part["weight"], errors="coerce") > 0)]
        for item in part.itertuples():
            score = pd.to_numeric(item.score, errors="coerce")
            used = "" if item.Index in counted.index else "   (not counted)"
            lines.append(f"  {item.criterion_id:<22} {item.status:<15} value={item.value!s:<24}"
                         f" weight={item.weight!s:<4} score={_number(score * 100)}{used}")
        if dimension == "footprint" and methodology.get("footprint", {}).get("combine") \
                == "product":
            factors = " × ".join(methodology["footprint"].get("factors", []))
            lines.append(f"  = 100 × {factors}")
        elif not counted.empty:
            w = pd.to_numeric(counted["weight"])
            s = pd.to_numeric(counted["score"])
            lines.append(f"  = 100 × Σ(w·s)/Σw = 100 × {float((w * s).sum()):.3f} / "
                         f"{float(w.sum()):.3f}")
        lines.append("")
    lines.append(f"overall = weighted mean of the dimensions = {_number(head['overall'])}; "
                 f"rank {head['rank'] if str(head['rank']).strip() else '— (not ranked)'}")
    return "\n".join(lines) + "\n"
