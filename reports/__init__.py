"""Reports: write a scored run folder as benchmark.xlsx and benchmark.html (never score)."""

from __future__ import annotations

from pathlib import Path

from benchmark.runstore import write_bytes_atomic
from reports.excel import workbook_bytes
from reports.html import html_text
from reports.labels import labels_for
from reports.load import RunFolderError, load_run

__all__ = ["RunFolderError", "write_reports"]

XLSX_NAME = "benchmark.xlsx"
HTML_NAME = "benchmark.html"


def write_reports(run_dir: Path, lang: str = "en", title: str = "") -> list[Path]:
    """Write benchmark.xlsx and benchmark.html into `run_dir`; return their paths. `title`
    heads the workbook's Summary (default: the targets file's name)."""
    run_dir = Path(run_dir)
    labels = labels_for(lang)
    run = load_run(run_dir)
    outputs = {run_dir / XLSX_NAME: workbook_bytes(run, labels, title),
               run_dir / HTML_NAME: html_text(run, labels, lang).encode("utf-8")}
    for path, data in outputs.items():
        write_bytes_atomic(path, data)
    return list(outputs)
