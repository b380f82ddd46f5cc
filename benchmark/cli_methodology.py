"""`benchmark methodology show`: the methodology a run would be scored with, fully resolved."""

from __future__ import annotations

import sys
from pathlib import Path

import click


@click.group()
def methodology() -> None:
    """Inspect a methodology file (weights, curves, formulas)."""


@methodology.command("show")
@click.option("--weights", type=click.Path(dir_okay=False, path_type=Path),
              help="Methodology TOML (default: scoring/weights.toml).")
def show(weights: Path | None) -> None:
    """Print the fully resolved methodology (after `extends`) as TOML, formulas included.

    The output is itself a methodology file: scoring with it gives the same sha256."""
    from benchmark.criteria import catalogue_records
    from scoring import MethodologyError, load_methodology
    from scoring.show import to_toml

    known = {c["id"]: c["dimension"] for c in catalogue_records()}
    try:
        click.echo(to_toml(load_methodology(weights, known_criteria=known)), nl=False)
    except MethodologyError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
