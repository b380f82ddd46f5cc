"""Services criteria: search, contact, newsletter, donation, shop, login, chat, job offers."""

from __future__ import annotations

from benchmark.criteria.base import criterion
from benchmark.criteria.forms import kinds_of
from benchmark.criteria.site import SiteView
from benchmark.gather.dom import clean
from benchmark.gather.urls import find_in_url, matching_vendor
from benchmark.lexicon import find, vendor_entries
from benchmark.model import Evidence, Outcome, Target
from benchmark.sites import same_site
from benchmark.social.platforms import classify

FORM_NEEDS = ("pages", "forms")


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
                with_urls: bool = True) -> Evidence | None:
    """A non-social link whose text (or same-site URL) uses keyword list `key`."""
    for page, link in site.links():
        if (roles and page.get("role") not in roles) or classify(link["href"]).platform:
            continue
        href, text = link["href"], link.get("text", "")
        word = find(key, text)
        if word is None and with_urls and same_site(href, site.home_url):
            word = find_in_url(key, href)
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


@criterion(id="site-search", dimension="services", title="Has a site search",
           failure_title="No site search",
           measures="Whether visitors can search the site from a search box that queries the "
                    "site itself (a link to a web search engine does not count).",
           needs=FORM_NEEDS)
def site_search(site: SiteView, target: Target) -> Outcome:
    return boolean(form_of_kind(site, "search"), site, "search form")


@criterion(id="contact-form", dimension="services", title="Has a contact form",
           failure_title="No contact form",
           measures="Whether visitors can write to the organisation through a form (a message "
                    "field with an email or name field; blog comment forms do not count).",
           needs=FORM_NEEDS + ("embeds",))
def contact_form(site: SiteView, target: Target) -> Outcome:
    evidence = form_of_kind(site, "contact") or iframe_of(
        site, vendor_entries("forms"), roles=("contact",))
    return boolean(evidence, site, "contact form")


@criterion(id="newsletter-signup", dimension="services", title="Offers a newsletter signup",
           failure_title="No newsletter signup",
           measures="Whether visitors can subscribe to a newsletter: an email field with "
                    "newsletter or subscribe wording, or a hosted signup form (Mailchimp, "
                    "Brevo...). The word 'newsletter' alone does not count.",
           needs=FORM_NEEDS + ("embeds", "links"))
def newsletter_signup(site: SiteView, target: Target) -> Outcome:
    hosts = vendor_entries("forms", "newsletter_hosts")
    evidence = form_of_kind(site, "newsletter") or iframe_of(site, hosts)
    if evidence is None:
        evidence = next((Evidence(page["url"], clean(f"link to signup form {link['href']}"))
                         for page, link in site.links() if matching_vendor(link["href"], hosts)),
                        None)
    return boolean(evidence, site, "newsletter signup form")


@criterion(id="donation", dimension="services", title="Accepts online donations",
           failure_title="No online donation",
           measures="Whether visitors can give online: a gift form with an amount, a link to a "
                    "donation platform (HelloAsso, iRaiser, Donorbox...) or a donation page "
                    "with a form.",
           needs=FORM_NEEDS + ("links", "embeds"), applies_to=("ngo",))
def donation(site: SiteView, target: Target) -> Outcome:
    evidence = form_of_kind(site, "donation") or site.vendor("donation")
    if evidence is None:
        evidence = next((Evidence(page["url"], clean(f"donation page with {form.get('selector')}"))
                         for page, form in site.forms()
                         if page.get("role") == "donate" and form.get("fields")
                         and "search" not in kinds_of(form, site.home_url)), None)
    return boolean(evidence, site, "donation form, platform or page with a form")


def shop_marker(site: SiteView) -> Evidence | None:
    """A shop engine's scripts, styles or cart widgets on a page (WooCommerce, Magento...)."""
    markers = vendor_entries("ecommerce", "markers")
    for page in site.pages:
        embeds = site.embeds(page)
        for url in (embeds.get("scripts") or []) + (embeds.get("stylesheets") or []):
            if any(marker in url.lower() for marker in markers):
                return Evidence(page["url"], clean(f"loads {url}"))
        for name in embeds.get("widget_classes") or []:
            if name.startswith(markers):
                return Evidence(page["url"], f'element with class "{name}"')
    return None


@criterion(id="ecommerce", dimension="services", title="Sells online",
           failure_title="No online shop",
           measures="Whether the site sells online: a cart, basket or checkout, a shop link, or "
                    "a shop platform (Shopify, WooCommerce, Magento, PrestaShop...).",
           needs=("pages", "links", "embeds", "network"))
def ecommerce(site: SiteView, target: Target) -> Outcome:
    evidence = site.vendor("ecommerce") or shop_marker(site) or worded_link(site, "links.cart")
    return boolean(evidence, site, "cart, shop link or shop platform")


@criterion(id="login-area", dimension="services", title="Has a customer or member area",
           failure_title="No customer or member area",
           measures="Whether the site offers a personal area: a login form (password field) or "
                    "a link such as 'espace client', 'mon compte', 'log in'.",
           needs=FORM_NEEDS + ("links",))
def login_area(site: SiteView, target: Target) -> Outcome:
    evidence = form_of_kind(site, "login") or worded_link(site, "forms.login")
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
                or worded_link(site, "links.apply", roles=("careers",), with_urls=False))
    return boolean(evidence, site, "recruiting platform, application form or apply link")
