"""Reports: write a scored run folder as benchmark.xlsx and benchmark.html (never score)."""

from __future__ import annotations

from pathlib import Path

from benchmark.runstore import write_bytes_atomic
from reports.excel import workbook_bytes
from reports.html import html_text
from reports.labels import labels_for
from reports.load import Run, RunFolderError, load_run
from reports.localise import localise

__all__ = ["RunFolderError", "default_language", "write_reports"]

XLSX_NAME = "benchmark.xlsx"
HTML_NAME = "benchmark.html"
FRANCE = {"FR", "FRA", "FRANCE"}


def write_reports(run_dir: Path, lang: str | None = None, title: str = "") -> list[Path]:
    """Write benchmark.xlsx and benchmark.html into `run_dir`; return their paths. `lang`
    defaults to the panel's (default_language); `title` heads the workbook's Summary
    (default: the targets file's name)."""
    run_dir = Path(run_dir)
    run = load_run(run_dir)
    lang = lang or default_language(run)
    labels = labels_for(lang)
    run = localise(run, labels)
    outputs = {run_dir / XLSX_NAME: workbook_bytes(run, labels, title),
               run_dir / HTML_NAME: html_text(run, labels, lang).encode("utf-8")}
    for path, data in outputs.items():
        write_bytes_atomic(path, data)
    return list(outputs)


def default_language(run: Run) -> str:
    """French when most of the panel (the targets' `country` column) is in France, else
    English."""
    french = sum(1 for org in run.organisations if org.country.strip().upper() in FRANCE)
    return "fr" if french * 2 > len(run.organisations) else "en"
