"""Services criteria: search, contact, newsletter, donation, shop, login, chat, job offers."""

from __future__ import annotations

from itertools import chain

from benchmark.criteria.base import criterion
from benchmark.criteria.forms import kinds_of
from benchmark.criteria.sections import names_url
from benchmark.criteria.site import SiteView
from benchmark.gather.dom import clean
from benchmark.gather.urls import find_in_url, matching_vendor, path_of
from benchmark.lexicon import find, vendor_entries
from benchmark.model import Evidence, Outcome, Target
from benchmark.sites import same_site
from benchmark.social.platforms import classify

FORM_NEEDS = ("pages", "forms")
MAX_ACTION_WORDS = 4  # 'Mon panier (0)', 'Espace client', 'Apply now'
MAX_APPLY_WORDS = 8  # on careers pages: 'Presentar solicitud en la Sede electrónica'
STRUCTURE_ZONES = ("nav", "header", "footer")
# Forms that a donation page may carry besides its gift form (site chrome, sign-ups).
OTHER_PURPOSES = frozenset({"search", "login", "newsletter", "contact", "comment"})


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
        short = len(text.split()) <= max_words or link.get("zone") in STRUCTURE_ZONES
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


@criterion(id="site-search", dimension="services", title="Has a site search",
           failure_title="No site search",
           measures="Whether visitors can search the site from a search box that queries the "
                    "site itself, directly or through a search service limited to the site "
                    "(Google Programmable Search, Algolia...). A link to a web search engine "
                    "does not count.",
           needs=FORM_NEEDS + ("embeds",))
def site_search(site: SiteView, target: Target) -> Outcome:
    evidence = (form_of_kind(site, "search") or site.vendor("site_search", with_links=False)
                or site.widget("site_search"))
    return boolean(evidence, site, "search form")


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


def donate_elsewhere(site: SiteView) -> Evidence | None:
    """A short 'Donate' call linking off the site: a gift page hosted by a platform we do not
    know ('Faire un don à la Croix-Rouge' in an article names another charity: too long)."""
    for page, link in site.links():
        href, text = link["href"], link.get("text", "")
        if (len(text.split()) <= MAX_ACTION_WORDS and href.startswith("http")
                and not same_site(href, site.home_url) and not classify(href).platform
                and find("sections.donate", text)):
            return Evidence(href, clean(f"link '{text}' on {page['url']}"))
    return None


@criterion(id="donation", dimension="services", title="Accepts online donations",
           failure_title="No online donation",
           measures="Whether visitors can give online: a gift form with an amount, a donation "
                    "platform's form or link (HelloAsso, iRaiser, Donorbox...; not its ticket "
                    "pages), a short 'Donate' link to another site, or a donation page with a "
                    "form. The word 'donate' in an article does not count.",
           needs=FORM_NEEDS + ("links", "embeds"), applies_to=("ngo",))
def donation(site: SiteView, target: Target) -> Outcome:
    evidence = form_of_kind(site, "donation") or donation_platform(site) or donate_elsewhere(site)
    if evidence is None:
        evidence = next((Evidence(page["url"], clean(f"donation page with {form.get('selector')}"))
                         for page, form in site.forms()
                         if page.get("role") == "donate" and form.get("fields")
                         and not set(kinds_of(form, site.home_url)) & OTHER_PURPOSES), None)
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
    evidence = (site.vendor("ecommerce") or shop_marker(site)
                or worded_link(site, "links.cart", unless="features.locator"))
    return boolean(evidence, site, "cart, shop link or shop platform")


@criterion(id="login-area", dimension="services", title="Has a customer or member area",
           failure_title="No customer or member area",
           measures="Whether the site offers a personal area: a login form (password field) or "
                    "a link such as 'espace client', 'mon compte', 'log in'. The webmaster's "
                    "login to the site's back office (WordPress...) does not count.",
           needs=FORM_NEEDS + ("links",))
def login_area(site: SiteView, target: Target) -> Outcome:
    evidence = form_of_kind(site, "login") or worded_link(
        site, "forms.login", unless_url="forms.login.admin_slugs")
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
