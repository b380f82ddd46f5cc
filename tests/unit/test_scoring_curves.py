"""Every curve applied through score_results: raw values to scores, written out."""

from pathlib import Path

import pandas as pd
import pytest

from scoring import load_methodology, score_results

METHOD = """[methodology]
missing = "{missing}"
[criteria]
news = {{ weight = 1, curve = "recency", full_days = 30, zero_days = 365 }}
languages = {{ weight = 1, curve = "linear", low = 1, high = 3, resolution = 1 }}
followers = {{ weight = 1, curve = "log", low = 10, high = 100000 }}
load-time = {{ weight = 1, curve = "lognormal", p10 = 1000, median = 4000 }}
social-audience = {{ weight = 1, curve = "percentile", within = "sector" }}
"""
# (target, criterion, dimension, status, raw value, the criterion's own score)
ROWS = [("a", "news", "content", "pass", "2026-10-22", "0.3"),
        ("b", "news", "content", "pass", "2026-05-15T08:00:00", "0.3"),
        ("c", "news", "content", "pass", "yesterday", "0.3"),
        ("a", "languages", "content", "pass", "2.5", "0.1"),
        ("b", "languages", "content", "pass", "1.4", "0.1"),
        ("c", "languages", "content", "unknown", "3", ""),
        ("a", "followers", "social", "pass", "1000", "0.2"),
        ("b", "followers", "social", "pass", "0", "0.2"),
        ("c", "followers", "social", "pass", "n/a", "0.2"),
        ("a", "load-time", "tech", "pass", "4000", "0.9"),
        ("b", "load-time", "tech", "pass", "1000", "0.9"),
        ("c", "load-time", "tech", "error", "", ""),
        ("a", "social-audience", "footprint", "pass", "500", "0.5"),
        ("b", "social-audience", "footprint", "pass", "100", "0.5"),
        ("c", "social-audience", "footprint", "pass", "300", "0.5")]
# crawled on 2026-11-21 (a timestamp, as run.json records it); a and b share a sector
PANEL = pd.DataFrame({"target_id": list("abc"), "name": list("ABC"), "kind": "company",
                      "status": "ok", "sector": ["x", "x", "y"],
                      "crawl_date": "2026-11-21T10:00:00+00:00"})


def scored(tmp_path: Path, missing: str):
    path = tmp_path / "m.toml"
    path.write_text(METHOD.format(missing=missing), encoding="utf-8")
    frame = pd.DataFrame(ROWS, columns=["target_id", "criterion_id", "dimension", "status",
                                        "value", "criterion_score"])
    return score_results(frame, PANEL, load_methodology(path))


@pytest.mark.parametrize("missing", ["exclude", "zero"])
def test_each_curve_turns_the_raw_value_into_the_score(tmp_path, missing):
    rows, _ = scored(tmp_path, missing)
    scores = rows.set_index(["target_id", "criterion_id"])["score"]
    # recency: 30 days old scores 1; 190 days (2026-05-15 to 2026-11-21):
    # 1 - (190 - 30) / (365 - 30) = 1 - 160/335 = 0.522388; not a date: its own score 0.3
    assert scores["a", "news"] == 1.0 and scores["c", "news"] == 0.3
    assert scores["b", "news"] == pytest.approx(1 - 160 / 335)
    # linear 1..3 on values rounded to 1: 2.5 -> 3 scores 1 (not 0.75); 1.4 -> 1 scores 0
    assert (scores["a", "languages"], scores["b", "languages"]) == (1.0, 0.0)
    # log 10..100,000: log10 1000 = 3 -> (3 - 1) / (5 - 1) = 0.5; 0 -> 0; not a number: 0.2
    assert [scores[t, "followers"] for t in "abc"] == [0.5, 0.0, 0.2]
    # lognormal: the median scores 0.5, p10 scores 0.9
    assert scores["a", "load-time"] == pytest.approx(0.5)
    assert scores["b", "load-time"] == pytest.approx(0.9)
    # percentile within the sector: a above b in x (1, 0); c alone in y (1)
    assert [scores[t, "social-audience"] for t in "abc"] == [1.0, 0.0, 1.0]
    # an unknown or error verdict is never scored from its raw value
    missed = [scores["c", "languages"], scores["c", "load-time"]]
    if missing == "zero":
        assert missed == [0.0, 0.0]
    else:
        assert pd.isna(missed).all()


@pytest.mark.parametrize(("missing", "c_overall", "ranks"), [
    # c: content 30 (news 0.3 alone), social 20, footprint 100: 150 / 3 = 50
    ("exclude", 50.0, [1, 3, 2]),
    # c: content (0.3 + 0) / 2 = 15, social 20, tech 0, footprint 100: 135 / 4 = 33.75
    ("zero", 33.75, [1, 3, 2]),
])
def test_dimensions_and_overall_from_the_curves(tmp_path, missing, c_overall, ranks):
    _, table = scored(tmp_path, missing)
    by_id = table.set_index("target_id")
    # a: content 100, social 50, tech 50, footprint 100: 300 / 4 = 75
    # b: content (0.522388 + 0) / 2 = 26.1194, social 0, tech 90, footprint 0: 29.0299
    assert by_id["overall"].tolist() == pytest.approx([75.0, (26.119403 + 90) / 4, c_overall])
    assert by_id["rank"].tolist() == ranks
