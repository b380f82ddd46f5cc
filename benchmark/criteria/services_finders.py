"""Services criteria that help visitors find answers and places: FAQ and store locator."""

from __future__ import annotations

from benchmark.criteria.base import criterion
from benchmark.criteria.sections import worded_heading, worded_link
from benchmark.criteria.services import boolean, form_of_kind
from benchmark.criteria.site import SiteView
from benchmark.model import Evidence, Outcome, Target

FAQ_TYPES = ("FAQPage", "QAPage")  # schema.org types of a question-and-answer page


def faq_markup(site: SiteView) -> Evidence | None:
    for page in site.pages:
        types = (page.get("meta") or {}).get("jsonld_types") or []
        found = next((t for t in FAQ_TYPES if t in types), None)
        if found:
            return Evidence(page["url"], f"JSON-LD {found}")
    return None


@criterion(id="faq", dimension="services", title="Answers frequent questions",
           failure_title="No FAQ",
           measures="Whether the site answers frequent questions: an FAQ link or page address "
                    "(FAQ, questions fréquentes, häufige Fragen, preguntas frecuentes, domande "
                    "frequenti), an FAQ heading, or a page marked up as FAQPage.",
           needs=("pages", "links", "headings", "meta"))
def faq(site: SiteView, target: Target) -> Outcome:
    key = "features.faq"
    evidence = worded_link(site, key) or faq_markup(site) or worded_heading(site, key)
    return boolean(evidence, site, "FAQ link, heading or markup")


@criterion(id="locator", dimension="services", title="Has a store or agency locator",
           failure_title="No locator",
           measures="Whether visitors can find the nearest store, agency or dealer: a 'find a "
                    "store' or 'nos agences' link, a search form by postcode or town, or a "
                    "locator service (Woosmap, Storerocket...). A map of the head office or "
                    "directions to it do not count.",
           needs=("pages", "links", "forms", "embeds"))
def locator(site: SiteView, target: Target) -> Outcome:
    evidence = (worded_link(site, "features.locator") or form_of_kind(site, "locator")
                or site.vendor("locator"))
    return boolean(evidence, site, "store or agency finder")
