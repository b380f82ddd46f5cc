"""`benchmark doctor`: find Chromium and prove it starts and renders a page."""

from __future__ import annotations

import asyncio

from playwright.async_api import async_playwright

from benchmark.crawl.browser import BrowserNotFound, launch, resolve_chromium


async def _check() -> tuple[bool, str]:
    async with async_playwright() as playwright:
        try:
            executable, origin = resolve_chromium(playwright.chromium)
            browser = await launch(playwright.chromium, offline=True)
        except BrowserNotFound as exc:
            return False, str(exc)
        except Exception as exc:
            return False, f"Chromium found but failed to start: {str(exc).splitlines()[0]}"
        page = await browser.new_page()
        await page.set_content("<p id=ok>ok</p>")
        text = await page.inner_text("#ok")
        version = browser.version
        await browser.close()
    where = executable or "Playwright's own"
    return text == "ok", f"Chromium {version} ({origin}: {where})"


def check_browser() -> tuple[bool, str]:
    return asyncio.run(_check())
