"""YouTube: the channel page's ytInitialData (subscribers, videos) and its public Atom feed."""

from __future__ import annotations

import re
from datetime import date
from typing import Any
from urllib.parse import unquote, urlsplit

from lxml import etree

from benchmark.social.account import DATA, OK, PAGE, Bodies, Context, Fetch, activity
from benchmark.social.backlinks import domain_named
from benchmark.social.counts import find_count
from benchmark.social.embedded import assigned_json, walk
from benchmark.social.pages import PageAdapter, read_page
from benchmark.social.walls import http_problem

FEED = "https://www.youtube.com/feeds/videos.xml?channel_id={id}"
FEED_SIZE = 15  # the feed lists the newest 15 uploads
CHANNEL_ID = re.compile(r"UC[\w-]{22}")
ID_IN_PAGE = re.compile(r'(?:feeds/videos\.xml\?channel_id=|"externalId":"|itemprop="identifier"'
                        r' content="|"channelId":")(UC[\w-]{22})')
ATOM = "{http://www.w3.org/2005/Atom}"
PAGE_ADAPTER = PageAdapter("youtube", ("this channel doesn't exist",
                                       "this channel does not exist", "cette chaîne n'existe pas"))
SEGMENTS = {"channel": 2, "c": 2, "user": 2}


def channel_url(url: str) -> str:
    """https://www.youtube.com/<account> of any channel address (m., /videos, ?si=)."""
    segments = [s for s in urlsplit(url).path.split("/") if s]
    keep = SEGMENTS.get(segments[0].lower(), 1) if segments else 0
    return "https://www.youtube.com/" + "/".join(segments[:keep])


def channel_id(url: str, page: str) -> str:
    """The UC... id, from the address (/channel/UC...) or the page (its feed link, metadata)."""
    segments = [s for s in urlsplit(url).path.split("/") if s]
    if len(segments) > 1 and segments[0] == "channel" and CHANNEL_ID.fullmatch(segments[1]):
        return segments[1]
    found = ID_IN_PAGE.search(page)
    return found.group(1) if found else ""


def feed_dates(xml: str) -> list[date] | None:
    """Upload dates of the Atom feed, or None when it is not one."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(xml.encode("utf-8"), parser)
    except etree.XMLSyntaxError:
        return None
    if root.tag != f"{ATOM}feed":
        return None
    days = []
    for entry in root.iter(f"{ATOM}entry"):  # the feed has its own <published> too
        published = entry.find(f"{ATOM}published")
        if published is None:
            continue
        try:
            days.append(date.fromisoformat((published.text or "")[:10]))
        except ValueError:
            continue
    return days


def initial_counts(data: Any) -> dict[str, Any]:
    """Subscribers and video count written in ytInitialData's header texts."""
    found: dict[str, Any] = {}
    header = data.get("header", data) if isinstance(data, dict) else data
    for _, value in walk(header):
        if not isinstance(value, str) or len(value) > 200:
            continue
        if "followers" not in found and (count := find_count(value, "followers")):
            found["followers"], found["evidence"] = count[0], f"ytInitialData: {count[1]}"
        elif "posts" not in found and (count := find_count(value, "posts")):
            found["posts"] = count[0]
    return found


def mentions(data: Any, website: str) -> str:
    """The website's domain as the channel's description or links write it, else ''."""
    if data is None:
        return ""
    return domain_named((unquote(v) for k, v in walk(data) if isinstance(v, str) and k in (
        "description", "content", "url", "text", "simpleText", "q")), website)


class YouTube:
    """Channel page, then its feed once the page gave the channel id."""

    def next_fetch(self, url: str, bodies: Bodies) -> Fetch | None:
        if "page" not in bodies:
            return Fetch("page", channel_url(url), PAGE)
        page = bodies["page"]
        if "feed" in bodies or http_problem(page):
            return None
        found = channel_id(url, page.text)
        return Fetch("feed", FEED.format(id=found), DATA) if found else None

    def read(self, url: str, bodies: Bodies, context: Context) -> dict[str, Any]:
        result = read_page(PAGE_ADAPTER, url, bodies, context)
        if result["status"] != OK:
            return result
        data = assigned_json(bodies["page"].text, "ytInitialData")
        counts = initial_counts(data) if data is not None else {}
        if "followers" in counts:
            result["followers"] = counts["followers"]
            result["evidence"]["followers"] = counts["evidence"]
        result["posts"] = counts.get("posts", result["posts"])
        if not result["links_back"] and (named := mentions(data, context.website)):
            result["links_back"] = True
            result["evidence"]["links_back"] = f"channel description or links name {named}"
        feed = bodies.get("feed")
        days = feed_dates(feed.text) if feed is not None and not http_problem(feed) else None
        if days is not None:
            last, recent, said = activity(days, context.crawl_date, len(days) < FEED_SIZE)
            if last is not None or result["last_post"] is None:
                result["last_post"], result["posts_90d"] = last, recent
                result["evidence"]["last_post"] = f"Atom feed: {said}"
        return result
