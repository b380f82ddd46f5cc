"""One rounding rule everywhere: half away from zero, on the decimal the CSV wrote."""

import pandas as pd
import pytest

from reports.text import score_text as report_score_text
from scoring.explain import explain
from scoring.rounding import number_text, round_half_away, score_text


@pytest.mark.parametrize(("value", "text"), [
    (81.25, "81.3"),    # the half goes up, not to the even 81.2
    (0.05, "0.1"),      # binary 0.05000000000000000277 and 0.05 agree
    (2.675, "2.7"),
    (-0.05, "-0.1"),    # away from zero, not towards +infinity
    (-0.04, "0.0"),     # no "-0.0"
    (55.55, "55.6"),    # binary 55.549999... would round down; the written 55.55 does not
    (100.0, "100.0"),
    (20.049999999999997, "20.1"),  # float noise of a sum is removed before rounding
    (None, "–"),
    (float("nan"), "–"),
])
def test_one_decimal_half_away_from_zero(value, text):
    assert score_text(value) == text
    assert report_score_text(value) == text  # the reports use the same function


def test_the_written_decimal_is_rounded_not_the_binary_float():
    # 2.675 is stored as 2.67499999999999982236431605997495353221893310546875
    assert round(2.675, 2) == 2.67  # Python's round() works on the binary value
    assert number_text(2.675, 0.01) == "2.68"
    assert round_half_away(1250, 100) == 1300 and round_half_away(-1250, 100) == -1300
    assert round_half_away(0.35, 0.1) == 0.4 and number_text(7, 1) == "7"


def test_explain_rounds_like_the_reports():
    scores = pd.DataFrame([{"target_id": "a", "name": "A", "kind": "company", "status": "ok",
                            "overall": "81.25", "content": "81.25", "social": "",
                            "services": "", "tech": "", "footprint": "", "rank": "1"}])
    results = pd.DataFrame(columns=["target_id", "criterion_id", "dimension", "status",
                                    "value", "score", "weight"])
    text = explain(results, scores, {}, "a")
    assert "content (dimension weight 1.0): 81.3" in text
    assert "81.2" not in text
