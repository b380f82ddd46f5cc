"""The HTML index and scorecards: analyses shown, file names, CSP, evidence, units, logo,
radar, size at 1,000 organisations, and `report` leaving run.json alone."""

from __future__ import annotations

import base64
import csv
import hashlib
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_reports_fixture import make_run, tiny_png

from benchmark.cli import main
from reports import LogoError, write_reports
from reports.analyses import load_analyses
from reports.evidence import reader_text
from reports.html import print_text
from reports.html_context import org_file, shared_context
from reports.labels import labels_for
from reports.load import load_run
from reports.radar import radar


def write_csv(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)


def with_analyses(run: Path) -> Path:
    """Add what the score stage and `compare` write beside scores.csv."""
    write_csv(run / "whatif.csv", [
        ["target_id", "criterion_id", "gain_points", "rank_now", "rank_then"],
        ["evil", "about-section", "2.05", "2", "1"]])
    write_csv(run / "panel.csv", [
        ["criterion_id", "dimension", "group_by", "group", "measured", "passed",
         "pass_rate", "adoption", "mean_score", "discriminates", "redundant_with"],
        ["about-section", "content", "panel", "panel", "2", "1", "0.5", "0.5", "0.5",
         "True", ""],
        ["about-section", "content", "kind", "ngo", "1", "1", "1.0", "1.0", "1.0", "False",
         ""]])
    write_csv(run / "swaps.csv", [["target_a", "target_b", "rank_a", "rank_b", "swap_share"],
                                  ["alpha", "evil", "1", "2", "0.259"]])
    write_csv(run / "sensitivity.csv", [
        ["factor", "kind", "first_order", "first_order_conf", "total", "total_conf"],
        ["weight:tech", "dimension weight", "0.1", "0.01", "0.4", "0.02"]])
    write_csv(run / "comparison.csv", [
        ["target_id", "name", "presence", "rank_a", "rank_b", "rank_change", "overall_a",
         "overall_b", "overall_change", "criteria_changed", "changes"],
        ["alpha", "Alpha", "both", "2", "1", "1", "70", "81.2345", "11.2345", "1",
         "https (pass → fail)"],
        ["evil", "Evil", "added", "", "2", "", "", "55.55", "", "0", ""]])
    scores = (run / "scores.csv").read_text(encoding="utf-8").splitlines()
    scores[0] += ",rank_p5,rank_median,rank_p95,stability"
    scores[1:] = [line + (",1,1,2,fragile" if line.startswith("alpha") else
                          ",2,2,2,stable" if line.startswith("evil") else ",,,,")
                  for line in scores[1:]]
    (run / "scores.csv").write_text("\n".join(scores) + "\n", encoding="utf-8")
    return run


@pytest.fixture
def run(tmp_path: Path) -> Path:
    return with_analyses(make_run(tmp_path))


def index_of(run: Path, **options) -> str:
    write_reports(run, **options)
    return (run / "benchmark.html").read_text(encoding="utf-8")


def test_index_shows_robustness_panel_and_comparison(run: Path) -> None:
    index = index_of(run)
    ranking = index[index.index('id="ranking"'):index.index('id="robustness"')]
    alpha = ranking[ranking.index("Alpha"):ranking.index("</tr>", ranking.index("Alpha"))]
    assert '<td class="num">1–2</td><td>Fragile</td><td class="num">+1</td>' in alpha
    evil = ranking[ranking.index("HYPERLINK"):]
    assert "<td>Stable</td><td class=\"num\">new in this run</td>" in evil
    robustness = index[index.index('id="robustness"'):index.index('id="panel"')]
    # swap_share 0.259: 25.9 % shown as a whole percent, the English way (French: "26 %")
    assert "26%" in robustness
    assert "Weight: Tech" in robustness and "40%" in robustness  # total index 0.4
    panel = index[index.index('id="panel"'):index.index('id="comparison"')]
    # Only the whole-panel row: 2 measured, 50 % passed, 50 % have it, separates: yes.
    assert ('<td>Has an about section</td><td>Content</td><td class="num">2</td>'
            '<td class="num">50%</td><td class="num">50%</td><td>Yes</td>') in panel
    assert panel.count("Has an about section") == 1
    comparison = index[index.index('id="comparison"'):index.index('id="methodology"')]
    assert "+11.2" in comparison and "https (pass → fail)" in comparison


def test_index_without_analyses_files_has_no_empty_sections(tmp_path: Path) -> None:
    index = index_of(make_run(tmp_path))
    for section in ('id="robustness"', 'id="panel"', 'id="comparison"'):
        assert section not in index


def test_scorecard_shows_gains_strengths_radar_and_units(run: Path) -> None:
    write_reports(run)
    evil = (run / "orgs" / "evil.html").read_text(encoding="utf-8")
    assert "Has an about section: +2.1 points, rank 2 → 1" in evil  # 2.05 rounds half up
    alpha = (run / "orgs" / "alpha.html").read_text(encoding="utf-8")
    strengths = alpha[alpha.index("Strengths"):alpha.index("What would move it up")]
    # Passed criteria, heaviest first: about-section (1) then donation (1); https failed.
    assert strengths.index("Has an about section") < strengths.index("Accepts donations")
    assert "HTTPS" not in strengths
    assert alpha.count('<svg class="radar"') == 1 and 'class="shape"' in alpha
    assert 'content="default-src \'none\'' in alpha and "script-src 'none'" in alpha
    assert '<a href="../benchmark.html">' in alpha


def test_index_script_is_allowed_by_its_hash_only(run: Path) -> None:
    index = index_of(run)
    [script] = re.findall(r"<script>(.*?)</script>", index, flags=re.S)
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', index)[1]
    assert f"script-src 'sha256-{digest}'" in csp
    assert "unsafe-inline" not in csp.split("script-src")[1]
    assert "default-src 'none'" in csp and "img-src data:" in csp


def test_scorecard_file_names_cannot_escape_the_folder() -> None:
    assert org_file("novatech") == "novatech.html"
    assert org_file("org-00001_b") == "org-00001_b.html"
    for hostile in ("../run", "a/b", "..", "", "Évian", ".hidden", "x" * 200):
        name = org_file(hostile)
        assert re.fullmatch(r"_[0-9a-f]{24}\.html", name), hostile
    assert org_file("a/b") != org_file("a_b")


def test_stale_scorecards_are_removed(run: Path) -> None:
    (run / "orgs").mkdir()
    (run / "orgs" / "removed.html").write_text("old", encoding="utf-8")
    write_reports(run)
    assert sorted(p.name for p in (run / "orgs").iterdir()) == [
        "alpha.html", "evil.html", "gamma.html"]


def test_evidence_is_reader_text() -> None:
    assert reader_text('form.contact-form: message field with email or name <form '
                       'class="contact-form" action="/contact/send" method="post">') \
        == "message field with email or name"
    assert reader_text('16 days old: <time datetime="2026-11-05"> 5 November 2026') \
        == "16 days old: 5 November 2026"
    assert reader_text("1 error(s): Failed to load resource: net::ERR_NAME_NOT_RESOLVED") \
        == "1 error(s): Failed to load resource: the domain name does not resolve"
    assert reader_text('<object classid="clsid:D27" codebase="http://x/swf…" title="F…') == ""
    assert reader_text("x < 3 and y > 2") == "x < 3 and y > 2"  # not markup


def test_evidence_markup_stays_available_escaped(run: Path) -> None:
    with (run / "results.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    rows[3][8] = 'gift field <form class="don" action="/give">'  # alpha's donation evidence
    write_csv(run / "results.csv", rows)
    write_reports(run)
    alpha = (run / "orgs" / "alpha.html").read_text(encoding="utf-8")
    assert '<div class="snippet">gift field</div>' in alpha
    assert "<code>gift field &lt;form class=&#34;don&#34; action=&#34;/give&#34;&gt;</code>" \
        in alpha


def test_values_carry_their_unit(run: Path) -> None:
    results = (run / "results.csv").read_text(encoding="utf-8")
    (run / "results.csv").write_text(results.replace(
        "alpha,about-section,content,pass,true", "alpha,about-section,content,pass,214"),
        encoding="utf-8")
    criteria = json.loads((run / "criteria.json").read_text(encoding="utf-8"))
    criteria[0]["id"] = "content-volume"  # the unit is the criterion's (labels_excel)
    (run / "criteria.json").write_text(json.dumps(criteria), encoding="utf-8")
    results = (run / "results.csv").read_text(encoding="utf-8")
    (run / "results.csv").write_text(results.replace("about-section", "content-volume"),
                                     encoding="utf-8")
    write_reports(run)
    assert "<td>214 words</td>" in (run / "orgs" / "alpha.html").read_text(encoding="utf-8")
    write_reports(run, lang="fr")
    assert "<td>214 mots</td>" in (run / "orgs" / "alpha.html").read_text(encoding="utf-8")


def test_radar_geometry() -> None:
    drawn = radar({"content": 100.0, "social": None, "services": 0.0, "tech": 50.0,
                   "footprint": 100.0})
    # First spoke straight up from the centre (200, 125), radius 85: (200, 40).
    assert drawn.shape.split()[0] == "200.0,40.0"
    assert drawn.shape.split()[1] == "200.0,125.0"  # no score: at the centre
    assert drawn.axes[0].anchor == "middle" and drawn.axes[1].anchor == "start"
    assert len(drawn.rings) == 4


def test_logo_is_embedded_and_checked(run: Path, tmp_path: Path) -> None:
    logo = tmp_path / "logo.bin"
    logo.write_bytes(tiny_png())
    index = index_of(run, logo=logo)
    uri = "data:image/png;base64," + base64.b64encode(tiny_png()).decode()
    assert f'<img class="logo" src="{uri}"' in index
    assert f'src="{uri}"' in (run / "orgs" / "gamma.html").read_text(encoding="utf-8")
    svg = tmp_path / "logo.svg"
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    with pytest.raises(LogoError, match="not a PNG, JPEG, GIF or WebP"):
        write_reports(run, logo=svg)
    big = tmp_path / "big.png"
    big.write_bytes(tiny_png() + b"\0" * 600_000)
    with pytest.raises(LogoError, match="more than the 524,288 allowed"):
        write_reports(run, logo=big)


def test_print_document_pages_and_failures(run: Path) -> None:
    labels = labels_for("en")
    loaded = load_run(run)
    text = print_text(shared_context(loaded, labels, "en", "Client", None,
                                     load_analyses(run)))
    assert text.index('class="cover"') < text.index('id="ranking"') < text.index(
        'id="org-alpha.html"') < text.index('id="org-evil.html"') < text.index(
        'id="failed"') < text.index('id="methodology"')
    assert 'id="org-gamma.html"' not in text  # unreachable: on the failures page only
    failed = text[text.index('id="failed"'):text.index('id="methodology"')]
    assert "Gamma Org" in failed and "Unreachable: DNS lookup failed" in failed
    assert "<script" not in text and "script-src 'none'" in text


def big_run(root: Path, count: int) -> Path:
    """A run of `count` scored organisations with three verdicts each (sizes, not scores)."""
    run = make_run(root)
    header = ["target_id", "name", "kind", "status", "overall", "content", "social",
              "services", "tech", "footprint", "rank", "rank_p5", "rank_median", "rank_p95",
              "stability"]
    write_csv(run / "scores.csv", [header] + [
        [f"org-{i:05d}", f"Organisation {i:05d}", "company", "ok", f"{90 - i * 0.05:.4f}",
         "80.5", "70.25", "60", "50.125", "40", str(i + 1), str(max(1, i - 2)), str(i + 1),
         str(i + 3), "fragile"] for i in range(count)])
    results = (run / "results.csv").read_text(encoding="utf-8").splitlines()
    alpha = [line for line in results[1:] if line.startswith("alpha,")]
    lines = [results[0]] + [line.replace("alpha,", f"org-{i:05d},", 1)
                            for i in range(count) for line in alpha]
    (run / "results.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return run


def test_index_of_1000_organisations_is_small(tmp_path: Path) -> None:
    run = big_run(tmp_path, 1000)
    write_reports(run)
    assert (run / "benchmark.html").stat().st_size < 2_000_000
    assert len(list((run / "orgs").iterdir())) == 1000


def test_large_panel_prints_an_index_only_pdf(tmp_path: Path) -> None:
    run = big_run(tmp_path, 201)  # above the 200 organisations printed one by one
    loaded = load_run(run)
    text = print_text(shared_context(loaded, labels_for("en"), "en", "", None,
                                     load_analyses(run)))
    assert 'class="org' not in text
    assert "The panel has 201 organisations: this document holds the ranking" in text


def test_report_command_leaves_run_json_alone(run: Path, tmp_path: Path) -> None:
    before = (run / "run.json").read_bytes()
    logo = tmp_path / "logo.png"
    logo.write_bytes(tiny_png())
    done = CliRunner().invoke(main, ["report", str(run), "--no-pdf", "--logo", str(logo)])
    assert done.exit_code == 0, done.output
    assert (run / "run.json").read_bytes() == before  # updated_at and stages untouched
    assert f"wrote {run / 'orgs'}" in done.output and "benchmark.pdf" not in done.output


def test_report_command_refuses_a_bad_logo(run: Path, tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_text("<html>not an image</html>")
    done = CliRunner().invoke(main, ["report", str(run), "--no-pdf", "--logo", str(logo)])
    assert done.exit_code == 1
    assert "not a PNG, JPEG, GIF or WebP image" in done.output


def test_french_pages_hold_no_english_string_of_the_html_block(run: Path) -> None:
    from reports.labels import LABELS

    def strings(value) -> list[str]:
        if isinstance(value, dict):
            return [text for item in value.values() for text in strings(item)]
        if isinstance(value, list):
            return [text for item in value for text in strings(item)]
        return [value]

    english, french = strings(LABELS["en"]["html"]), set(strings(LABELS["fr"]["html"]))
    write_reports(run, lang="fr")
    pages = [(run / "benchmark.html").read_text(encoding="utf-8")] + [
        path.read_text(encoding="utf-8") for path in (run / "orgs").iterdir()]
    for text in english:
        if text in french:  # the same word in both languages (Logo, Mobile, Stable...)
            continue
        # Braces are filled in ("+{points} points"): check the words before the first one.
        words = text.split("{")[0].strip()
        if len(words) > 3:
            assert not any(words in page for page in pages), words
    assert "Retour au classement" in pages[1] and "Robustesse du classement" in pages[0]


def test_report_without_a_browser_says_how_to_skip_the_pdf(run: Path, monkeypatch) -> None:
    monkeypatch.setenv("BENCHMARK_CHROMIUM", str(run / "no-such-chromium"))
    done = CliRunner().invoke(main, ["report", str(run)])
    assert done.exit_code == 1
    assert "is not an executable file" in done.output and "--no-pdf" in done.output
    assert (run / "benchmark.html").exists() and not (run / "benchmark.pdf").exists()
