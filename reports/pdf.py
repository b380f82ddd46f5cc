"""benchmark.pdf: the print document rendered by Chromium (the crawl's own launcher)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from benchmark.runstore import write_bytes_atomic

MARGINS = {"top": "14mm", "bottom": "16mm", "left": "12mm", "right": "12mm"}
# Chromium fills the pageNumber/totalPages spans; the footer has no access to the page CSS.
FOOTER = ('<div style="font-size:8px;width:100%;text-align:center;color:#5b6475;">'
          '<span class="pageNumber"></span> / <span class="totalPages"></span></div>')


class PdfError(RuntimeError):
    """Chromium could not be found or started to print the PDF."""


def write_pdf(html: str, path: Path) -> Path:
    """Print `html` (a self-contained document) to `path` with headless Chromium, A4."""
    write_bytes_atomic(path, asyncio.run(_print(html)))
    return path


async def _print(html: str) -> bytes:
    # Playwright only here, and only when a PDF is asked for (reports stay browser-free).
    from playwright.async_api import async_playwright

    from benchmark.crawl.browser import BrowserNotFound, launch

    async with async_playwright() as playwright:
        try:
            browser = await launch(playwright.chromium, offline=True)
        except BrowserNotFound as error:
            raise PdfError(f"{error} (or leave the PDF out: --no-pdf)") from None
        try:
            context = await browser.new_context(java_script_enabled=False)
            page = await context.new_page()
            # The document embeds everything; anything it would still fetch is refused.
            await page.route("**/*", lambda route: route.abort())
            await page.set_content(html, wait_until="load")
            return await page.pdf(format="A4", print_background=True, margin=MARGINS,
                                  display_header_footer=True, header_template="<span></span>",
                                  footer_template=FOOTER)
        finally:
            await browser.close()
