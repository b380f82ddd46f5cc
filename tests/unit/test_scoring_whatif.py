"""whatif.csv written out: each failed criterion's gain, the rank it brings, explain's lines."""

from pathlib import Path

import pandas as pd
import pytest

from scoring import load_methodology, score_results
from scoring.whatif import explain_lines, what_if

# blog weighs 0.02: passing it is worth half a point, which must still be listed
ROWS = [("a", "rss-feed", "content", "pass"), ("a", "multimedia", "content", "fail"),
        ("a", "blog", "content", "pass"), ("a", "https", "tech", "pass"),
        ("b", "rss-feed", "content", "fail"), ("b", "multimedia", "content", "pass"),
        ("b", "blog", "content", "fail"), ("b", "https", "tech", "fail"),
        ("c", "rss-feed", "content", "pass"), ("c", "multimedia", "content", "pass"),
        ("c", "blog", "content", "pass"), ("c", "https", "tech", "unknown")]


@pytest.fixture
def table(tmp_path: Path) -> pd.DataFrame:
    path = tmp_path / "m.toml"
    path.write_text("[criteria]\nblog = 0.02\n", encoding="utf-8")
    method = load_methodology(path)
    frame = pd.DataFrame([(t, c, d, s, "", {"pass": "1", "fail": "0"}.get(s, ""))
                          for t, c, d, s in ROWS],
                         columns=["target_id", "criterion_id", "dimension", "status", "value",
                                  "criterion_score"])
    panel = pd.DataFrame({"target_id": list("abc"), "name": list("ABC"), "kind": "company",
                          "status": "ok", "crawl_date": "2026-11-21"})
    scored, scores = score_results(frame, panel, method)
    return what_if(scored, scores, method)


def test_each_failed_criterion_with_its_gain_and_the_rank_it_brings(table):
    # a: content 100 × (1 + 0 + 0.02) / 2.02 = 50.495, tech 100: overall 75.2475 (rank 2);
    #    multimedia passed: content 100, overall 100 = c's: shares rank 1 (+24.7525)
    # b: content 100 × 1 / 2.02 = 49.505, tech 0: overall 24.7525 (rank 3);
    #    https: tech 100, overall 74.7525 (+50), still below a: rank 3;
    #    rss-feed: content 100 × 2 / 2.02 = 99.0099, overall 49.505 (+24.7525);
    #    blog: content 100 × 1.02 / 2.02 = 50.495, overall 25.2475 (+0.495)
    # c: https is unknown, not failed: nothing listed
    assert table[["target_id", "criterion_id", "rank_now", "rank_then"]].to_dict("list") == {
        "target_id": ["a", "b", "b", "b"],
        "criterion_id": ["multimedia", "https", "rss-feed", "blog"],
        "rank_now": [2, 3, 3, 3], "rank_then": [1, 3, 3, 3]}
    assert table["gain_points"].tolist() == pytest.approx([24.7525, 50.0, 24.7525, 0.495],
                                                          abs=1e-4)


def test_explain_lists_the_largest_gains_first_up_to_a_limit(table):
    head = "what would move it up (each criterion passed alone, the others unchanged):"
    assert explain_lines(table, "b") == [
        head,
        "  https                    +50.0 points, rank 3 → 3",
        "  rss-feed                 +24.8 points, rank 3 → 3",
        "  blog                     +0.5 points, rank 3 → 3"]
    assert explain_lines(table, "b", limit=1) == [
        head, "  https                    +50.0 points, rank 3 → 3",
        "  … and 2 more in whatif.csv"]
    assert explain_lines(table, "c") == [
        "what would move it up: nothing listed (no failed criterion that counts, or not "
        "ranked)"]
