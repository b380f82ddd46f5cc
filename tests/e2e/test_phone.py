"""A desktop tab turned into a phone measures what a Playwright `is_mobile` context does."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from playwright.async_api import async_playwright

from benchmark.crawl import probes
from benchmark.crawl.browser import launch
from benchmark.crawl.phone import PhoneUnavailable, emulate_phone
from benchmark.crawl.settings import DESKTOP_VIEWPORT, MOBILE_USER_AGENT, MOBILE_VIEWPORT

pytestmark = pytest.mark.browser
RESPONSIVE = '<meta name="viewport" content="width=device-width, initial-scale=1">'
PAGES = {  # path -> body: what a phone makes of each kind of layout
    "/responsive": RESPONSIVE + "<p>Readable text</p><small style='font-size:9px'>tiny</small>",
    "/fixed-width": RESPONSIVE + "<table width='780'><tr><td>a wide table</td></tr></table>",
    "/no-viewport": "<p style='width:700px'>a desktop page</p><p>more text here</p>",
}
FIELDS = ("viewport_width", "screen_width", "scroll_width", "overflow", "small_text_share",
          "text_nodes")
SEEN: list[tuple[str, str]] = []


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        SEEN.append((self.path, self.headers.get("User-Agent", "")))
        body = f"<!doctype html><html><head></head><body>{PAGES.get(self.path, '')}</body>"
        data = body.encode()
        self.send_response(200 if self.path in PAGES else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


async def measure_both(base: str) -> dict[str, Any]:
    async with async_playwright() as playwright:
        browser = await launch(playwright.chromium, offline=True)
        try:
            desktop = await browser.new_context(viewport=DESKTOP_VIEWPORT, user_agent="desk")
            tab = await desktop.new_page()
            await tab.goto(base + "/responsive")  # a desktop visit first, as in a crawl
            assert await emulate_phone(tab) is not None
            real = await browser.new_context(viewport=MOBILE_VIEWPORT, is_mobile=True,
                                             has_touch=True, user_agent=MOBILE_USER_AGENT)
            phone = await real.new_page()
            found: dict[str, Any] = {"emulated": {}, "is_mobile": {}}
            for path in PAGES:
                for name, page in (("emulated", tab), ("is_mobile", phone)):
                    await page.goto(base + path)
                    found[name][path] = await probes.measure(page)
            found["touch"] = await tab.evaluate("navigator.maxTouchPoints")
            found["agent"] = await tab.evaluate("navigator.userAgent")
            found["shot"] = await tab.screenshot(type="jpeg")
            return found
        finally:
            await browser.close()


def test_emulated_phone_measures_like_a_mobile_context(site: str) -> None:
    SEEN.clear()
    found = asyncio.run(measure_both(site))
    for path in PAGES:
        emulated, reference = found["emulated"][path], found["is_mobile"][path]
        assert {f: emulated[f] for f in FIELDS} == {f: reference[f] for f in FIELDS}, path
    assert found["emulated"]["/responsive"]["viewport_width"] == 390
    assert found["emulated"]["/responsive"]["small_text_share"] == 0.5
    assert found["emulated"]["/no-viewport"]["viewport_width"] == 980  # laid out as desktop
    # zoomed out to fit, the wide pages have their own width, not the screen's: overflow
    assert {path: found["emulated"][path]["overflow"] for path in PAGES} == {
        "/responsive": False, "/fixed-width": True, "/no-viewport": True}
    assert found["touch"] >= 1 and found["agent"] == MOBILE_USER_AGENT
    # the server saw the desktop agent, then the phone's for every phone visit
    agents = [agent for path, agent in SEEN if path in PAGES]
    assert agents[0] == "desk" and set(agents[1:]) == {MOBILE_USER_AGENT}
    # screenshots are cut to the phone's screen (JPEG SOF0 marker holds height, width)
    shot = found["shot"]
    sof = shot.index(b"\xff\xc0")
    height, width = int.from_bytes(shot[sof + 5:sof + 7]), int.from_bytes(shot[sof + 7:sof + 9])
    assert (width, height) == (390, 844)


async def phone_after_a_failing_navigation() -> list[str]:
    """The crawl's last social fetch may still be committing Chromium's error page when the
    phone starts; the phone must wait for it, not give up (it once did, at random)."""
    reasons = []
    async with async_playwright() as playwright:
        browser = await launch(playwright.chromium, offline=True)
        try:
            for _ in range(5):
                tab = await (await browser.new_context(viewport=DESKTOP_VIEWPORT)).new_page()
                # offline: the host does not resolve, so this lands on chrome-error://
                await tab.evaluate("location.href = 'http://unreachable.example/'")
                try:
                    await emulate_phone(tab)
                except PhoneUnavailable as exc:
                    reasons.append(str(exc))
                await tab.context.close()
        finally:
            await browser.close()
    return reasons


def test_the_phone_waits_for_a_navigation_still_landing() -> None:
    assert asyncio.run(phone_after_a_failing_navigation()) == []
