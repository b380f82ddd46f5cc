"""Social criteria: how the website integrates social media (accounts, sharing, embeds, OG)."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

from benchmark.criteria.accounts import account_links
from benchmark.criteria.base import criterion
from benchmark.criteria.scales import count_score
from benchmark.criteria.site import SiteView, dicts
from benchmark.gather.dom import clean
from benchmark.gather.urls import matching_vendor
from benchmark.lexicon import vendor_entries
from benchmark.model import Evidence, Outcome, Status, Target
from benchmark.social.normalise import normalise_profile
from benchmark.social.platforms import PROFILE, SHARE, classify

PLATFORMS_FOR_FULL_SCORE = 4
DEAD_PLATFORMS = ("googleplus",)  # Google+ closed to the public in April 2019


@criterion(id="social-links", dimension="social", title="Links to its social accounts",
           failure_title="No links to social accounts",
           measures=f"Social platforms whose account pages the site links to from its header, "
                    f"menu or footer, or with a 'follow us' link (share buttons, links to posts "
                    f"and accounts mentioned in articles do not count). One passes; "
                    f"{PLATFORMS_FOR_FULL_SCORE} or more get the full score.",
           needs=("pages", "links"))
def social_links(site: SiteView, target: Target) -> Outcome:
    links = list(account_links(site).values())
    if not links:
        return Outcome(Status.FAIL, "", 0.0, site.absent("link to a social account"))
    platforms = sorted({link.platform for link in links})
    return Outcome(Status.PASS, ";".join(platforms),
                   count_score(len(platforms), PLATFORMS_FOR_FULL_SCORE),
                   Evidence(links[0].page_url, clean(" ".join(link.href for link in links))))


def share_frame(site: SiteView) -> Evidence | None:
    """A share endpoint or button frame loaded or linked (vendors.toml [share] hosts), that
    does not act on one of the organisation's accounts (a +1 of its own Google+ page
    follows it)."""
    entries = vendor_entries("share")
    found = [(page_url, url, "loads") for page_url, url in site.resources()]
    found += [(page["url"], link["href"], "links to") for page, link in site.links()]
    for page_url, url, verb in found:
        if matching_vendor(url, entries) and urlsplit(url).path.strip("/") \
                and not acts_on_profile(url):  # a host's root is no share endpoint
            return Evidence(page_url, f"{verb} {url}"[:200])
    return None


def acts_on_profile(url: str) -> bool:
    query = dict(parse_qsl(urlsplit(url).query))
    return any(classify(query.get(key, "")).kind == PROFILE for key in ("url", "href"))


def configured_loader(site: SiteView) -> Evidence | None:
    """A sharing widget's loader whose address itself configures share buttons (ShareThis
    `product=inline-share-buttons`), or that a page loads beside an empty block named for
    sharing, which it fills; a bare loader draws nothing by itself."""
    loaders, settings = vendor_entries("share", "loaders"), vendor_entries("share", "configured")
    slots = {page["url"]: item for page in site.pages
             for item in dicts(site.embeds(page).get("widgets"))
             if item.get("kind") == "share_slot"}
    for page_url, url in site.resources():
        if matching_vendor(url, loaders):
            if any(s in url.lower() for s in settings):
                return Evidence(page_url, clean(f"loads {url}"))
            if page_url in slots:
                return Evidence(page_url, clean(f"loads {url} for {slots[page_url]['snippet']}"))
    return None


@criterion(id="share-buttons", dimension="social", title="Offers share buttons",
           failure_title="No share buttons",
           measures="Whether pages offer buttons to share them on social media: share links, "
                    "a share bar, or a sharing widget drawn on the page (AddThis, ShareThis, "
                    "Gigya, socialSharePrivacy, Like and Tweet buttons...). E-mail-only sharing "
                    "and a widget's script with no buttons on the page do not count.",
           needs=("pages", "links", "embeds"))
def share_buttons(site: SiteView, target: Target) -> Outcome:
    for page, link in site.links():
        if classify(link["href"]).kind == SHARE:
            return Outcome.boolean(True, Evidence(page["url"], clean(f"share link {link['href']}")))
    evidence = share_frame(site) or configured_loader(site) or site.widget("share")
    return Outcome.boolean(evidence is not None, evidence or site.absent("share link or widget"))


@criterion(id="social-embeds", dimension="social", title="Embeds social content",
           failure_title="No embedded social content",
           measures="Whether the site shows social media content in its pages: an embedded "
                    "feed, post or video (YouTube, X, Facebook, Instagram, social walls...).",
           needs=("pages", "embeds"))
def social_embeds(site: SiteView, target: Target) -> Outcome:
    evidence = site.vendor("social_embeds", with_links=False) or site.widget("social_embeds")
    return Outcome.boolean(evidence is not None, evidence or site.absent("embedded social content"))


@criterion(id="open-graph", dimension="social", title="Has Open Graph tags",
           failure_title="No Open Graph tags",
           measures="Whether pages carry Open Graph tags (og:title or og:type), which control "
                    "how a link to the site looks when shared on social media.",
           needs=("pages", "meta"))
def open_graph(site: SiteView, target: Target) -> Outcome:
    for page in ([site.home] if site.home else []) + site.pages:
        og = (page.get("meta") or {}).get("og") or {}
        for key in ("og:title", "og:type"):
            if og.get(key):
                return Outcome.boolean(True, Evidence(page["url"], clean(f'{key} = "{og[key]}"')))
    return Outcome.boolean(False, site.absent("og:title or og:type tag"))


@criterion(id="twitter-cards", dimension="social", title="Has Twitter/X card tags",
           failure_title="No Twitter/X card tags",
           measures="Whether pages carry twitter:card tags, which control how a link to the site "
                    "looks when shared on X.",
           needs=("pages", "meta"))
def twitter_cards(site: SiteView, target: Target) -> Outcome:
    for page in site.pages:
        card = ((page.get("meta") or {}).get("twitter") or {}).get("twitter:card")
        if card:
            return Outcome.boolean(True, Evidence(page["url"], clean(f'twitter:card = "{card}"')))
    return Outcome.boolean(False, site.absent("twitter:card tag"))


@criterion(id="dead-platform-links", dimension="social", title="No links to closed platforms",
           failure_title="Links to closed social platforms",
           measures="Whether the site still links to social platforms that have closed "
                    "(Google+), a sign of a site left unmaintained.",
           needs=("pages", "links"))
def dead_platform_links(site: SiteView, target: Target) -> Outcome:
    dead: dict[str, tuple[str, str]] = {}
    for page, link in site.links():
        platform = classify(link["href"]).platform
        if platform in DEAD_PLATFORMS:
            dead.setdefault(platform, (link["href"], page["url"]))
    if not dead:
        return Outcome(Status.PASS, "", 1.0,
                       Evidence(site.home_url, "no link to a closed platform"))
    url, page_url = next(iter(dead.values()))
    return Outcome(Status.FAIL, ";".join(sorted(dead)), 0.0,
                   Evidence(page_url, clean(f"links to {url}")))


@criterion(id="account-consistency", dimension="social",
           title="Links the accounts listed for it", failure_title="Accounts do not match the list",
           measures="Whether the social accounts the website links to (as for social-links) are "
                    "exactly those listed for the organisation in the targets file: every "
                    "listed account linked, and no other account linked. Mismatches are listed.",
           needs=("pages", "links"))
def account_consistency(site: SiteView, target: Target) -> Outcome:
    if not target.accounts:
        return Outcome(Status.UNKNOWN, "", None,
                       Evidence(site.home_url, "no social accounts listed"))
    links = account_links(site)
    # A redirect of the site (/facebook) hides which account it opens: it stands for the
    # listed account of its platform.
    redirected = {link.platform for link in links.values() if link.redirect}
    on_site = {key for key, link in links.items() if not link.redirect}
    listed = {normalise_profile(url) for platform, url in target.accounts.items()
              if platform not in redirected}
    site_only = sorted(on_site - listed)
    listed_only = sorted(listed - on_site)
    mismatches = [f"{where}: {', '.join(keys)}" for where, keys in (
        ("on site not in targets", site_only), ("in targets not on site", listed_only)) if keys]
    snippet = "; ".join(mismatches) or f"consistent: {', '.join(sorted(listed))}"
    return Outcome.boolean(not mismatches, Evidence(site.home_url, clean(snippet)))
