"""Metrics of one social profile page: audience, newest post, posts in 90 days, link back."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import lxml.html

from benchmark import clock
from benchmark.gather.dateformats import plausible
from benchmark.gather.dates import structured_dates, time_dates
from benchmark.gather.dom import clean, opening_tag, parse_document, text_of
from benchmark.gather.meta import jsonld_nodes
from benchmark.gather.text import visible_text
from benchmark.gather.urls import absolute
from benchmark.sites import site_of
from benchmark.social.counts import bare_count, find_count

ACTIVITY_WINDOW_DAYS = 90
KINDS_IN_ORDER = ("followers", "likes")  # likes only when no follower count is shown
META_DESCRIPTIONS = ("og:description", "description", "twitter:description")
# Elements holding a bare follower count, per platform (the wording is elsewhere).
COUNT_HINTS = {
    "tiktok": "//*[@data-e2e='followers-count']",
    "youtube": "//*[@id='subscriber-count']",
}
FOLLOWER_LINKS = "//a[contains(@href, '/followers') or contains(@href, '/verified_followers')]"
REDIRECT_PARAMETERS = ("u", "url", "q", "target", "redirect", "dest")


def empty_metrics(reason: str = "profile page not fetched") -> dict[str, Any]:
    return {"followers": None, "last_post": None, "posts_90d": 0, "links_back": False,
            "evidence": {"followers": reason, "last_post": reason, "links_back": reason}}


def hinted_count(platform: str, doc: lxml.html.HtmlElement) -> tuple[int, str] | None:
    """A follower count from data-metric, a platform's count element or a followers link."""
    paths = ["//*[@data-metric='followers']", COUNT_HINTS.get(platform, ""), FOLLOWER_LINKS]
    for path in filter(None, paths):
        for element in doc.xpath(path):
            text = element.get("data-value") or element.get("content") or text_of(element, 80)
            found = find_count(text, "followers")
            value = found[0] if found else bare_count(text)
            if value is not None:
                return value, clean(f"{opening_tag(element, 100)} {text}")
    return None


def audience(platform: str, doc: lxml.html.HtmlElement, text: str) -> tuple[int | None, str]:
    """Follower count and its evidence: hints, then meta descriptions, then visible text."""
    hinted = hinted_count(platform, doc)
    if hinted:
        return hinted
    descriptions = [m.get("content", "") for m in doc.iter("meta")
                    if (m.get("property") or m.get("name") or "").lower() in META_DESCRIPTIONS]
    for kind in KINDS_IN_ORDER:
        for source in (*descriptions, text):
            found = find_count(source, kind)
            if found:
                return found
    return None, "no follower count found on the page"


def link_targets(href: str) -> list[str]:
    """A link and the destinations hidden in its redirect parameters (l.facebook.com/l.php?u=)."""
    try:
        query = parse_qsl(urlsplit(href).query)
    except ValueError:
        return [href]
    return [href] + [value for name, value in query if name.lower() in REDIRECT_PARAMETERS]


def links_back(doc: lxml.html.HtmlElement, page_url: str, text: str,
               website: str) -> tuple[bool, str]:
    """Whether the page links to (or names, as bios do) the website's registrable domain."""
    domain = site_of(website)
    if not domain:
        return False, "no website to look for"
    for element in doc.iter("a"):
        href = absolute(page_url, element.get("href"))
        if href and any(site_of(t) == domain for t in link_targets(href)):
            return True, clean(f"link {href}")
    written = re.search(rf"(?<![\w.-])(?:www\.)?{re.escape(domain)}(?![\w-]|\.\w)", text, re.I)
    if written:
        return True, clean(f"bio names {written.group(0)}")
    return False, f"no link to {domain} on the profile page"


def posts(doc: lxml.html.HtmlElement, crawl_date: date) -> list[tuple[date, str]]:
    """Dates of posts shown on the page (<time> elements, JSON-LD), newest first."""
    found = [(d, s) for d, s, _ in time_dates(doc)]
    found += [(d, s) for d, _, s in structured_dates(doc, jsonld_nodes(doc))]
    return sorted((item for item in found if plausible(item[0], crawl_date)), reverse=True)


def profile_metrics(platform: str, url: str, html: str, website: str, *,
                    crawl_date: date | None = None) -> dict[str, Any]:
    """followers (int or None), last_post (ISO date or None), posts_90d, links_back, evidence."""
    doc = parse_document(html)
    if doc is None:
        return empty_metrics("profile page empty or unreadable")
    crawl_date = crawl_date or clock.today()
    text = visible_text(doc)
    followers, followers_evidence = audience(platform, doc, text)
    dated = posts(doc, crawl_date)
    window_start = crawl_date - timedelta(days=ACTIVITY_WINDOW_DAYS)
    linked, link_evidence = links_back(doc, url, text, website)
    return {
        "followers": followers,
        "last_post": dated[0][0].isoformat() if dated else None,
        "posts_90d": sum(1 for day, _ in dated if day >= window_start),
        "links_back": linked,
        "evidence": {"followers": followers_evidence,
                     "last_post": dated[0][1] if dated else "no dated post on the page",
                     "links_back": link_evidence},
    }
