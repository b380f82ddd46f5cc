"""`benchmark explain`: the whole computation of one organisation, written out line by line."""

import io
from pathlib import Path

import pandas as pd
import pytest

from scoring import load_methodology, score_results
from scoring.explain import explain

# services weighs 2, social 0; an ngo profile doubles tech and lowers https to 1;
# donation is informational (0); footprint is the product of two factors.
METHOD = """[methodology]
name = "study"
version = "2"
[dimensions]
social = 0
services = 2
[criteria]
https = 3
donation = 0
[footprint]
combine = "product"
factors = ["social-presence", "social-audience"]
[profiles.ngo]
dimensions = { tech = 2 }
criteria = { https = 1 }
"""
CATALOGUE = {"rss-feed": "content", "blog": "social", "https": "tech", "load-time": "tech",
             "donation": "services", "site-search": "services",
             "social-presence": "footprint", "social-audience": "footprint",
             "social-activity": "footprint"}
ROWS = [("n", "rss-feed", "content", "pass", "true", "1.0"),
        ("n", "blog", "social", "fail", "false", "0.0"),
        ("n", "https", "tech", "pass", "true", "1.0"),
        ("n", "load-time", "tech", "fail", "5200", "0.25"),
        ("n", "donation", "services", "pass", "true", "1.0"),
        ("n", "site-search", "services", "unknown", "", ""),
        ("n", "social-presence", "footprint", "pass", "3", "0.75"),
        ("n", "social-audience", "footprint", "pass", "900", "0.4"),
        ("n", "social-activity", "footprint", "fail", "0", "0.0"),
        ("u", "rss-feed", "content", "pass", "true", "1.0")]
MEAN = "{d} = 100 × Σ wᵢ·sᵢ / Σ wᵢ over the {d} criteria that apply and were measured"
PRODUCT = ("footprint = 100 × social-presence × social-audience (unweighted product of the "
           "factors' scores; a factor not measured is left out)")
RANKING = ("rank = 1 + the number of organisations whose overall score, rounded half away "
           "from zero to 0.1, is higher; equal rounded scores share a rank; sites that could "
           "not be crawled are not ranked")
NOT_COUNTED = [
    "weight without effect: blog: dimension social has weight 0",
    "weight without effect: donation: weight 0 (informational)",
    "weight without effect: social-activity: footprint is the product of its factors; this "
    "criterion is not one"]


def as_read_back(frame: pd.DataFrame) -> pd.DataFrame:
    """What the explain command reads: the run's CSV, every cell as text."""
    buffer = io.StringIO()
    frame.to_csv(buffer, index=False)
    buffer.seek(0)
    return pd.read_csv(buffer, dtype=str, keep_default_na=False)


@pytest.fixture
def run(tmp_path: Path):
    path = tmp_path / "m.toml"
    path.write_text(METHOD, encoding="utf-8")
    method = load_methodology(path, CATALOGUE)
    frame = pd.DataFrame(ROWS, columns=["target_id", "criterion_id", "dimension", "status",
                                        "value", "criterion_score"])
    panel = pd.DataFrame({"target_id": ["n", "u"], "name": ["Nature Fund", "Unreachable"],
                          "kind": ["ngo", "company"], "status": ["ok", "unreachable"],
                          "crawl_date": ["2026-11-21T10:00:00+00:00"] * 2})
    scored, scores = score_results(frame, panel, method)
    return as_read_back(scored), as_read_back(scores), method


def row(cid: str, status: str, value: str, weight: str, score: str, note: str = "") -> str:
    return f"  {cid:<22} {status:<15} value={value:<24} weight={weight:<4} score={score}{note}"


def test_every_criterion_dimension_and_the_overall_are_written_out(run):
    scored, scores, method = run
    text = explain(scored, scores, method.to_record(), "n")
    expected = [
        "Nature Fund (n, ngo) — crawl status: ok",
        f"methodology: study 2 — {method.path} (sha256 {method.sha256[:12]}…), "
        "missing = exclude",
        "profile ngo: weights replaced: dimensions {'tech': 2.0}, criteria {'https': 1.0}",
        "",
        "content (dimension weight 1.0): 100.0",
        "  " + MEAN.format(d="content"),
        row("rss-feed", "pass", "true", "1.0", "100.0"),
        "  = 100 × Σ(w·s)/Σw = 100 × 1.000 / 1.000",
        "",
        "social (dimension weight 0.0): 0.0",
        "  " + MEAN.format(d="social"),
        row("blog", "fail", "false", "1.0", "0.0",
            "   (not counted: dimension social has weight 0)"),
        "  = 100 × Σ(w·s)/Σw = 100 × 0.000 / 1.000",
        "",
        "services (dimension weight 2.0): –",  # donation weighs 0, site-search unknown
        "  " + MEAN.format(d="services"),
        row("donation", "pass", "true", "0.0", "100.0",
            "   (not counted: weight 0 (informational))"),
        row("site-search", "unknown", "", "1.0", "–", "   (not counted)"),
        "",
        "tech (dimension weight 2.0): 62.5",  # the ngo profile: tech 2, https 1
        "  " + MEAN.format(d="tech"),
        row("https", "pass", "true", "1.0", "100.0"),
        row("load-time", "fail", "5200", "1.0", "25.0"),
        "  = 100 × Σ(w·s)/Σw = 100 × 1.250 / 2.000",  # 1 × 1 + 1 × 0.25 over 1 + 1
        "",
        "footprint (dimension weight 1.0): 30.0",  # 100 × 0.75 × 0.4
        "  " + PRODUCT,
        row("social-presence", "pass", "3", "1.0", "75.0"),
        row("social-audience", "pass", "900", "1.0", "40.0"),
        row("social-activity", "fail", "0", "1.0", "0.0", "   (not counted: footprint is the "
            "product of its factors; this criterion is not one)"),
        "  = 100 × 0.750 × 0.400",
        "",
        "overall = Σ W·D / Σ W over the dimensions D that have a score",
        # (1 × 100 + 2 × 62.5 + 1 × 30) / (1 + 2 + 1) = 255 / 4 = 63.75, shown 63.8
        "overall = 63.8; rank 1 among organisations",
        RANKING,
        *NOT_COUNTED]
    assert text.splitlines() == expected
    assert text.endswith("\n")


def test_an_unranked_site_says_so_and_a_product_without_factors_too(run):
    scored, scores, method = run
    text = explain(scored, scores, method.to_record(), "u")
    lines = text.splitlines()
    assert lines[:3] == ["Unreachable (u, company) — crawl status: unreachable",
                         f"methodology: study 2 — {method.path} (sha256 "
                         f"{method.sha256[:12]}…), missing = exclude", ""]
    assert "profile" not in text  # no company profile: the file's own weights
    assert "tech (dimension weight 1.0): –" in lines
    assert lines[lines.index("footprint (dimension weight 1.0): –") + 2] == \
        "  = 100 × (no factor measured)"
    assert "overall = –; rank — (not ranked)" in lines


def test_a_run_scored_before_formulas_were_recorded_still_explains(run):
    scored, scores, _ = run
    text = explain(scored, scores, {"dimensions": {"tech": 2}}, "u")
    assert text.splitlines()[1] == "methodology: ? — ? (sha256 …), missing = exclude"
    assert "tech (dimension weight 2): –" in text
    assert "  content = 100 × Σ wᵢ·sᵢ / Σ wᵢ" in text  # the mean, stated
    assert text.endswith("overall = weighted mean of the dimensions\n"
                         "overall = –; rank — (not ranked)\n")


def test_an_unknown_organisation_lists_the_known_ones(run):
    scored, scores, method = run
    with pytest.raises(KeyError) as error:
        explain(scored, scores, method.to_record(), "x")
    assert error.value.args[0] == "no target 'x' in scores.csv (known: n, u)"
