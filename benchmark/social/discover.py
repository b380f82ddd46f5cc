"""Accounts the site links as its own, for the platforms the targets file leaves empty."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from benchmark.criteria.accounts import account_links
from benchmark.criteria.site import SiteView
from benchmark.gather.dom import parse_document
from benchmark.gather.links import extract_links
from benchmark.social.platforms import classify

MAX_DISCOVERED = 8  # a link farm must not turn into dozens of profile visits


def page_links(url: str, html: str) -> dict[str, Any] | None:
    """The links and frames of one saved page, as the criteria read them."""
    doc = parse_document(html)
    if doc is None:
        return None
    frames = [src for src in doc.xpath("//iframe/@src") if isinstance(src, str)]
    return {"url": url, "parsed": True, "links": extract_links(doc, url),
            "embeds": {"iframes": frames}}


def discovered_accounts(pages: list[dict[str, Any]], read: Callable[[str], str | None],
                        listed: dict[str, str], home_url: str) -> list[tuple[str, str, str]]:
    """(platform, profile URL, page linking it) for the site's official accounts on
    platforms without a listed account: the first one per platform, in page order.
    Redirects of the site (/facebook) hide the account, so they are left out."""
    views = [p for record in pages if record.get("file") and (html := read(record["file"]))
             and (p := page_links(str(record.get("final_url") or record.get("url")), html))]
    if not views:
        return []
    site = SiteView({"pages": views, "target": {"website": home_url}})
    found: dict[str, tuple[str, str, str]] = {}
    for link in account_links(site).values():
        platform = classify(link.href).platform
        if link.redirect or not platform or platform in listed or platform in found:
            continue
        found[platform] = (platform, link.href, link.page_url)
    return list(found.values())[:MAX_DISCOVERED]
