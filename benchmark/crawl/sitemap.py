"""Page URLs listed in sitemaps (sitemap.xml and those named in robots.txt)."""

from __future__ import annotations

from lxml import etree
from playwright.async_api import Page

from benchmark.crawl.fetch import Fetched, fetch_text

SITEMAP_MAX_BYTES = 5 * 1024 * 1024
MAX_SITEMAPS = 4  # the root ones plus a few children of a sitemap index
MAX_URLS = 5000
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, recover=True,
                          huge_tree=False)


def parse_sitemap(body: bytes) -> tuple[list[str], list[str]]:
    """(page URLs, child sitemap URLs) of a sitemap or sitemap index; empty if not XML."""
    try:
        root = etree.fromstring(body, _PARSER)
    except (etree.XMLSyntaxError, ValueError):
        return [], []
    if root is None:
        return [], []
    locations = [(loc.text or "").strip() for loc in root.iter("{*}loc")]
    locations = [loc for loc in locations if loc.startswith(("http://", "https://"))]
    if etree.QName(root).localname == "sitemapindex":
        return [], locations
    return locations[:MAX_URLS], []


async def sitemap_pages(page: Page, sitemaps: list[str], timeout_s: float,
                        fetched_texts: dict[str, Fetched] | None = None) -> list[str]:
    """Fetch up to MAX_SITEMAPS sitemaps (breadth first) and return their page URLs;
    each answer is also kept in `fetched_texts` (for the archive) when given."""
    queue, seen, pages = list(dict.fromkeys(sitemaps)), set(), []
    while queue and len(seen) < MAX_SITEMAPS and len(pages) < MAX_URLS:
        address = queue.pop(0)
        if address in seen or address.endswith(".gz"):  # .gz would start a download
            continue
        seen.add(address)
        fetched = await fetch_text(page, address, timeout_s, SITEMAP_MAX_BYTES)
        if fetched_texts is not None:
            fetched_texts[address] = fetched
        if fetched.status != 200:
            continue
        found, children = parse_sitemap(fetched.body)
        pages += found
        queue += children
    return pages[:MAX_URLS]
