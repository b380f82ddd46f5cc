"""The thin CLI commands that need no browser: criteria, accuracy, score errors."""

from pathlib import Path

from click.testing import CliRunner

from benchmark.cli import main

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"


def test_criteria_catalogue_in_markdown_and_csv():
    markdown = CliRunner().invoke(main, ["criteria"])
    assert markdown.exit_code == 0 and "flash-content" in markdown.output
    csv_text = CliRunner().invoke(main, ["criteria", "--format", "csv"]).output
    assert csv_text.splitlines()[0].startswith("id,") and "social-links" in csv_text


def test_accuracy_prints_the_table_for_every_labelled_criterion():
    result = CliRunner().invoke(main, ["accuracy", str(CORPUS / "labels.csv"),
                                       str(CORPUS / "labels-tech.csv"), "--no-misses"])
    assert result.exit_code == 0, result.output
    assert "| `flash-content` | tech |" in result.output
    assert "| `donation` | services |" in result.output


def test_accuracy_refuses_a_label_file_naming_an_unknown_example(tmp_path: Path):
    labels = tmp_path / "labels.csv"
    labels.write_text("example,criterion_id,expected\nno-such-site,https,true\n",
                      encoding="utf-8")
    result = CliRunner().invoke(main, ["accuracy", str(labels)])
    assert result.exit_code == 1 and "no-such-site" in result.output


def test_score_on_a_folder_without_results_is_a_clear_error(tmp_path: Path):
    result = CliRunner().invoke(main, ["explain", str(tmp_path), "acme"])
    assert result.exit_code == 1 and "not found" in result.output
