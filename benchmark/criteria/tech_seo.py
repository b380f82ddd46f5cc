"""Tech criteria, search engines: structured data (schema.org) and the SEO basics."""

from __future__ import annotations

from functools import cache
from typing import Any

from benchmark.criteria.base import criterion
from benchmark.criteria.site import SiteView, dicts
from benchmark.gather.dom import clean
from benchmark.gather.urls import host_of, path_of
from benchmark.lexicon import load
from benchmark.model import Evidence, Outcome, Status, Target

# Structured data describing the organisation with its official profiles is what search
# engines use for their knowledge panel.
SCORE_ORGANISATION_SAME_AS, SCORE_ORGANISATION = 1.0, 0.8
SCHEMA_HOSTS = ("schema.org", "www.schema.org")


@cache
def organisation_types(kind: str) -> frozenset[str]:
    """Lowercase schema.org types that describe an organisation of `kind`: Organization and
    all its subtypes (data/schema_org.toml), and Person for people."""
    types = load("schema_org")["types"]
    names = types["organization"] + (types["person"] if kind == "person" else [])
    return frozenset(name.lower() for name in names)


def described_types(page: dict[str, Any]) -> list[tuple[str, str]]:
    """(syntax, short schema.org type) of every type a page declares; microdata of other
    vocabularies (data-vocabulary.org...) is left out."""
    meta = page.get("meta") or {}
    microdata = [url.rstrip("/").rsplit("/", 1)[-1] for url in meta.get("microdata_types") or []
                 if host_of(str(url)) in SCHEMA_HOSTS]
    return ([("JSON-LD", t) for t in meta.get("jsonld_types") or []]
            + [("microdata", t) for t in microdata]
            + [("RDFa", t) for t in meta.get("rdfa_types") or []])


@criterion(id="structured-data", dimension="tech", title="Has structured data",
           failure_title="No structured data", needs=("pages", "meta"),
           measures="Whether pages describe the organisation for search engines with schema.org "
                    "structured data (JSON-LD, microdata or RDFa): an Organization or any of its "
                    "subtypes (Corporation, NGO, LocalBusiness, Hotel...), nested ones included; "
                    "a Person only for people. Breadcrumbs, articles or products alone do not "
                    "count. Listing the official profiles (sameAs) scores 1, otherwise 0.8.")
def structured_data(site: SiteView, target: Target) -> Outcome:
    wanted = organisation_types(target.kind)
    found = [(page, syntax, name) for page in site.pages for syntax, name in described_types(page)]
    described = [(len((page.get("meta") or {}).get("same_as") or []), page["url"], syntax, name)
                 for page, syntax, name in found if name.lower() in wanted]
    if not described:
        others = ", ".join(dict.fromkeys(f"{syntax} {name}" for _, syntax, name in found))
        what = "schema.org Organization (or subtype)"
        evidence = (Evidence(site.home_url, clean(f"no {what}; only {others}")) if others
                    else site.absent(f"{what} in JSON-LD, microdata or RDFa"))
        return Outcome.boolean(False, evidence)
    profiles, url, syntax, name = max(described, key=lambda item: item[0])
    score = SCORE_ORGANISATION_SAME_AS if profiles else SCORE_ORGANISATION
    shown = f"{syntax} {name}" + (f" with {profiles} sameAs profile(s)" if profiles else "")
    return Outcome(Status.PASS, "true", score, Evidence(url, clean(shown)))


def site_file(site: SiteView, robots: bool) -> bool | None:
    """Whether the crawler found robots.txt (or a sitemap) on the home page's host: None
    when it did not look (robots.txt ignored, sitemaps off, old snapshot)."""
    host = host_of(site.home_url)
    if robots:  # the crawl records robots.txt for every target of a host, fetched or shared
        fetched = [entry.get("status") for address, entry in
                   ((site.observations.get("crawl") or {}).get("robots") or {}).items()
                   if host_of(address) == host and isinstance(entry, dict)]
        if any(isinstance(status, int) for status in fetched):
            return any(isinstance(status, int) and 200 <= status < 300 for status in fetched)
    rows = [row for row in dicts(site.network.get("site_files"))
            if host_of(str(row.get("url"))) == host
            and (path_of(str(row.get("url"))).lower() == "/robots.txt") == robots]
    if not rows:
        return None
    return any(isinstance(r.get("status"), int) and 200 <= r["status"] < 300 for r in rows)


def seo_checks(site: SiteView) -> dict[str, bool | None]:
    """Each basic of the home page: present (True), missing (False), not measured (None)."""
    home = site.home or {}
    meta = home.get("meta") or {}
    headers = {str(k).lower(): str(v) for k, v in
               ((site.probes.get("home") or {}).get("headers") or {}).items()}
    directives = f"{meta.get('robots', '')} {headers.get('x-robots-tag', '')}".lower()
    return {
        "title": bool(meta.get("title")),
        "description": bool(meta.get("description")),
        "canonical": bool(meta.get("canonical")),
        "h1": any(h.get("level") == 1 and h.get("text") for h in dicts(home.get("headings"))),
        "indexable": "noindex" not in directives and "none" not in directives.split(),
        "robots-txt": site_file(site, robots=True),
        "sitemap": site_file(site, robots=False),
    }


@criterion(id="seo-basics", dimension="tech", title="Covers the SEO basics",
           failure_title="Misses SEO basics", needs=("pages", "meta", "headings", "network"),
           measures="Which basics of search-engine optimisation the home page misses among: a "
                    "title, a meta description, a canonical URL, an h1 heading, no 'noindex', "
                    "a robots.txt file and a sitemap. The value lists those missing (empty when "
                    "none is); the score is the share present among those measured. Passes "
                    "from 75%.")
def seo_basics(site: SiteView, target: Target) -> Outcome:
    checks = seo_checks(site)
    measured = {name: ok for name, ok in checks.items() if ok is not None}
    missing = sorted(name for name, ok in measured.items() if not ok)
    score = 1 - len(missing) / len(measured)
    shown = f"missing: {', '.join(missing)}" if missing else "all measured basics present"
    unmeasured = [name for name, ok in checks.items() if ok is None]
    if unmeasured:
        shown += f" (not checked: {', '.join(unmeasured)})"
    status = Status.PASS if score >= load("tech")["seo"]["pass_share"] else Status.FAIL
    return Outcome(status, ";".join(missing), score, Evidence(site.home_url, clean(shown)))
