"""Scoring: curves, methodology validation, dimension means, overall and shared ranks."""

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from scoring import MethodologyError, curves, load_methodology, score_results


def test_curves():
    assert curves.linear(2, 1, 3) == 0.5 and curves.linear(9, 1, 3) == 1.0
    assert curves.log_scale(1000, 10, 100000) == pytest.approx(0.5)
    assert curves.lognormal(1000, p10=1000, median=4000) == pytest.approx(0.9)
    assert curves.lognormal(4000, p10=1000, median=4000) == pytest.approx(0.5)
    ref = date(2026, 11, 21)
    assert curves.recency(date(2026, 11, 1), ref, 30, 730) == 1.0
    assert curves.recency(date(2024, 11, 21), ref, 30, 730) == 0.0


def write_toml(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "w.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("text", "fragment"), [
    ("[dimensions]\ncontnt = 1\n", "[dimensions] key 'contnt': must be one of content"),
    ("[dimensions]\ncontent = -1\n", "[dimensions].content: must be >= 0"),
    ("[criteria]\nhttps = 'high'\n", "[criteria].https: must be a number"),
    ("[criteria]\nhttps = { weight = 1, curve = 'cubic' }\n", "[criteria].https.curve"),
    ("[criteria]\nlanguages = { weight = 1, curve = 'linear', low = 1 }\n",
     "[criteria].languages.high: missing"),
    ("[criteria]\nno-such-thing = 1\n", "[criteria].no-such-thing: unknown criterion id"),
    ("[methodology]\nmissing = 'ignore'\n", "[methodology].missing: must be one of exclude"),
    ("[weights]\na = 1\n", "top-level table"),
    ("[criteria\n", "cannot read methodology"),
    ("[methodology]\noverall = 'median'\n",
     "[methodology].overall: must be one of arithmetic, geometric; got 'median'"),
    ("[methodology]\nrounding = 1\n", "[methodology] key 'rounding': must be one of name"),
    ("[methodology]\nresolution = 0\n", "[methodology].resolution: must be > 0, got 0"),
    ("[alternatives]\noverall = ['mean']\n",
     "[alternatives].overall: must be one of arithmetic, geometric; got 'mean'"),
    ("[alternatives]\nweights = ['x']\n", "[alternatives] key: must be one of overall, "
     "missing, footprint"),
    ("[profiles.charity]\ncriteria = { https = 2 }\n",
     "[profiles] kind: must be one of company, listed-company, ngo, institution, person"),
    ("[profiles.ngo]\ncriteria = { donations = 2 }\n", "[profiles.ngo].criteria.donations: "
     "unknown name"),
    ("[criteria]\nhttps = { weight = 1, curve = 'percentile', within = 'country' }\n",
     "[criteria].https.within: must be one of panel, kind, sector; got 'country'"),
    ("[criteria]\nhttps = { weight = 1, resolution = 10 }\n",
     "[criteria].https: unknown key(s) resolution for curve 'binary'"),
    ("[criteria]\nlanguages = { weight = 1, curve = 'linear', low = 1, high = 3, "
     "resolution = -1 }\n", "[criteria].languages.resolution: must be > 0"),
    ("[footprint]\nfactors = ['https', 'no-such']\n", "[footprint].factors: must be a list"),
    ("extends = 5\n", "extends: must be \"default\" or a path"),
    ("extends = 'nowhere.toml'\n", "extends: no methodology file at"),
])
def test_invalid_methodology_names_file_and_key(tmp_path, text, fragment):
    with pytest.raises(MethodologyError) as error:
        load_methodology(write_toml(tmp_path, text), known_criteria=["https", "languages"])
    assert str(error.value).startswith(str(tmp_path / "w.toml"))
    assert fragment in str(error.value)


def test_default_methodology_loads():
    method = load_methodology()
    assert method.dimensions["tech"] > 0 and method.rule("https").weight > 0
    assert method.rule("not-listed").weight == method.default_weight


def results_frame(rows):
    frame = pd.DataFrame(rows, columns=["target_id", "criterion_id", "dimension", "status",
                                        "value", "criterion_score"])
    frame["criterion_score"] = frame["criterion_score"].astype(str)
    return frame


PANEL = pd.DataFrame({"target_id": ["a", "b", "c", "d"], "name": ["A", "B", "C", "D"],
                      "kind": ["company", "company", "ngo", "company"],
                      "status": ["ok", "ok", "ok", "unreachable"],
                      "crawl_date": ["2026-11-21T10:00:00+00:00"] * 4})


def test_dimension_means_overall_and_shared_ranks(tmp_path):
    rows = []
    for tid, https, search, donation in (("a", 1, 1, "not_applicable"), ("b", 1, 0, "n"),
                                         ("c", 1, 1, "not_applicable")):
        rows.append((tid, "https", "tech", "pass" if https else "fail", "true", https))
        rows.append((tid, "site-search", "services", "pass" if search else "fail", "", search))
        rows.append((tid, "donation", "services", donation if donation != "n" else "fail",
                     "", "" if donation != "n" else 0))
    rows.append(("d", "https", "tech", "unknown", "", ""))
    method = load_methodology(write_toml(tmp_path, "[criteria]\ndonation = 3\n"))
    scored, scores = score_results(results_frame(rows), PANEL, method)
    by_id = scores.set_index("target_id")
    assert by_id.loc["a", "services"] == 100 and by_id.loc["a", "tech"] == 100
    # b: search fails (w 1) and donation applies and fails (w 3): 0 of 4
    assert by_id.loc["b", "services"] == 0
    assert by_id.loc["a", "overall"] == 100 and by_id.loc["b", "overall"] == 50
    assert list(by_id.loc[["a", "c", "b"], "rank"]) == [1, 1, 3]  # ties share a rank
    assert pd.isna(by_id.loc["d", "overall"]) and pd.isna(by_id.loc["d", "rank"])
    na_row = scored[(scored.target_id == "a") & (scored.criterion_id == "donation")]
    assert na_row["score"].isna().all() and (na_row["weight"] == 3).all()


def test_curve_remaps_raw_values_and_missing_policy(tmp_path):
    rows = [("a", "languages", "content", "pass", "3", 1),
            ("b", "languages", "content", "fail", "1", 0),
            ("a", "rss-feed", "content", "unknown", "", ""),
            ("c", "languages", "content", "pass", "2", 1)]
    toml = ("[methodology]\nmissing = 'zero'\n[criteria]\n"
            "languages = { weight = 1, curve = 'linear', low = 1, high = 3 }\n")
    _, scores = score_results(results_frame(rows), PANEL, load_methodology(
        write_toml(tmp_path, toml)))
    by_id = scores.set_index("target_id")
    assert by_id.loc["c", "content"] == 50  # 2 on a 1..3 line
    assert by_id.loc["a", "content"] == 50  # rss unknown counts as 0 under missing = zero


def test_footprint_product_and_percentile(tmp_path):
    rows = [("a", "social-presence", "footprint", "pass", "4", 1),
            ("a", "social-audience", "footprint", "pass", "10000", 0.5),
            ("b", "social-presence", "footprint", "pass", "2", 0.5),
            ("b", "social-audience", "footprint", "pass", "100", 0)]
    toml = ("[criteria]\nsocial-audience = { weight = 1, curve = 'percentile' }\n"
            "[footprint]\ncombine = 'product'\nfactors = ['social-presence', 'social-audience']\n")
    _, scores = score_results(results_frame(rows), PANEL, load_methodology(
        write_toml(tmp_path, toml)))
    by_id = scores.set_index("target_id")
    assert by_id.loc["a", "footprint"] == 100  # 1 x percentile 1
    assert by_id.loc["b", "footprint"] == 0    # 0.5 x percentile 0
