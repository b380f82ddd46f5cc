"""In-browser measurements taken on a loaded page (JavaScript run by Playwright)."""

from __future__ import annotations

from typing import Any

from playwright.async_api import Page

# Globals that reveal legacy or third-party tech the DOM alone may hide.
JS_GLOBALS = ("swfobject", "AC_FL_RunContent", "UFO", "RufflePlayer", "jQuery", "React",
              "angular", "Vue", "__NEXT_DATA__", "dataLayer", "ga", "gtag", "_paq", "Tawk_API",
              "Intercom", "$crisp", "zE", "drift", "tarteaucitron", "Cookiebot", "OneTrust",
              "didomiOnReady", "axeptioSettings")

PROBE_SCRIPT = """(globals) => {
  const nav = performance.getEntriesByType('navigation')[0];
  const timing = nav ? {
    ttfb_ms: Math.round(nav.responseStart - nav.startTime),
    dom_content_loaded_ms: Math.round(nav.domContentLoadedEventEnd - nav.startTime),
    load_ms: nav.loadEventEnd > 0 ? Math.round(nav.loadEventEnd - nav.startTime) : null,
    transfer_bytes: nav.transferSize || null,
  } : {};
  const present = {};
  for (const name of globals) { present[name] = typeof window[name] !== 'undefined'; }
  const root = document.documentElement;
  return {
    viewport_width: window.innerWidth,
    scroll_width: Math.max(root.scrollWidth, document.body ? document.body.scrollWidth : 0),
    js_globals: present,
    timing: timing,
    resources: performance.getEntriesByType('resource').length,
  };
}"""


async def measure(page: Page) -> dict[str, Any]:
    """Viewport overflow, JS globals and navigation timing of the current page."""
    facts = await page.evaluate(PROBE_SCRIPT, list(JS_GLOBALS))
    facts["overflow"] = facts["scroll_width"] > facts["viewport_width"] + 1
    return facts
