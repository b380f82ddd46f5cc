"""What run.json and `methodology show` record: every setting, its default, every formula."""

from pathlib import Path

import pytest

from scoring import load_methodology
from scoring.show import to_toml

METHOD = """[methodology]
name = "study"
version = "3"
missing = "zero"
resolution = 0.5
default_weight = 2
[dimensions]
tech = 0
[criteria]
"a.b" = 1.5
languages = { weight = 1, curve = "linear", low = 1, high = 3, resolution = 1 }
social-audience = { weight = 1, curve = "percentile", within = "kind" }
news = { weight = 2, curve = "recency", full_days = 30, zero_days = 365 }
load-time = { weight = 1, curve = "lognormal", p10 = 1500, median = 4000.5 }
followers = { weight = 1, curve = "log", low = 10, high = 100000 }
[footprint]
combine = "product"
factors = ["social-audience", "followers"]
[profiles.ngo]
dimensions = { tech = 1 }
[alternatives]
missing = ["exclude"]
"""
CATALOGUE = {"a.b": "content", "languages": "content", "social-audience": "footprint",
             "news": "content", "load-time": "tech", "followers": "footprint",
             "https": "tech"}
MEAN = "{d} = 100 × Σ wᵢ·sᵢ / Σ wᵢ over the {d} criteria that apply and were measured"
PRODUCT = ("footprint = 100 × social-audience × followers (unweighted product of the factors' "
           "scores; a factor not measured counts 0)")
OVERALL = "overall = Σ W·D / Σ W over the dimensions D that have a score"
RANKING = ("rank = 1 + the number of organisations whose overall score, rounded half away "
           "from zero to 0.5, is higher; equal rounded scores share a rank; sites that could "
           "not be crawled are not ranked")


@pytest.fixture
def method(tmp_path: Path):
    path = tmp_path / "study.toml"
    path.write_text(METHOD, encoding="utf-8")
    return load_methodology(path, CATALOGUE)


SOCIAL_FOOTPRINT = (
    "social-footprint = min(1, Σ v / 2) over the platforms whose v is known; v = presence × "
    "level × activity per platform, clamped to 0-1; presence = 1 when the account was read or "
    "its figures supplied, 0 when it is not found, private or behind a login wall, otherwise "
    "unknown; level = followers on a log scale, 0 at 100, 1 at 1000000; activity = posts in "
    "the last 90 days on a linear scale, 0 at 0, 1 at 12; a quantity not shown is unknown and "
    "makes v unknown (0 × unknown = 0); a platform whose v is unknown is left out")


def test_an_empty_file_takes_the_documented_defaults(tmp_path):
    path = tmp_path / "plain.toml"
    path.write_text("", encoding="utf-8")
    m = load_methodology(path)
    assert (m.name, m.version, m.missing, m.default_weight, m.resolution, m.overall) == (
        "plain", "", "exclude", 1.0, 0.1, "arithmetic")  # the name is the file's stem
    assert m.dimensions == dict.fromkeys(("content", "social", "services", "tech",
                                          "footprint"), 1.0)
    assert (m.criteria, m.footprint_combine, m.footprint_factors) == ({}, "mean", ())
    assert (m.alternatives, m.profiles, m.criterion_dimensions) == ({}, {}, {})
    assert m.sources == (str(path),) and m.path == str(path)
    assert m.rule("https").weight == 1.0 and m.rule("https").curve == "binary"


def test_the_record_states_every_setting_and_formula(method):
    record = method.to_record()
    assert (record["path"], record["sha256"], record["sources"]) == (
        method.path, method.sha256, [method.path])
    assert {k: record[k] for k in ("name", "version", "missing", "default_weight",
                                   "resolution", "overall")} == {
        "name": "study", "version": "3", "missing": "zero", "default_weight": 2.0,
        "resolution": 0.5, "overall": "arithmetic"}
    assert record["dimensions"] == {"content": 1.0, "social": 1.0, "services": 1.0,
                                    "tech": 0.0, "footprint": 1.0}
    assert record["criteria"] == {
        "a.b": {"weight": 1.5, "curve": "binary",
                "formula": "s = the criterion's own score (pass 1, fail 0, or its 0-1 score)"},
        "languages": {"weight": 1.0, "curve": "linear", "low": 1.0, "high": 3.0,
                      "resolution": 1.0,
                      "formula": "x = value rounded to a multiple of 1; s = (x − 1) / (3 − 1), "
                                 "clamped to 0-1"},
        "social-audience": {"weight": 1.0, "curve": "percentile", "within": "kind",
                            "formula": "s = position of x within the kind (0 lowest, 1 "
                                       "highest)"},
        "news": {"weight": 2.0, "curve": "recency", "full_days": 30.0, "zero_days": 365.0,
                 "formula": "s = 1 up to 30 days old, 0 from 365 days, linear between"},
        "load-time": {"weight": 1.0, "curve": "lognormal", "p10": 1500.0, "median": 4000.5,
                      "formula": "s = log-normal curve, lower is better: 1500 scores 0.9, "
                                 "4000.5 scores 0.5"},
        "followers": {"weight": 1.0, "curve": "log", "low": 10.0, "high": 100000.0,
                      "formula": "s = (log10 x − log10 10) / (log10 100000 − log10 10), "
                                 "clamped to 0-1"}}
    # The file names only combine and factors: the per-platform social-footprint and the
    # extended footprint's weights are recorded with their defaults (scoring/weights.toml).
    assert record["footprint"] == {
        "combine": "product", "factors": ["social-audience", "followers"],
        "per_platform": "presence * level * activity", "platforms": "sum", "sum_full": 2.0,
        "quantities": {
            "level": {"column": "followers", "curve": "log", "low": 100.0, "high": 1000000.0},
            "activity": {"column": "posts_90d", "curve": "linear", "low": 0.0, "high": 12.0},
            "recency": {"column": "last_post", "curve": "recency", "full_days": 7.0,
                        "zero_days": 365.0}},
        "people_weight": 0.5, "relays_weight": 0.5}
    assert record["profiles"] == {"ngo": {"dimensions": {"tech": 1.0}, "criteria": {}}}
    assert record["alternatives"] == {"missing": ["exclude"]}
    formulas = record["formulas"]
    assert formulas["dimensions"] == [
        {"dimension": d, "weight": w, "combine": "mean", "formula": MEAN.format(d=d)}
        for d, w in (("content", 1.0), ("social", 1.0), ("services", 1.0), ("tech", 0.0))
    ] + [{"dimension": "footprint", "weight": 1.0, "combine": "product", "formula": PRODUCT}]
    assert formulas["overall"] == {"method": "arithmetic", "formula": OVERALL}
    assert formulas["missing"] == {"policy": "zero", "formula": "unknown and error verdicts "
                                                                "count as a score of 0"}
    assert formulas["ranking"] == {"resolution": 0.5, "formula": RANKING}
    # https is not in the file: the default weight 2; tech weighs 0 so neither counts
    assert formulas["not_counted"] == [
        {"criterion": "https", "weight": 2.0, "dimension": "tech",
         "reason": "dimension tech has weight 0"},
        {"criterion": "load-time", "weight": 1.0, "dimension": "tech",
         "reason": "dimension tech has weight 0"}]
    assert formulas["profiles"] == [{"kind": "ngo", "dimensions": {"tech": 1.0},
                                     "criteria": {}}]
    assert formulas["alternatives"] == {"missing": ["exclude"]}


def test_the_missing_policy_exclude_is_stated_in_the_product_formula(tmp_path):
    path = tmp_path / "m.toml"
    path.write_text(METHOD.replace('missing = "zero"', 'missing = "exclude"'), encoding="utf-8")
    formulas = load_methodology(path, CATALOGUE).to_record()["formulas"]
    assert formulas["dimensions"][-1]["formula"] == PRODUCT.replace(
        "counts 0", "is left out")
    assert formulas["missing"]["formula"] == "unknown and error verdicts are left out of " \
                                             "every mean"


def test_show_writes_every_setting_and_reads_back_the_same(method, tmp_path):
    text = to_toml(method)
    assert text.splitlines() == [
        "# Resolved methodology study 3", f"# sha256 {method.sha256}", f"# from {method.path}",
        "#", "# Formulas:",
        *(f"# {MEAN.format(d=d)}" for d in ("content", "social", "services", "tech")),
        f"# {PRODUCT}", f"# {OVERALL}", "# unknown and error verdicts count as a score of 0",
        f"# {RANKING}", f"# {SOCIAL_FOOTPRINT}",
        "# not counted: https (weight 2): dimension tech has weight 0",
        "# not counted: load-time (weight 1): dimension tech has weight 0",
        "", "[methodology]", 'name = "study"', 'version = "3"', 'missing = "zero"',
        "default_weight = 2.0", "resolution = 0.5", 'overall = "arithmetic"',
        "", "[dimensions]", "content = 1.0", "social = 1.0", "services = 1.0", "tech = 0.0",
        "footprint = 1.0",
        "", "[criteria]",
        '"a.b" = { weight = 1.5, curve = "binary" }',  # a dotted id is quoted, not a table
        'languages = { weight = 1.0, curve = "linear", low = 1.0, high = 3.0, '
        "resolution = 1.0 }",
        'social-audience = { weight = 1.0, curve = "percentile", within = "kind" }',
        'news = { weight = 2.0, curve = "recency", full_days = 30.0, zero_days = 365.0 }',
        'load-time = { weight = 1.0, curve = "lognormal", p10 = 1500.0, median = 4000.5 }',
        'followers = { weight = 1.0, curve = "log", low = 10.0, high = 100000.0 }',
        "", "[footprint]", 'combine = "product"', 'factors = ["social-audience", "followers"]',
        'per_platform = "presence * level * activity"', 'platforms = "sum"', "sum_full = 2.0",
        'quantities = { level = { column = "followers", curve = "log", low = 100.0, '
        'high = 1000000.0 }, activity = { column = "posts_90d", curve = "linear", low = 0.0, '
        'high = 12.0 }, recency = { column = "last_post", curve = "recency", full_days = 7.0, '
        "zero_days = 365.0 } }",
        "people_weight = 0.5", "relays_weight = 0.5",
        "", "[profiles.ngo]", "dimensions = { tech = 1.0 }",
        "", "[alternatives]", 'missing = ["exclude"]']
    assert text.endswith("]\n")
    again = tmp_path / "again.toml"
    again.write_text(text, encoding="utf-8")
    assert load_methodology(again, CATALOGUE).sha256 == method.sha256
