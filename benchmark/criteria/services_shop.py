"""Lookups of the ecommerce criterion: shop links, subscription offers, shop engines, offers."""

from __future__ import annotations

import re

from benchmark.criteria.forms import name_words
from benchmark.criteria.sections import names_url
from benchmark.criteria.services_lookup import (
    MAX_ACTION_WORDS,
    STRUCTURE_ZONES,
    carries_name,
    length_in_words,
    site_names,
)
from benchmark.criteria.site import SiteView
from benchmark.gather.dom import clean
from benchmark.gather.urls import find_in_url, matching_vendor, path_of
from benchmark.lexicon import find, normalise, vendor_entries, words
from benchmark.model import Evidence
from benchmark.sites import same_site, site_of
from benchmark.social.platforms import classify

MIN_PATH_NAME = 4  # shorter names turn up in any address
INDEX_FILE = re.compile(r"/(?:index|default)\.\w+$", re.I)
OFFER_TYPES = ("Offer",)  # schema.org: a product on sale (AggregateOffer: price comparison)
# A cart widget's class: 'mini-cart', 'cartHeader', 'cart_icon'; not 'cartoon', 'carte',
# 'cartography', 'cartridge', 'cartilage' (a vowel, r or w follows those). A bare 'cart' is
# often an icon of a sprite (<symbol id="cart">) that a price comparison site has too.
CART_CLASS = re.compile(r"^(?:mini[-_]?)?cart(?:[-_]|(?![aeiorwy]))\w")


def priced_offer(site: SiteView) -> Evidence | None:
    """A product on sale described for search engines (schema.org Offer)."""
    for page in site.pages:
        meta = page.get("meta") or {}
        types = [*(meta.get("jsonld_types") or []),
                 *(str(t).rsplit("/", 1)[-1] for t in meta.get("microdata_types") or [])]
        found = next((t for t in OFFER_TYPES if t in types), None)
        if found:
            return Evidence(page["url"], f"schema.org {found} (a product with a price)")
    return None


def own_shop_vendor(site: SiteView) -> Evidence | None:
    """A shop platform the pages load, or a link to a shop there carrying the site's name."""
    loaded = site.vendor("ecommerce", with_links=False)
    if loaded:
        return loaded
    entries = vendor_entries("ecommerce") + vendor_entries("ecommerce", "link_hosts")
    for page, link in site.links():
        if matching_vendor(link["href"], entries) and carries_name(link["href"], site.home_url):
            return Evidence(page["url"], clean(f"links to {link['href']}"))
    return None


def named_shop(text: str) -> str | None:
    """A shop named by its last word ('ABC News Store', 'Bookshop', 'General store'), not an
    app store nor a store finder."""
    said = normalise(text)
    if not said or find("links.shop_names.except", said) or find("features.locator", said):
        return None
    return next((n for n in map(normalise, words("links.shop_names"))
                 if said == n or said.endswith(f" {n}")), None)


def shop_wording(link: dict, site_url: str) -> str | None:
    """Why a link (already known to lead to the site or a host carrying its name) is the way
    to its shop: cart or shop wording, a shop named by its last word, a shop address."""
    href, text = link["href"], link.get("text", "")
    if find("features.locator", text):
        return None  # 'Trouver une boutique', '店舗情報': a store finder, not a shop
    if length_in_words(text) <= MAX_ACTION_WORDS or link.get("zone") in STRUCTURE_ZONES:
        word = find("links.cart", text) or named_shop(text)
        if word:
            return word
    if same_site(href, site_url):
        return names_url("links.cart", href)
    return shop_host(href, site_url)


def shop_host(href: str, site_url: str) -> str | None:
    """A host named as the site's shop: acmestore.com, shopacme.nl, acme-boutique.fr."""
    label = site_of(href).split(".")[0]
    for name in site_names(site_url):
        if name in label:
            found = named_shop(label.replace(name, " "))
            if found:
                return found
    return None


def page_key(url: str) -> str:
    """An address without its index file, query and trailing slash ('/store/index.html' is
    '/store')."""
    return INDEX_FILE.sub("", url.split("#", 1)[0].split("?", 1)[0]).rstrip("/").lower()


def shop_link(site: SiteView) -> Evidence | None:
    """A cart, shop or booking link to the site itself or to a shop carrying its name: a
    partner's or sister brand's shop, and ads, do not count; nor does an address that
    another link calls a store finder ('店舗情報' and 'Map' both lead to /store)."""
    finders = {page_key(link["href"]) for _, link in site.links()
               if find("features.locator", link.get("text", ""))}
    for page, link in site.links():
        href = link["href"]
        if (classify(href).platform or not carries_name(href, site.home_url)
                or page_key(href) in finders):
            continue
        word = shop_wording(link, site.home_url)
        if word:
            return Evidence(href, clean(f"link '{link.get('text') or word}' on {page['url']}"))
    return None


def subscription_offer(site: SiteView) -> Evidence | None:
    """A paid subscription sold online ('Subscribe' to the magazine's own subscription
    pages, or to its subscription agency): subscribing to e-mails or feeds is no sale."""
    agencies = vendor_entries("ecommerce", "subscription_hosts")
    for page, link in site.links():
        href, text = link["href"], link.get("text", "")
        short = length_in_words(text) <= MAX_ACTION_WORDS or link.get("zone") in STRUCTURE_ZONES
        if not short or not find("links.subscription", text):
            continue
        if find("links.subscription.except", text) or find_in_url("links.subscription.except",
                                                                   href):
            continue
        if classify(href).platform:
            continue  # 'S'abonner à Acme sur Twitter'
        own = carries_name(href, site.home_url) and (
            find_in_url("links.subscription", href)
            or find("links.subscription", name_words(path_of(href)), for_urls=True))
        own = own or name_in_path(href, site.home_url)
        if own or matching_vendor(href, agencies):
            return Evidence(href, clean(f"subscription offer '{text}' on {page['url']}"))
    return None


def name_in_path(url: str, site_url: str) -> bool:
    """Whether the address names the site ('magazines.fr/magazine-famili.html' for famili.fr):
    the page selling its subscription at its publisher's."""
    if same_site(url, site_url):
        return False
    path = normalise(path_of(url)).replace(" ", "")
    return any(len(name) >= MIN_PATH_NAME and name.replace("-", "") in path
               for name in site_names(site_url))


def shop_marker(site: SiteView) -> Evidence | None:
    """A shop engine's scripts, styles or cart widgets on a page (WooCommerce, Magento...)."""
    markers = vendor_entries("ecommerce", "markers")
    for page in site.pages:
        embeds = site.embeds(page)
        for url in (embeds.get("scripts") or []) + (embeds.get("stylesheets") or []):
            if any(marker in url.lower() for marker in markers):
                return Evidence(page["url"], clean(f"loads {url}"))
        for name in embeds.get("widget_classes") or []:
            if name.startswith(markers) or CART_CLASS.match(name):
                return Evidence(page["url"], f'element with class "{name}"')
    return None
