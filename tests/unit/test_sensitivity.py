"""Sensitivity: stable and fragile ranks, swaps, seeds, Sobol indices, one formula with score."""

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from scoring import load_methodology, score_results
from scoring.matrix import build_matrix, rank_keys, ranks_of
from scoring.sensitivity import analyse, draw_ranks, random_draws, tie_leaders

# one criterion per dimension; content 1.0 and social 0.98, so b (content) is a hair ahead
# of c (social): 100 / 2.98 = 33.56 against 98 / 2.98 = 32.89
METHOD = """[dimensions]
content = 1.0
social = 0.98
services = 0
tech = 1.0
footprint = 0
[criteria]
rss-feed = 1
blog = 1
https = 1
"""
VERDICTS = {"a": (1, 1, 1), "b": (1, 0, 0), "c": (0, 1, 0), "d": (0, 0, 0)}
CRITERIA = (("rss-feed", "content"), ("blog", "social"), ("https", "tech"))


def results_for(verdicts: dict[str, tuple]) -> pd.DataFrame:
    rows = [(tid, cid, dim, "pass" if s else "fail", "true" if s else "false", str(float(s)))
            for tid, scores in verdicts.items()
            for (cid, dim), s in zip(CRITERIA, scores, strict=True)]
    return pd.DataFrame(rows, columns=["target_id", "criterion_id", "dimension", "status",
                                       "value", "criterion_score"])


def panel_for(ids) -> pd.DataFrame:
    ids = list(ids)
    return pd.DataFrame({"target_id": ids, "name": [i.upper() for i in ids],
                         "kind": "company", "sector": "", "status": "ok",
                         "crawl_date": "2026-11-21T10:00:00+00:00"})


def scored_panel(tmp_path: Path, verdicts=VERDICTS, text: str = METHOD):
    path = tmp_path / "m.toml"
    path.write_text(text, encoding="utf-8")
    method = load_methodology(path)
    scored, scores = score_results(results_for(verdicts), panel_for(verdicts), method)
    return scored, scores, method


def test_far_ahead_is_stable_and_near_equal_pair_is_fragile(tmp_path):
    scored, scores, method = scored_panel(tmp_path)
    found = analyse(scored, scores, method, draws=400, seed=3, sobol_base=64)
    table = scores.merge(found.intervals, on="target_id").set_index("target_id")
    assert list(table["rank"]) == [1, 2, 3, 4]
    assert table.loc["a", ["rank_p5", "rank_median", "rank_p95"]].tolist() == [1, 1, 1]
    assert table.loc["a", "stability"] == "stable" and table.loc["d", "stability"] == "stable"
    assert table.loc["b", "stability"] == "fragile" and table.loc["c", "stability"] == "fragile"
    assert (table.loc["b", "rank_p5"], table.loc["b", "rank_p95"]) == (2, 3)
    pair = found.swaps.iloc[0]
    assert (pair["target_a"], pair["target_b"]) == ("b", "c") and len(found.swaps) == 1
    assert 0.1 < pair["swap_share"] < 0.9


def test_same_seed_same_answer_other_seed_other_draws(tmp_path):
    scored, scores, method = scored_panel(tmp_path)
    one = analyse(scored, scores, method, draws=200, seed=7, sobol_base=32)
    two = analyse(scored, scores, method, draws=200, seed=7, sobol_base=32)
    pd.testing.assert_frame_equal(one.intervals, two.intervals)
    pd.testing.assert_frame_equal(one.swaps, two.swaps)
    pd.testing.assert_frame_equal(one.indices, two.indices)
    other = analyse(scored, scores, method, draws=200, seed=8, sobol_base=32)
    assert other.swaps["swap_share"].iloc[0] != one.swaps["swap_share"].iloc[0]


def test_sobol_indices_name_what_moves_ranks(tmp_path):
    scored, scores, method = scored_panel(tmp_path)
    found = analyse(scored, scores, method, draws=100, seed=1, sobol_base=256,
                    dimension_spread={"tech": 0.0})
    index = found.indices.set_index("factor")
    # b against c is decided by content against social; tech weighs both the same and
    # has no range here: it explains nothing.
    assert abs(index.loc["weight:tech", "total"]) < 0.05
    assert index.loc["weight:content", "total"] > 0.3 and index.loc["weight:social",
                                                                     "total"] > 0.3
    assert index["total"].iloc[0] == index["total"].max()
    assert -0.1 < index["first_order"].sum() < 1.1  # shares of one variance
    assert (index["total"] >= index["first_order"] - index["first_order_conf"] - 0.05).all()
    assert found.record["sobol_evaluations"] == 256 * (len(index) + 2)


def test_identical_sites_share_a_rank_in_every_draw(tmp_path):
    # twin2's https score differs by 0.0009 (load-time noise): 0.03 points overall, below
    # the resolution (0.1), so no weighting may ever separate the twins.
    verdicts = {"a": (1, 1, 0), "twin1": (1, 0, 1), "twin2": (1, 0, 0.9991), "z": (0, 1, 1)}
    scored, scores, method = scored_panel(tmp_path, verdicts)
    assert scores.set_index("target_id").loc["twin1", "rank"] == \
        scores.set_index("target_id").loc["twin2", "rank"]
    matrix = build_matrix(scored, scores, method)
    keys = rank_keys(matrix.nominal(), matrix.resolution)
    leaders = tie_leaders(matrix, keys)
    drawn = random_draws(matrix, {}, 500, 4, 0.25, np.full(5, 0.25))
    ranks = draw_ranks(matrix, drawn, leaders)
    one, two = (list(matrix.target_ids).index(t) for t in ("twin1", "twin2"))
    assert (ranks[:, one] == ranks[:, two]).all()
    # without the tie rule, rounding alone splits them in some draws: the rule is needed
    alone = draw_ranks(matrix, drawn, np.arange(len(keys)))
    assert (alone[:, one] != alone[:, two]).any()
    found = analyse(scored, scores, method, draws=300, seed=2, sobol_base=32)
    bounds = found.intervals.set_index("target_id")
    assert bounds.loc["twin1"].tolist() == bounds.loc["twin2"].tolist()


ALTERNATIVES = METHOD.replace("footprint = 0", "footprint = 1") + """social-presence = 1
social-audience = 1
[footprint]
combine = "product"
factors = ["social-presence", "social-audience"]
[alternatives]
overall = ["geometric"]
missing = ["zero"]
footprint = ["mean"]
"""


@pytest.mark.parametrize("choice", [{}, {"overall": "geometric"}, {"missing": "zero"},
                                    {"footprint": "mean"}])
def test_matrix_core_computes_what_score_results_computes(tmp_path, choice):
    results = results_for(VERDICTS)
    extra = [(t, "social-presence", "footprint", "pass", "", str(s)) for t, s in
             (("a", 0.5), ("b", 1.0), ("c", 0.25), ("d", 1.0))]
    extra += [(t, "social-audience", "footprint", st, "", s) for t, st, s in
              (("a", "pass", "0.8"), ("b", "unknown", ""), ("c", "pass", "0.4"),
               ("d", "fail", "0.0"))]
    results = pd.concat([results, pd.DataFrame(extra, columns=results.columns)])
    path = tmp_path / "m.toml"
    path.write_text(ALTERNATIVES, encoding="utf-8")
    method = load_methodology(path).with_choices(**choice)
    scored, scores = score_results(results, panel_for(VERDICTS), method)
    matrix = build_matrix(scored, scores, method)
    expected = scores.set_index("target_id").loc[matrix.target_ids, "overall"].to_numpy()
    np.testing.assert_allclose(matrix.nominal(), expected, atol=1e-9)
    ranks = scores.set_index("target_id").loc[matrix.target_ids, "rank"].to_numpy()
    assert (ranks_of(rank_keys(matrix.nominal(), method.resolution)) == ranks).all()
    found = analyse(scored, scores, method, draws=50, seed=1, sobol_base=16)
    # the file declares one other option of each; the one already chosen has no other left
    drawn = {f"alternative:{name}" for name in ("overall", "missing", "footprint")
             if name not in choice}
    assert {f for f in found.indices["factor"] if f.startswith("alternative:")} == drawn


def test_sensitivity_command_writes_intervals_swaps_and_indices(tmp_path):
    from click.testing import CliRunner
    from test_compare import VERDICTS as RUN_VERDICTS
    from test_compare import make_run

    from benchmark.cli import main

    weights = tmp_path / "w.toml"
    weights.write_text("[dimensions]\ncontent = 1.0\nsocial = 0.98\n", encoding="utf-8")
    store = make_run(tmp_path / "run", RUN_VERDICTS, weights)
    result = CliRunner().invoke(main, ["sensitivity", str(store.root), "--draws", "200",
                                       "--seed", "5"])
    assert result.exit_code == 0, result.output
    scores = pd.read_csv(store.scores_csv)
    assert list(scores.columns[-4:]) == ["rank_p5", "rank_median", "rank_p95", "stability"]
    assert set(scores["stability"]) <= {"stable", "fragile"}
    assert (scores["rank_p5"] <= scores["rank_median"]).all()
    assert (scores["rank_median"] <= scores["rank_p95"]).all()
    record = json.loads(store.run_json.read_text())["sensitivity"]
    assert record["draws"] == 200 and record["seed"] == 5
    assert record["sobol_evaluations"] > 0 and "w.toml" in json.loads(
        store.run_json.read_text())["methodology"]["path"]  # the run's own methodology
    indices = pd.read_csv(store.root / "sensitivity.csv")
    assert {"weight:content", "weight:social"} <= set(indices["factor"])
    assert "what moves the ranks" in result.output
    explained = CliRunner().invoke(main, ["explain", str(store.root), "d"]).output
    assert "what would move it up" in explained and "rank 4 → " in explained


def test_rank_keys_round_as_the_reports_do():
    from scoring.rounding import round_half_away

    values = np.array([81.25, 81.2499999999, 2.675, 20.05, 20.049, 0.05, 99.95, np.nan])
    keys = rank_keys(values, 0.1)
    expected = [round_half_away(v, 0.1) / 0.1 for v in values[:-1]]
    np.testing.assert_allclose(keys[:-1], expected)
    assert keys[-1] == -np.inf  # not scored: below everyone
    assert ranks_of(np.array([3.0, 5.0, 5.0, 1.0])).tolist() == [3, 1, 1, 4]
