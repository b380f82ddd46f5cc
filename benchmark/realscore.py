"""Precision and recall of the criteria on the real-page corpus, from a run's results and
the labels (docs/accuracy.md, "Real-page development corpus")."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from benchmark.accuracy import Tally, percent
from benchmark.realpages import PageLabel

YES_NO = ("flash-content", "share-buttons", "open-graph", "site-search", "contact-form",
          "newsletter-signup", "donation", "ecommerce", "login-area", "live-chat",
          "rss-feed", "structured-data", "mobile-viewport")
PAIRS = "social-links"  # counted per (page, platform)
DATES = "content-freshness"  # an exact ISO date, or empty
MEASURED = (*YES_NO, PAIRS, DATES)


@dataclass(frozen=True)
class Verdict:
    """One row of results.csv, as far as scoring needs it."""

    value: str
    status: str = "pass"
    evidence_url: str = ""
    evidence: str = ""


@dataclass(frozen=True)
class RealMiss:
    """A labelled value the criterion did not give, with the criterion's evidence."""

    page: str
    criterion_id: str
    expected: str
    got: str
    status: str
    evidence_url: str
    evidence: str


@dataclass
class RealReport:
    """Tallies in MEASURED order, the misses, and what was left out and why."""

    tallies: dict[str, Tally] = field(default_factory=dict)
    misses: list[RealMiss] = field(default_factory=list)
    dated_on_undated: int = 0  # a freshness date given on a page labelled without one
    not_applicable: Counter[str] = field(default_factory=Counter)
    unjudged: list[str] = field(default_factory=list)  # labelled pages without results


def platforms(value: str) -> set[str]:
    return {name.strip().lower() for name in value.split(";") if name.strip()}


def add_pairs(tally: Tally, expected: str, got: str) -> None:
    """social-links per (page, platform): a negative is a page labelled with no account."""
    wanted, found = platforms(expected), platforms(got)
    tally.positives += len(wanted)
    tally.negatives += not wanted
    tally.predicted += len(found)
    tally.correct += len(wanted & found)


def score(labels: Iterable[PageLabel], verdicts: dict[tuple[str, str], Verdict]
          ) -> RealReport:
    """Count every labelled (page, criterion) of MEASURED against the run's verdicts."""
    report = RealReport(tallies={cid: Tally(cid) for cid in MEASURED})
    judged = {page for page, _ in verdicts}
    unjudged = set()
    for label in sorted(labels, key=lambda item: (item.page, item.criterion_id)):
        if label.criterion_id not in MEASURED:
            continue
        if label.page not in judged:
            unjudged.add(label.page)
            continue
        verdict = verdicts.get((label.page, label.criterion_id), Verdict("", "missing"))
        if verdict.status == "not_applicable":
            report.not_applicable[label.criterion_id] += 1
            continue
        tally = report.tallies[label.criterion_id]
        expected, got = label.expected, verdict.value
        if label.criterion_id == PAIRS:
            add_pairs(tally, expected, got)
            wrong = platforms(expected) != platforms(got)
        else:
            expected = expected if label.criterion_id == DATES else expected.lower()
            tally.add(expected, got)
            wrong = got != expected
            report.dated_on_undated += label.criterion_id == DATES and not expected and bool(got)
        if wrong:
            report.misses.append(RealMiss(label.page, label.criterion_id, expected, got,
                                          verdict.status, verdict.evidence_url,
                                          verdict.evidence))
    report.unjudged = sorted(unjudged)
    return report


# content-freshness is judged on exact dates: the newest item's date on 85 % of the dated
# pages (its recall here); the other criteria on precision and recall.
MIN_EXACT_DATES = 0.85


def verdict_word(tally: Tally) -> str:
    if not tally.positives and not tally.predicted:
        return "–"
    if tally.criterion_id == DATES:
        exact = tally.recall is not None and tally.recall >= MIN_EXACT_DATES
        return "pass" if exact else "**fail**"
    return "pass" if tally.meets_targets else "**fail**"


def render_table(report: RealReport) -> str:
    """The per-criterion Markdown table and the notes below it."""
    lines = ["| criterion | positives | negatives | predicted | correct | precision | recall |"
             " verdict |", "|---|---:|---:|---:|---:|---:|---:|---|"]
    for tally in report.tallies.values():
        lines.append(f"| `{tally.criterion_id}` | {tally.positives} | {tally.negatives} | "
                     f"{tally.predicted} | {tally.correct} | {percent(tally.precision)} | "
                     f"{percent(tally.recall)} | {verdict_word(tally)} |")
    lines += ["", f"`{PAIRS}` is counted per (page, platform); its negatives are pages "
              "labelled with no account.",
              f"`{DATES}` passes with the exact newest date on ≥ 85 % of the dated pages "
              f"(its recall); {report.dated_on_undated} page(s) labelled undated got a date."]
    if report.not_applicable:
        left = ", ".join(f"`{cid}` on {n} page(s)" for cid, n in
                         sorted(report.not_applicable.items()))
        lines.append(f"Not applicable to the page's kind, left out: {left}.")
    if report.unjudged:
        lines.append(f"Labelled but not crawled ({len(report.unjudged)}): "
                     f"{', '.join(report.unjudged)}.")
    return "\n".join(lines) + "\n"


def render_misses(misses: Iterable[RealMiss], max_evidence: int = 200) -> str:
    """Every wrong verdict with the criterion's evidence, as a Markdown table."""
    lines = ["| page | criterion | expected | got | status | evidence |",
             "|---|---|---|---|---|---|"]
    for miss in misses:
        evidence = f"{miss.evidence_url} {' '.join(miss.evidence.split())[:max_evidence]}"
        lines.append(f"| {miss.page} | `{miss.criterion_id}` | {miss.expected or '(empty)'} "
                     f"| {miss.got or '(empty)'} | {miss.status} | "
                     f"{evidence.strip().replace('|', '/') or '–'} |")
    return "\n".join(lines) + "\n"


def render_comparison(columns: dict[str, dict[str, Tally]]) -> str:
    """Precision / recall of several detectors side by side (criteria of the first)."""
    names = list(columns)
    head = " | ".join(f"{name} P | {name} R" for name in names)
    lines = [f"| criterion | positives | {head} |",
             "|---|---:|" + "---:|" * (2 * len(names))]
    for cid, first in columns[names[0]].items():
        cells = " | ".join(f"{percent(columns[n][cid].precision)} | "
                           f"{percent(columns[n][cid].recall)}" for n in names)
        lines.append(f"| `{cid}` | {first.positives} | {cells} |")
    return "\n".join(lines) + "\n"
