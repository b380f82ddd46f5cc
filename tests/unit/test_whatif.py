"""What-if: each gain is what a full re-score with that criterion passed gives."""

from pathlib import Path

import pandas as pd
import pytest

from scoring import load_methodology, score_results
from scoring.whatif import explain_lines, what_if

METHOD = """[dimensions]
footprint = 1
[criteria]
rss-feed = 1
blog = 2
https = 1
contact-form = 1
languages = { weight = 1, curve = "linear", low = 1, high = 3 }
social-presence = { weight = 1, curve = "linear", low = 0, high = 4 }
social-audience = 1
[footprint]
combine = "product"
factors = ["social-presence", "social-audience"]
"""
# (criterion, dimension, value that scores 1 on its curve)
CRITERIA = [("rss-feed", "content", "true"), ("blog", "social", "true"),
            ("https", "tech", "true"), ("contact-form", "services", "true"),
            ("languages", "content", "3"), ("social-presence", "footprint", "4"),
            ("social-audience", "footprint", "true")]
PANEL = {"a": ["pass", "pass", "pass", "pass", "2", "3", "pass"],
         "b": ["fail", "pass", "fail", "pass", "1", "2", "pass"],
         "c": ["pass", "fail", "pass", "unknown", "3", "1", "fail"],
         "d": ["fail", "fail", "fail", "fail", "1", "0", "fail"]}


def results(panel=PANEL) -> pd.DataFrame:
    rows = []
    for tid, cells in panel.items():
        for (cid, dim, _), cell in zip(CRITERIA, cells, strict=True):
            if cell in ("pass", "fail", "unknown"):
                score = {"pass": "1.0", "fail": "0.0", "unknown": ""}[cell]
                rows.append((tid, cid, dim, cell, "", score))
            else:
                rows.append((tid, cid, dim, "pass", cell, "1.0"))
    return pd.DataFrame(rows, columns=["target_id", "criterion_id", "dimension", "status",
                                       "value", "criterion_score"])


def targets(ids) -> pd.DataFrame:
    return pd.DataFrame({"target_id": list(ids), "name": list(ids), "kind": "company",
                         "status": "ok", "crawl_date": "2026-11-21T10:00:00+00:00"})


@pytest.fixture
def method(tmp_path: Path):
    path = tmp_path / "m.toml"
    path.write_text(METHOD, encoding="utf-8")
    return load_methodology(path)


def test_gains_equal_a_full_rescore_with_the_criterion_passed(method):
    frame = results()
    scored, scores = score_results(frame, targets(PANEL), method)
    table = what_if(scored, scores, method)
    assert not table.empty and (table["gain_points"] > 0).all()
    before = scores.set_index("target_id")
    best = {cid: value for cid, _, value in CRITERIA}
    for row in table.itertuples():
        changed = frame.copy()
        at = (changed["target_id"] == row.target_id) & (changed["criterion_id"]
                                                        == row.criterion_id)
        changed.loc[at, ["status", "criterion_score"]] = ["pass", "1.0"]
        if best[row.criterion_id] != "true":  # a curve reads the raw value
            changed.loc[at, "value"] = best[row.criterion_id]
        after = score_results(changed, targets(PANEL), method)[1].set_index("target_id")
        gain = after.loc[row.target_id, "overall"] - before.loc[row.target_id, "overall"]
        assert row.gain_points == pytest.approx(gain, abs=1e-9), row
        assert row.rank_now == before.loc[row.target_id, "rank"]
        assert row.rank_then == after.loc[row.target_id, "rank"], row
    # d fails everything: each failure is listed, the largest gain first
    mine = table[table["target_id"] == "d"]
    assert list(mine["gain_points"]) == sorted(mine["gain_points"], reverse=True)
    assert {"rss-feed", "blog", "https", "contact-form", "languages"} <= set(
        mine["criterion_id"])
    # an unknown verdict is not a failure; a factor passed beside another at 0 adds nothing
    assert "contact-form" not in set(table.loc[table["target_id"] == "c", "criterion_id"])
    assert "social-presence" not in set(mine["criterion_id"])


def test_explain_lines(method):
    scored, scores = score_results(results(), targets(PANEL), method)
    table = what_if(scored, scores, method).astype(str)  # as read back from whatif.csv
    lines = explain_lines(table, "b")
    first = table[table["target_id"] == "b"].iloc[0]
    assert first["criterion_id"] in lines[1] and f"rank {first['rank_now']} → " in lines[1]
    assert "nothing listed" in explain_lines(table, "nobody")[0]
