"""Show the whole computation of one organisation's scores, from the run's own files."""

from __future__ import annotations

import pandas as pd

from scoring.config import DIMENSIONS
from scoring.rounding import score_text


def _number(value) -> str:
    number = pd.to_numeric(value, errors="coerce")
    return score_text(None if pd.isna(number) else float(number))


def _formulas(methodology: dict) -> dict:
    """The run's recorded formulas; a run scored before they were recorded gets the means."""
    formulas = methodology.get("formulas") or {}
    dims = {item["dimension"]: item for item in formulas.get("dimensions", [])}
    return {"dimensions": dims, "overall": formulas.get("overall", {}).get(
                "formula", "overall = weighted mean of the dimensions"),
            "ranking": formulas.get("ranking", {}).get("formula", ""),
            "social_footprint": formulas.get("social_footprint", {}).get("formula", ""),
            "not_counted": {item["criterion"]: item["reason"]
                            for item in formulas.get("not_counted", [])}}


def explain(results: pd.DataFrame, scores: pd.DataFrame, methodology: dict, target_id: str
            ) -> str:
    """Plain-text walk-through: each criterion's weight × score, each dimension, overall."""
    row = scores[scores["target_id"] == target_id]
    if row.empty:
        raise KeyError(f"no target {target_id!r} in scores.csv "
                       f"(known: {', '.join(scores['target_id'].astype(str))})")
    head = row.iloc[0]
    version = " ".join(str(methodology.get(k, "")) for k in ("name", "version")).strip()
    formulas = _formulas(methodology)
    lines = [f"{head['name']} ({target_id}, {head['kind']}) — crawl status: {head['status']}",
             f"methodology: {version or '?'} — {methodology.get('path', '?')} (sha256 "
             f"{str(methodology.get('sha256', ''))[:12]}…), missing = "
             f"{methodology.get('missing', 'exclude')}", ""]
    profile = next((p for p in (methodology.get("formulas") or {}).get("profiles", [])
                    if p.get("kind") == head["kind"]), None)
    if profile:
        lines[-1:-1] = [f"profile {profile['kind']}: weights replaced: dimensions "
                        f"{profile.get('dimensions') or {}}, criteria "
                        f"{profile.get('criteria') or {}}"]
    mine = results[results["target_id"] == target_id]
    weights = {**methodology.get("dimensions", {}), **((profile or {}).get("dimensions") or {})}
    for dimension in DIMENSIONS:
        part = mine[mine["dimension"] == dimension]
        described = formulas["dimensions"].get(dimension, {})
        lines.append(f"{dimension} (dimension weight {weights.get(dimension, 1.0)}): "
                     f"{_number(head[dimension])}")
        lines.append(f"  {described.get('formula', f'{dimension} = 100 × Σ wᵢ·sᵢ / Σ wᵢ')}")
        counted = part[pd.to_numeric(part["score"], errors="coerce").notna()
                       & (pd.to_numeric(part["weight"], errors="coerce") > 0)]
        for item in part.itertuples():
            score = pd.to_numeric(item.score, errors="coerce")
            why = formulas["not_counted"].get(item.criterion_id)
            used = f"   (not counted: {why})" if why else (
                "" if item.Index in counted.index else "   (not counted)")
            lines.append(f"  {item.criterion_id:<22} {item.status:<15} value={item.value!s:<24}"
                         f" weight={item.weight!s:<4} score={_number(score * 100)}{used}")
        social = part[part["criterion_id"] == "social-footprint"]
        if formulas["social_footprint"] and not social.empty:  # per platform, as computed
            lines.append(f"  {formulas['social_footprint']}")
            lines.append(f"  social-footprint per platform: {social.iloc[0]['evidence']}")
        if described.get("combine") == "product":
            named = (methodology.get("footprint") or {}).get("factors", [])
            factors = counted[counted["criterion_id"].isin(named)]
            product = " × ".join(f"{float(s):.3f}" for s in pd.to_numeric(factors["score"]))
            lines.append(f"  = 100 × {product or '(no factor measured)'}")
        elif not counted.empty:
            w = pd.to_numeric(counted["weight"])
            s = pd.to_numeric(counted["score"])
            lines.append(f"  = 100 × Σ(w·s)/Σw = 100 × {float((w * s).sum()):.3f} / "
                         f"{float(w.sum()):.3f}")
        lines.append("")
    rank = head["rank"] if str(head["rank"]).strip() else "— (not ranked)"
    table = str(head.get("table", "") or "")  # people and relays have their own ranking
    rank = f"{rank} among {table}" if table and str(head["rank"]).strip() else rank
    lines += [formulas["overall"], f"overall = {_number(head['overall'])}; rank {rank}"]
    if formulas["ranking"]:
        lines.append(formulas["ranking"])
    lines += [f"weight without effect: {cid}: {why}"
              for cid, why in formulas["not_counted"].items()]
    return "\n".join(lines) + "\n"
