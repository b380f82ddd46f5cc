"""The organisation's own social accounts as its website links them (not mentions, shares)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from itertools import chain
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from benchmark.criteria.site import SiteView
from benchmark.gather.urls import host_of
from benchmark.lexicon import normalise, phrase_pattern, vendor_entries, words
from benchmark.social.normalise import normalise_profile
from benchmark.social.platforms import PROFILE, classify, redirect_platform

STRUCTURE_ZONES = ("nav", "header", "footer")
HANDLE = re.compile(r"@[\w.]+")
MAX_OTHER_WORDS = 1  # 'Acme sur LinkedIn': the organisation's name may stand beside
SITE_WIDE_PAGES = 2  # a link repeated on this many pages belongs to the site's chrome
FACEBOOK_PAGE_PLUGIN = re.compile(
    r"facebook\.com/(?:v[\d.]+/)?plugins/(?:page|likebox|like_box|fan)\.php", re.I)


@dataclass(frozen=True)
class AccountLink:
    """A link to a social account, as first found on the site; `redirect` when it goes
    through an address of the site itself (/facebook, twitter.acme.org)."""

    platform: str
    href: str
    page_url: str
    redirect: bool = False


@cache
def share_words() -> re.Pattern[str]:
    return phrase_pattern(vendor_entries("share", "bar_words"))


def platform_of_link(link: dict[str, str], site_url: str) -> tuple[str | None, bool]:
    """(platform of the account a link opens, whether through a redirect of the site), or
    (None, False) for share links, posts and other pages. A redirect labelled 'share' is
    a share bar's button in the body of a page, a follow button in its header or footer."""
    social = classify(link["href"])
    if social.platform is not None:
        return (social.platform if social.kind == PROFILE else None), False
    text = link.get("text", "")
    platform = redirect_platform(link["href"], text, site_url)
    if platform is None or (share_words().search(normalise(text))
                            and link.get("zone") not in STRUCTURE_ZONES):
        return None, False
    return platform, True


def names_an_account(text: str, site_words: frozenset[str] = frozenset()) -> bool:
    """Whether link text only names a platform or invites to follow ('Suivez-nous sur X',
    'Notre chaîne YouTube', an icon's 'Facebook', '@acme', 'Join Office Angels on LinkedIn'
    on office-angels.com), rather than describing a third party ('la page Facebook de la
    mairie de Lyon'). `site_words` are the words of the site's own host name."""
    remainder = phrase_pattern(words("accounts")).sub(" ", normalise(HANDLE.sub(" ", text)))
    return len([w for w in remainder.split() if w not in site_words]) <= MAX_OTHER_WORDS


def host_words(url: str) -> frozenset[str]:
    """Words of a site's host name: 'https://www.office-angels.com/' -> office, angels, com."""
    return frozenset(normalise(host_of(url).replace(".", " ")).split())


def embedded_pages(site: SiteView) -> Iterator[tuple[dict[str, Any], dict[str, str]]]:
    """(page, link) for the Facebook pages that pages embed in a plugin frame (page, like
    box, fan box): the organisation shows its own page there."""
    for page in site.pages:
        for src in site.embeds(page).get("iframes") or []:
            if not FACEBOOK_PAGE_PLUGIN.search(str(src)):
                continue
            query = dict(parse_qsl(urlsplit(str(src)).query))
            href = query.get("href") or (f"https://www.facebook.com/profile.php?id={query['id']}"
                                          if query.get("id", "").isdigit() else "")
            if href:
                yield page, {"href": href, "text": "", "zone": "body"}


def account_links(site: SiteView) -> dict[str, AccountLink]:
    """Normalised profile URL -> first link to it, for links to social profiles that sit in
    the site's header, navigation or footer, that name the account, or that recur on several
    pages. A profile linked once inside an article is a mention, not the site's account."""
    pages_linking: dict[str, set[str]] = {}
    found: dict[str, AccountLink] = {}
    official: set[str] = set()
    own = host_words(site.home_url)
    for page, link in chain(site.links(), embedded_pages(site)):
        platform, redirect = platform_of_link(link, site.home_url)
        if platform is None:
            continue
        key = normalise_profile(link["href"])
        found.setdefault(key, AccountLink(platform, link["href"], page["url"], redirect))
        pages_linking.setdefault(key, set()).add(page["url"])
        if link.get("zone") in STRUCTURE_ZONES or names_an_account(link.get("text", ""), own):
            official.add(key)
    official |= {key for key, pages in pages_linking.items() if len(pages) >= SITE_WIDE_PAGES}
    return {key: link for key, link in found.items() if key in official}
