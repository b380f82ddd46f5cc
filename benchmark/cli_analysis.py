"""`benchmark sensitivity RUN` and `benchmark compare RUN_A RUN_B`: thin commands."""

from __future__ import annotations

from pathlib import Path

import click

from benchmark.cli_options import fail
from scoring.sensitivity import DRAWS, SEED, SPREAD

run_path = click.Path(exists=True, file_okay=False, path_type=Path)
weights_path = click.Path(dir_okay=False, path_type=Path)


@click.command()
@click.argument("run", type=run_path)
@click.option("--weights", type=weights_path,
              help="Methodology TOML (default: the one RUN was scored with).")
@click.option("--draws", type=click.IntRange(min=1), default=DRAWS, show_default=True,
              help="Random draws of the weights and declared alternatives.")
@click.option("--seed", type=int, default=SEED, show_default=True)
@click.option("--spread", type=click.FloatRange(0, 1, max_open=True), default=SPREAD,
              show_default=True, help="Each weight is drawn in [w × (1 − s), w × (1 + s)].")
def sensitivity(run: Path, weights: Path | None, draws: int, seed: int, spread: float) -> None:
    """Re-score RUN and measure how robust each rank is (scores.csv, swaps.csv,
    sensitivity.csv)."""
    from benchmark import pipeline
    from benchmark.analysis import recorded_weights
    from benchmark.runstore import RunStore
    from scoring import MethodologyError

    store = RunStore(run)
    try:
        scores = pipeline.score_stage(store, weights or recorded_weights(store), draws=draws,
                                      seed=seed, spread=spread)
    except MethodologyError as exc:
        fail(str(exc))
    ranked = scores[scores["rank"].notna()].sort_values("rank")
    fragile = ranked[ranked["stability"] == "fragile"]
    click.echo(f"{len(ranked) - len(fragile)} stable and {len(fragile)} fragile rank(s) "
               f"over {draws} draws (seed {seed}, weights ±{spread:.0%})")
    click.echo(ranked[["rank", "rank_p5", "rank_median", "rank_p95", "stability", "name"]]
               .to_string(index=False))
    indices = pipeline.read_table(store.root / "sensitivity.csv")
    click.echo("\nwhat moves the ranks (total Sobol index):")
    for row in indices.head(5).itertuples():
        click.echo(f"  {row.factor:<28} {float(row.total):.2f}")


@click.command()
@click.argument("run_a", type=run_path)
@click.argument("run_b", type=run_path)
@click.option("--weights", type=weights_path,
              help="Methodology for both runs (default: the one RUN_B was scored with).")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the comparison (default: RUN_B/comparison.csv).")
def compare(run_a: Path, run_b: Path, weights: Path | None, out: Path | None) -> None:
    """Compare two runs re-scored with ONE methodology: rank and score movements, criteria
    that changed, organisations added or removed."""
    from benchmark.analysis import compare_runs
    from scoring import MethodologyError
    from scoring.rounding import score_text

    try:
        table, path, method = compare_runs(run_a, run_b, weights, out)
    except (MethodologyError, FileNotFoundError) as exc:
        fail(str(exc))
    click.echo(f"methodology for both runs: {method}")
    moved = table[(table["rank_change"].fillna(0) != 0) | (table["presence"] != "both")
                  | (table["criteria_changed"] > 0)]
    for row in moved.itertuples():
        if row.presence != "both":
            click.echo(f"  {row.name}: {row.presence}")
            continue
        click.echo(f"  {row.name}: rank {row.rank_a} → {row.rank_b}, "
                   f"{score_text(row.overall_a)} → {score_text(row.overall_b)}; "
                   f"{row.criteria_changed} criteria changed")
    if moved.empty:
        click.echo("  no organisation changed")
    click.echo(f"wrote {path}")
