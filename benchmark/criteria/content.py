"""Content criteria: corporate sections, freshness and rate of dated items, feeds, languages."""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache
from typing import Any

from benchmark.criteria.base import criterion
from benchmark.criteria.scales import count_score, recency
from benchmark.criteria.sections import find_section, names_url
from benchmark.criteria.site import SiteView
from benchmark.gather.dom import clean
from benchmark.gather.urls import matching_vendor, path_of
from benchmark.lexicon import find, load, normalise, vendor_entries
from benchmark.model import Evidence, Outcome, Status, Target
from benchmark.sites import same_site

FRESH_FULL_DAYS = 30  # newest item this recent: full score
FRESH_ZERO_DAYS = 730  # this old (two years): zero
FRESH_PASS_DAYS = 365  # pass while the newest item is at most a year old
ITEM_SOURCES = ("time", "jsonld", "meta", "text")  # not "mention" nor "event" (observations)
RATE_WINDOW_DAYS = 90
RATE_PASS = 3  # about one item a month
RATE_FULL = 12  # about one a week
LANGUAGES_FULL = 3  # languages for a full score (1 language scores 0)
LANGUAGE_SWITCH_ZONES = ("nav", "header", "footer")
FEED_EXTENSIONS = (".rss", ".atom", ".rdf")

# (id, section, title, failure title, what is looked for, kinds or None)
SECTIONS = (
    ("about-section", "about", "Has an about section", "No about section",
     "an 'about us' section (qui sommes-nous, who we are, our history, the group)", None),
    ("news-section", "news", "Has a news section", "No news section",
     "a news section (actualités, news, newsroom, blog)", None),
    ("press-room", "press", "Has a press room", "No press room",
     "a press room (espace presse, press releases, media centre)", None),
    ("careers-section", "careers", "Has a careers section", "No careers section",
     "a careers section (carrières, recrutement, jobs, join us)", None),
    ("investors-section", "investors", "Has an investors section", "No investors section",
     "an investor relations section (investisseurs, actionnaires, finance)", ("listed-company",)),
    ("csr-section", "csr", "Has a CSR / sustainability section", "No CSR section",
     "a CSR or sustainability section (RSE, développement durable, engagements)", None),
)


def declare_section(id: str, section: str, title: str, failure_title: str, looked_for: str,
                    applies_to: tuple[str, ...] | None) -> None:  # pragma: no mutate block
    def judge(site: SiteView, target: Target) -> Outcome:
        evidence = find_section(site, section)
        return Outcome.boolean(evidence is not None,
                               evidence or site.absent(f"{section} link, heading or page"))

    criterion(id=id, dimension="content", title=title, failure_title=failure_title,
              measures=f"Whether the site offers {looked_for}, recognised from navigation links, "
                       "page addresses and headings, in French, English, German, Spanish and "
                       "Italian.",
              needs=("pages", "links", "headings"), applies_to=applies_to)(judge)


for declaration in SECTIONS:
    declare_section(*declaration)


def item_dates(page: dict[str, Any]) -> list[dict[str, Any]]:
    """The page's dates that date items: not dates mentioned in running text nor days of
    events and, on a page marking its dates up with <time>, not dates only written in the
    text either (a share price's day)."""
    dates = [item for item in page.get("dates") or [] if item.get("source") in ITEM_SOURCES]
    if any(item.get("source") == "time" for item in dates):
        return [item for item in dates if item.get("source") != "text"]
    return dates


@criterion(id="content-freshness", dimension="content", title="Content is fresh",
           failure_title="Content is stale",
           measures=f"Date of the newest dated item (news, press release, post) on the pages "
                    f"visited. Full score within {FRESH_FULL_DAYS} days of the audit, falling "
                    f"to zero at {FRESH_ZERO_DAYS} days; passes within {FRESH_PASS_DAYS} days.",
           needs=("pages", "dates"))
def content_freshness(site: SiteView, target: Target) -> Outcome:
    dated = [(date.fromisoformat(item["date"]), page["url"], item.get("snippet", ""))
             for page in site.pages for item in item_dates(page)]
    if not dated:
        return Outcome(Status.FAIL, "", 0.0, site.absent("dated item"))
    newest, url, snippet = max(dated, key=lambda item: item[0])
    fresh = recency(newest, site.crawl_date, full_within=FRESH_FULL_DAYS,
                    zero_at=FRESH_ZERO_DAYS, pass_within=FRESH_PASS_DAYS)
    return Outcome(fresh.status, newest.isoformat(), fresh.score,
                   Evidence(url, clean(f"{fresh.age_days} days old: {snippet}")))


def items_per_date(site: SiteView) -> dict[date, tuple[int, str, str]]:
    """Date -> (items, page URL, snippet). A page's items of one date are counted from one
    kind of date (the same item often has a <time> and a written date). The same items
    listed on several pages count once: the page showing most of them wins."""
    found: dict[date, tuple[int, str, str]] = {}
    for page in site.pages:
        for item in item_dates(page):
            day, count = date.fromisoformat(item["date"]), int(item.get("count") or 1)
            if count > found.get(day, (0, "", ""))[0]:
                found[day] = (count, page["url"], str(item.get("snippet") or ""))
    return found


@criterion(id="publishing-rate", dimension="content", title="Publishes regularly",
           failure_title="Publishes rarely",
           measures=f"Number of dated items (news, press releases, posts) published in the "
                    f"{RATE_WINDOW_DAYS} days before the audit, on the pages visited; the same "
                    f"item shown on several pages counts once. {RATE_PASS} or more pass; "
                    f"{RATE_FULL} or more get the full score.",
           needs=("pages", "dates"))
def publishing_rate(site: SiteView, target: Target) -> Outcome:
    start = site.crawl_date - timedelta(days=RATE_WINDOW_DAYS)
    recent = sorted(((day, found) for day, found in items_per_date(site).items()
                     if day >= start), reverse=True)
    count = sum(items for _, (items, _, _) in recent)
    if not recent:
        return Outcome(Status.FAIL, "0", 0.0,
                       site.absent(f"item dated within {RATE_WINDOW_DAYS} days"))
    newest_url = recent[0][1][1]
    listed = ", ".join(f"{day.isoformat()}" + (f" ×{n}" if n > 1 else "")
                       for day, (n, _, _) in recent)
    return Outcome(Status.PASS if count >= RATE_PASS else Status.FAIL, str(count),
                   count_score(count, RATE_FULL),
                   Evidence(newest_url, clean(f"{count} items since {start}: {listed}")))


@criterion(id="rss-feed", dimension="content", title="Offers an RSS/Atom feed",
           failure_title="No RSS/Atom feed",
           measures="Whether the site announces an RSS or Atom feed (a feed link in the page "
                    "head, or an 'RSS' link) so that news can be followed without visiting.",
           needs=("pages", "meta", "links"))
def rss_feed(site: SiteView, target: Target) -> Outcome:
    feeds = ((page, feed) for page in site.pages
             for feed in (page.get("meta") or {}).get("feeds") or [])
    announced = next(feeds, None)
    if announced:
        page, feed = announced
        return Outcome.boolean(True, Evidence(page["url"], clean(f"feed link {feed['href']}")))
    for page, link in site.links():
        href, text = link["href"], link.get("text", "")
        if find("links.feed", text) or is_feed_url(href, site.home_url):
            return Outcome.boolean(True, Evidence(href, clean(f"link '{text}' on {page['url']}")))
    return Outcome.boolean(False, site.absent("RSS/Atom link"))


def is_feed_url(href: str, home_url: str) -> bool:
    """A feed's address: feed://, on a feed host (FeedBurner), a .rss/.atom file, or a page
    of the site named as a feed ('/rss', '/feed/', 'feed.xml', '?feed=rss2', rssFeed.aspx)."""
    if href.lower().startswith("feed:") or matching_vendor(href, vendor_entries("feeds")) \
            or path_of(href).lower().endswith(FEED_EXTENSIONS):
        return True
    return same_site(href, home_url) and names_url("links.feed", href) is not None


@cache
def language_names() -> dict[str, str]:
    """Normalised language name or code -> ISO 639-1 code (keywords.toml [languages])."""
    return {normalise(name): code for code, names in load("keywords")["languages"].items()
            for name in names}


def primary(tag: str) -> str:
    """'fr-FR' -> 'fr'; '' for x-default and empty tags."""
    code = tag.strip().lower().replace("_", "-").split("-")[0]
    return "" if code in ("", "x") else code


def offered_languages(site: SiteView) -> dict[str, str]:
    """Language code -> where it was seen: html lang, hreflang alternates, switcher links."""
    found: dict[str, str] = {}
    for page in site.pages:
        meta = page.get("meta") or {}
        found.setdefault(primary(meta.get("lang", "")), f"lang attribute of {page['url']}")
        for alternate in meta.get("alternates") or []:
            found.setdefault(primary(alternate.get("hreflang", "")),
                             f"hreflang {alternate['href']}")
    for _, link in site.links():
        code = primary(link.get("hreflang") or link.get("lang") or "")
        name = normalise(link.get("text", ""))
        if not code and (len(name) > 2 or link.get("zone") in LANGUAGE_SWITCH_ZONES):
            code = language_names().get(name, "")  # a bare 'EN' counts only in a switcher
        found.setdefault(code, f"link '{link.get('text', '')}' -> {link['href']}")
    found.pop("", None)
    return found


@criterion(id="languages", dimension="content", title="Available in several languages",
           failure_title="Available in one language only",
           measures=f"Number of languages the site offers (page language, alternate language "
                    f"versions, language switcher). Two or more pass; {LANGUAGES_FULL} or more "
                    f"get the full score.",
           needs=("pages", "meta", "links"))
def languages(site: SiteView, target: Target) -> Outcome:
    found = offered_languages(site)
    count = max(len(found), 1)  # a readable site is in at least one language
    score = min(1.0, (count - 1) / (LANGUAGES_FULL - 1))
    codes = ", ".join(f"{code} ({where})" for code, where in sorted(found.items()))
    return Outcome(Status.PASS if count >= 2 else Status.FAIL, str(count), score,
                   Evidence(site.home_url, clean(codes or "no language declared or offered")))
