"""Speed of scoring at census size: score, + sensitivity, what-if, compare (synthetic runs).

    .venv/bin/python benchmarks/score_bench.py [--sizes 1000 10000] [--draws 1000]

Builds results.csv-like tables of N organisations × the full criteria catalogue (random
verdicts and raw values shaped like the default methodology's curves), then times each
step (wall and CPU seconds: the machine may be shared) and the peak resident memory of
the process so far. SALib (scipy) is imported before timing. Not a test: it prints figures.
"""

from __future__ import annotations

import argparse
import resource
import time
from datetime import date, timedelta

import numpy as np
import pandas as pd

from benchmark.criteria import catalogue
from scoring import load_methodology, score_results
from scoring.compare import compare_scores
from scoring.sensitivity import analyse
from scoring.whatif import what_if

KINDS = ("company", "listed-company", "ngo", "institution", "person")
CRAWL_DAY = date(2026, 11, 21)


def _raw(rule, rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray]:
    """(value, criterion_score) columns for one criterion, shaped like its curve."""
    p = rule.params
    if rule.curve == "recency":
        days = rng.integers(0, 2 * int(p["zero_days"]), n)
        values = np.array([(CRAWL_DAY - timedelta(days=int(d))).isoformat() for d in days])
        return values, (days < p["zero_days"]).astype(float)
    if rule.curve in ("linear", "log"):
        low, high = sorted((p["low"], p["high"]))
        numbers = np.round(rng.uniform(low * 0.5, high * 1.5, n), 1)
    elif rule.curve == "lognormal":
        numbers = np.round(rng.lognormal(np.log(p["median"]), 0.8, n), 1)
    else:
        passed = rng.random(n) < rng.uniform(0.1, 0.9)
        return np.where(passed, "true", "false"), passed.astype(float)
    return numbers.astype(str), (rng.random(n) < 0.5).astype(float)


def synthetic_run(n: int, seed: int = 0) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(results, panel) for `n` organisations, as the score stage reads them."""
    rng = np.random.default_rng(seed)
    method = load_methodology()
    ids = np.array([f"org-{i:05d}" for i in range(n)])
    kinds = rng.choice(KINDS, n)
    frames = []
    for criterion in catalogue():
        value, score = _raw(method.rule(criterion.id), rng, n)
        status = np.where(score > 0, "pass", "fail").astype(object)
        status[rng.random(n) < 0.03] = "unknown"
        if criterion.applies_to:
            status[~np.isin(kinds, criterion.applies_to)] = "not_applicable"
        scored = np.isin(status, ("pass", "fail"))
        frames.append(pd.DataFrame({
            "target_id": ids, "criterion_id": criterion.id, "dimension": criterion.dimension,
            "status": status, "value": np.where(scored, value, ""),
            "criterion_score": np.where(scored, score.astype(str), "")}))
    results = pd.concat(frames, ignore_index=True)
    panel = pd.DataFrame({"target_id": ids, "name": ids, "kind": kinds, "status": "ok",
                          "crawl_date": f"{CRAWL_DAY.isoformat()}T10:00:00+00:00"})
    return results, panel


def measure(label: str, func, *args, **kwargs):
    """Run func; print wall and CPU seconds and the process's peak RSS so far."""
    started, cpu = time.perf_counter(), time.process_time()
    out = func(*args, **kwargs)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"  {label:<24} {seconds:7.2f} s wall  {cpu:7.2f} s CPU   peak RSS {peak:7.0f} MiB",
          flush=True)
    return out, (seconds, cpu)


def bench(n: int, draws: int) -> dict[str, tuple[float, float]]:
    results, panel = synthetic_run(n)
    method = load_methodology()
    print(f"{n} organisations × {results['criterion_id'].nunique()} criteria "
          f"({len(results)} rows), {draws} draws")
    (scored, scores), t_score = measure("score", score_results, results, panel, method)
    _, t_sens = measure("sensitivity", analyse, scored, scores, method, draws=draws, seed=1)
    _, t_what = measure("what-if", what_if, scored, scores, method)
    later = results.copy()
    flip = later.sample(frac=0.05, random_state=1).index
    later.loc[flip, "status"] = later.loc[flip, "status"].map({"pass": "fail", "fail": "pass"}
                                                              ).fillna(later.loc[flip, "status"])
    _, t_cmp = measure("compare (2 re-scores)", compare_scores, results, panel, later, panel,
                       method)
    both = (t_score[0] + t_sens[0], t_score[1] + t_sens[1])
    print(f"  {'score + sensitivity':<24} {both[0]:7.2f} s wall  {both[1]:7.2f} s CPU")
    return {"score": t_score, "score+sensitivity": both, "what-if": t_what, "compare": t_cmp}


def main() -> None:
    import SALib.analyze.sobol  # noqa: F401  (seconds of scipy import, once per process)

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--draws", type=int, default=1000)
    args = parser.parse_args()
    figures = {n: bench(n, args.draws) for n in args.sizes}
    if len(figures) > 1:
        small, large = min(figures), max(figures)
        big, few = figures[large]["score+sensitivity"], figures[small]["score+sensitivity"]
        print(f"score + sensitivity, {large} / {small} organisations: "
              f"{big[0] / few[0]:.1f}× the wall time, {big[1] / few[1]:.1f}× the CPU time")


if __name__ == "__main__":
    main()
