"""Reports: write a scored run folder as benchmark.xlsx, benchmark.html with orgs/*.html
scorecards, and benchmark.pdf (never score)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from benchmark.runstore import write_bytes_atomic
from reports.analyses import load_analyses
from reports.excel import workbook_bytes
from reports.html import print_text, write_html
from reports.html_context import shared_context
from reports.labels import labels_for
from reports.load import Run, RunFolderError, load_run
from reports.localise import localise
from reports.logo import LogoError, logo_uri

__all__ = ["LogoError", "RunFolderError", "default_language", "write_reports"]

XLSX_NAME = "benchmark.xlsx"
HTML_NAME = "benchmark.html"
PDF_NAME = "benchmark.pdf"
FRANCE = {"FR", "FRA", "FRANCE"}


def write_reports(run_dir: Path, lang: str | None = None, title: str = "",
                  logo: Path | None = None, pdf: bool = False) -> list[Path]:
    """Write benchmark.xlsx, benchmark.html and orgs/ (and benchmark.pdf when `pdf`) into
    `run_dir`; return their paths. `lang` defaults to the panel's (default_language);
    `title` heads every report (default: the targets file's name in the workbook, the
    generic title in the HTML); `logo` is an image file shown on the HTML pages and the PDF
    cover."""
    run_dir = Path(run_dir)
    logo_data = logo_uri(logo)  # refuse a bad logo before writing anything
    with _collector_paused():
        run = load_run(run_dir)
        lang = lang or default_language(run)
        labels = labels_for(lang)
        run = localise(run, labels)
    gc.freeze()  # the records stay till the end: collections need not scan them again
    try:
        return _write(run_dir, run, labels, lang, title, logo_data, pdf)
    finally:
        gc.unfreeze()


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Loading makes ~15 objects per verdict (row, strings, record: 9 million for 10,000
    organisations) and no reference cycle; the cyclic collector would rescan them all
    again and again (40 % of the loading time at that size)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _write(run_dir: Path, run: Run, labels: dict, lang: str, title: str,
           logo_data: str | None, pdf: bool) -> list[Path]:
    analyses = load_analyses(run_dir)
    xlsx = run_dir / XLSX_NAME
    write_bytes_atomic(xlsx, workbook_bytes(run, labels, title, analyses.change_of()))
    paths = [xlsx, *write_html(run_dir, run, labels, lang, title, logo_data, analyses)]
    if pdf:
        from reports.pdf import write_pdf

        context = shared_context(run, labels, lang, title, logo_data, analyses)
        paths.append(write_pdf(print_text(context), run_dir / PDF_NAME))
    return paths


def default_language(run: Run) -> str:
    """French when most of the panel (the targets' `country` column) is in France, else
    English."""
    french = sum(1 for org in run.organisations if org.country.strip().upper() in FRANCE)
    return "fr" if french * 2 > len(run.organisations) else "en"
