"""Command line: thin commands over benchmark.pipeline (exit 0 ok, 1 tool error, 2 failures)."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

import click

from benchmark import __version__, pipeline
from benchmark.cli_analysis import compare, sensitivity
from benchmark.cli_inspect import accuracy, criteria, doctor, explain
from benchmark.cli_methodology import methodology
from benchmark.cli_options import (
    EXIT_OK,
    EXIT_TARGETS_FAILED,
    cluster_from,
    cluster_option,
    crawl_options,
    fail,
    mapper,
    quiet_flag,
    settings_from,
)
from benchmark.cli_targets import validate
from benchmark.progress import bars
from benchmark.runstore import RunStore
from benchmark.social.manual import MetricsError, check_targets, read_social_metrics
from benchmark.targets import TargetsFileError

run_dir = click.argument("run", type=click.Path(file_okay=False, path_type=Path))
weights_option = click.option("--weights", type=click.Path(dir_okay=False, path_type=Path),
                              help="Methodology TOML (default: scoring/weights.toml).")
lang_option = click.option("--lang", type=click.Choice(["en", "fr"]), default=None,
                           help="Language of the reports (default: French when most of the "
                           "panel's `country` is FR, else English).")
title_option = click.option("--title", default="",
                            help="Title of the reports (default: the targets file's name).")
logo_option = click.option("--logo", type=click.Path(exists=True, dir_okay=False,
                           path_type=Path), help="PNG, JPEG, GIF or WebP logo (up to 512 KiB) "
                           "for the HTML pages and the PDF cover.")
pdf_option = click.option("--pdf/--no-pdf", default=True, show_default=True,
                          help="Also print benchmark.pdf with Chromium.")


def report_options(command):
    """Options of the commands that write the reports: run, demo, report."""
    for option in (pdf_option, logo_option, title_option, lang_option):
        command = option(command)
    return command


def prepare(targets_csv: Path, out: Path, quiet: bool) -> RunStore:
    try:
        store, targets, problems = pipeline.prepare(targets_csv, out)
    except TargetsFileError as exc:
        fail(str(exc))
    for warning in [*store.record().get("targets_file", {}).get("notes", []), *problems]:
        click.echo(f"warning: {warning}", err=True)  # notes: a guessed encoding, columns ignored
    if not targets:
        fail(f"{targets_csv}: no valid target to audit")
    if not quiet:
        click.echo(f"{len(targets)} target(s) from {targets_csv} -> {out}", err=True)
    return store


def finish(store: RunStore, skipped_rows: bool, quiet: bool) -> None:
    failed = pipeline.failed_targets(store)
    if not quiet:
        for name in ("benchmark.xlsx", "benchmark.html", "benchmark.pdf", "scores.csv"):
            if (store.root / name).exists():
                click.echo(f"wrote {store.root / name}")
    if failed:
        click.echo(f"{len(failed)} target(s) could not be audited: {', '.join(failed)}",
                   err=True)
    sys.exit(EXIT_TARGETS_FAILED if failed or skipped_rows else EXIT_OK)


social_metrics_option = click.option(
    "--social-metrics", type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="CSV of figures from the platforms' dashboards (target, platform, followers, "
         "posts_90d, last_post, source, date): they complete or override crawled ones.")


def check_social_metrics(path: Path | None, store: RunStore | None = None) -> None:
    """Read the file before any crawl: its mistakes (and, given the run, rows naming no
    target of it) are reported at once."""
    if path is not None:
        try:
            rows = read_social_metrics(path)
            if store is not None:
                check_targets(rows, {t.id for t in store.load_targets()}, path)
        except MetricsError as exc:
            raise click.ClickException(str(exc)) from None


def run_all(store: RunStore, options: dict, bundle_dir: Path | None = None) -> None:
    progress = bars(options["quiet"])
    with cluster_from(options) as cluster:  # score and report stay here: seconds, one file
        pipeline.crawl_stage(store, settings_from(options, bundle_dir), progress, cluster)
        pipeline.gather_stage(store, progress, mapper(cluster))
        pipeline.evaluate_stage(store, progress, mapper(cluster),
                                options.get("social_metrics"))
    pipeline.score_stage(store, options.get("weights"))
    write_reports(store, options)
    finish(store, bool(store.record().get("targets_problems")), options["quiet"])


def write_reports(store: RunStore, options: dict) -> list[Path]:
    """The report stage with the command's options; a bad logo or no browser is an error."""
    from reports import LogoError
    from reports.pdf import PdfError

    try:
        return pipeline.report_stage(store, options.get("lang"), options.get("title", ""),
                                     logo=options.get("logo"), pdf=options.get("pdf", True))
    except (LogoError, PdfError) as exc:
        fail(str(exc))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="benchmark")
def main() -> None:
    """Audit and rank the web presence of organisations, with evidence for every verdict."""


def entry_point() -> None:
    """Console script: the click group, with a clean message when interrupted."""
    try:  # standalone, click would answer Ctrl-C with its own "Aborted!" and exit 1
        code = main.main(standalone_mode=False)
    except (KeyboardInterrupt, click.exceptions.Abort):
        click.echo("\ninterrupted: what was finished is saved; run the same command again "
                   "to resume", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    sys.exit(code if isinstance(code, int) else EXIT_OK)


@main.command()
@click.argument("targets", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@crawl_options
@weights_option
@report_options
@social_metrics_option
def run(targets: Path, **options) -> None:
    """Crawl, gather, evaluate, score and report TARGETS (a targets.csv file)."""
    check_social_metrics(options.get("social_metrics"))
    store = prepare(targets, options["out"], options["quiet"])
    check_social_metrics(options.get("social_metrics"), store)
    run_all(store, options)


@main.command()
@crawl_options
@weights_option
@report_options
def demo(**options) -> None:
    """Audit the bundled offline demo panel (no network needed)."""
    bundle = resources.files("benchmark.demo")
    store = prepare(Path(str(bundle / "targets.csv")), options["out"], options["quiet"])
    run_all(store, options, bundle_dir=Path(str(bundle / "sites")))


@main.command()
@click.argument("targets", required=False,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@crawl_options
@click.option("--replay", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Crawl again from the web archives (--archive) of this earlier run, with "
              "no network; TARGETS defaults to that run's targets.")
def crawl(targets: Path | None, **options) -> None:
    """Only crawl: save rendered pages, network log, probes and screenshots."""
    replay = options["replay"]
    if replay is not None and replay.resolve() == options["out"].resolve():
        fail("--replay needs another --out folder: a crawl replaces the snapshots it reads")
    if targets is None and replay is None:
        fail("give a TARGETS.csv file (or --replay RUN_DIR to reuse that run's targets)")
    if targets is None:
        store = RunStore(options["out"])
        store.save_targets(RunStore(replay).load_targets(), None)
        store.update(targets_file=RunStore(replay).record().get("targets_file", {}))
    else:
        store = prepare(targets, options["out"], options["quiet"])
    with cluster_from(options) as cluster:
        pipeline.crawl_stage(store, settings_from(options), bars(options["quiet"]), cluster)
    finish(store, bool(store.record().get("targets_problems")), options["quiet"])


@main.command()
@run_dir
@cluster_option
@quiet_flag
def gather(run: Path, **options) -> None:
    """Extract observations from the snapshots of RUN (no browser)."""
    with cluster_from(options) as cluster:
        pipeline.gather_stage(RunStore(run), bars(options["quiet"]), mapper(cluster))


@main.command()
@run_dir
@cluster_option
@quiet_flag
@social_metrics_option
def evaluate(run: Path, **options) -> None:
    """Evaluate the criteria catalogue on RUN's observations: results.csv."""
    check_social_metrics(options["social_metrics"])
    try:
        with cluster_from(options) as cluster:
            pipeline.evaluate_stage(RunStore(run), bars(options["quiet"]), mapper(cluster),
                                    options["social_metrics"])
    except MetricsError as exc:
        raise click.ClickException(str(exc)) from None


@main.command()
@run_dir
@weights_option
def score(run: Path, weights: Path | None) -> None:
    """Score RUN's results with a methodology: scores.csv (no browser, no crawl)."""
    from scoring import MethodologyError
    from scoring.rounding import score_text

    try:
        scores = pipeline.score_stage(RunStore(run), weights)
    except MethodologyError as exc:
        fail(str(exc))
    shown = scores[["rank", "name"]].assign(overall=scores["overall"].map(
        lambda x: score_text(None if x != x else x)))  # x != x: NaN, not scored
    click.echo(shown.to_string(index=False))


@main.command()
@run_dir
@report_options
def report(run: Path, **options) -> None:
    """Write benchmark.xlsx, benchmark.html (+ orgs/) and benchmark.pdf for RUN."""
    for path in write_reports(RunStore(run), options):
        click.echo(f"wrote {path}")


main.add_command(methodology)  # `benchmark methodology show`, in its own module
main.add_command(sensitivity)  # `benchmark sensitivity RUN`, in cli_analysis
main.add_command(compare)  # `benchmark compare RUN_A RUN_B`, in cli_analysis
main.add_command(validate)  # `benchmark validate TARGETS`, in cli_targets
for command in (explain, criteria, accuracy, doctor):  # inspection commands, in cli_inspect
    main.add_command(command)
