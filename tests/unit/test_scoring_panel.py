"""panel.csv written out: counts, rates and flags per criterion and group, row by row."""

import pandas as pd

from scoring.panel import panel_statistics

# target: (rss-feed, blog, languages score or None for an error); u's rss-feed is unknown
SITES = {"p": ("pass", "pass", 0.5), "q": ("fail", "fail", 0.5), "r": ("pass", "pass", 0.5),
         "s": ("fail", "fail", 0.5), "t": ("pass", "pass", 0.5), "u": ("unknown", "pass", None)}


def scored(sites=SITES) -> pd.DataFrame:
    rows = []
    for tid, (rss, blog, lang) in sites.items():
        rows.append((tid, "rss-feed", "content", rss, str(rss == "pass").lower(),
                     None if rss == "unknown" else float(rss == "pass")))
        rows.append((tid, "blog", "social", blog, str(blog == "pass").lower(),
                     float(blog == "pass")))
        rows.append((tid, "languages", "content", "error" if lang is None else "pass", "2",
                     lang))
        rows.append((tid, "https", "tech", "fail", "false", 0.0))
    return pd.DataFrame(rows, columns=["target_id", "criterion_id", "dimension", "status",
                                       "value", "score"])


def test_sector_groups_without_kinds_row_by_row():
    groups = pd.DataFrame({"target_id": list("pqrstu"),
                           "sector": ["health", "health", "energy", "energy", "", "health"]})
    table = panel_statistics(scored(), groups)  # no kind column: no kind groups
    # blog: 4 of 6 pass; rss-feed: 3 of the 5 measured (u unknown); languages: all 5
    # measured pass with the same 0.5 (no spread); https: every site fails
    assert table.to_dict("list") == {
        "criterion_id": ["blog", "https", "languages", "rss-feed"]
        + ["blog", "blog", "https", "https", "languages", "languages", "rss-feed", "rss-feed"],
        "dimension": ["social", "tech", "content", "content"]
        + ["social", "social", "tech", "tech", "content", "content", "content", "content"],
        "group_by": ["panel"] * 4 + ["sector"] * 8,
        "group": ["panel"] * 4 + ["energy", "health"] * 4,
        "measured": [6, 6, 5, 5, 2, 3, 2, 3, 2, 2, 2, 2],
        "passed": [4, 0, 5, 3, 1, 2, 0, 0, 2, 2, 1, 1],
        "pass_rate": [4 / 6, 0.0, 1.0, 0.6, 0.5, 2 / 3, 0.0, 0.0, 1.0, 1.0, 0.5, 0.5],
        "adoption": table["adoption"].tolist(),  # checked below: NaN is not == NaN
        "mean_score": [4 / 6, 0.0, 0.5, 0.6, 0.5, 2 / 3, 0.0, 0.0, 0.5, 0.5, 0.5, 0.5],
        "discriminates": [True, False, False, True, True, True, False, False, False, False,
                          True, True],
        "redundant_with": ["rss-feed", "", "", "blog"] + [""] * 8}
    adoption = table["adoption"]  # share of yes/no values that are "true"
    # "2" is not a yes/no value
    assert adoption.isna().tolist() == [False, False, True, False] + [False] * 4 + [True] * 2 \
        + [False] * 2
    assert adoption.dropna().tolist() == [4 / 6, 0.0, 0.6, 0.5, 2 / 3, 0.0, 0.0, 0.5, 0.5]


def test_a_correlation_needs_five_organisations_measured_on_both():
    # rss-feed and blog agree on p, q, r, s (u's rss-feed unknown): 4 in common, too few
    sites = {k: v for k, v in SITES.items() if k != "t"}
    groups = pd.DataFrame({"target_id": list(sites), "kind": "ngo"})
    table = panel_statistics(scored(sites), groups)
    assert set(table["redundant_with"]) == {""}
    assert table.loc[table["group_by"] == "kind", "group"].unique().tolist() == ["ngo"]
    assert "sector" not in set(table["group_by"])  # no sector column: no sector groups


def test_nothing_measured_gives_an_empty_table_with_the_columns():
    rows = scored()
    rows["status"] = "unknown"
    table = panel_statistics(rows, pd.DataFrame({"target_id": list(SITES), "kind": "ngo"}))
    assert table.empty and list(table.columns) == [
        "criterion_id", "dimension", "group_by", "group", "measured", "passed", "pass_rate",
        "adoption", "mean_score", "discriminates", "redundant_with"]


def test_one_pass_among_failures_discriminates_even_at_the_same_score():
    # a curve may give a pass the score 0: p passes, q fails, both score 0
    rows = pd.DataFrame([("p", "languages", "content", "pass", "1", 0.0),
                         ("q", "languages", "content", "fail", "0", 0.0)],
                        columns=["target_id", "criterion_id", "dimension", "status", "value",
                                 "score"])
    table = panel_statistics(rows, pd.DataFrame({"target_id": ["p", "q"], "kind": "ngo"}))
    assert table["discriminates"].tolist() == [True, True]  # the panel, then the ngo group
    assert table["passed"].tolist() == [1, 1] and table["measured"].tolist() == [2, 2]


def test_scores_read_back_as_text_are_numbers():
    rows = scored().astype(str)  # results.csv read back: "1.0", "0.5", "nan"
    groups = pd.DataFrame({"target_id": list(SITES), "kind": "ngo"})
    table = panel_statistics(rows, groups).set_index(["criterion_id", "group_by"])
    assert table.loc[("blog", "panel"), "mean_score"] == 4 / 6
    assert table.loc[("languages", "panel"), "mean_score"] == 0.5
