"""Services criteria: search, contact, newsletter, donation, shop, login, chat, job offers."""

from __future__ import annotations

from itertools import chain
from typing import Any

from benchmark.criteria.base import criterion
from benchmark.criteria.form_kinds import kinds_of
from benchmark.criteria.forms import name_words
from benchmark.criteria.sections import names_url, url_slugs
from benchmark.criteria.services_lookup import (  # noqa: F401 (shared with other modules)
    FORM_NEEDS,
    MAX_ACTION_WORDS,
    MAX_APPLY_WORDS,
    STRUCTURE_ZONES,
    boolean,
    carries_name,
    form_of_kind,
    iframe_of,
    length_in_words,
    scripted_control,
    worded_link,
)
from benchmark.criteria.services_shop import (
    own_shop_vendor,
    priced_offer,
    shop_link,
    shop_marker,
    subscription_offer,
)
from benchmark.criteria.site import SiteView
from benchmark.gather.dom import clean
from benchmark.gather.urls import host_of, matching_vendor, path_of
from benchmark.lexicon import find, vendor_entries
from benchmark.model import Evidence, Outcome, Target
from benchmark.sites import same_site, site_of
from benchmark.social.platforms import classify

# Forms that a donation page may carry besides its gift form (site chrome, sign-ups).
OTHER_PURPOSES = frozenset({"search", "login", "newsletter", "contact", "comment"})


@criterion(id="site-search", dimension="services", title="Has a site search",
           failure_title="No site search",
           measures="Whether visitors can search the site from a search box that queries the "
                    "site itself, directly or through a search service limited to the site "
                    "(Google Programmable Search, Algolia...), in any language; a filter form "
                    "with a keyword field counts. A link to a web search engine does not.",
           needs=FORM_NEEDS + ("embeds",))
def site_search(site: SiteView, target: Target) -> Outcome:
    evidence = (form_of_kind(site, "search") or site.vendor("site_search", with_links=False)
                or site.widget("site_search"))
    return boolean(evidence, site, "search form")


@criterion(id="contact-form", dimension="services", title="Has a contact form",
           failure_title="No contact form",
           measures="Whether visitors can write to the organisation through a form (a message "
                    "field with an email or name field). Comment, review, forum, 'send to a "
                    "friend', chat offline and newsletter forms do not count.",
           needs=FORM_NEEDS + ("embeds",))
def contact_form(site: SiteView, target: Target) -> Outcome:
    evidence = form_of_kind(site, "contact") or iframe_of(
        site, vendor_entries("forms"), roles=("contact",))
    return boolean(evidence, site, "contact form")


@criterion(id="newsletter-signup", dimension="services", title="Offers a newsletter signup",
           failure_title="No newsletter signup",
           measures="Whether visitors can subscribe to a newsletter: an email field with "
                    "newsletter or subscribe wording, or a hosted signup form or configured "
                    "signup pop-up (Mailchimp, Brevo...) on the page. The word 'newsletter' "
                    "alone, a link to a signup page and password recovery do not count.",
           needs=FORM_NEEDS + ("embeds", "links"))
def newsletter_signup(site: SiteView, target: Target) -> Outcome:
    hosts = vendor_entries("forms", "newsletter_hosts")
    evidence = form_of_kind(site, "newsletter") or iframe_of(site, hosts) or signup_loader(site)
    return boolean(evidence, site, "newsletter signup form")


def signup_loader(site: SiteView) -> Evidence | None:
    """A configured signup pop-up: a mailing platform's account script, or its list host
    written in the page's inline script (Mailchimp's loader names its list-manage host)."""
    loaders = vendor_entries("forms", "newsletter_loaders")
    for page in site.pages:
        embeds = site.embeds(page)
        urls = [*(embeds.get("scripts") or []), *(embeds.get("iframes") or []),
                *(f"https://{host}/" for host in embeds.get("script_hosts") or [])]
        found = next((url for url in urls if matching_vendor(url, loaders)), None)
        if found:
            return Evidence(page["url"], clean(f"signup pop-up configured: {found}"))
    return None


def donation_platform(site: SiteView) -> Evidence | None:
    """A donation platform's form, script or page, not its ticketing, membership or shop
    pages (HelloAsso also sells concert tickets)."""
    entries = vendor_entries("donation")
    excluded = set(vendor_entries("donation", "not_paths"))
    loaded = ((page_url, url, "loads") for page_url, url in site.resources())
    linked = ((page["url"], link["href"], "links to") for page, link in site.links())
    for page_url, url, verb in chain(loaded, linked):
        if matching_vendor(url, entries) and not excluded & set(path_of(url).lower().split("/")):
            return Evidence(page_url, clean(f"{verb} {url}"))
    return None


def link_words(link: dict[str, Any]) -> str:
    """What a link says, or the file name of its image when it says nothing ('Donate.png')."""
    return link.get("text") or name_words(link.get("image", ""))


def gift_host(href: str) -> bool:
    """A donation subdomain ('donate.example.org', 'give.example.edu'): the gift page of
    the organisation behind that domain, whatever the link says."""
    host = host_of(href)
    return host.split(".")[0] in url_slugs("links.donate") and host != site_of(href)


def donate_elsewhere(site: SiteView) -> Evidence | None:
    """A short 'Donate' call (text or image) linking off the site, or a link to a donation
    subdomain: a gift page hosted by a platform we do not know ('Faire un don à la
    Croix-Rouge' in an article names another charity: too long)."""
    for page, link in site.links():
        href, text = link["href"], link_words(link)
        if (href.startswith("http") and not same_site(href, site.home_url)
                and not classify(href).platform
                and ((length_in_words(text) <= MAX_ACTION_WORDS and find("sections.donate", text))
                     or gift_host(href))):
            return Evidence(href, clean(f"link '{text}' on {page['url']}"))
    return None


def donate_entry(site: SiteView) -> Evidence | None:
    """The organisation's own 'Donate' entry point (a short link or a donation page address)
    whose page could not be opened: it counts, and the evidence says so. A donation page
    that was opened is judged by what it shows (a cheque address is no online gift)."""
    opened = {str(p.get(key) or "").rstrip("/") for p in site.pages
              for key in ("url", "requested_url")}
    for page, link in site.links():
        href, text = link["href"], link_words(link)
        if not same_site(href, site.home_url) or href.rstrip("/") in opened:
            continue
        short = length_in_words(text) <= MAX_ACTION_WORDS or link.get("zone") in STRUCTURE_ZONES
        word = (find("links.donate", text) if short else None) or names_url("links.donate", href)
        if word:
            return Evidence(href, clean(f"own donation entry point '{text or word}' on "
                                        f"{page['url']} (page not opened)"))
    return None


@criterion(id="donation", dimension="services", title="Accepts online donations",
           failure_title="No online donation",
           measures="Whether visitors can give online: a gift form with an amount, a donation "
                    "platform's form or link (HelloAsso, iRaiser, Donorbox...; not its ticket "
                    "pages), a 'Donate' button, a short 'Donate' link to another site, a "
                    "donation page with a form, or the site's own 'Donate / Make a gift / "
                    "Spenden' entry point when its page could not be opened. The word 'donate' "
                    "in an article, or a donation page asking for cheques only, does not count.",
           needs=FORM_NEEDS + ("links", "embeds", "actions"), applies_to=("ngo",))
def donation(site: SiteView, target: Target) -> Outcome:
    evidence = (form_of_kind(site, "donation") or donation_platform(site)
                or donate_elsewhere(site) or donate_entry(site)
                or scripted_control(site, "links.donate"))
    if evidence is None:
        evidence = next((Evidence(page["url"], clean(f"donation page with {form.get('selector')}"))
                         for page, form in site.forms()
                         if page.get("role") == "donate" and form.get("fields")
                         and not set(kinds_of(form, site.home_url)) & OTHER_PURPOSES), None)
    return boolean(evidence, site, "donation form, platform or page with a form")


@criterion(id="ecommerce", dimension="services", title="Sells online",
           failure_title="No online shop",
           measures="Whether the site sells online: a cart, basket or checkout, an add-to-cart "
                    "button, a product offer (schema.org Offer), a booking form or engine, a "
                    "link to its own shop, or a shop platform (Shopify, WooCommerce, Magento, "
                    "PrestaShop...). A partner's or sister brand's shop does not count.",
           needs=("pages", "links", "embeds", "network", "forms", "meta", "actions"))
def ecommerce(site: SiteView, target: Target) -> Outcome:
    evidence = (own_shop_vendor(site) or shop_marker(site) or form_of_kind(site, "order")
                or form_of_kind(site, "booking") or priced_offer(site) or shop_link(site)
                or subscription_offer(site)
                or scripted_control(site, "links.add_to_cart")
                or scripted_control(site, "links.cart"))
    return boolean(evidence, site, "cart, shop link or shop platform")


@criterion(id="login-area", dimension="services", title="Has a customer or member area",
           failure_title="No customer or member area",
           measures="Whether the site offers a personal area: a login form (password field) or "
                    "a link or button such as 'espace client', 'mon compte', 'log in', "
                    "'ログイン', '会员登录'. The webmaster's login to the site's back office "
                    "(WordPress...) does not count.",
           needs=FORM_NEEDS + ("links", "actions"))
def login_area(site: SiteView, target: Target) -> Outcome:
    evidence = (form_of_kind(site, "login") or worded_link(
        site, "forms.login", unless_url="forms.login.admin_slugs")
        or scripted_control(site, "forms.login"))
    return boolean(evidence, site, "login form or customer area link")


def chat_global(site: SiteView) -> Evidence | None:
    """A chat vendor's JavaScript global seen by the crawler's probes on the home page."""
    names = vendor_entries("live_chat", "js_globals")
    present = ((site.probes.get("home") or {}).get("js_globals") or {})
    found = next((name for name in names if present.get(name)), None)
    return Evidence(site.home_url, f"JavaScript global {found}") if found else None


@criterion(id="live-chat", dimension="services", title="Offers live chat",
           failure_title="No live chat",
           measures="Whether visitors can chat with the organisation on the site: a chat "
                    "service's widget (Intercom, Crisp, Zendesk, tawk.to, iAdvize...).",
           needs=("pages", "embeds", "network", "probes"))
def live_chat(site: SiteView, target: Target) -> Outcome:
    evidence = (site.vendor("live_chat", with_links=False) or chat_global(site)
                or site.widget("live_chat"))
    return boolean(evidence, site, "chat widget")


@criterion(id="job-applications", dimension="services", title="Takes job applications online",
           failure_title="No online job applications",
           measures="Whether candidates can apply online: a recruiting platform (Workday, "
                    "Taleo, SmartRecruiters, Welcome to the Jungle...), an application form, or "
                    "'apply' links on the careers pages.",
           needs=FORM_NEEDS + ("links", "embeds"))
def job_applications(site: SiteView, target: Target) -> Outcome:
    evidence = (site.vendor("job_applications") or form_of_kind(site, "apply")
                or worded_link(site, "links.apply", roles=("careers",), with_urls=False,
                               max_words=MAX_APPLY_WORDS))
    return boolean(evidence, site, "recruiting platform, application form or apply link")
