"""Engagement services criteria (the NGO ladder's middle rung): petitions, volunteers, events."""

from __future__ import annotations

from typing import Any

from benchmark.criteria.base import criterion
from benchmark.criteria.form_kinds import email_field, kinds_of
from benchmark.criteria.forms import any_field, field_words, machine_words
from benchmark.criteria.sections import MAX_BODY_LINK_WORDS, excepted, names_url
from benchmark.criteria.services import boolean  # first: services' criteria come first
from benchmark.criteria.services_lookup import STRUCTURE_ZONES, length_in_words
from benchmark.criteria.site import SiteView
from benchmark.gather.dom import clean
from benchmark.gather.urls import host_of, matching_vendor, path_of
from benchmark.lexicon import find, normalise, vendor_entries
from benchmark.model import Evidence, Outcome, Target
from benchmark.sites import same_site
from benchmark.social.platforms import classify

# A one-word name in a menu item of at most this many words ('Jobs & volunteering'): the
# <header> of a listed article ('Volunteer stories: Aoife') is a header zone too.
MAX_NAV_NAME_WORDS = 2
# Forms that are something else even when their page talks of volunteers or petitions.
OTHER_FORMS = frozenset({"search", "login", "newsletter", "comment", "apply"})
# 'Events' on investor pages are earnings calls and general meetings: a financial calendar.
INVESTOR_PAGES = ("investors",)
# schema.org Event and its subtypes that announce a gathering people can attend.
EVENT_TYPES = frozenset({
    "Event", "EventSeries", "BusinessEvent", "ChildrensEvent", "ComedyEvent", "CourseInstance",
    "DanceEvent", "EducationEvent", "ExhibitionEvent", "Festival", "FoodEvent", "Hackathon",
    "LiteraryEvent", "MusicEvent", "ScreeningEvent", "SocialEvent", "SportsEvent",
    "TheaterEvent", "VisualArtsEvent"})


def invites(key: str, text: str, zone: str = "body") -> str | None:
    """The phrase of keyword list `key` that makes `text` an entry point: a phrase of several
    words in a text of at most MAX_BODY_LINK_WORDS words ('Signez la pétition'); a one-word
    name ('Agenda') as the whole text, or in a header, menu or footer item of at most
    MAX_NAV_NAME_WORDS words. 'Volunteer stories: Aoife' is an article."""
    if not text or excepted(key, text):
        return None
    size = length_in_words(normalise(text))  # "Jobs & volunteering": 2 words
    found = find(key, text) if size <= MAX_BODY_LINK_WORDS else None
    if found is None or len(found.split()) > 1:
        return found
    whole = normalise(text) == found
    return found if whole or (zone in STRUCTURE_ZONES and size <= MAX_NAV_NAME_WORDS) else None


def entry_link(site: SiteView, key: str, skip_roles: tuple[str, ...] = ()) -> Evidence | None:
    """A non-social link that invites (its text), or a same-site address naming the section
    ('/benevolat/', '/agenda'), on pages not of `skip_roles`; header, menu and footer links
    first."""
    best: tuple[int, Evidence] | None = None
    for page, link in site.links():
        if page.get("role") in skip_roles:
            continue
        href, text, zone = link["href"], link.get("text", ""), link.get("zone", "body")
        if classify(href).platform:  # 'Nos événements sur Facebook' is not the site's agenda
            continue
        word = invites(key, text, zone)
        rank = 0 if zone in STRUCTURE_ZONES else 1
        if word is None and same_site(href, site.home_url) and not excepted(key, text):
            word, rank = names_url(key, href), 2
        if word is not None and (best is None or rank < best[0]):
            where = f"{zone} link" if zone != "body" else "link"
            best = rank, Evidence(href, clean(f"{where} '{text or word}' on {page['url']}"))
            if rank == 0:
                break
    return best[1] if best else None


def entry_heading(site: SiteView, key: str, skip_roles: tuple[str, ...] = ()
                  ) -> Evidence | None:
    """A heading naming the section ('Devenir bénévole', 'Prochains événements') on a page
    not of `skip_roles`."""
    for page in site.pages:
        if page.get("role") in skip_roles:
            continue
        for heading in page.get("headings") or []:
            text = str(heading.get("text", ""))
            if invites(key, text):
                return Evidence(page["url"], clean(f"h{heading.get('level')} '{text}'"))
    return None


def platform_entry(site: SiteView, section: str) -> Evidence | None:
    """A page of a vendors.toml [section] platform embedded in the site, or linked (beyond
    the platform's home page) from its header, menu or footer; a link inside an article
    may be another organisation's campaign."""
    entries = vendor_entries(section)
    for page in site.pages:
        embeds = site.embeds(page)
        for url in [*(embeds.get("iframes") or []), *(embeds.get("scripts") or [])]:
            if matching_vendor(str(url), entries):
                return Evidence(page["url"], clean(f"embeds {url}"))
    for page, link in site.links():
        href = link["href"]
        if (link.get("zone") in STRUCTURE_ZONES and matching_vendor(href, entries)
                and path_of(href).strip("/")):
            return Evidence(href, clean(f"{link.get('zone')} link '{link.get('text', '')}' "
                                        f"on {page['url']}"))
    return None


def for_people(form: dict[str, Any]) -> bool:
    """A form that asks who you are: an e-mail or a name field."""
    return email_field(form) or any_field(form, "forms.name")


def form_saying(site: SiteView, key: str, said_by: str) -> Evidence | None:
    """A form for people (a name or e-mail field) whose `said_by` parts ('buttons', or
    'forms': buttons, own text, author's names, field names) use list `key`.`said_by`;
    buttons using list `key`.except ('Sign up') do not count."""
    for page, form in site.forms():
        fields = form.get("fields") or []
        if not for_people(form) or set(kinds_of(form, site.home_url)) & OTHER_FORMS:
            continue
        buttons = [str(b) for b in form.get("buttons") or [] if not excepted(key, str(b))]
        said = " ".join(buttons) if said_by == "buttons" else " ".join(
            [*buttons, str(form.get("text", ""))[:200], machine_words(form),
             *(field_words(f) for f in fields)])
        word = find(f"{key}.{said_by}", said)
        if word:
            return Evidence(page["url"], clean(f"{form.get('selector')} ('{word}'): "
                                               f"{form.get('snippet')}"))
    return None


def petition_form(site: SiteView) -> Evidence | None:
    """A form for people whose button signs ('Je signe', 'Sign the petition') or that posts
    to a petition address ('/petition/sign')."""
    found = form_saying(site, "services.petitions", "buttons")
    if found:
        return found
    for page, form in site.forms():
        action = str(form.get("action", ""))
        if for_people(form) and "petition" in normalise(path_of(action)).split():
            return Evidence(page["url"], clean(f"{form.get('selector')} posting to {action}"))
    return None


@criterion(id="petitions", dimension="services", title="Invites visitors to sign petitions",
           failure_title="No petition or campaign action",
           measures="Whether the organisation asks visitors to sign a petition or take a "
                    "campaign action online: a signing form, a 'Sign the petition / Signez la "
                    "pétition / Petition unterschreiben / Firma la petición / Take action' "
                    "entry point, or its campaign on a petition platform (Change.org, "
                    "MesOpinions, Avaaz, openPetition...) linked from its menu or embedded. A "
                    "news article mentioning a petition does not count. Applies to every kind: "
                    "companies and people run campaigns too.",
           needs=("pages", "forms", "links", "headings", "embeds"))
def petitions(site: SiteView, target: Target) -> Outcome:
    key = "services.petitions"
    evidence = (petition_form(site) or entry_link(site, key) or platform_entry(site, "petitions")
                or entry_heading(site, key))
    return boolean(evidence, site, "petition form, 'sign the petition' link or campaign page")


@criterion(id="volunteer-signup", dimension="services", title="Recruits volunteers online",
           failure_title="No volunteer signup",
           measures="Whether the organisation recruits volunteers online: a volunteer form, a "
                    "'Volunteer / Devenir bénévole / Bénévolat / Ehrenamt / Voluntariado / "
                    "Volontariato' link, page address or heading, or its missions on a "
                    "volunteering platform (JeVeuxAider, France Bénévolat, VolunteerMatch...). "
                    "A job or internship offer, or volunteers mentioned in an article, does not "
                    "count. Applies to every kind: companies and institutions recruit "
                    "volunteers too (festivals, museums, civic services).",
           needs=("pages", "forms", "links", "headings", "embeds"))
def volunteer_signup(site: SiteView, target: Target) -> Outcome:
    key = "services.volunteers"
    evidence = (form_saying(site, key, "forms") or entry_link(site, key)
                or platform_entry(site, "volunteering") or entry_heading(site, key))
    return boolean(evidence, site, "volunteer form, link or heading")


def event_markup(site: SiteView) -> Evidence | None:
    """An event described with schema.org JSON-LD, microdata or RDFa."""
    for page in site.pages:
        meta = page.get("meta") or {}
        microdata = [str(url).rstrip("/").rsplit("/", 1)[-1]
                     for url in meta.get("microdata_types") or []
                     if host_of(str(url)).removeprefix("www.") == "schema.org"]
        for syntax, types in (("JSON-LD", meta.get("jsonld_types") or []),
                              ("microdata", microdata), ("RDFa", meta.get("rdfa_types") or [])):
            found = next((name for name in types if name in EVENT_TYPES), None)
            if found:
                return Evidence(page["url"], f"{syntax} schema.org {found}")
    return None


@criterion(id="events", dimension="services", title="Publishes an events agenda",
           failure_title="No events agenda",
           measures="Whether the site announces events: an 'Agenda / Événements / "
                    "Veranstaltungen / Eventos / Eventi / Events calendar' section (link, page "
                    "address or heading) or events described with schema.org Event markup. A "
                    "dated news item, a financial calendar (investor events, 'Agenda "
                    "financier') or an 'Agenda 2030' does not count.",
           needs=("pages", "links", "headings", "meta"))
def events(site: SiteView, target: Target) -> Outcome:
    key, skipped = "services.events", INVESTOR_PAGES
    evidence = (entry_link(site, key, skipped) or event_markup(site)
                or entry_heading(site, key, skipped))
    return boolean(evidence, site, "events section, agenda heading or Event markup")
