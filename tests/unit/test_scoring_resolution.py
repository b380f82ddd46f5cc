"""Measurement resolution: what the crawl cannot tell apart never orders two organisations."""

from pathlib import Path

import pandas as pd
import pytest

from scoring import load_methodology, score_results

# load-time on a straight line: 3000 ms scores 0, 1000 ms scores 1, values in 100 ms steps
LINE = ("[criteria]\nhttps = 1\n"
        "load-time = { weight = 1, curve = 'linear', low = 3000, high = 1000, "
        "resolution = 100 }\n")


def frame(rows: list[tuple]) -> pd.DataFrame:
    out = pd.DataFrame(rows, columns=["target_id", "criterion_id", "dimension", "status",
                                      "value", "criterion_score"])
    out["criterion_score"] = out["criterion_score"].astype(str)
    return out


def panel(ids, kinds=None, sectors=None) -> pd.DataFrame:
    return pd.DataFrame({"target_id": ids, "name": [i.upper() for i in ids],
                         "kind": kinds or ["company"] * len(ids), "status": ["ok"] * len(ids),
                         "sector": sectors or [""] * len(ids),
                         "crawl_date": ["2026-11-21T10:00:00+00:00"] * len(ids)})


def methodology(tmp_path: Path, text: str):
    path = tmp_path / "m.toml"
    path.write_text(text, encoding="utf-8")
    return load_methodology(path)


def sites(load_times: dict[str, str], https: dict[str, int] | None = None) -> pd.DataFrame:
    https = https or {}
    rows = []
    for tid, ms in load_times.items():
        ok = https.get(tid, 1)
        rows.append((tid, "https", "tech", "pass" if ok else "fail", "", ok))
        rows.append((tid, "load-time", "tech", "pass", ms, 0.99))
    return frame(rows)


def test_identical_sites_share_rank_one_whatever_their_milliseconds(tmp_path):
    times = {"a": "1201", "b": "1212", "c": "1238", "d": "1249", "e": "1150", "f": "1244"}
    _, scores = score_results(sites(times), panel(list(times)), methodology(tmp_path, LINE))
    by_id = scores.set_index("target_id")
    # every value rounds to 1200 ms: (1200 - 3000) / (1000 - 3000) = 0.9;
    # tech = 100 x (1 x 1 + 1 x 0.9) / 2 = 95
    assert list(by_id["tech"]) == [95.0] * 6
    assert list(by_id["rank"]) == [1] * 6


def test_without_a_resolution_milliseconds_would_order_them(tmp_path):
    text = LINE.replace(", resolution = 100", "")
    _, scores = score_results(sites({"a": "1201", "b": "1212"}), panel(["a", "b"]),
                              methodology(tmp_path, text))
    by_id = scores.set_index("target_id")
    # a: 1 - 201/2000 = 0.8995 -> tech 94.975; b: 0.894 -> 94.7 (both shown 95.0 and 94.7)
    assert by_id.loc["a", "tech"] == pytest.approx(94.975)
    assert list(by_id["rank"]) == [1, 2]


def test_a_clearly_different_site_does_not_share_the_rank(tmp_path):
    times = {"a": "1201", "b": "1212", "slow": "2950"}
    _, scores = score_results(sites(times, {"slow": 0}), panel(list(times)),
                              methodology(tmp_path, LINE))
    by_id = scores.set_index("target_id")
    # slow: https fails (0) and 2950 -> 3000 ms scores 0: tech 0
    assert by_id.loc["slow", "tech"] == 0 and by_id.loc["slow", "rank"] == 3
    assert list(by_id.loc[["a", "b"], "rank"]) == [1, 1]


@pytest.mark.parametrize(("first", "second", "ranks"), [
    (20.04, 20.01, [1, 1]),    # both shown 20.0: one rank
    (20.06, 20.04, [1, 2]),    # shown 20.1 and 20.0: the reader sees the difference
    (20.05, 20.049999999999997, [1, 1]),  # float noise of a sum is no difference
    (81.25, 81.2, [1, 2]),     # 81.25 is shown 81.3 (half away from zero), 81.2 is 81.2
])
def test_ranks_compare_the_scores_the_reports_show(tmp_path, first, second, ranks):
    rows = [("a", "rss-feed", "content", "pass", "", first / 100),
            ("b", "rss-feed", "content", "pass", "", second / 100)]
    _, scores = score_results(frame(rows), panel(["a", "b"]), methodology(tmp_path, ""))
    by_id = scores.set_index("target_id")
    assert by_id.loc["a", "overall"] == pytest.approx(first)  # scores.csv stays unrounded
    assert list(by_id["rank"]) == ranks


def test_resolution_of_the_methodology_is_declared_in_the_file(tmp_path):
    rows = [("a", "rss-feed", "content", "pass", "", 0.204),
            ("b", "rss-feed", "content", "pass", "", 0.196)]
    _, scores = score_results(frame(rows), panel(["a", "b"]),
                              methodology(tmp_path, "[methodology]\nresolution = 1\n"))
    assert list(scores["rank"]) == [1, 1]  # 20.4 and 19.6 both round to 20 points


def test_percentile_on_rounded_values_within_each_kind(tmp_path):
    text = ("[criteria]\nsocial-audience = { weight = 1, curve = 'percentile', "
            "within = 'kind', resolution = 1000 }\n")
    audiences = {"a": "10400", "b": "9600", "c": "2000", "n1": "50", "n2": "70000"}
    rows = [(tid, "social-audience", "social", "pass", value, 0.5)
            for tid, value in audiences.items()]
    kinds = ["company", "company", "company", "ngo", "ngo"]
    _, scores = score_results(frame(rows), panel(list(audiences), kinds),
                              methodology(tmp_path, text))
    by_id = scores.set_index("target_id")
    # companies: a and b both round to 10,000 -> average rank 2.5 of 3 -> (2.5-1)/(3-1) = 0.75;
    # c is lowest -> 0. NGOs are ranked among themselves: n1 0, n2 1.
    assert list(by_id.loc[["a", "b", "c"], "social"]) == [75.0, 75.0, 0.0]
    assert list(by_id.loc[["n1", "n2"], "social"]) == [0.0, 100.0]
