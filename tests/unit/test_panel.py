"""Panel statistics: adoption and pass rates per group, non-discriminating, redundant."""

import pandas as pd
import pytest

from scoring.panel import panel_statistics

# flash-content passes when there is NO Flash (value true = Flash found)
ROWS = {  # target: (kind, sector, flash value, https, rss-feed, blog, languages score)
    "a": ("ngo", "health", "false", "pass", "pass", "pass", 1.0),
    "b": ("ngo", "health", "false", "pass", "fail", "fail", 0.5),
    "c": ("company", "energy", "true", "pass", "pass", "pass", 0.0),
    "d": ("company", "", "false", "pass", "fail", "fail", 0.5),
    "e": ("company", "energy", "false", "pass", "pass", "pass", 0.25),
    "f": ("company", "energy", "false", "unknown", "fail", "fail", 0.75),
}


def scored() -> tuple[pd.DataFrame, pd.DataFrame]:
    rows = []
    for tid, (_, _, flash, https, rss, blog, lang) in ROWS.items():
        rows.append((tid, "flash-content", "tech", "fail" if flash == "true" else "pass",
                     flash, 0.0 if flash == "true" else 1.0))
        rows.append((tid, "https", "tech", https, "true" if https == "pass" else "",
                     1.0 if https == "pass" else None))
        for cid, dim, verdict in (("rss-feed", "content", rss), ("blog", "social", blog)):
            rows.append((tid, cid, dim, verdict, str(verdict == "pass").lower(),
                         float(verdict == "pass")))
        rows.append((tid, "languages", "content", "pass", "2", lang))
    frame = pd.DataFrame(rows, columns=["target_id", "criterion_id", "dimension", "status",
                                        "value", "score"])
    groups = pd.DataFrame([(t, k, s) for t, (k, s, *_) in ROWS.items()],
                          columns=["target_id", "kind", "sector"])
    return frame, groups


def test_adoption_pass_rate_and_groups():
    table = panel_statistics(*scored()).set_index(["criterion_id", "group_by", "group"])
    flash = table.loc[("flash-content", "panel", "panel")]
    assert flash["measured"] == 6 and flash["adoption"] == pytest.approx(1 / 6)
    assert flash["pass_rate"] == pytest.approx(5 / 6)
    assert table.loc[("flash-content", "kind", "company"), "adoption"] == pytest.approx(0.25)
    assert table.loc[("flash-content", "kind", "ngo"), "adoption"] == 0
    assert table.loc[("rss-feed", "sector", "energy"), "pass_rate"] == pytest.approx(2 / 3)
    assert ("rss-feed", "sector", "") not in table.index  # no sector, no sector group
    assert pd.isna(table.loc[("languages", "panel", "panel"), "adoption"])  # not yes/no


def test_non_discriminating_and_redundant_criteria():
    table = panel_statistics(*scored()).set_index(["criterion_id", "group_by", "group"])
    # https: every measured site passes (f is unknown, not a failure)
    assert not table.loc[("https", "panel", "panel"), "discriminates"]
    assert table.loc[("https", "panel", "panel"), "measured"] == 5
    assert table.loc[("rss-feed", "panel", "panel"), "discriminates"]
    assert table.loc[("languages", "panel", "panel"), "discriminates"]  # all pass, scores vary
    # rss-feed and blog say the same thing on this panel
    assert table.loc[("rss-feed", "panel", "panel"), "redundant_with"] == "blog"
    assert table.loc[("blog", "panel", "panel"), "redundant_with"] == "rss-feed"
    assert table.loc[("languages", "panel", "panel"), "redundant_with"] == ""
