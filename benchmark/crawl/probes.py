"""In-browser measurements taken on a loaded page (JavaScript run by Playwright)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from playwright.async_api import BrowserContext, Page
from playwright.async_api import Error as PlaywrightError

from benchmark.sites import same_site

# Globals that reveal legacy or third-party tech the DOM alone may hide.
JS_GLOBALS = ("swfobject", "AC_FL_RunContent", "UFO", "RufflePlayer", "jQuery", "React",
              "angular", "Vue", "__NEXT_DATA__", "dataLayer", "ga", "gtag", "_paq", "Tawk_API",
              "Intercom", "$crisp", "zE", "drift", "tarteaucitron", "Cookiebot", "OneTrust",
              "didomiOnReady", "axeptioSettings", "__tcfapi")
PRIVATE_HEADERS = ("set-cookie", "cookie", "authorization")  # may carry visitors' ids
SMALL_TEXT_PX = 12  # below this, body text is hard to read on a phone (Lighthouse uses 12)

PROBE_SCRIPT = """async (globals) => {
  const lcp = await new Promise(resolve => {
    let last = null;
    try {
      new PerformanceObserver(list => {
        const entries = list.getEntries();
        if (entries.length) last = Math.round(entries[entries.length - 1].startTime);
      }).observe({type: 'largest-contentful-paint', buffered: true});
    } catch (e) { /* not supported */ }
    setTimeout(() => resolve(last), 50);
  });
  const nav = performance.getEntriesByType('navigation')[0];
  const timing = nav ? {
    ttfb_ms: Math.round(nav.responseStart - nav.startTime),
    dom_content_loaded_ms: Math.round(nav.domContentLoadedEventEnd - nav.startTime),
    load_ms: nav.loadEventEnd > 0 ? Math.round(nav.loadEventEnd - nav.startTime) : null,
    largest_contentful_paint_ms: lcp,
    document_bytes: nav.transferSize || null,
  } : {largest_contentful_paint_ms: lcp};
  const byType = {};
  for (const entry of performance.getEntriesByType('resource')) {
    const kind = entry.initiatorType || 'other';
    const slot = byType[kind] || (byType[kind] = {count: 0, bytes: 0});
    slot.count += 1; slot.bytes += entry.transferSize || 0;
  }
  const present = {};
  for (const name of globals) { present[name] = typeof window[name] !== 'undefined'; }
  let texts = 0, small = 0;
  const walker = document.createTreeWalker(document.body || document, NodeFilter.SHOW_TEXT);
  while (walker.nextNode() && texts < 400) {
    const node = walker.currentNode, parent = node.parentElement;
    if (!parent || node.textContent.trim().length < 3) continue;
    const box = parent.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    texts += 1;
    if (parseFloat(getComputedStyle(parent).fontSize) < __SMALL__) small += 1;
  }
  const root = document.documentElement;
  return {
    viewport_width: window.innerWidth,
    screen_width: screen.width,
    scroll_width: Math.max(root.scrollWidth, document.body ? document.body.scrollWidth : 0),
    js_globals: present,
    timing: timing,
    resources_by_type: byType,
    text_nodes: texts,
    small_text_share: texts ? Math.round(1000 * small / texts) / 1000 : null,
  };
}""".replace("__SMALL__", str(SMALL_TEXT_PX))


async def measure(page: Page) -> dict[str, Any]:
    """Viewport overflow, text size, JS globals, timing and resources of the current page."""
    facts = await page.evaluate(PROBE_SCRIPT, list(JS_GLOBALS))
    # Against the screen, not the layout viewport: a phone zooms out to fit a page wider
    # than itself, which then has the page's width (780 px of table: 788 "fits" in 788).
    screen = facts.get("screen_width") or facts["viewport_width"]
    facts["overflow"] = facts["scroll_width"] > screen + 1
    facts["requests"] = sum(kind["count"] for kind in facts["resources_by_type"].values())
    facts["transfer_bytes"] = (facts["timing"].get("document_bytes") or 0) + sum(
        kind["bytes"] for kind in facts["resources_by_type"].values())
    return facts


async def cookies(context: BrowserContext) -> list[dict[str, Any]]:
    """Cookies the site set so far (name, domain, expiry; never values: they may be ids)."""
    return [{"name": c["name"], "domain": c["domain"], "expires": c.get("expires", -1),
             "secure": c.get("secure", False), "same_site": c.get("sameSite", "")}
            for c in await context.cookies()][:200]


def third_party_hosts(network_rows: list[dict[str, Any]], page_url: str) -> list[str]:
    """Hosts contacted while `page_url` loaded that belong to another site."""
    return sorted({urlsplit(row["url"]).hostname or "" for row in network_rows
                   if row["page"] == page_url and row["url"].startswith("http")
                   and not same_site(row["url"], page_url)} - {""})


def response_headers(headers: dict[str, str]) -> dict[str, str]:
    """The home page's response headers (HSTS, server, generator), cookies left out."""
    return {name.lower(): str(value)[:500] for name, value in list(headers.items())[:100]
            if name.lower() not in PRIVATE_HEADERS}


async def http_redirect(context: BrowserContext, url: str, timeout_s: float) -> dict[str, Any]:
    """Where the plain http:// address of `url` sends visitors: {url, status, location}.

    One HEAD request (no body: a hostile page may be huge), redirects not followed. It does
    not go through the context's routing: call it only when the crawl reaches the real site
    (not for bundles or replays).
    """
    parts = urlsplit(url)
    address = parts._replace(scheme="http", path=parts.path or "/").geturl()
    try:
        response = await context.request.head(address, max_redirects=0,
                                              timeout=timeout_s * 1000)
        if response.status in (405, 501):  # HEAD not supported: ask again, bounded in time
            await response.dispose()
            response = await context.request.get(address, max_redirects=0,
                                                 timeout=timeout_s * 1000)
    except PlaywrightError as exc:
        return {"url": address, "error": str(exc).splitlines()[0][:200]}
    try:
        return {"url": address, "status": response.status,
                "location": response.headers.get("location", "")[:500]}
    finally:
        await response.dispose()
