"""Which ranking table a target is in, and ranks computed within each table.

People are never ranked among organisations: a communications director's personal accounts
are not a company's web presence. Relays (a supporters' blog, a local chapter: any target
other than a person with a `parent`) are not the organisation's peers either.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from scoring.rounding import round_half_away

TABLES = ("organisations", "people", "relays")  # in the order reports show them
PERSON = "person"


def table_of(kind: str, parent: str) -> str:
    """'people' for a person, 'relays' for any other target attached to a parent, else
    'organisations'."""
    if kind == PERSON:
        return "people"
    return "relays" if parent else "organisations"


def tables_of(targets: pd.DataFrame) -> pd.Series:
    """The table of each row of `targets` (kind, and parent when the column exists)."""
    parents = targets["parent"] if "parent" in targets else pd.Series("", index=targets.index)
    return pd.Series([table_of(str(k), str(p) if pd.notna(p) else "")
                      for k, p in zip(targets["kind"], parents, strict=True)],
                     index=targets.index, dtype=object)


def rank(overall: pd.Series, resolution: float) -> pd.Series:
    """Ranks on the overall scores rounded (half away from zero) to `resolution`: what the
    crawl cannot measure, and what the reports do not show, never orders two targets."""
    shown = overall.map(lambda x: round_half_away(x, resolution) if pd.notna(x) else np.nan)
    return shown.astype(float).rank(method="min", ascending=False).astype("Int64")


def rank_within(overall: pd.Series, tables: pd.Series, resolution: float) -> pd.Series:
    """`rank` applied to each table on its own: every table has its own rank 1."""
    out = pd.Series(pd.NA, index=overall.index, dtype="Int64")
    for name in pd.unique(tables):
        members = tables == name
        out[members] = rank(overall[members], resolution)
    return out
