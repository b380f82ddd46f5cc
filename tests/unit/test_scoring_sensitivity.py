"""Sensitivity written out: rank intervals, swaps, draws, tie leaders and the run.json record."""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from test_sensitivity import METHOD, panel_for, results_for, scored_panel

from scoring import load_methodology, score_results
from scoring.matrix import build_matrix, rank_keys, ranks_of
from scoring.sensitivity import (
    alternatives_of,
    analyse,
    dimension_spreads,
    draw_ranks,
    intervals,
    random_draws,
    swaps,
    tie_leaders,
)

IDS = np.array(["x", "y", "z"])


def test_a_rank_that_moves_in_one_draw_of_twenty_is_still_stable():
    ranks = np.tile([1, 2, 3], (20, 1))
    ranks[0] = [1, 3, 2]  # y and z swap in 1 draw of 20 (5 %)
    bounds = intervals(ranks, np.array([1, 2, 3]), IDS)
    # p5 is the 1st of the 20 sorted ranks, p95 the 19th (quantiles of ranks that occurred):
    # y: [2] * 19 + [3] -> p95 2: stable; z: [2] + [3] * 19 -> p5 2: fragile
    assert bounds.to_dict("list") == {
        "target_id": ["x", "y", "z"], "rank_p5": [1, 2, 2], "rank_median": [1, 2, 3],
        "rank_p95": [1, 2, 3], "stability": ["stable", "stable", "fragile"]}
    table, complete = swaps(ranks, np.array([1, 2, 3]), IDS, bounds)
    assert table.empty and complete  # 5 % of draws is not more than 10 %
    # whole ranks, as scores.csv shows them ("2", not "2.0")
    assert [str(bounds[c].dtype) for c in ("rank_p5", "rank_median", "rank_p95")] == [
        "int64"] * 3


def test_a_pair_swapped_in_more_than_a_tenth_of_the_draws_is_reported():
    nominal = np.array([1, 2, 3])
    ranks = np.tile([1, 2, 3], (20, 1))
    ranks[:2] = [1, 3, 2]  # 2 of 20 = 10 %: not more than the share
    ranks[2:5] = [1, 2, 2]  # a tie shares the rank: z is not ahead of y
    table, _ = swaps(ranks, nominal, IDS, intervals(ranks, nominal, IDS))
    assert table.empty
    ranks[:3] = [1, 3, 2]  # 3 of 20 = 15 % (and 2 ties)
    table, complete = swaps(ranks, nominal, IDS, intervals(ranks, nominal, IDS))
    assert table.to_dict("list") == {"target_a": ["y"], "target_b": ["z"], "rank_a": [2],
                                     "rank_b": [3], "swap_share": [0.15]}
    assert complete


def test_swaps_between_distant_ranks_and_the_window_that_covers_them():
    ids = np.array(["a", "b", "c", "d"])
    nominal = np.array([1, 2, 3, 4])
    ranks = np.tile([1, 2, 3, 4], (10, 1))
    ranks[:3] = [3, 2, 1, 4]  # a and c trade places in 3 of 10 draws
    ranks[3:5] = [1, 2, 4, 3]  # c and d in 2 of 10
    bounds = intervals(ranks, nominal, ids)
    table, complete = swaps(ranks, nominal, ids, bounds)
    # most frequent first, then by the better rank; a-c are 2 places apart
    assert table.to_dict("list") == {
        "target_a": ["a", "a", "b", "c"], "target_b": ["b", "c", "c", "d"],
        "rank_a": [1, 1, 2, 3], "rank_b": [2, 3, 3, 4], "swap_share": [0.3, 0.3, 0.3, 0.2]}
    assert complete
    near, complete = swaps(ranks, nominal, ids, bounds, window=1)
    assert list(zip(near["target_a"], near["target_b"], strict=True)) == [
        ("a", "b"), ("b", "c"), ("c", "d")]
    assert not complete  # a and c are 2 places apart: a window of 1 misses them
    # a's rank reaches 3 (p95) and d's reaches 3 too (p5): a could swap with d, 3 places
    # down, so a window of 3 is needed and enough
    assert not swaps(ranks, nominal, ids, bounds, window=2)[1]
    assert swaps(ranks, nominal, ids, bounds, window=3)[1]
    assert swaps(ranks, nominal, ids, bounds, share=0.3)[0].empty  # 0.3 is not above 0.3


def test_draws_spread_each_weight_uniformly_within_the_spread(tmp_path: Path):
    scored, scores, method = scored_panel(tmp_path)
    matrix = build_matrix(scored, scores, method)
    spreads = dimension_spreads(0.25, {"tech": 0.1})
    assert spreads.tolist() == [0.25, 0.25, 0.25, 0.1, 0.25]  # content..footprint order
    drawn = random_draws(matrix, {"overall": ("arithmetic", "geometric")}, 4000, 9, 0.25,
                         spreads)
    assert drawn.weights.shape == (4000, 3) and drawn.dimensions.shape == (4000, 5)
    for factors, low, high in ((drawn.weights, 0.75, 1.25), (drawn.dimensions[:, 0], 0.75, 1.25),
                               (drawn.dimensions[:, 3], 0.9, 1.1)):
        assert low <= factors.min() < low + 0.01 and high - 0.01 < factors.max() <= high
        assert factors.mean() == pytest.approx(1.0, abs=0.01)  # uniform around 1
    share = np.mean(drawn.choices["overall"] == "geometric")
    assert 0.45 < share < 0.55  # each option drawn about half the time
    again = random_draws(matrix, {}, 4000, 9, 0.25, spreads)
    assert np.array_equal(again.weights, drawn.weights)  # the seed decides


@pytest.mark.parametrize("overrides", [{"reach": 0.1}, {"tech": 1.0}, {"tech": -0.1}])
def test_a_dimension_spread_must_name_a_dimension_and_stay_below_one(overrides):
    [(name, value)] = overrides.items()
    with pytest.raises(ValueError) as error:
        dimension_spreads(0.25, overrides)
    assert str(error.value) == f"dimension spread {name}={value}: needs a dimension and [0, 1)"


@pytest.mark.parametrize("spread", [1.0, -0.1])
def test_a_weight_spread_must_be_below_one(tmp_path: Path, spread):
    scored, scores, method = scored_panel(tmp_path)
    with pytest.raises(ValueError) as error:
        analyse(scored, scores, method, draws=10, spread=spread)
    assert str(error.value) == f"spread must be in [0, 1), got {spread}"


def test_each_draw_ranks_the_panel_with_the_methodology_rule(tmp_path: Path):
    scored, scores, method = scored_panel(tmp_path)
    matrix = build_matrix(scored, scores, method)
    drawn = random_draws(matrix, {}, 50, 3, 0.25, np.full(5, 0.25))
    ranks = draw_ranks(matrix, drawn, np.arange(4))
    assert ranks.dtype == np.int32 and ranks.shape == (50, 4)  # draws × organisations
    for e in (0, 17, 49):
        overall = matrix.overall(drawn.weights[e:e + 1], drawn.dimensions[e:e + 1])
        assert ranks[e].tolist() == ranks_of(rank_keys(overall, 0.1))[0].tolist()


def test_organisations_tied_on_every_criterion_share_a_rank_beside_other_profiles(tmp_path):
    # the ngo profile gives https and services (no criteria) other weights: a and a2 are
    # exact twins, the ngo is not
    text = METHOD + "[profiles.ngo]\ncriteria = { https = 2 }\ndimensions = { services = 1 }\n"
    verdicts = {"a": (1, 0, 1), "a2": (1, 0, 1), "n": (1, 0, 1), "z": (0, 1, 0)}
    path = tmp_path / "m.toml"
    path.write_text(text, encoding="utf-8")
    panel = panel_for(verdicts).assign(kind=["company", "company", "ngo", "company"])
    method = load_methodology(path)
    scored, scores = score_results(results_for(verdicts), panel, method)
    matrix = build_matrix(scored, scores, method)
    keys = rank_keys(matrix.nominal(), matrix.resolution)
    assert ranks_of(keys).tolist() == [1, 1, 1, 4]  # 100 × (1 + 0 + 1) / 2.98 each
    # a2 follows a; n has other weights, so a weighting may separate it: its own leader
    assert tie_leaders(matrix, keys).tolist() == [0, 0, 2, 3]


def test_alternatives_put_the_nominal_option_first_and_need_another(tmp_path: Path):
    text = METHOD + ('[alternatives]\noverall = ["geometric", "arithmetic"]\n'
                     'missing = ["exclude"]\n')
    scored, scores, method = scored_panel(tmp_path, text=text)
    matrix = build_matrix(scored, scores, method)
    # missing declares only the nominal option: nothing to draw
    assert alternatives_of(method, matrix) == {"overall": ("arithmetic", "geometric")}


def test_the_record_states_how_the_analysis_was_made(tmp_path: Path):
    text = METHOD + '[alternatives]\noverall = ["geometric"]\n'
    scored, scores, method = scored_panel(tmp_path, text=text)
    found = analyse(scored, scores, method, draws=300, seed=5, sobol_base=32,
                    dimension_spread={"tech": 0.1})
    # 9 factor groups: 5 dimension weights, the criteria of content, social and tech, the
    # overall alternative; SALib evaluates N × (groups + 2) = 32 × 11 = 352 weightings
    assert found.record == {
        "draws": 300, "seed": 5, "weight_spread": 0.25, "dimension_spread": {"tech": 0.1},
        "alternatives": {"overall": ["arithmetic", "geometric"]}, "swap_share": 0.1,
        "swap_window": 100, "swaps_complete": True, "sobol_base": 32,
        "sobol_evaluations": 352,
        "sobol_output": "mean absolute rank change from the nominal ranking",
        "stable": "rank_p5 = rank_p95 = rank", "organisations": 4}
    indices = found.indices
    assert list(indices.columns) == ["factor", "kind", "first_order", "first_order_conf",
                                     "total", "total_conf"]
    kinds = dict(zip(indices["factor"], indices["kind"], strict=True))
    assert kinds == {**{f"weight:{d}": "dimension weight" for d in
                        ("content", "social", "services", "tech", "footprint")},
                     **{f"criteria:{d}": "criterion weights" for d in
                        ("content", "social", "tech")},
                     "alternative:overall": "alternative"}
    # the geometric mean makes b, c and d (each with a dimension at 0) tie at 0: the
    # choice of mean moves the ranks most
    assert indices.iloc[0]["factor"] == "alternative:overall"
    assert indices.iloc[0]["total"] > 0.5
    assert list(indices["total"]) == sorted(indices["total"], reverse=True)


def test_one_organisation_cannot_move(tmp_path: Path):
    scored, scores, method = scored_panel(tmp_path, {"a": (1, 0, 1)})
    found = analyse(scored, scores, method, draws=100, seed=1, sobol_base=16)
    assert found.intervals.to_dict("list") == {
        "target_id": ["a"], "rank_p5": [1], "rank_median": [1], "rank_p95": [1],
        "stability": ["stable"]}
    assert found.swaps.empty and (found.indices[["first_order", "total"]] == 0).all().all()
    assert found.record["organisations"] == 1
    assert isinstance(found.swaps, pd.DataFrame)


def test_ranks_beyond_the_compact_range_keep_their_order():
    # at a resolution of 0.001 a score of 32.768 is 32,768 units: past a 16-bit integer
    keys = rank_keys(np.array([32.768, 32.767, 0.0, np.nan]), 0.001)
    assert keys[:3].tolist() == [32768.0, 32767.0, 0.0]
    assert ranks_of(keys).tolist() == [1, 2, 3, 4]
    assert ranks_of(np.array([-32767.0, 5.0, -32768.0])).tolist() == [2, 1, 3]


def test_a_tie_with_an_unmeasured_criterion_is_no_twin(tmp_path):
    # a: content 100, social 50, tech 0 -> (100 + 0.98 × 50 + 0) / 2.98 = 50
    # b: blog unknown, social left out -> (100 + 0) / 2 = 50: tied, but weights part them
    verdicts = {"a": (1, 0.5, 0), "b": (1, None, 0), "z": (0, 0, 0)}
    rows = results_for({k: tuple(0 if s is None else s for s in v)
                        for k, v in verdicts.items()})
    unknown = (rows["target_id"] == "b") & (rows["criterion_id"] == "blog")
    rows.loc[unknown, ["status", "criterion_score"]] = ["unknown", ""]
    path = tmp_path / "m.toml"
    path.write_text(METHOD, encoding="utf-8")
    method = load_methodology(path)
    scored, scores = score_results(rows, panel_for(verdicts), method)
    assert scores["overall"].tolist() == pytest.approx([50.0, 50.0, 0.0])
    matrix = build_matrix(scored, scores, method)
    keys = rank_keys(matrix.nominal(), matrix.resolution)
    assert tie_leaders(matrix, keys).tolist() == [0, 1, 2]
    ranks = draw_ranks(matrix, random_draws(matrix, {}, 200, 1, 0.25, np.full(5, 0.25)),
                       tie_leaders(matrix, keys))
    assert (ranks[:, 0] != ranks[:, 1]).any()


def test_a_panel_with_no_ranked_organisation_has_nothing_to_analyse(tmp_path: Path):
    path = tmp_path / "m.toml"
    path.write_text(METHOD, encoding="utf-8")
    method = load_methodology(path)
    verdicts = {"a": (1, 1, 1), "b": (0, 0, 0)}
    panel = panel_for(verdicts).assign(status="unreachable")
    scored, scores = score_results(results_for(verdicts), panel, method)
    found = analyse(scored, scores, method, draws=20, seed=1, sobol_base=8)
    assert found.intervals.empty and found.swaps.empty
    assert (found.record["organisations"], found.record["swaps_complete"]) == (0, True)


def test_ranks_of_fractional_keys_keep_their_order():
    assert ranks_of(np.array([0.5, 0.4, 0.45, 0.5])).tolist() == [1, 4, 3, 1]
