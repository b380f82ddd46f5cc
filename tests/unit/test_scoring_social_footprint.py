"""social-footprint: the methodology's per-platform formula on footprint.csv, combined across
platforms, validated on load, and written by the score stage as one more criterion row."""

from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

from benchmark import pipeline
from benchmark.criteria import catalogue_records
from benchmark.model import Target
from benchmark.runstore import RunStore, write_csv, write_json
from benchmark.social.footprint_table import FOOTPRINT_COLUMNS
from scoring import MethodologyError, load_methodology
from scoring.footprint import target_row, with_social_footprint
from scoring.footprint_rules import social_footprint


def account(platform: str, status: str = "ok", followers: str = "", posts: str = "",
            last: str = "", source: str = "crawled", day: str = "2026-11-21",
            target: str = "a") -> dict[str, str]:
    return {"target": target, "platform": platform, "source": source, "status": status,
            "followers": followers, "posts_90d": posts, "last_post": last,
            "links_to_site": "true", "links_back": "", "date": day,
            "url": f"https://{platform}.example/{target}", "reason": ""}


# Default rules: level = followers on log10 from 100 (0) to 1,000,000 (1); activity = posts
# in 90 days, linear 0 to 12; presence 1 (read or supplied), 0 (gone, private, walled).
ACCOUNTS = [
    account("youtube", followers="10000", posts="6"),        # 1 × 0.5 × 0.5 = 0.25
    account("mastodon", followers="1000000", posts="24"),    # 1 × 1 × 1 (24 > 12: clamped)
    account("x", status="login_wall"),                       # 0 × ? × ? = 0
    account("linkedin", followers="1000"),                   # 1 × 0.25 × ?: left out
    account("bluesky", status="rate_limited"),               # ? × ? × ?: left out
    account("facebook", status="unknown", followers="100000", posts="3",
            source="manual"),                                # 1 × 0.75 × 0.25 = 0.1875
]
DEFAULT = load_methodology().social


def test_default_formula_per_platform_and_summed():
    row = target_row("a", pd.DataFrame(ACCOUNTS), DEFAULT, None)
    # known: 0.25 + 1 + 0 + 0.1875 = 1.4375; sum over sum_full 2 = 0.71875
    assert float(row["score"]) == pytest.approx(0.71875)
    assert (row["status"], row["value"], row["dimension"]) == ("pass", "0.7188", "footprint")
    assert row["evidence"] == (
        "youtube 0.25 = 1 × 0.5 × 0.5; mastodon 1 = 1 × 1 × 1; x 0 = 0 × ? × ? (login_wall); "
        "linkedin ? = 1 × 0.25 × ? left out; bluesky ? = ? × ? × ? (rate_limited) left out; "
        "facebook 0.19 = 1 × 0.75 × 0.25 (manual); sum 1.44 / 2 = 0.72")
    assert row["evidence_url"] == "https://mastodon.example/a"  # the highest value


@pytest.mark.parametrize(("platforms", "expected"), [
    ("mean", 0.359375),  # 1.4375 / 4 known platforms
    ("max", 1.0),        # mastodon
])
def test_mean_and_max_across_platforms(platforms, expected):
    rules = replace(DEFAULT, platforms=platforms)
    assert float(target_row("a", pd.DataFrame(ACCOUNTS), rules, None)["score"]) == \
        pytest.approx(expected)


def test_sum_is_capped_at_one():
    rules = replace(DEFAULT, sum_full=1.0)
    row = target_row("a", pd.DataFrame(ACCOUNTS), rules, None)
    assert float(row["score"]) == 1.0 and row["evidence"].endswith("sum 1.44 / 1 = 1")


def test_recency_quantity_counts_from_the_day_of_the_figures_else_the_crawl():
    from datetime import date

    rules = social_footprint({"per_platform": "presence * recency"})
    fresh = account("youtube", last="2026-11-14")               # 7 days old: 1
    old = account("mastodon", last="2026-05-21", day="")        # 184 days before the crawl
    row = target_row("a", pd.DataFrame([fresh, old]), replace(rules, platforms="mean"),
                     date(2026, 11, 21))
    # recency = 1 − (184 − 7) / (365 − 7) = 1 − 177/358 = 0.505587; mean (1 + 0.505587) / 2
    assert float(row["score"]) == pytest.approx(0.7527933)


def test_no_account_fails_and_only_unknown_values_are_unknown():
    empty = target_row("c", pd.DataFrame(columns=FOOTPRINT_COLUMNS), DEFAULT, None)
    assert (empty["status"], empty["score"]) == ("fail", "0.0")
    assert empty["evidence"] == "no social account listed or found (footprint.csv)"
    walled = target_row("b", pd.DataFrame([account("x", status="not_found")]), DEFAULT, None)
    assert (walled["status"], float(walled["score"])) == ("fail", 0.0)  # 0 / 2
    unread = target_row("d", pd.DataFrame([account("linkedin", followers="500")]), DEFAULT,
                        None)
    assert (unread["status"], unread["score"]) == ("unknown", "")


def test_a_formula_with_links_and_min():
    rules = social_footprint({"per_platform": "presence * min(level, 0.5) + 0.5 * links_to_site",
                              "platforms": "max"})
    # youtube: 1 × min(0.5, 0.5) + 0.5 × 1 = 1
    assert float(target_row("a", pd.DataFrame(ACCOUNTS[:1]), rules, None)["score"]) == 1.0


def test_rows_are_replaced_never_duplicated():
    results = pd.DataFrame([
        {"target_id": "a", "criterion_id": "https", "dimension": "tech", "status": "pass"},
        {"target_id": "a", "criterion_id": "social-footprint", "dimension": "footprint",
         "status": "unknown"},
        {"target_id": "b", "criterion_id": "https", "dimension": "tech", "status": "pass"}])
    once = with_social_footprint(results, pd.DataFrame(ACCOUNTS), {}, DEFAULT)
    twice = with_social_footprint(once, pd.DataFrame(ACCOUNTS), {}, DEFAULT)
    assert list(twice["criterion_id"]) == ["https", "social-footprint", "https",
                                           "social-footprint"]
    assert list(twice["status"]) == ["pass", "pass", "pass", "fail"]  # b has no account
    assert list(twice.columns) == list(results.columns)


def write(tmp_path: Path, text: str, name: str = "w.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("text", "message"), [
    ('[footprint]\nper_platform = "presence * folowers"\n',
     "[footprint].per_platform: unknown variable 'folowers' (known: activity, level, "
     "links_back, links_to_site, presence, recency)"),
    ('[footprint]\nper_platform = "level ** 2"\n',
     "[footprint].per_platform: forbidden construct '**' (allowed: numbers, names, + - * /, "
     "parentheses, unary minus, min(), max())"),
    ('[footprint]\nper_platform = "__import__(\'os\')"\n',
     "[footprint].per_platform: forbidden function '__import__' (only min() and max())"),
    ('[footprint]\nplatforms = "median"\n',
     "[footprint].platforms: must be one of sum, mean, max; got 'median'"),
    ("[footprint]\nsum_full = 0\n", "[footprint].sum_full: must be > 0, got 0"),
    ("[footprint]\nper_platfrom = 'level'\n",
     "[footprint] key 'per_platfrom': must be one of combine, factors, per_platform, "
     "platforms, sum_full, quantities, people_weight, relays_weight; got 'per_platfrom'"),
    ("[footprint.quantities]\nreach = { column = 'views', curve = 'log', low = 1, high = 9 }\n",
     "[footprint.quantities].reach.column: must be one of followers, posts_90d, last_post; "
     "got 'views'"),
    ("[footprint.quantities]\nlevel = { column = 'followers', curve = 'recency', "
     "full_days = 1, zero_days = 9 }\n",
     "[footprint.quantities].level.curve: must be one of log, linear; got 'recency'"),
    ("[footprint.quantities]\nlevel = { column = 'followers', curve = 'log', low = 0, "
     "high = 9 }\n", "[footprint.quantities].level.low: must be > 0, got 0"),
    ("[footprint.quantities]\nlevel = { column = 'followers', curve = 'log', low = 9 }\n",
     "[footprint.quantities].level.high: missing (curve 'log' needs low, high)"),
    ("[footprint.quantities]\npresence = { column = 'followers', curve = 'log', low = 1, "
     "high = 9 }\n", "[footprint.quantities].presence: not a usable name"),
])
def test_invalid_formula_settings_name_file_and_key(tmp_path, text, message):
    path = write(tmp_path, text)
    with pytest.raises(MethodologyError) as error:
        load_methodology(path)
    assert str(error.value).startswith(f"{path}: {message}")


def test_error_names_the_extending_file(tmp_path):
    mine = write(tmp_path, 'extends = "default"\n[footprint]\nper_platform = "reach"\n')
    with pytest.raises(MethodologyError) as error:
        load_methodology(mine)
    assert str(error.value).startswith(f"{mine}: [footprint].per_platform: unknown variable "
                                       "'reach'")


def test_a_file_without_the_new_keys_gets_the_documented_defaults(tmp_path):
    old = load_methodology(write(tmp_path, "[footprint]\ncombine = 'product'\nfactors = "
                                 "['social-presence', 'social-audience']\n"))
    assert old.social.to_record() == {
        "per_platform": "presence * level * activity", "platforms": "sum", "sum_full": 2.0,
        "quantities": {
            "level": {"column": "followers", "curve": "log", "low": 100.0, "high": 1e6},
            "activity": {"column": "posts_90d", "curve": "linear", "low": 0.0, "high": 12.0},
            "recency": {"column": "last_post", "curve": "recency", "full_days": 7.0,
                        "zero_days": 365.0}}}
    assert old.footprint_factors == ("social-presence", "social-audience")  # as before
    assert old.social.to_record() == load_methodology().social.to_record()


def test_an_extending_file_changes_one_bound_and_adds_a_quantity(tmp_path):
    mine = load_methodology(write(tmp_path, (
        'extends = "default"\n[footprint]\nper_platform = "presence * level * reach"\n'
        "[footprint.quantities.level]\nhigh = 5000000\n[footprint.quantities.reach]\n"
        "column = 'posts_90d'\ncurve = 'log'\nlow = 1\nhigh = 100\n")))
    assert mine.social.quantities["level"].params == {"low": 100.0, "high": 5e6}
    assert mine.social.per_platform.names == {"presence", "level", "reach"}
    record = mine.to_record()
    assert record["footprint"]["per_platform"] == "presence * level * reach"
    assert "reach = posts in the last 90 days on a log scale, 0 at 1, 1 at 100" in \
        record["formulas"]["social_footprint"]["formula"]
    assert record["criteria"]["social-footprint"]["formula"].startswith(
        "social-footprint = min(1, Σ v / 2) over the platforms whose v is known; "
        "v = presence × level × reach per platform")
    assert mine.sha256 != load_methodology().sha256


# -- the score stage ---------------------------------------------------------------------

def scored_run(tmp_path: Path, weights: Path | None = None) -> RunStore:
    """Four companies, each https pass (tech 100), accounts as in footprint.csv."""
    store = RunStore(tmp_path / "run")
    ids = ("a", "b", "c", "d")
    store.save_targets([Target(id=t, name=t.upper(), kind="company",
                               website=f"https://{t}.example") for t in ids], None)
    store.update(targets={t: {"crawl_status": "ok", "crawled_at": "2026-11-21T10:00:00"}
                          for t in ids})
    write_json(store.criteria_json, catalogue_records())
    rows = [{"target_id": t, "criterion_id": cid, "dimension": dim, "status": status,
             "value": "", "score": "", "weight": "", "evidence_url": "", "evidence": "",
             "criterion_score": score}
            for t in ids for cid, dim, status, score in (
                ("https", "tech", "pass", "1.0"),
                ("social-footprint", "footprint", "unknown", ""))]
    write_csv(store.results_csv, pd.DataFrame(rows))
    accounts = ACCOUNTS + [account("x", status="login_wall", target="b"),
                           account("linkedin", followers="1000", target="d")]
    write_csv(store.root / "footprint.csv", pd.DataFrame(accounts, columns=FOOTPRINT_COLUMNS))
    pipeline.score_stage(store, weights, draws=0)
    return store


def test_score_stage_writes_social_footprint_and_scores_the_dimension(tmp_path):
    store = scored_run(tmp_path)
    scores = pd.read_csv(store.scores_csv).set_index("target_id")
    # default: footprint = 100 × social-footprint; overall = mean(tech 100, footprint)
    assert scores.loc["a", "footprint"] == pytest.approx(71.875)   # 100 × 1.4375 / 2
    assert scores.loc["a", "overall"] == pytest.approx(85.9375)    # (100 + 71.875) / 2
    assert scores.loc["b", "footprint"] == 0 and scores.loc["b", "overall"] == 50  # walled
    assert scores.loc["c", "footprint"] == 0                       # no account at all
    assert pd.isna(scores.loc["d", "footprint"]) and scores.loc["d", "overall"] == 100
    results = pd.read_csv(store.results_csv, dtype=str, keep_default_na=False)
    mine = results[results["criterion_id"] == "social-footprint"].set_index("target_id")
    assert len(mine) == 4 and mine.loc["a", "weight"] == "1.0"
    assert mine.loc["a", "evidence"].startswith("youtube 0.25 = 1 × 0.5 × 0.5; mastodon 1")
    assert mine.loc["d", "status"] == "unknown"


def test_rescoring_with_another_formula_replaces_the_rows(tmp_path):
    store = scored_run(tmp_path)
    weights = write(tmp_path, 'extends = "default"\n[footprint]\nplatforms = "max"\n')
    pipeline.score_stage(store, weights, draws=0)
    scores = pd.read_csv(store.scores_csv).set_index("target_id")
    assert scores.loc["a", "footprint"] == 100  # mastodon's 1
    results = pd.read_csv(store.results_csv, dtype=str, keep_default_na=False)
    assert (results["criterion_id"] == "social-footprint").sum() == 4
