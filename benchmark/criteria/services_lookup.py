"""Lookups the services criteria share: forms of a kind, worded links, scripted controls."""

from __future__ import annotations

import re

from benchmark.criteria.form_kinds import kinds_of
from benchmark.criteria.forms import name_words
from benchmark.criteria.sections import names_url
from benchmark.criteria.site import SiteView
from benchmark.gather.dom import clean
from benchmark.gather.urls import find_in_url, host_of, matching_vendor, path_of
from benchmark.lexicon import CJK, find
from benchmark.model import Evidence, Outcome
from benchmark.sites import same_site, site_of
from benchmark.social.platforms import classify

FORM_NEEDS = ("pages", "forms")
MAX_ACTION_WORDS = 4  # 'Mon panier (0)', 'Espace client', 'Apply now'
MAX_APPLY_WORDS = 8  # on careers pages: 'Presentar solicitud en la Sede electrónica'
STRUCTURE_ZONES = ("nav", "header", "footer")
CJK_CHARS_PER_WORD = 2  # '会员登录' is about two words, not one
PERSONAL_PAGE = re.compile(r"/~([a-z][\w-]{3,})", re.I)
MIN_SUBDOMAIN_NAME = 6  # 'abcnews' names a brand; 'en', 'blog', 'news' do not


def length_in_words(text: str) -> int:
    """Words of a link text, CJK characters counted two to a word (no spaces there)."""
    return len(text.split()) + len(CJK.findall(text)) // CJK_CHARS_PER_WORD


def site_names(site_url: str) -> list[str]:
    """Names a site goes by in other hosts: its registrable label ('acme' of acme.fr) and
    a long own subdomain label ('abcnews' of abcnews.go.com, whose registrable name is 'go')."""
    registrable = site_of(site_url)
    host = host_of(site_url)
    labels = host[: -len(registrable)].split(".") if registrable and host.endswith(
        registrable) else []
    names = [registrable.split(".")[0]] + [label for label in labels
                                           if len(label) >= MIN_SUBDOMAIN_NAME]
    home = PERSONAL_PAGE.match(path_of(site_url))  # www.uni.edu/~jdoe/: Jane Doe's own site
    return [name for name in names if len(name) >= 3] + ([home.group(1).lower()] if home else [])


def carries_name(url: str, site_url: str) -> bool:
    """Whether `url` is on the site or on a host carrying the site's name ('acme' in
    acme-shop.com): a shop the organisation runs, not a partner's or sister brand's. A
    shared secure host serving the site's own pages under its domain name
    (sslsites.de/acme.de/cart.php) is the site too."""
    if same_site(url, site_url):
        return True
    first = path_of(url).strip("/").split("/", 1)[0].lower()
    if first and first == site_of(site_url):
        return True
    host = host_of(url)
    return any(name in host for name in site_names(site_url))


def scripted_control(site: SiteView, key: str, max_words: int = MAX_ACTION_WORDS
                     ) -> Evidence | None:
    """A control acting through script ('<a href="#" onclick="signIn()">Sign in</a>', a
    cart button) whose short text, or class name, uses keyword list `key`."""
    for page in site.pages:
        for action in page.get("actions") or []:
            text = str(action.get("text", ""))
            word = find(key, text) if length_in_words(text) <= max_words else None
            if not text:  # an icon, drawn by its class ('cart-icon'); an id is a script's hook
                word = find(key, name_words(str(action.get("class", ""))))
            if word:
                return Evidence(page["url"], clean(
                    f"{action.get('tag')} '{text or action.get('class')}' ({word}) acting by "
                    f"script in the {action.get('zone')}"))
    return None


def form_of_kind(site: SiteView, kind: str, roles: tuple[str, ...] = ()) -> Evidence | None:
    """The first form classified as `kind` (on pages of `roles` only, when given)."""
    for page, form in site.forms():
        if roles and page.get("role") not in roles:
            continue
        reason = kinds_of(form, site.home_url).get(kind)
        if reason:
            return Evidence(page["url"],
                            clean(f"{form.get('selector')}: {reason} {form.get('snippet')}"))
    return None


def worded_link(site: SiteView, key: str, *, roles: tuple[str, ...] = (),
                with_urls: bool = True, unless: str = "", unless_url: str = "",
                max_words: int = MAX_ACTION_WORDS) -> Evidence | None:
    """A non-social link whose text (or same-site URL) uses keyword list `key`, unless its
    text uses list `unless` ('Trouver une boutique' is not a shop) or its URL list
    `unless_url`. Outside the header, menu and footer, only link texts of at most `max_words`
    count: 'Energy costs and the shop floor' is an article, not a shop."""
    for page, link in site.links():
        if (roles and page.get("role") not in roles) or classify(link["href"]).platform:
            continue
        href, text = link["href"], link.get("text", "")
        if (unless and find(unless, text)) or (unless_url and find_in_url(unless_url, href)):
            continue
        short = length_in_words(text) <= max_words or link.get("zone") in STRUCTURE_ZONES
        word = find(key, text) if short else None
        if word is None and with_urls and same_site(href, site.home_url):
            word = names_url(key, href)
        if word is not None:
            return Evidence(href, clean(f"link '{text or word}' on {page['url']}"))
    return None


def iframe_of(site: SiteView, entries: tuple[str, ...],
              roles: tuple[str, ...] = ()) -> Evidence | None:
    """An iframe from one of `entries` (hosted forms) on pages of `roles` (all if empty)."""
    for page in site.pages:
        if roles and page.get("role") not in roles:
            continue
        for url in site.embeds(page).get("iframes") or []:
            if matching_vendor(url, entries):
                return Evidence(page["url"], clean(f"embedded form {url}"))
    return None


def boolean(evidence: Evidence | None, site: SiteView, missing: str) -> Outcome:
    return Outcome.boolean(evidence is not None, evidence or site.absent(missing))
