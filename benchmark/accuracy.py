"""Precision and recall of the criteria on the labelled corpus, and their Markdown table."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from benchmark.corpus import CorpusError, Example, Label, load_example, read_labels
from benchmark.criteria import catalogue, evaluate_target
from benchmark.model import DIMENSIONS

NEGATIVE_VALUES = frozenset({"", "false", "0"})
# Values that mean "not found" for criteria whose value is never empty: a site readable
# at all is in one language, so `languages` = 1 is the negative answer (docs/accuracy.md).
ABSENT_VALUES = {"languages": "1"}
MIN_PRECISION = 0.95
MIN_RECALL = 0.9


def is_positive(criterion_id: str, value: str) -> bool:
    """Whether a value says the thing was found (not empty, `false`, `0` or the absent value)."""
    return value not in NEGATIVE_VALUES and value != ABSENT_VALUES.get(criterion_id)


@dataclass
class Tally:
    """Counts for one criterion over its labelled examples."""

    criterion_id: str
    dimension: str = ""
    positives: int = 0  # labels with a positive expected value
    negatives: int = 0
    predicted: int = 0  # positive predictions
    correct: int = 0  # positive predictions equal to a positive label

    def add(self, expected: str, got: str) -> None:
        expected_positive = is_positive(self.criterion_id, expected)
        self.positives += expected_positive
        self.negatives += not expected_positive
        if is_positive(self.criterion_id, got):
            self.predicted += 1
            self.correct += expected_positive and got == expected

    @property
    def precision(self) -> float | None:
        """Correct / positive predictions; None when nothing was predicted positive."""
        return self.correct / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        """Correct / positive labels; None when no label is positive."""
        return self.correct / self.positives if self.positives else None

    @property
    def meets_targets(self) -> bool:
        """Precision and recall at or above the thresholds (undefined counts as met)."""
        return ((self.precision is None or self.precision >= MIN_PRECISION)
                and (self.recall is None or self.recall >= MIN_RECALL))


@dataclass(frozen=True)
class Miss:
    """A labelled value the criterion did not give."""

    example: str
    criterion_id: str
    expected: str
    got: str
    evidence: str
    where: str


@dataclass
class Report:
    """Tallies by criterion id (catalogue order) and the labels the criteria missed."""

    tallies: dict[str, Tally] = field(default_factory=dict)
    misses: list[Miss] = field(default_factory=list)


def label_problems(labels: Iterable[Label]) -> list[str]:
    """Labels naming a criterion that does not exist or an example folder that is missing."""
    known = {c.id for c in catalogue()}
    problems = []
    for label in labels:
        if label.criterion_id not in known:
            problems.append(f"{label.where}: unknown criterion {label.criterion_id!r}")
        if not (label.folder / label.example / "site.toml").is_file():
            problems.append(f"{label.where}: no example folder {label.example!r} "
                            f"(with a site.toml) in {label.folder}")
    return problems


def judge_example(example: Example, labels: Sequence[Label], report: Report) -> None:
    """Evaluate the labelled criteria of one example and add them to `report`."""
    by_id = {c.id: c for c in catalogue()}
    wanted = {label.criterion_id: label for label in labels}
    results = evaluate_target(example.observations, example.target,
                              [by_id[cid] for cid in wanted])
    for item, outcome in results:
        label = wanted[item.id]
        tally = report.tallies.setdefault(item.id, Tally(item.id, item.dimension))
        tally.add(label.expected, outcome.value)
        if outcome.value != label.expected:
            evidence = f"{outcome.status}: {outcome.evidence.snippet} ({outcome.evidence.url})"
            report.misses.append(Miss(example.id, item.id, label.expected, outcome.value,
                                      evidence, label.where))


def measure(label_files: Iterable[Path]) -> Report:
    """Read the label files, evaluate every labelled example once, count per criterion."""
    labels = [label for path in label_files for label in read_labels(Path(path))]
    problems = label_problems(labels)
    if problems:
        raise CorpusError("\n".join(problems))
    by_example: dict[Path, list[Label]] = {}
    for label in labels:
        by_example.setdefault(label.folder / label.example, []).append(label)
    report = Report()
    for folder, example_labels in sorted(by_example.items()):
        judge_example(load_example(folder), example_labels, report)
    order = {c.id: n for n, c in enumerate(catalogue())}
    report.tallies = dict(sorted(report.tallies.items(), key=lambda item: order[item[0]]))
    return report


def percent(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.0f} %"


def render_markdown(report: Report, *, dimensions: Sequence[str] = DIMENSIONS,
                    misses: bool = True) -> str:
    """The per-criterion table (and the wrong predictions) as Markdown."""
    lines = ["| criterion | dimension | positives | negatives | predicted | correct | "
             "precision | recall |", "|---|---|---:|---:|---:|---:|---:|---:|"]
    for tally in report.tallies.values():
        if tally.dimension in dimensions:
            flag = "" if tally.meets_targets else " ⚠"
            lines.append(f"| `{tally.criterion_id}`{flag} | {tally.dimension} | "
                         f"{tally.positives} | {tally.negatives} | {tally.predicted} | "
                         f"{tally.correct} | {percent(tally.precision)} | "
                         f"{percent(tally.recall)} |")
    shown = [m for m in report.misses
             if report.tallies[m.criterion_id].dimension in dimensions]
    if misses and shown:
        lines += ["", "Wrong predictions:", "",
                  "| example | criterion | expected | got | evidence |", "|---|---|---|---|---|"]
        lines += [f"| {m.example} | `{m.criterion_id}` | {m.expected or '(empty)'} | "
                  f"{m.got or '(empty)'} | {m.evidence.replace('|', '/')} |" for m in shown]
    return "\n".join(lines) + "\n"
