"""The organisation's own social accounts as its website links them (not mentions, shares)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from benchmark.criteria.site import SiteView
from benchmark.lexicon import normalise, phrase_pattern, words
from benchmark.social.platforms import PROFILE, classify, normalise_profile

STRUCTURE_ZONES = ("nav", "header", "footer")
HANDLE = re.compile(r"@[\w.]+")
MAX_OTHER_WORDS = 1  # 'Acme sur LinkedIn': the organisation's name may stand beside
SITE_WIDE_PAGES = 2  # a link repeated on this many pages belongs to the site's chrome


@dataclass(frozen=True)
class AccountLink:
    """A link to a social account, as first found on the site."""

    platform: str
    href: str
    page_url: str


def names_an_account(text: str) -> bool:
    """Whether link text only names a platform or invites to follow ('Suivez-nous sur X',
    'Notre chaîne YouTube', an icon's 'Facebook', '@acme'), rather than describing a
    third party ('la page Facebook de la mairie de Lyon')."""
    remainder = phrase_pattern(words("accounts")).sub(" ", normalise(HANDLE.sub(" ", text)))
    return len(remainder.split()) <= MAX_OTHER_WORDS


def account_links(site: SiteView) -> dict[str, AccountLink]:
    """Normalised profile URL -> first link to it, for links to social profiles that sit in
    the site's header, navigation or footer, that name the account, or that recur on several
    pages. A profile linked once inside an article is a mention, not the site's account."""
    pages_linking: dict[str, set[str]] = {}
    found: dict[str, AccountLink] = {}
    official: set[str] = set()
    for page, link in site.links():
        social = classify(link["href"])
        if social.platform is None or social.kind != PROFILE:
            continue
        key = normalise_profile(link["href"])
        found.setdefault(key, AccountLink(social.platform, link["href"], page["url"]))
        pages_linking.setdefault(key, set()).add(page["url"])
        if link.get("zone") in STRUCTURE_ZONES or names_an_account(link.get("text", "")):
            official.add(key)
    official |= {key for key, pages in pages_linking.items() if len(pages) >= SITE_WIDE_PAGES}
    return {key: link for key, link in found.items() if key in official}
