"""One formula, stated everywhere: explain, the Excel sheet and the HTML print the same text."""

import json
from pathlib import Path

from click.testing import CliRunner
from openpyxl import load_workbook
from test_reports_fixture import make_run

from benchmark.cli import main
from benchmark.criteria import catalogue_records

# Since methodology 2026.2 the default footprint is the per-platform social-footprint (it was
# 100 × social-presence × social-audience × social-activity).
FOOTPRINT = ("footprint = 100 × social-footprint "
             "(unweighted product of the factors' scores; a factor not measured is left out)")
SOCIAL = ("social-footprint = min(1, Σ v / 2) over the platforms whose v is known; v = presence "
          "× level × activity per platform, clamped to 0-1")
BACKLINKS = "footprint is the product of its factors; this criterion is not one"


def scored_run(tmp_path: Path) -> Path:
    """The report fixture re-scored by `benchmark score` with the default methodology."""
    run = make_run(tmp_path)
    (run / "criteria.json").write_text(json.dumps(catalogue_records()), encoding="utf-8")
    result = CliRunner().invoke(main, ["score", str(run)])
    assert result.exit_code == 0, result.output
    # alpha is an NGO: content 100, services 100, tech 0 (social, footprint unmeasured),
    # weighted by the default ngo profile 1, 1.5, 0.75: 250 / 3.25 = 76.923...
    assert "76.9" in result.output and "76.92" not in result.output  # the rounding rule
    assert CliRunner().invoke(main, ["report", str(run), "--no-pdf"]).exit_code == 0
    return run


def test_explain_excel_and_html_print_the_same_footprint_formula(tmp_path):
    run = scored_run(tmp_path)
    explained = CliRunner().invoke(main, ["explain", str(run), "alpha"]).output
    html = (run / "benchmark.html").read_text(encoding="utf-8")
    html = html[html.index('id="methodology"'):].replace("&#39;", "'")
    sheet = load_workbook(run / "benchmark.xlsx")["Methodology"]
    cells = {cell.value for row in sheet.iter_rows() for cell in row}
    for text in (FOOTPRINT, BACKLINKS):
        assert text in explained and text in html and text in cells, text
    # social-footprint's formula is its criterion's formula in both reports
    assert SOCIAL in html and any(SOCIAL in str(cell) for cell in cells)
    # alpha is an NGO: the default ngo profile's weights are named and used
    assert "profile ngo: weights replaced" in explained
    assert "services (dimension weight 1.5): 100.0" in explained
    # the false claim the reports used to make about every dimension is gone
    assert "weighted mean of its applicable criteria" not in html


def test_the_formulas_follow_the_methodology_file(tmp_path):
    run = make_run(tmp_path)
    (run / "criteria.json").write_text(json.dumps(catalogue_records()), encoding="utf-8")
    weights = tmp_path / "mine.toml"
    weights.write_text('extends = "default"\n[footprint]\ncombine = "mean"\n'
                       '[methodology]\noverall = "geometric"\n', encoding="utf-8")
    assert CliRunner().invoke(main, ["score", str(run), "--weights", str(weights)]).exit_code == 0
    explained = CliRunner().invoke(main, ["explain", str(run), "alpha"]).output
    assert ("footprint = 100 × Σ wᵢ·sᵢ / Σ wᵢ over the footprint criteria that apply and "
            "were measured") in explained
    assert "overall = (Π D^W)^(1 / Σ W) over the dimensions D that have a score" in explained
    assert BACKLINKS not in explained  # under a mean its weight counts
    record = json.loads((run / "run.json").read_text(encoding="utf-8"))["methodology"]
    assert record["sources"][-1] == str(weights) and record["overall"] == "geometric"
