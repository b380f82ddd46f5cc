"""Reading the run folder, label sets and the cell/link safety helpers."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import Workbook
from test_reports_fixture import make_run

from reports.labels import LABELS
from reports.load import RunFolderError, load_run
from reports.safe import inert_text, is_web_url, put
from reports.text import score_text


def shape(tree: object) -> object:
    """The nested keys of a label set, without the words."""
    return {key: shape(value) for key, value in tree.items()} if isinstance(tree, dict) else None


def test_every_language_has_every_label() -> None:
    assert shape(LABELS["fr"]) == shape(LABELS["en"])


def test_run_is_read_in_rank_order(tmp_path: Path) -> None:
    run = load_run(make_run(tmp_path))
    assert [org.id for org in run.organisations] == ["alpha", "evil", "gamma"]
    alpha, _, gamma = run.organisations
    assert alpha.dimensions["services"] == 90 and alpha.final_url == "https://www.alpha.example/"
    assert alpha.screenshot is not None and gamma.screenshot is None
    assert (gamma.rank, gamma.overall, gamma.reason) == (None, None, "DNS lookup failed")
    assert [criterion.weight for criterion in run.criteria] == [1.0, 2.0, 1.0]


def test_screenshot_outside_the_run_folder_is_ignored(tmp_path: Path) -> None:
    run_dir = make_run(tmp_path)
    (tmp_path / "secret.png").write_bytes(b"\x89PNG\r\n\x1a\nsecret")
    (run_dir / "snapshots" / "evil" / "snapshot.json").write_text(
        '{"status": "ok", "shots": {"desktop": "../../../secret.png"}}', encoding="utf-8")
    evil = next(org for org in load_run(run_dir).organisations if org.id == "evil")
    assert evil.screenshot is None


def test_missing_file_is_named(tmp_path: Path) -> None:
    run_dir = make_run(tmp_path)
    (run_dir / "scores.csv").unlink()
    with pytest.raises(RunFolderError, match="scores.csv is missing"):
        load_run(run_dir)


def test_bad_number_names_file_and_row(tmp_path: Path) -> None:
    run_dir = make_run(tmp_path)
    with (run_dir / "results.csv").open("a", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerow(["alpha", "https", "tech", "pass", "", "high", "", "", "", ""])
    with pytest.raises(RunFolderError, match=r"results.csv, row 8: 'high' is not a number"):
        load_run(run_dir)


@pytest.mark.parametrize(("score", "text"), [
    (None, "–"), (55.55, "55.6"), (81.2345, "81.2"), (100.0, "100.0"), (0.04, "0.0"),
])
def test_scores_are_rounded_for_display_only(score: float | None, text: str) -> None:
    assert score_text(score) == text


@pytest.mark.parametrize(("url", "is_link"), [
    ("https://example.org/a?b=1", True), ("HTTP://example.org", True),
    ("javascript:alert(1)", False), ("data:text/html,x", False), ("//example.org", False),
    ("https://", False), ("java\tscript:alert(1)", False), (" https://example.org", False),
    ("", False), ('=HYPERLINK("http://evil","x")', False),
])
def test_only_absolute_web_urls_are_links(url: str, is_link: bool) -> None:
    assert is_web_url(url) is is_link


@pytest.mark.parametrize(("text", "stored"), [
    ("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@A1", "'@A1"), ("\t=1", "'\t=1"),
    ("\r=1", "'\r=1"), ("plain", "plain"), ("a=b", "a=b"), ("bell\x07", "bell"),
    # Control characters are stripped first: what is left must still be checked.
    ("\x00=1+1", "'=1+1"), ("\x07\x08@SUM(A1)", "'@SUM(A1)"), ("\x1b-2", "'-2"),
])
def test_inert_text(text: str, stored: str) -> None:
    assert inert_text(text) == stored


def test_put_forces_text_for_formula_and_error_lookalikes() -> None:
    ws = Workbook().active
    assert put(ws, 1, 1, "#DIV/0!").data_type == "s"
    assert put(ws, 1, 2, "=SUM(A1)").value == "'=SUM(A1)"
    assert put(ws, 1, 3, 81.2345, "0.0").value == 81.2345
    assert put(ws, 1, 4, "x" * 40_000).value == "x" * 32_767
