"""Command-line options shared by the crawling commands, and the settings they make."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import click

from benchmark.crawl.settings import CrawlSettings

EXIT_OK, EXIT_TOOL_ERROR, EXIT_TARGETS_FAILED = 0, 1, 2
DEFAULTS = CrawlSettings()  # one place for the defaults: the settings themselves
quiet_flag = click.option("--quiet", "-q", is_flag=True, help="No progress bars, only errors.")
cluster_option = click.option(
    "--cluster", metavar="ADDRESS", default=None,
    help="Spread the targets over a Dask cluster: a scheduler (tcp://HOST:8786) or local:N "
    "worker processes here (needs `pip install 'benchmark[cluster]'`; docs/scaling.md).")


def fail(message: str) -> None:
    """Say what went wrong on stderr and exit with the tool-error code."""
    click.echo(f"error: {message}", err=True)
    sys.exit(EXIT_TOOL_ERROR)


def crawl_options(command):
    """Options shared by `run`, `crawl` and `demo`."""
    options = [
        click.option("--out", "out", required=True, type=click.Path(file_okay=False,
                     path_type=Path), help="Run folder (created, or resumed if it exists)."),
        click.option("--max-pages", default=DEFAULTS.max_pages, show_default=True,
                     type=click.IntRange(0, 200),
                     help="Key pages visited per site besides the home page."),
        click.option("--concurrency", default=DEFAULTS.concurrency, show_default=True,
                     type=click.IntRange(1, 32),
                     help="Targets crawled at the same time."),
        click.option("--page-timeout", default=DEFAULTS.page_timeout_s, show_default=True,
                     type=click.FloatRange(1, 300), help="Seconds allowed per page."),
        click.option("--target-timeout", default=DEFAULTS.target_timeout_s, show_default=True,
                     type=click.FloatRange(5, 3600), help="Seconds allowed per target."),
        click.option("--offline", is_flag=True,
                     help="Reach only 127.0.0.1/localhost (tests, local mirrors)."),
        click.option("--force", is_flag=True, help="Crawl again targets already crawled."),
        click.option("--ignore-robots", is_flag=True, help="Do not obey robots.txt."),
        click.option("--archive", is_flag=True, help="Also save every response the browser "
                     "received as snapshots/<id>/archive.warc.gz (WARC)."),
        click.option("--user-agent", default="", help="Replace the whole User-Agent header "
                     "(default: Chrome's, plus benchmark/VERSION and the project URL)."),
        click.option("--delay", default=DEFAULTS.host_delay_s, show_default=True,
                     type=click.FloatRange(0, 60),
                     help="Seconds between the starts of two page loads on the same host."),
        click.option("--per-host", default=DEFAULTS.per_host, show_default=True,
                     type=click.IntRange(1, 4),
                     help="Page loads at once on the same host (across targets)."),
        cluster_option,
        quiet_flag,
    ]
    for option in reversed(options):
        command = option(command)
    return command


@contextmanager
def cluster_from(options: dict) -> Iterator:
    """The --cluster session for the command's stages (None without --cluster); Dask is
    imported only when asked for. Each worker runs `--concurrency` tasks at once."""
    from benchmark.cluster.connect import ClusterError, maybe_cluster
    from benchmark.progress import notes

    with ExitStack() as stack:
        try:
            session = stack.enter_context(maybe_cluster(
                options.get("cluster"), options.get("concurrency", DEFAULTS.concurrency),
                note=notes(options["quiet"]), warn=notes(False)))
        except ClusterError as exc:
            raise click.ClickException(str(exc)) from None
        yield session


def mapper(cluster):
    """How gather and evaluate map over the targets: here, or over the cluster."""
    from benchmark.pipeline import local_map

    return local_map if cluster is None else cluster.map


def settings_from(options: dict, bundle_dir: Path | None = None) -> CrawlSettings:
    return CrawlSettings(max_pages=options["max_pages"], concurrency=options["concurrency"],
                         page_timeout_s=options["page_timeout"],
                         target_timeout_s=options["target_timeout"],
                         offline=options["offline"], force=options["force"],
                         obey_robots=not options["ignore_robots"],
                         user_agent=options["user_agent"], host_delay_s=options["delay"],
                         per_host=options["per_host"], bundle_dir=bundle_dir,
                         archive=options["archive"], replay_dir=options.get("replay"))
