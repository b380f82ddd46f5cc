"""The stages of a run, each a function of files in the run folder (see docs/formats.md)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial, update_wrapper
from pathlib import Path
from typing import Any

import pandas as pd

from benchmark.model import FAILED_CRAWLS, Target
from benchmark.runstore import RunStore, now_iso, read_json, write_csv, write_json
from benchmark.targets import Problem, read_targets

RESULT_COLUMNS = ["target_id", "criterion_id", "dimension", "status", "value", "score",
                  "weight", "evidence_url", "evidence", "criterion_score"]
MAX_EVIDENCE_CHARS = 300

Progress = Callable[[str, int], Callable[[str], None]]  # (stage, total) -> tick(label)
# Runs fn(store, target) for every target, yielding (target, result) as each finishes: in
# this process, or spread over a cluster (benchmark.cluster.session.ClusterSession.map).
Mapper = Callable[[Callable[[RunStore, Target], Any], RunStore, list[Target]],
                  Iterator[tuple[Target, Any]]]


def silent(stage: str, total: int) -> Callable[[str], None]:
    return lambda label: None


def local_map(fn: Callable[[RunStore, Target], Any], store: RunStore, targets: list[Target]
              ) -> Iterator[tuple[Target, Any]]:
    for target in targets:
        yield target, fn(store, target)


def read_table(path: Path) -> pd.DataFrame:
    """A CSV of the run folder, every cell as text (values are data, not numbers to guess)."""
    if not path.exists():
        raise FileNotFoundError(f"{path}: not found (run the earlier stages first)")
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def prepare(targets_csv: Path, out: Path) -> tuple[RunStore, list[Target], list[Problem]]:
    """Validate the targets file and record it in a (new or resumed) run folder."""
    loaded = read_targets(targets_csv)
    targets, problems = loaded.targets, loaded.problems
    store = RunStore(out)
    for leftover in out.glob("**/.*.tmp"):  # halves of files an interrupted run was writing
        leftover.unlink(missing_ok=True)
    store.save_targets(targets, targets_csv)
    store.update(targets_file={**loaded.source, "notes": loaded.notes},  # how it was read
                 targets_problems=[str(p) for p in problems])
    return store, targets, problems


def crawl_stage(store: RunStore, settings, progress: Progress = silent, cluster=None
                ) -> dict[str, dict]:
    """Drive the browser over every target (resuming), recording each status in run.json;
    `cluster` (a benchmark.cluster session) spreads the targets over its workers."""
    if cluster is None:
        from benchmark.crawl.batch import crawl  # the only stage that needs Playwright
    else:
        crawl = cluster.crawl

    targets = store.load_targets()
    started = now_iso()
    tick = progress("crawl", len(targets))

    def done(target: Target, record: dict, skipped: bool) -> None:
        store.update(targets={target.id: {
            "name": target.name, "crawl_status": record["status"],
            "reason": record["reason"], "crawled_at": record["finished_at"],
            "pages": sum(1 for p in record["pages"] if p["file"])}})
        tick(f"{target.id}: {record['status']}{' (already crawled)' if skipped else ''}")

    records = crawl(targets, store, settings, done)
    store.stage_done("crawl", started, settings={
        "max_pages": settings.max_pages, "concurrency": settings.concurrency,
        "page_timeout_s": settings.page_timeout_s, "target_timeout_s": settings.target_timeout_s,
        "offline": settings.offline, "bundle": bool(settings.bundle_dir),
        "robots": settings.obey_robots, "archive": settings.archive,
        "replay": str(settings.replay_dir or ""),
        **({"cluster": cluster.summary()} if cluster is not None else {})})
    return records


def gather_one(store: RunStore, target: Target) -> None:
    """One target's observations file, from its snapshot (a pure function of files)."""
    from benchmark.gather import gather_target

    folder = store.snapshot_dir(target.id)
    if not (folder / "snapshot.json").exists():
        raise FileNotFoundError(f"{folder}: no complete snapshot for target {target.id!r}"
                                " (run the crawl stage first)")
    write_json(store.observations_path(target.id), gather_target(folder))


def gather_stage(store: RunStore, progress: Progress = silent, mapper: Mapper = local_map
                 ) -> None:
    """Extract observations from every snapshot with lxml (no browser)."""
    targets = store.load_targets()
    started = now_iso()
    tick = progress("gather", len(targets))
    for target, _ in mapper(gather_one, store, targets):
        tick(target.id)
    store.stage_done("gather", started)


def _result_row(target: Target, criterion, outcome) -> dict:
    evidence = " ".join(outcome.evidence.snippet.split())[:MAX_EVIDENCE_CHARS]
    score = "" if outcome.score is None else outcome.score
    return {"target_id": target.id, "criterion_id": criterion.id,
            "dimension": criterion.dimension, "status": outcome.status.value,
            "value": outcome.value, "score": score, "weight": "",
            "evidence_url": outcome.evidence.url, "evidence": evidence, "criterion_score": score}


def evaluate_one(store: RunStore, target: Target, supplied: dict | None = None
                 ) -> tuple[list[dict], list[dict]]:
    """One target's rows of results.csv and of footprint.csv, from its observations file;
    figures supplied with --social-metrics complete or override the crawled ones."""
    from benchmark.criteria import evaluate_target
    from benchmark.social.footprint_table import footprint_rows
    from benchmark.social.manual import apply_manual

    observations = apply_manual(read_json(store.observations_path(target.id)), target.id,
                                supplied or {})
    rows = [_result_row(target, c, o) for c, o in evaluate_target(observations, target)]
    return rows, footprint_rows(target, observations)  # per platform, both directions


def evaluate_stage(store: RunStore, progress: Progress = silent, mapper: Mapper = local_map,
                   social_metrics: Path | None = None) -> pd.DataFrame:
    """Run the criteria catalogue on every target's observations: results.csv and
    footprint.csv; `social_metrics` (--social-metrics) figures complete the crawled ones."""
    from benchmark.criteria import catalogue_records
    from benchmark.social.footprint_table import FOOTPRINT_COLUMNS
    from benchmark.social.manual import check_targets, read_social_metrics

    targets = store.load_targets()
    supplied = read_social_metrics(social_metrics) if social_metrics else {}
    check_targets(supplied, {t.id for t in targets}, social_metrics)
    started = now_iso()
    tick = progress("evaluate", len(targets))
    done: dict[str, tuple[list[dict], list[dict]]] = {}
    evaluate = update_wrapper(partial(evaluate_one, supplied=supplied), evaluate_one)
    for target, produced in mapper(evaluate, store, targets):
        done[target.id] = produced
        tick(target.id)
    # In the targets' order, however the mapper finished them.
    rows = [row for target in targets for row in done[target.id][0]]
    accounts = [row for target in targets for row in done[target.id][1]]
    results = pd.DataFrame(rows, columns=RESULT_COLUMNS)
    write_json(store.criteria_json, catalogue_records())
    write_csv(store.results_csv, results)
    write_csv(store.root / "footprint.csv", pd.DataFrame(accounts, columns=FOOTPRINT_COLUMNS))
    store.stage_done("evaluate", started, rows=len(results))
    return results


def score_panel(store: RunStore) -> pd.DataFrame:
    """The targets as score_results reads them: kind, sector, parent, role, crawl status
    and date."""
    crawled = store.record().get("targets", {})
    return pd.DataFrame([{"target_id": t.id, "name": t.name, "kind": t.kind,
                          "sector": t.sector, "parent": t.parent, "role": t.role,
                          "status": crawled.get(t.id, {}).get("crawl_status", "unknown"),
                          "crawl_date": crawled.get(t.id, {}).get("crawled_at", "")}
                         for t in store.load_targets()])


def known_criteria(store: RunStore) -> dict[str, str]:
    """Criterion id -> dimension: the run's catalogue (criteria.json), and social-footprint,
    which the score stage computes even for a run evaluated before it existed."""
    from scoring.footprint import COMPUTED

    return {**COMPUTED, **{c["id"]: c["dimension"] for c in read_json(store.criteria_json)}}


def scoring_inputs(store: RunStore, methodology) -> tuple[pd.DataFrame, pd.DataFrame]:
    """results.csv, with social-footprint computed from footprint.csv by `methodology` when
    the run has one (else as evaluated), and the panel (score_panel)."""
    from scoring.footprint import with_social_footprint

    results, panel = read_table(store.results_csv), score_panel(store)
    accounts = store.root / "footprint.csv"
    if accounts.exists():
        dates = dict(zip(panel["target_id"], panel["crawl_date"], strict=True))
        results = with_social_footprint(results, read_table(accounts), dates, methodology.social)
    return results, panel


def score_stage(store: RunStore, weights: Path | None = None, **analysis) -> pd.DataFrame:
    """Apply a methodology to results.csv: scores.csv (no browser, seconds), with rank
    intervals, swaps, sensitivity, what-if and panel statistics (benchmark.analysis;
    `analysis` sets draws, seed, spread)."""
    from benchmark.analysis import analysis_stage
    from scoring import load_methodology, score_results

    methodology = load_methodology(weights, known_criteria=known_criteria(store))
    started = now_iso()
    results, panel = scoring_inputs(store, methodology)
    scored, scores = score_results(results, panel, methodology)
    scores = analysis_stage(store, scored, scores, methodology, panel, **analysis)
    write_csv(store.results_csv, scored[RESULT_COLUMNS])
    write_csv(store.scores_csv, scores)
    store.update(methodology=methodology.to_record())
    store.stage_done("score", started)
    return scores


def report_stage(store: RunStore, lang: str | None = None, title: str = "",
                 logo: Path | None = None, pdf: bool = False) -> list[Path]:
    """Write the workbook, the HTML pages and (with `pdf`) the PDF from the files (reports
    compute nothing). run.json is left alone: a report changes nothing of the run, so its
    history (`updated_at`, stages) stays that of the run."""
    from reports import write_reports

    return write_reports(store.root, lang=lang, title=title, logo=logo, pdf=pdf)


def failed_targets(store: RunStore) -> list[str]:
    """Ids of targets whose crawl failed (exit code 2)."""
    return [tid for tid, info in store.record().get("targets", {}).items()
            if info.get("crawl_status") in FAILED_CRAWLS]
