"""`benchmark explain`, `criteria`, `accuracy` and `doctor`: commands that inspect a run, the
catalogue or the machine without running the pipeline."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from benchmark import pipeline
from benchmark.cli_options import EXIT_OK, EXIT_TOOL_ERROR, fail, quiet_flag
from benchmark.runstore import RunStore

run_dir = click.argument("run", type=click.Path(file_okay=False, path_type=Path))


@click.command()
@run_dir
@click.argument("target")
def explain(run: Path, target: str) -> None:
    """Show how TARGET's scores in RUN were computed, criterion by criterion."""
    from scoring.explain import explain as explain_target

    store = RunStore(run)
    try:
        text = explain_target(pipeline.read_table(store.results_csv),
                              pipeline.read_table(store.scores_csv),
                              store.record().get("methodology", {}), target)
    except (KeyError, FileNotFoundError) as exc:
        fail(str(exc).strip("'\""))
    click.echo(text, nl=False)
    if (store.root / "whatif.csv").exists():  # written by the score stage
        from scoring.whatif import explain_lines

        click.echo("\n".join(["", *explain_lines(pipeline.read_table(store.root / "whatif.csv"),
                                                 target)]))
    if (store.root / "extended.csv").exists():  # an organisation with people or relays
        from scoring.extended import explain_lines as extended_lines

        lines = extended_lines(pipeline.read_table(store.root / "extended.csv"), target)
        click.echo("\n".join(["", *lines]) if lines else "", nl=bool(lines))


@click.command()
@click.option("--format", "fmt", type=click.Choice(["markdown", "csv"]), default="markdown",
              show_default=True)
def criteria(fmt: str) -> None:
    """Print the criteria catalogue (generated from the criteria's own declarations)."""
    from benchmark.criteria import catalogue_csv, catalogue_markdown

    click.echo(catalogue_markdown() if fmt == "markdown" else catalogue_csv(), nl=False)


@click.command()
@click.argument("labels", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--misses/--no-misses", default=True, show_default=True,
              help="List the wrong predictions after the table.")
def accuracy(labels: tuple[Path, ...], misses: bool) -> None:
    """Precision and recall of the criteria on labelled example sites (LABELS.csv files)."""
    from benchmark.accuracy import measure, render_markdown
    from benchmark.corpus import CorpusError

    try:
        report = measure(labels)
    except CorpusError as exc:
        fail(str(exc))
    click.echo(render_markdown(report, misses=misses), nl=False)


@click.command()
@quiet_flag
def doctor(quiet: bool) -> None:
    """Check that a usable Chromium starts; say whether the optional tech data is there."""
    from benchmark.crawl.doctor import check_browser
    from benchmark.techstack.data import DataMissing, axe_source, read_fingerprints

    ok, message = check_browser()
    if not quiet or not ok:
        click.echo(message, err=not ok)
    if not quiet:
        try:
            click.echo(f"tech data: {read_fingerprints().source}, {axe_source()[0]}")
        except DataMissing as exc:  # optional: two criteria say `unknown` without it
            click.echo(f"tech data: {exc}")
    sys.exit(EXIT_OK if ok else EXIT_TOOL_ERROR)
