"""compare_scores written out: both runs re-scored under one methodology, row by row."""

from pathlib import Path

import pandas as pd

from scoring import load_methodology
from scoring.compare import compare_scores

COLUMNS = ["target_id", "criterion_id", "dimension", "status", "value", "criterion_score"]


def panel(names: dict[str, str]) -> pd.DataFrame:
    return pd.DataFrame({"target_id": list(names), "name": list(names.values()),
                         "kind": "company", "status": "ok", "crawl_date": "2026-11-21"})


def test_moves_changes_and_organisations_in_one_run_only(tmp_path: Path):
    path = tmp_path / "m.toml"
    path.write_text("[criteria]\nlanguages = { weight = 1, curve = 'linear', low = 1, "
                    "high = 3 }\n", encoding="utf-8")
    method = load_methodology(path)
    run_a = pd.DataFrame([
        ("a", "https", "tech", "pass", "true", "1"),
        ("a", "languages", "content", "pass", "2", "1"),
        ("b", "https", "tech", "fail", "false", "0"),
        ("b", "languages", "content", "pass", "3", "1"),
        ("gone", "https", "tech", "pass", "true", "1"),
        ("gone", "languages", "content", "pass", "3", "1")], columns=COLUMNS)
    run_b = pd.DataFrame([
        ("a", "https", "tech", "pass", "true", "1"),
        ("a", "languages", "content", "pass", "3", "1"),
        ("b", "https", "tech", "pass", "true", "1"),
        ("b", "languages", "content", "unknown", "", ""),
        ("new", "https", "tech", "fail", "false", "0"),
        ("new", "languages", "content", "pass", "1", "1")], columns=COLUMNS)
    table, changes = compare_scores(run_a, panel({"a": "Alpha", "b": "Beta", "gone": "Gone"}),
                                    run_b, panel({"a": "Alpha 2", "b": "Beta", "new": "New"}),
                                    method)
    # A: a = (tech 100 + languages 2 on 1..3 = 50) / 2 = 75, b = (0 + 100) / 2 = 50, gone 100
    # B: a = (100 + 100) / 2 = 100; b = tech 100 alone (languages unknown) = 100; new 0
    # ordered by the rank in B, then in A; an organisation only in A comes last
    # a missing rank or score reads None here (empty in comparison.csv)
    assert table.astype(object).where(table.notna(), None).to_dict("list") == {
        "target_id": ["a", "b", "new", "gone"],
        "name": ["Alpha 2", "Beta", "New", "Gone"],  # B's name, else A's
        "presence": ["both", "both", "added", "removed"],
        "rank_a": [2, 3, None, 1], "rank_b": [1, 1, 3, None],
        "rank_change": [1, 2, None, None],  # > 0: moved up
        "overall_a": [75.0, 50.0, None, 100.0], "overall_b": [100.0, 100.0, 0.0, None],
        "overall_change": [25.0, 50.0, None, None],
        "criteria_changed": [1, 2, 0, 0],
        "changes": ["languages (2 → 3)", "https (fail → pass); languages (pass → unknown)",
                    "", ""]}
    assert changes.to_dict("list") == {
        "target_id": ["a", "b", "b"], "criterion_id": ["languages", "https", "languages"],
        "status_a": ["pass", "fail", "pass"], "status_b": ["pass", "pass", "unknown"],
        "value_a": ["2", "false", "3"], "value_b": ["3", "true", ""]}


def test_a_criterion_measured_in_one_run_only_is_a_change(tmp_path: Path):
    path = tmp_path / "m.toml"
    path.write_text("", encoding="utf-8")
    run_a = pd.DataFrame([("a", "https", "tech", "pass", "true", "1")], columns=COLUMNS)
    run_b = pd.DataFrame([("a", "https", "tech", "pass", "true", "1"),
                          ("a", "rss-feed", "content", "fail", "false", "0")], columns=COLUMNS)
    table, changes = compare_scores(run_a, panel({"a": "A"}), run_b, panel({"a": "A"}),
                                    load_methodology(path))
    assert table.loc[0, "changes"] == "rss-feed ( → fail)"
    assert changes.to_dict("list") == {"target_id": ["a"], "criterion_id": ["rss-feed"],
                                       "status_a": [""], "status_b": ["fail"],
                                       "value_a": [""], "value_b": ["false"]}
    # content 0 joins tech 100: (100 + 0) / 2 = 50, down from 100
    assert (table.loc[0, "overall_change"], table.loc[0, "rank_change"]) == (-50.0, 0)
