"""Tech criteria, quality: accessibility (axe-core), console errors, broken links."""

from __future__ import annotations

from collections import Counter
from typing import Any
from urllib.parse import urldefrag

from benchmark.criteria.base import criterion
from benchmark.criteria.measured import home_cut_short, lower_is_better, unmeasured
from benchmark.criteria.site import SiteView, dicts
from benchmark.gather.dom import clean
from benchmark.gather.urls import path_of
from benchmark.lexicon import load
from benchmark.model import Evidence, Outcome, Target
from benchmark.sites import same_site

MAX_SHOWN = 3


def violation_weight(violations: list[dict[str, Any]]) -> int:
    """Sum of the impact weights of the violated rules (each rule once, as Lighthouse)."""
    weights = load("tech")["accessibility"]["impact_weights"]
    return sum(weights.get(str(v.get("impact")), weights["minor"]) for v in violations)


@criterion(id="accessibility", dimension="tech", title="Accessible home page",
           failure_title="Accessibility problems", needs=("probes",),
           measures="WCAG 2 A and AA problems that axe-core finds in the home page in the "
                    "browser, each violated rule weighted by its impact (critical 10, serious "
                    "7, moderate 3, minor 1). The value is that weighted count; 7 scores 0.9, "
                    "24 scores 0.5. Passes from 0.5.")
def accessibility(site: SiteView, target: Target) -> Outcome:
    axe = (site.probes.get("home") or {}).get("axe")
    if why := home_cut_short(site, "axe"):
        return unmeasured(site.home_url, f"accessibility was not audited: {why}")
    if not isinstance(axe, dict):
        return unmeasured(site.home_url, "accessibility was not audited (no axe-core result)")
    if axe.get("error"):
        return unmeasured(site.home_url, clean(f"axe-core could not run: {axe['error']}"))
    violations = dicts(axe.get("violations"))
    impacts = Counter(str(v.get("impact") or "minor") for v in violations)
    worst = sorted(violations, key=lambda v: -violation_weight([v]))[:MAX_SHOWN]
    shown = "; ".join(f"{v.get('id')} ({v.get('impact')}, {v.get('nodes')} element(s))"
                      for v in worst)
    summary = ", ".join(f"{count} {impact}" for impact, count in impacts.most_common())
    return lower_is_better("accessibility", violation_weight(violations), Evidence(
        site.home_url, clean(f"{len(violations)} rules violated ({summary}): {shown}"
                             if violations else "axe-core found no WCAG A/AA violation")))


@criterion(id="console-errors", dimension="tech", title="No JavaScript errors",
           failure_title="JavaScript errors", needs=("probes",),
           measures="How many errors the browser console reports while the home page loads "
                    "(failed scripts and resources, uncaught exceptions). Passes with none; "
                    "1 error scores 0.9, 3 errors 0.5.")
def console_errors(site: SiteView, target: Target) -> Outcome:
    messages = (site.probes.get("home") or {}).get("console_errors")
    if not isinstance(messages, list):
        return unmeasured(site.home_url, "the browser console was not recorded")
    ignored = tuple(load("tech")["console"]["ignored_prefixes"])
    errors = [str(m) for m in messages if not str(m).startswith(ignored)]
    shown = clean(f"{len(errors)} error(s): " + " | ".join(errors[:MAX_SHOWN])
                  if errors else "no error in the browser console")
    return lower_is_better("console-errors", len(errors), Evidence(site.home_url, shown),
                           none_passes=True)


def broken_urls(site: SiteView) -> dict[str, str]:
    """Same-site URLs that answered 'not found' or a server error: pages the crawler
    followed from the site's links, and files its pages load. URL -> what shows it."""
    settings = load("tech")["links"]
    statuses, ignored = set(settings["statuses"]), tuple(settings["ignored_paths"])
    found: dict[str, str] = {}
    for page in site.all_pages:
        if page.get("status") in statuses and page.get("role") != "home":
            found.setdefault(str(page.get("requested_url") or page.get("url")),
                             f"HTTP {page['status']} ({page.get('why') or 'linked page'})")
    for row in dicts(site.network.get("errors")):
        url = urldefrag(str(row.get("url") or ""))[0]
        if (row.get("status") in statuses and same_site(url, site.home_url)
                and not path_of(url).lower().startswith(ignored)):
            found.setdefault(url, f"HTTP {row['status']} on {row.get('page') or 'the site'}")
    return found


@criterion(id="broken-links", dimension="tech", title="No broken internal links",
           failure_title="Broken internal links", needs=("pages", "network"),
           measures="How many addresses of the site, linked or loaded by its pages, answer "
                    "'not found' (404, 410) or a server error. Access refusals (403) do not "
                    "count: they are often aimed at robots. Passes with none; 1 broken "
                    "address scores 0.9, 2 score 0.5.")
def broken_links(site: SiteView, target: Target) -> Outcome:
    if not site.network:
        return unmeasured(site.home_url, "no network log to check the site's addresses")
    found = broken_urls(site)
    if not found:
        return lower_is_better("broken-links", 0, site.absent("broken same-site address"),
                               none_passes=True)
    url, why = next(iter(found.items()))
    shown = "; ".join(f"{u} {w}" for u, w in list(found.items())[:MAX_SHOWN])
    return lower_is_better("broken-links", len(found), Evidence(url, clean(
        f"{len(found)} broken: {shown}" if len(found) > 1 else f"{url} {why}")),
        none_passes=True)
