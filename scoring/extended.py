"""An organisation's extended footprint: its own, plus its people's and relays' footprints.

The field describes a large company's community management as "CEO + DirCom + company".
Each target whose `parent` is the organisation adds its footprint score times a methodology
weight ([footprint] people_weight for a person, relays_weight for any other target):

    footprint_extended = own + people_weight × Σ people + relays_weight × Σ relays

Only the organisation's direct members count. A member whose footprint could not be scored
adds nothing (its row says so). The extended footprint is shown beside the ranking score,
never inside it: ranks stay on each target's own footprint.
"""

from __future__ import annotations

import pandas as pd

from scoring.rounding import score_text
from scoring.tables import PERSON

COLUMNS = ["target_id", "member_id", "member_name", "part", "role", "footprint", "weight",
           "points"]
PARTS = ("own", "person", "relay")  # the organisation itself, a person, a relay


def breakdown(scores: pd.DataFrame, members: pd.DataFrame, people_weight: float,
              relays_weight: float) -> pd.DataFrame:
    """extended.csv: for each organisation with members, its own row then one per member.

    `scores`: target_id, name, kind, footprint; `members`: target_id, kind, parent, role."""
    footprint = pd.to_numeric(scores.set_index("target_id")["footprint"], errors="coerce")
    names = scores.set_index("target_id")["name"]
    attached = members[members["parent"].astype(str) != ""]
    rows = []
    for parent, group in attached.groupby("parent", sort=False):
        if parent not in footprint.index:
            continue
        rows.append(_row(parent, parent, names[parent], "own", "", footprint[parent], 1.0))
        for member in group.itertuples():
            person = member.kind == PERSON
            rows.append(_row(parent, member.target_id, names.get(member.target_id, ""),
                             "person" if person else "relay", member.role,
                             footprint.get(member.target_id),
                             people_weight if person else relays_weight))
    return pd.DataFrame(rows, columns=COLUMNS).astype(
        {"footprint": float, "weight": float, "points": float})


def _row(target_id: str, member_id: str, name: str, part: str, role: str,
         footprint: float | None, weight: float) -> dict:
    known = footprint is not None and pd.notna(footprint)
    return {"target_id": target_id, "member_id": member_id, "member_name": name,
            "part": part, "role": role, "footprint": footprint if known else None,
            "weight": weight, "points": weight * footprint if known else None}


def totals(scores: pd.DataFrame, parts: pd.DataFrame) -> pd.Series:
    """footprint_extended by target_id: the sum of the parts' points for an organisation with
    members; its own footprint for one without; empty for a person. NaN when no part is
    scored."""
    own = pd.to_numeric(scores.set_index("target_id")["footprint"], errors="coerce")
    summed = pd.to_numeric(parts.groupby("target_id")["points"].sum(min_count=1),
                           errors="coerce")
    out = summed.reindex(own.index).fillna(own)  # the own part is among the summed ones
    people = scores.set_index("target_id")["kind"] == PERSON
    return out.where(~people).astype(float)


def explain_lines(parts: pd.DataFrame, target_id: str) -> list[str]:
    """The extended-footprint section of `benchmark explain` for one organisation."""
    mine = parts[parts["target_id"].astype(str) == target_id]
    if mine.empty:
        return []
    lines = ["extended footprint (own + people + relays, weights from [footprint]):"]
    total = 0.0
    for row in mine.itertuples():
        label = row.member_name + (f" ({row.role})" if row.role else "")
        points = pd.to_numeric(row.points, errors="coerce")
        if pd.isna(points):
            lines.append(f"  {label:<32} footprint not scored: adds nothing")
            continue
        total += float(points)
        lines.append(f"  {label:<32} {float(row.weight):g} × "
                     f"{score_text(float(row.footprint))} = {score_text(float(points))}")
    lines.append(f"  footprint_extended = {score_text(total)}")
    return lines
