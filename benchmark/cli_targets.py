"""`benchmark validate TARGETS`: check a targets file (CSV or xlsx) without crawling anything."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from benchmark.targets import TargetsFileError, read_targets


@click.command()
@click.argument("targets", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def validate(targets: Path) -> None:
    """Read and validate TARGETS (CSV or xlsx) and list the targets a run would audit.

    Exit 0 when every row is valid, 2 when some rows or values have problems, 1 when the file
    cannot be used."""
    try:
        loaded = read_targets(targets)
    except TargetsFileError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    for warning in [*loaded.notes, *loaded.problems]:
        click.echo(f"warning: {warning}", err=True)
    source = loaded.source
    how = ", ".join(part for part in (
        source.get("format", ""), source.get("encoding", ""),
        f"{source['delimiter']}-separated" if source.get("delimiter") else "",
        f"sheet {source['sheet']!r}" if source.get("sheet") else "") if part)
    click.echo(f"{targets}: {how}")
    for target in loaded.targets:
        link = f", {target.role or 'linked'} of {target.parent}" if target.parent else (
            f", {target.role}" if target.role else "")
        click.echo(f"  {target.id} ({target.kind}{link}): {target.name} "
                   f"{target.website or '(no website)'}")
    people = sum(target.kind == "person" for target in loaded.targets)
    click.echo(f"{len(loaded.targets)} valid target(s): {len(loaded.targets) - people} "
               f"organisation(s), {people} person(s); {len(loaded.problems)} problem(s)")
    if not loaded.targets:
        sys.exit(1)
    sys.exit(2 if loaded.problems else 0)
