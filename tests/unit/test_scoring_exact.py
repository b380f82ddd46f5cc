"""Scoring arithmetic written out: exact footprint products, float-noise ties, unranked sites."""

from pathlib import Path

import pandas as pd
import pytest

from scoring import load_methodology, score_results


def frame(rows: list[tuple]) -> pd.DataFrame:
    out = pd.DataFrame(rows, columns=["target_id", "criterion_id", "dimension", "status",
                                      "value", "criterion_score"])
    out["criterion_score"] = out["criterion_score"].astype(str)
    return out


def panel(statuses: dict[str, str]) -> pd.DataFrame:
    ids = list(statuses)
    return pd.DataFrame({"target_id": ids, "name": [i.upper() for i in ids],
                         "kind": ["company"] * len(ids), "status": list(statuses.values()),
                         "crawl_date": ["2026-11-21T10:00:00+00:00"] * len(ids)})


def methodology(tmp_path: Path, text: str):
    path = tmp_path / "m.toml"
    path.write_text(text, encoding="utf-8")
    return load_methodology(path)


def test_equal_scores_made_of_different_floats_share_a_rank(tmp_path):
    # 0.1 + 0.2 + 0.3 == 0.6000000000000001 but 0.3 + 0.2 + 0.1 == 0.6: the same mean
    # (20.000000000000004 vs 20.0) must not order two organisations.
    rows = [("a", cid, "content", "pass", "", score)
            for cid, score in (("rss-feed", 0.1), ("multimedia", 0.2), ("blog", 0.3))]
    rows += [("b", cid, "content", "pass", "", score)
             for cid, score in (("blog", 0.3), ("multimedia", 0.2), ("rss-feed", 0.1))]
    rows += [("c", "rss-feed", "content", "pass", "", 0.0)]
    text = "[criteria]\nrss-feed = 1\nmultimedia = 1\nblog = 1\n"
    _, scores = score_results(frame(rows), panel({"a": "ok", "b": "ok", "c": "ok"}),
                              methodology(tmp_path, text))
    by_id = scores.set_index("target_id")
    assert by_id.loc["a", "content"] != by_id.loc["b", "content"]  # the floats do differ
    assert by_id.loc["a", "content"] == pytest.approx(20.0)
    assert list(by_id.loc[["a", "b", "c"], "rank"]) == [1, 1, 3]


def test_footprint_is_the_product_of_its_three_factors(tmp_path):
    # presence 2 of 4 -> 0.5; audience 10,000 on log 100..1,000,000 -> 0.5; activity 0.4
    rows = [("a", "social-presence", "footprint", "pass", "2", 0.5),
            ("a", "social-audience", "footprint", "pass", "10000", 0.5),
            ("a", "social-activity", "footprint", "pass", "", 0.4)]
    text = ("[criteria]\nsocial-presence = { weight = 1, curve = 'linear', low = 0, high = 4 }\n"
            "social-audience = { weight = 1, curve = 'log', low = 100, high = 1000000 }\n"
            "social-activity = 1\n[footprint]\ncombine = 'product'\n"
            "factors = ['social-presence', 'social-audience', 'social-activity']\n")
    _, scores = score_results(frame(rows), panel({"a": "ok"}), methodology(tmp_path, text))
    footprint = scores.set_index("target_id").loc["a", "footprint"]
    assert footprint == pytest.approx(100 * 0.5 * 0.5 * 0.4)  # 10, not min 40 nor mean 46.7


def test_footprint_mean_when_the_methodology_says_so(tmp_path):
    rows = [("a", "social-presence", "footprint", "pass", "", 0.5),
            ("a", "social-activity", "footprint", "pass", "", 0.2)]
    text = "[footprint]\ncombine = 'mean'\n[criteria]\nsocial-presence = 3\nsocial-activity = 1\n"
    _, scores = score_results(frame(rows), panel({"a": "ok"}), methodology(tmp_path, text))
    assert scores.set_index("target_id").loc["a", "footprint"] == pytest.approx(
        100 * (3 * 0.5 + 1 * 0.2) / 4)  # 42.5


def test_unreachable_site_is_not_ranked_on_its_social_accounts_alone(tmp_path):
    rows = [(tid, "social-presence", "footprint", "pass", "", 1.0) for tid in ("up", "down")]
    rows += [("up", "https", "tech", "fail", "false", 0.0)]
    text = "[footprint]\ncombine = 'mean'\n"
    _, scores = score_results(frame(rows), panel({"up": "ok", "down": "unreachable"}),
                              methodology(tmp_path, text))
    by_id = scores.set_index("target_id")
    assert by_id.loc["down", "footprint"] == 100  # its accounts are still shown...
    assert pd.isna(by_id.loc["down", "overall"]) and pd.isna(by_id.loc["down", "rank"])
    assert by_id.loc["up", "overall"] == 50 and by_id.loc["up", "rank"] == 1


@pytest.mark.parametrize("status", ["ok", "partial"])
def test_partly_crawled_sites_are_ranked(tmp_path, status):
    rows = [("a", "https", "tech", "pass", "true", 1.0)]
    _, scores = score_results(frame(rows), panel({"a": status}), methodology(tmp_path, ""))
    assert scores.loc[0, "overall"] == 100 and scores.loc[0, "rank"] == 1


def test_a_dimension_with_every_criterion_unknown_is_left_out_not_zeroed(tmp_path):
    rows = [("a", "site-search", "services", "unknown", "", ""),
            ("a", "contact-form", "services", "error", "", ""),
            ("a", "https", "tech", "pass", "true", 1.0),
            ("a", "rss-feed", "content", "fail", "false", 0.0)]
    text = "[methodology]\nmissing = 'exclude'\n"
    _, scores = score_results(frame(rows), panel({"a": "ok"}), methodology(tmp_path, text))
    row = scores.set_index("target_id").loc["a"]
    assert pd.isna(row["services"])  # nothing measured: no score, not 0
    assert row["overall"] == pytest.approx((100 + 0) / 2)  # tech 100, content 0: mean 50
    _, zeroed = score_results(frame(rows), panel({"a": "ok"}),
                              methodology(tmp_path, "[methodology]\nmissing = 'zero'\n"))
    assert zeroed.set_index("target_id").loc["a", "services"] == 0
    assert zeroed.set_index("target_id").loc["a", "overall"] == pytest.approx(100 / 3)


def test_a_dimension_weighing_zero_does_not_zero_a_geometric_mean(tmp_path):
    # tech scores 0 but weighs 0: the geometric mean is content alone, 80
    rows = [("a", "rss-feed", "content", "pass", "", 0.8), ("a", "https", "tech", "fail", "", 0.0)]
    text = "[methodology]\noverall = 'geometric'\n[dimensions]\ntech = 0\n"
    _, scores = score_results(frame(rows), panel({"a": "ok"}), methodology(tmp_path, text))
    assert scores.loc[0, "overall"] == pytest.approx(80.0)
