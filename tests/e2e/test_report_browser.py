"""The HTML report in the real Chromium: phone and laptop widths, sorting, hostile text inert;
the PDF's pages and text (pdftotext)."""

from __future__ import annotations

import asyncio
import csv
import re
import subprocess
import sys
from pathlib import Path

import pytest
from playwright.async_api import async_playwright

from benchmark.crawl.browser import launch
from reports import write_reports

sys.path.insert(0, str(Path(__file__).parents[1] / "unit"))
from test_reports_fixture import make_run  # noqa: E402

pytestmark = pytest.mark.browser
HOSTILE = '<img src=x onerror="document.title=\'PWNED\'">'
WIDTHS = (390, 1366)


def hostile_run(root: Path) -> Path:
    """The fixture run with a hostile organisation name and evidence snippet."""
    run = make_run(root)
    scores = (run / "scores.csv").read_text(encoding="utf-8")
    (run / "scores.csv").write_text(scores.replace("Gamma Org", f"Gamma {HOSTILE}"),
                                    encoding="utf-8")
    with (run / "results.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    for row in rows:
        if row[:2] == ["alpha", "donation"]:
            row[8] = f"Donate {HOSTILE}"  # the evidence column
    with (run / "results.csv").open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return run


async def inspect(url: str, width: int, sort: bool = False) -> dict:
    """Open `url` at `width`: overflow, console errors, title, and the ranking order."""
    async with async_playwright() as playwright:
        browser = await launch(playwright.chromium, offline=True)
        page = await browser.new_page(viewport={"width": width, "height": 900})
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        await page.goto(url)
        await page.wait_for_timeout(100)
        found = await page.evaluate("""() => ({
            scroll: document.documentElement.scrollWidth, inner: window.innerWidth,
            title: document.title, images: document.images.length,
            handlers: document.querySelectorAll('[onerror], script:not([nonce])').length,
            scripts: document.scripts.length,
            text: document.body.innerText, all: document.body.textContent})""")
        if sort:
            names = ("Array.from(document.querySelectorAll("
                     "'table.ranking tbody tr td:nth-child(2)')).map(td => td.textContent.trim())")
            found["before"] = await page.evaluate(names)
            await page.click("table.ranking thead th:nth-child(3) button")  # Overall
            found["ascending"] = await page.evaluate(names)
            await page.click("table.ranking thead th:nth-child(3) button")
            found["descending"] = await page.evaluate(names)
        await browser.close()
    found["errors"] = errors
    return found


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    run = hostile_run(tmp_path_factory.mktemp("report"))
    write_reports(run, pdf=True, title="Client <b>X</b>")
    return run


@pytest.mark.parametrize("width", WIDTHS)
def test_index_fits_the_width_sorts_and_runs_nothing_hostile(report: Path, width: int):
    found = asyncio.run(inspect((report / "benchmark.html").as_uri(), width, sort=True))
    assert found["scroll"] <= found["inner"], found  # no horizontal overflow
    assert found["errors"] == []  # our script ran under the CSP; nothing was blocked
    assert found["title"] == "Client <b>X</b>"  # shown as text, never as markup
    assert HOSTILE in found["text"]  # the hostile name is printed, not parsed
    assert found["images"] == 0
    assert found["scripts"] == 1  # ours, allowed by its hash
    assert found["handlers"] == 1  # that script; no element with an event handler
    # Overall 81.2 (alpha), 55.6 (evil), – (gamma, unscored, always last).
    assert [name[:5] for name in found["before"]] == ["Alpha", "=HYPE", "Gamma"]
    assert [name[:5] for name in found["ascending"]] == ["=HYPE", "Alpha", "Gamma"]
    assert [name[:5] for name in found["descending"]] == ["Alpha", "=HYPE", "Gamma"]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("target", ["alpha", "gamma"])
def test_scorecards_fit_the_width_and_hostile_text_stays_text(report: Path, width: int,
                                                              target: str):
    found = asyncio.run(inspect((report / "orgs" / f"{target}.html").as_uri(), width))
    assert found["scroll"] <= found["inner"], found
    assert found["errors"] == []
    names = {"alpha": "Alpha <script>alert(1)</script>", "gamma": f"Gamma {HOSTILE}"}
    assert found["title"] == f"{names[target]} · Client <b>X</b>"  # as text; no handler ran
    if target == "alpha":
        assert found["images"] == 1  # the desktop screenshot, a data: URI
        assert f"Donate {HOSTILE}" in found["all"]  # kept, as text, under "as found"
        assert "Donate" in found["text"]  # the reader text shows without the markup
    else:
        assert f"Gamma {HOSTILE}" in found["text"]
    assert found["scripts"] == 0 and found["handlers"] == 0


def pdf_text(path: Path) -> str:
    return subprocess.run(["/usr/bin/pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def test_pdf_has_cover_ranking_each_organisation_and_failures(report: Path):
    pages = pdf_text(report / "benchmark.pdf").split("\f")[:-1]  # pdftotext ends with \f
    info = subprocess.run(["pdfinfo", str(report / "benchmark.pdf")], capture_output=True,
                          text=True).stdout
    count = int(next(line.split()[-1] for line in info.splitlines()
                     if line.startswith("Pages:")))
    assert len(pages) == count
    # Cover, ranking, alpha and evil (a page each at least), failures, methodology: 6 or
    # more; never a page per criterion of the unreachable target (12 would be too many).
    assert 6 <= count <= 12
    assert "Client <b>X</b>" in pages[0] and "Panel of 3 organisations" in pages[0]
    assert "Ranking" in pages[1]
    assert "Alpha" in pages[1] and "Gamma" in pages[1]
    # One section per scored organisation, each starting a page; the unreachable one is
    # summarised on the failures page, not given pages of "Unknown".
    starts = [i for i, page in enumerate(pages) if page.lstrip().startswith("#")]
    assert [pages[i].split()[1][:5] for i in starts] == ["Alpha", "=HYPE"]
    failed = [page for page in pages if "Websites that could not be audited" in page]
    assert len(failed) == 1 and "DNS lookup failed" in failed[0]
    assert not any(page.lstrip().startswith("#") and "Gamma" in page.split("\n")[0]
                   for page in pages)
    assert "Methodology" in pages[-1] or any("Methodology" in p for p in pages[-2:])
    assert re.search(rf"\b{count}\s*/\s*{count}\s*$", pages[-1])  # page numbers, footer
