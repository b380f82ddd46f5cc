"""The tech criteria on their labelled corpus (labels-tech.csv), with the project's targets."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmark.accuracy import measure, render_markdown
from benchmark.criteria import catalogue

LABELS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus" / "labels-tech.csv"
TECH = [c.id for c in catalogue() if c.dimension == "tech"]


@pytest.fixture(scope="module")
def report():
    return measure([LABELS])


def test_every_tech_criterion_is_labelled(report):
    assert set(report.tallies) == set(TECH)


@pytest.mark.parametrize("criterion_id", TECH)
def test_precision_and_recall(report, criterion_id):
    tally = report.tallies[criterion_id]
    assert tally.positives >= 3 and tally.negatives >= 3, criterion_id
    table = render_markdown(report, dimensions=("tech",))
    assert tally.precision is not None and tally.precision >= 0.95, table
    assert tally.recall is not None and tally.recall >= 0.9, table


def test_labels_only_name_tech_examples():
    lines = LABELS.read_text(encoding="utf-8").splitlines()[1:]
    assert lines and all(line.startswith("tech-") for line in lines)
