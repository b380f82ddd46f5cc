"""Find a section or feature (about, news, FAQ...) from page roles, links and headings."""

from __future__ import annotations

from functools import cache

from benchmark.criteria.site import SiteView
from benchmark.gather.dom import clean
from benchmark.gather.urls import find_in_url, is_document, url_segments
from benchmark.lexicon import find, normalise, words
from benchmark.model import Evidence
from benchmark.sites import same_site
from benchmark.social.platforms import classify

STRUCTURE_ZONES = ("nav", "header", "footer")
MAX_BODY_LINK_WORDS = 5  # longer body links are article titles, not section names
MAX_HEADING_WORDS = 6


def names_url(key: str, url: str) -> str | None:
    """A slug of keyword list `key` that is a whole part of `url` ('/panier/', '/feed/'):
    an article address such as '/energy-costs-and-the-shop-floor' does not count."""
    slugs = url_slugs(key)
    return next((segment for segment in url_segments(url) if segment in slugs), None)


@cache
def url_slugs(key: str) -> frozenset[str]:
    """The normalised slugs of keyword list `key` (asked for every link: worked out once)."""
    return frozenset(normalise(slug) for slug in words(key, for_urls=True))


def excepted(key: str, text: str) -> bool:
    """Whether `text` uses a phrase of the optional `except` list of keyword table `key`
    ('Media enquiries' names a press contact, not a press room)."""
    try:
        return find(f"{key}.except", text) is not None
    except KeyError:
        return False


def crawled_page(site: SiteView, section: str) -> Evidence | None:
    """A page the crawler visited because its link looked like `section`, and that loaded."""
    for page in site.all_pages:
        status = page.get("status")
        if (page.get("role") == section and not page.get("error")
                and not (isinstance(status, int) and status >= 400)):
            why = page.get("why") or "link text or URL"
            return Evidence(str(page.get("url") or ""), clean(f"{section} page visited ({why})"))
    return None


def worded_link(site: SiteView, key: str) -> Evidence | None:
    """The best link named with keyword list `key`: in the navigation, then a short body
    link, then a same-site URL such as /qui-sommes-nous. Social media links never count."""
    best: tuple[int, Evidence] | None = None
    for page, link in site.links():
        href, text, zone = link["href"], link.get("text", ""), link.get("zone", "body")
        if classify(href).platform:  # 'Rejoignez-nous sur Facebook' is not a careers link
            continue
        rank, word = 3, None
        if excepted(key, text):
            continue
        if len(text.split()) <= MAX_BODY_LINK_WORDS or zone in STRUCTURE_ZONES:
            word = find(key, text)
            rank = 0 if zone in STRUCTURE_ZONES else 1
        if word is None and same_site(href, site.home_url) and not is_document(href):
            word, rank = find_in_url(key, href), 2
        if word is not None and (best is None or rank < best[0]):
            where = f"{zone} link" if zone != "body" else "link"
            best = rank, Evidence(href, clean(f"{where} '{text or word}' on {page['url']}"))
            if rank == 0:
                break
    return best[1] if best else None


def worded_heading(site: SiteView, key: str) -> Evidence | None:
    """A short heading using keyword list `key`."""
    for page in site.pages:
        for heading in page.get("headings") or []:
            text = str(heading.get("text", ""))
            if (len(text.split()) <= MAX_HEADING_WORDS and find(key, text)
                    and not excepted(key, text)):
                return Evidence(page["url"], clean(f"h{heading.get('level')} '{text}'"))
    return None


def find_section(site: SiteView, section: str) -> Evidence | None:
    """Evidence that the site has `section` (a [sections.*] table of keywords.toml)."""
    key = f"sections.{section}"
    return crawled_page(site, section) or worded_link(site, key) or worded_heading(site, key)
