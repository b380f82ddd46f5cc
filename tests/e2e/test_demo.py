"""The bundled demo panel through the CLI, in the real browser, offline: every archetype."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from excel_formulas import is_whatif_formula

pytestmark = pytest.mark.browser
# The crawl's day: the demo's items are dated relative to it, and on this day they carry the
# dates benchmark/demo/README.md lists (test_demo_dates.py checks that any day tells the same).
REFERENCE_DAY = "2026-11-21"
BLOCK_BROWSER = "import sys; sys.modules['playwright'] = None; from benchmark.cli import main; "


def cli(*args: str, python_prefix: str = "") -> subprocess.CompletedProcess:
    code = python_prefix + "from benchmark.cli import main; main()" if not python_prefix \
        else python_prefix + "main()"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          timeout=600, env={**os.environ, "BENCHMARK_TODAY": REFERENCE_DAY})


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("demo") / "run"
    done = cli("demo", "--out", str(out), "--quiet")
    # The panel has one unreachable organisation: finished, but some targets failed.
    assert done.returncode == 2, done.stderr
    assert "ghost" in done.stderr
    crawled = pd.read_json(out / "run.json", typ="series")["targets"]
    assert {info["crawled_at"][:10] for info in crawled.values()} == {REFERENCE_DAY}
    return out


@pytest.fixture(scope="module")
def results(demo_run: Path) -> pd.DataFrame:
    return pd.read_csv(demo_run / "results.csv", dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def scores(demo_run: Path) -> pd.DataFrame:
    return pd.read_csv(demo_run / "scores.csv", dtype=str, keep_default_na=False)


def verdict(results: pd.DataFrame, target: str, criterion: str) -> pd.Series:
    row = results[(results.target_id == target) & (results.criterion_id == criterion)]
    assert len(row) == 1, f"{target}/{criterion}"
    return row.iloc[0]


def test_every_target_and_criterion_has_a_row(results: pd.DataFrame, demo_run: Path):
    criteria = pd.read_json(demo_run / "criteria.json")
    assert set(results.target_id) == {"flashback", "novatech", "enfance", "cci", "lumen",
                                      "ghost", "morel", "delaunay", "arnaud", "amis-enfance"}
    assert len(results) == 10 * len(criteria)
    assert set(results.status) <= {"pass", "fail", "not_applicable", "unknown", "error"}
    assert not (results.status == "error").any(), results[results.status == "error"]


def test_2008_site_has_flash_with_the_object_as_evidence(results: pd.DataFrame):
    flash = verdict(results, "flashback", "flash-content")
    assert (flash.status, flash.value) == ("fail", "true")
    assert "swf" in flash.evidence.lower() or "d27cdb6e" in flash.evidence.lower()
    assert flash.evidence_url.startswith("http://www.flashback-industries.example/")
    assert verdict(results, "flashback", "https").value == "false"
    assert verdict(results, "flashback", "mobile-viewport").value == "false"
    assert verdict(results, "flashback", "social-links").status == "fail"
    assert verdict(results, "flashback", "content-freshness").value == "2010-01-27"
    assert verdict(results, "novatech", "flash-content").value == "false"


def test_modern_listed_company(results: pd.DataFrame):
    for criterion in ("investors-section", "csr-section", "press-room", "share-buttons",
                      "open-graph", "structured-data", "rss-feed", "site-search",
                      "contact-form", "newsletter-signup", "job-applications", "https",
                      "social-embeds"):
        row = verdict(results, "novatech", criterion)
        assert (row.status, row.value) == ("pass", "true"), criterion
        assert row.evidence_url.startswith("https://"), criterion
    assert verdict(results, "novatech", "social-links").value == "linkedin;x;youtube"
    assert verdict(results, "novatech", "content-freshness").value == "2026-11-05"
    assert int(verdict(results, "novatech", "languages").value) >= 2
    assert verdict(results, "novatech", "donation").status == "not_applicable"


def test_ngo_with_donation_and_newsletter(results: pd.DataFrame):
    for criterion in ("donation", "newsletter-signup", "contact-form"):
        assert verdict(results, "enfance", criterion).value == "true", criterion
    assert verdict(results, "enfance", "investors-section").status == "not_applicable"
    assert verdict(results, "enfance", "social-links").value == "facebook;instagram;linkedin"
    assert verdict(results, "enfance", "share-buttons").value == "false"


def test_chamber_of_commerce_services(results: pd.DataFrame):
    for criterion in ("site-search", "login-area", "live-chat", "contact-form"):
        assert verdict(results, "cci", criterion).value == "true", criterion
    assert verdict(results, "cci", "newsletter-signup").value == "false"
    assert verdict(results, "cci", "donation").status == "not_applicable"


def test_javascript_only_site_is_seen_rendered(results: pd.DataFrame):
    assert verdict(results, "lumen", "social-links").value == "linkedin;x"
    assert verdict(results, "lumen", "newsletter-signup").value == "true"
    assert verdict(results, "lumen", "news-section").value == "true"
    assert verdict(results, "lumen", "content-freshness").value == "2026-10-28"


def test_dated_verdicts_tell_the_readme_story_on_the_reference_day(results: pd.DataFrame):
    newest_item = {"flashback": "2010-01-27", "novatech": "2026-11-05", "enfance": "2026-10-21",
                   "lumen": "2026-10-28", "morel": "2026-09-30"}
    for target, day in newest_item.items():
        assert verdict(results, target, "content-freshness").value == day, target
    newest_post = {"novatech": "2026-11-12", "enfance": "2026-10-22", "cci": "2025-12-09",
                   "lumen": "2026-10-30", "ghost": "2021-03-15", "morel": "2026-11-04"}
    for target, day in newest_post.items():
        assert verdict(results, target, "social-activity").value == day, target
    statuses = {(t, c): verdict(results, t, c).status for t in newest_post | newest_item
                for c in ("content-freshness", "publishing-rate", "social-activity")}
    assert {key for key, status in statuses.items() if status == "pass"} == {
        (t, "content-freshness") for t in ("novatech", "enfance", "cci", "lumen", "morel")} | {
        ("novatech", "publishing-rate")} | {
        (t, "social-activity") for t in ("novatech", "enfance", "lumen", "morel")}


def test_old_platforms_and_twitter_links_count(results: pd.DataFrame):
    assert verdict(results, "morel", "social-links").value == "bluesky;linkedin;viadeo;x"


def test_unreachable_target_is_reported_not_zeroed(results: pd.DataFrame,
                                                   scores: pd.DataFrame, demo_run: Path):
    ghost = results[results.target_id == "ghost"]
    site_rows = ghost[ghost.dimension != "footprint"]
    assert set(site_rows.status) <= {"unknown", "not_applicable"}
    assert "ERR_NAME_NOT_RESOLVED" in site_rows[site_rows.status == "unknown"].evidence.iloc[0]
    row = scores.set_index("target_id").loc["ghost"]
    assert row.status == "unreachable" and row.overall == "" and row["rank"] == ""
    # its X account is still audited, site down or not (README: 312 followers, dormant)
    assert verdict(results, "ghost", "social-presence").evidence == "opened: x"
    assert "x 312" in verdict(results, "ghost", "social-audience").evidence
    assert (demo_run / "benchmark.xlsx").exists() and (demo_run / "benchmark.html").exists()


def test_scores_are_ranked_and_the_2008_site_is_last(scores: pd.DataFrame):
    ranked = scores[scores["rank"] != ""].copy()
    ranked["rank"] = ranked["rank"].astype(int)
    assert len(ranked) == 9  # all but ghost (unreachable)
    organisations = ranked[ranked.table == "organisations"]
    assert len(organisations) == 5
    assert organisations.sort_values("rank").iloc[-1].target_id == "flashback"
    assert organisations["rank"].max() == 5
    # People without a website have no site dimension (empty, never 0); the rest have all.
    no_site = ranked.target_id.isin({"delaunay", "arnaud"})
    for column in ("overall", "content", "social", "services", "tech"):
        values = ranked.loc[~no_site | (column == "overall"), column].astype(float)
        assert values.between(0, 100).all(), column
        assert column == "overall" or (ranked.loc[no_site, column] == "").all(), column


def test_footprint_reads_the_bundled_profiles(results: pd.DataFrame):
    assert verdict(results, "novatech", "social-presence").value == "3"
    assert int(verdict(results, "novatech", "social-audience").value) > 1000
    assert verdict(results, "cci", "social-backlinks").value == "false"  # its X bio has no link
    assert verdict(results, "flashback", "social-presence").status == "fail"


def test_social_footprint_is_the_default_footprint(results: pd.DataFrame,
                                                   scores: pd.DataFrame):
    """Computed when scoring from footprint.csv: each account's presence × level × activity,
    summed; the default footprint dimension is 100 × it."""
    novatech = verdict(results, "novatech", "social-footprint")
    assert novatech.status == "pass" and " = 1 × " in novatech.evidence, novatech.evidence
    assert re.search(r"; sum [\d.]+ / 2 = [\d.]+$", novatech.evidence), novatech.evidence
    by_id = scores.set_index("target_id")
    for target in by_id.index:
        row = verdict(results, target, "social-footprint")
        if row.score != "":
            assert float(by_id.loc[target, "footprint"]) == pytest.approx(100 * float(row.score))


def test_workbook_sheets_links_and_formula_safety(demo_run: Path):
    book = openpyxl.load_workbook(demo_run / "benchmark.xlsx")
    # Eight of the ten demo targets are in France: the reports are in French.
    assert {"Classement", "Preuves", "Méthodologie"} <= set(book.sheetnames)
    ranking = book["Classement"]
    assert ranking.freeze_panes == "A2"
    assert ranking.conditional_formatting, "no colour scale on the ranking"
    results_sheet = book["Preuves"]
    links = [c.hyperlink.target for row in results_sheet.iter_rows() for c in row
             if c.hyperlink is not None]
    assert any(link.startswith("https://www.novatech-group.example/") for link in links)
    cells = [c for sheet in book for row in sheet.iter_rows() for c in row
             if isinstance(c.value, str)]
    # The only formulas: the Summary's panel average and median rows over its score cells,
    # and the What-if sheet's live scores (tool-made syntax only).
    formulas = [c for c in cells if c.data_type == "f"]
    assert {c.parent.title for c in formulas} == {"Synthèse", "Simulateur"}
    summary = [c for c in formulas if c.parent.title == "Synthèse"]
    assert {c.row for c in summary} == {3, 4}
    assert all(re.fullmatch(r'=IFERROR\((AVERAGE|MEDIAN)\(([C-H])6:\2[0-9]+\),""\)', c.value)
               for c in summary), "a formula was written"
    assert all(is_whatif_formula(c.value) for c in formulas if c.parent.title == "Simulateur")
    hostile = [c for c in cells if "HYPERLINK" in c.value]
    assert hostile, "the hostile page title did not reach the workbook"
    assert all(c.data_type == "s" and not c.value.startswith("=") for c in hostile)


def test_html_report_is_self_contained_and_escaped(demo_run: Path):
    html = (demo_run / "benchmark.html").read_text(encoding="utf-8")
    assert "NovaTech Group" in html and 'href="orgs/novatech.html"' in html
    # The index's only script is the column sorting, allowed by its hash in the CSP.
    assert html.lower().count("<script") == 1 and "script-src 'sha256-" in html
    scorecards = sorted((demo_run / "orgs").glob("*.html"))
    assert [path.stem for path in scorecards] == sorted(
        ["flashback", "novatech", "enfance", "cci", "lumen", "ghost", "morel", "delaunay",
         "arnaud", "amis-enfance"])
    # People and relays are ranked in tables of their own, after the organisations'.
    people = html.index("Personnes (classées entre elles)")
    relays = html.index("Relais (classés entre eux)")
    assert html.index("orgs/ghost.html") < people < html.index("orgs/delaunay.html") < relays
    assert relays < html.index("orgs/amis-enfance.html")
    novatech = (demo_run / "orgs" / "novatech.html").read_text(encoding="utf-8")
    assert novatech.count("data:image/png;base64,") == 2  # desktop and mobile screenshots
    # Ranks count within the organisation's own table: 5 organisations ranked (ghost is
    # not), the 3 people and 1 relay apart.
    assert "Rang 1 / 5</dd>" in novatech
    delaunay = (demo_run / "orgs" / "delaunay.html").read_text(encoding="utf-8")
    assert "Rang 2 / 3</dd>" in delaunay
    for page in [html] + [path.read_text(encoding="utf-8") for path in scorecards]:
        assert 'src="http' not in page and "<link rel=\"stylesheet\"" not in page
        assert "<script" not in page.lower() or page is html
    assert (demo_run / "benchmark.pdf").read_bytes().startswith(b"%PDF-")


def test_rescoring_with_other_weights_changes_ranking_without_browser(demo_run: Path,
                                                                      tmp_path: Path):
    run = tmp_path / "run"
    shutil.copytree(demo_run, run)
    before = pd.read_csv(run / "scores.csv", dtype=str, keep_default_na=False)
    weights = tmp_path / "chat-only.toml"
    weights.write_text("[dimensions]\ncontent = 0\nsocial = 0\ntech = 0\nfootprint = 0\n"
                       "services = 1\n[methodology]\ndefault_weight = 0\n"
                       "[criteria]\nlive-chat = 1\n", encoding="utf-8")
    done = cli("score", str(run), "--weights", str(weights), python_prefix=BLOCK_BROWSER)
    assert done.returncode == 0, done.stderr
    after = pd.read_csv(run / "scores.csv", dtype=str, keep_default_na=False)
    # People and relays have their own rank 1: the organisations' table is the one compared.
    top = after[(after["rank"] == "1") & (after.table == "organisations")].target_id.tolist()
    assert top == ["cci"]
    assert before[before["rank"] == "1"].target_id.tolist() != ["cci"]
    record = pd.read_json(run / "run.json", typ="series")
    assert record["methodology"]["path"] == str(weights)
    assert "live-chat" in cli("explain", str(run), "cci", python_prefix=BLOCK_BROWSER).stdout


def test_invalid_weights_file_is_refused_with_file_and_key(demo_run: Path, tmp_path: Path):
    weights = tmp_path / "bad.toml"
    weights.write_text("[criteria]\nhttps = 'lots'\n", encoding="utf-8")
    done = cli("score", str(demo_run), "--weights", str(weights))
    assert done.returncode == 1
    assert f"{weights}: [criteria].https: must be a number" in done.stderr


def test_people_have_no_website_and_are_judged_on_their_accounts(results: pd.DataFrame,
                                                                demo_run: Path):
    for person in ("delaunay", "arnaud"):
        snapshot = pd.read_json(demo_run / "snapshots" / person / "snapshot.json",
                                typ="series")
        assert snapshot["pages"] == [] and snapshot["status"] == "ok"  # nothing visited
        assert snapshot["reason"].startswith("no website: a person")
        site = results[(results.target_id == person) & (results.dimension != "footprint")]
        assert set(site.status) == {"not_applicable"}
        assert verdict(results, person, "social-backlinks").status == "not_applicable"
    # README: the CEO on LinkedIn (21,540, 3 days) and X (4,210); the DirCom on X only
    # (640 followers, silent for 200 days).
    assert verdict(results, "delaunay", "social-presence").value == "2"
    assert verdict(results, "delaunay", "social-audience").value == "25750"
    assert verdict(results, "delaunay", "social-activity").value == "2026-11-18"
    assert verdict(results, "arnaud", "social-audience").value == "640"
    assert verdict(results, "arnaud", "social-activity").value == "2026-05-05"
    assert verdict(results, "amis-enfance", "social-audience").value == "312"


def test_people_and_relays_are_ranked_in_their_own_tables(scores: pd.DataFrame):
    table = scores.set_index("target_id")
    assert table["table"].to_dict() == {
        "flashback": "organisations", "novatech": "organisations", "enfance": "organisations",
        "cci": "organisations", "lumen": "organisations", "ghost": "organisations",
        "morel": "people", "delaunay": "people", "arnaud": "people", "amis-enfance": "relays"}
    assert table["rank"].to_dict() == {
        "novatech": "1", "enfance": "2", "lumen": "3", "cci": "4", "flashback": "5",
        "ghost": "", "morel": "1", "delaunay": "2", "arnaud": "3", "amis-enfance": "1"}
    # A person without a website: the footprint is the whole score. Default footprint =
    # 100 × min(1, Σ per account presence × level × activity / 2), level = (log10 followers
    # − 2)/4, activity = posts in 90 days / 12 (scoring/weights.toml):
    # CEO: x 1 × (log10 4210 − 2)/4 × 3/12 = 0.1015; linkedin 1 × (log10 21540 − 2)/4 × 5/12
    #      = 0.2430; 100 × 0.3446 / 2 = 17.23
    # DirCom: x 1 × (log10 640 − 2)/4 × 0/12 = 0 (silent for 200 days): 0
    for person, shown in (("delaunay", "17.2"), ("arnaud", "0.0")):
        assert f"{float(table.loc[person, 'footprint']):.1f}" == shown
        assert table.loc[person, "overall"] == table.loc[person, "footprint"]


def test_extended_footprint_adds_the_ceo_the_dircom_and_the_relay(scores: pd.DataFrame,
                                                                   demo_run: Path):
    table = scores.set_index("target_id")
    parts = pd.read_csv(demo_run / "extended.csv", dtype=str, keep_default_na=False)
    novatech = parts[parts.target_id == "novatech"]
    assert novatech[["member_id", "part", "role", "weight"]].values.tolist() == [
        ["novatech", "own", "", "1.0"], ["delaunay", "person", "ceo", "0.5"],
        ["arnaud", "person", "dircom", "0.5"]]
    # default [footprint] people_weight = relays_weight = 0.5:
    # novatech 48.77 + 0.5 × 17.23 + 0.5 × 0 = 57.39; enfance 10.94 + 0.5 × 1.03 = 11.46
    own, ceo, dircom = (float(table.loc[t, "footprint"]) for t in ("novatech", "delaunay",
                                                                   "arnaud"))
    assert float(table.loc["novatech", "footprint_extended"]) == pytest.approx(
        own + 0.5 * ceo + 0.5 * dircom)
    assert f"{float(table.loc['novatech', 'footprint_extended']):.1f}" == "57.4"
    assert f"{float(table.loc['enfance', 'footprint_extended']):.1f}" == "11.5"
    assert table.loc["lumen", "footprint_extended"] == table.loc["lumen", "footprint"]
    assert table.loc["delaunay", "footprint_extended"] == ""
    explained = cli("explain", str(demo_run), "novatech", python_prefix=BLOCK_BROWSER).stdout
    assert "rank 1 among organisations" in explained
    assert "Marc Delaunay (ceo)" in explained and "footprint_extended = 57.4" in explained


def test_workbook_shows_people_apart_and_the_extended_footprint(demo_run: Path):
    book = openpyxl.load_workbook(demo_run / "benchmark.xlsx")
    ranking = [c.value for row in book["Classement"].iter_rows() for c in row]
    assert "NovaTech Group" in ranking and "Marc Delaunay" not in ranking
    summary = [[c.value for c in row] for row in book["Synthèse"].iter_rows()]
    heads = [i for i, row in enumerate(summary) if row[0] == "Personnes (classées entre elles)"]
    assert len(heads) == 1
    people = [row[:6] for row in summary[heads[0] + 2:heads[0] + 5]]
    assert [(row[0], row[1], row[4], row[5]) for row in people] == [
        (1, "Claire Morel", None, None), (2, "Marc Delaunay", "PDG", "NovaTech Group"),
        (3, "Sophie Arnaud", "Directeur·rice de la communication", "NovaTech Group")]
    assert any(row[0] == "Relais (classés entre eux)" for row in summary)
    extended = [[c.value for c in row] for row in book["Empreinte élargie"].iter_rows()]
    totals = {row[0]: row[6] for row in extended if str(row[1]).startswith("Empreinte élargie")}
    assert {name: f"{value:.1f}" for name, value in totals.items()} == {
        "NovaTech Group": "57.4", "Solidarité Enfance": "11.5"}
