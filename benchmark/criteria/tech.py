"""Tech criteria: Flash and legacy plugins, frames, HTTPS, mobile, structured data."""

from __future__ import annotations

import re

from benchmark.criteria.base import criterion
from benchmark.criteria.site import SiteView
from benchmark.gather.dom import clean
from benchmark.model import Evidence, Outcome, Status, Target

FLASH_GLOBALS = ("swfobject", "AC_FL_RunContent")  # probes: Flash kits loaded on the home page
ORGANISATION_TYPES = ("Organization", "Corporation", "NGO", "GovernmentOrganization",
                      "LocalBusiness", "NewsMediaOrganization", "EducationalOrganization",
                      "NonprofitOrganization", "OnlineBusiness")
DEVICE_WIDTH = re.compile(r"(?:^|[,;\s])width\s*=\s*device-width", re.I)


def flash_evidence(site: SiteView) -> Evidence | None:
    for page in site.pages:
        for finding in site.embeds(page).get("flash") or []:
            return Evidence(page["url"],
                            clean(f"{finding.get('reason')}: {finding.get('snippet')}"))
    for url in site.network.get("flash") or []:
        return Evidence(site.home_url, clean(f"Flash movie requested: {url}"))
    present = (site.probes.get("home") or {}).get("js_globals") or {}
    found = next((name for name in FLASH_GLOBALS if present.get(name)), None)
    return Evidence(site.home_url, f"JavaScript global {found} defined") if found else None


@criterion(id="flash-content", dimension="tech", title="No Flash content",
           failure_title="Uses Flash", needs=("pages", "embeds", "network", "probes"),
           measures="Whether the site still uses Adobe Flash (.swf movies, Flash objects or "
                    "embedding scripts), which no browser has played since 2021. The value is "
                    "true when Flash is present.")
def flash_content(site: SiteView, target: Target) -> Outcome:
    evidence = flash_evidence(site)
    return Outcome.boolean(evidence is not None, evidence or site.absent("Flash object or script"),
                           good_when_found=False)


@criterion(id="legacy-plugins", dimension="tech", title="No Silverlight or Java applets",
           failure_title="Uses Silverlight or Java applets", needs=("pages", "embeds"),
           measures="Whether pages still embed Microsoft Silverlight or Java applets, plugins "
                    "that current browsers no longer run. The value is true when present.")
def legacy_plugins(site: SiteView, target: Target) -> Outcome:
    found = next(((page, item) for page in site.pages
                  for item in site.embeds(page).get("legacy") or []), None)
    if found:
        page, item = found
        evidence = Evidence(page["url"], clean(f"{item.get('tech')}: {item.get('snippet')}"))
    else:
        evidence = site.absent("Silverlight object or Java applet")
    return Outcome.boolean(found is not None, evidence, good_when_found=False)


@criterion(id="framesets", dimension="tech", title="No framesets", failure_title="Uses framesets",
           needs=("pages", "embeds"),
           measures="Whether pages are built from HTML frames (frameset), which break links, "
                    "bookmarks and search engines. Inline iframes do not count. The value is "
                    "true when frames are used.")
def framesets(site: SiteView, target: Target) -> Outcome:
    page = next((p for p in site.pages if site.embeds(p).get("frames")), None)
    evidence = (Evidence(page["url"], f"{site.embeds(page)['frames']} frameset/frame element(s)")
                if page else site.absent("frameset"))
    return Outcome.boolean(page is not None, evidence, good_when_found=False)


@criterion(id="https", dimension="tech", title="Served over HTTPS",
           failure_title="Not served over HTTPS", needs=("pages",),
           measures="Whether the home page, after redirects, is served over a secure HTTPS "
                    "connection.")
def https(site: SiteView, target: Target) -> Outcome:
    return Outcome.boolean(site.home_url.lower().startswith("https://"),
                           Evidence(site.home_url, clean(f"home page final URL {site.home_url}")))


@criterion(id="mobile-viewport", dimension="tech", title="Declares a mobile viewport",
           failure_title="No mobile viewport", needs=("pages", "meta"),
           measures="Whether the home page declares a viewport with width=device-width, the "
                    "first condition for a layout that adapts to phones.")
def mobile_viewport(site: SiteView, target: Target) -> Outcome:
    viewport = ((site.home or {}).get("meta") or {}).get("viewport", "")
    snippet = f'meta viewport "{viewport}"' if viewport else "no meta viewport on the home page"
    return Outcome.boolean(bool(DEVICE_WIDTH.search(viewport)),
                           Evidence(site.home_url, clean(snippet)))


@criterion(id="mobile-layout", dimension="tech", title="Fits a phone screen",
           failure_title="Overflows a phone screen", needs=("probes",),
           measures="Whether the home page, opened on a phone-sized screen, fits its width "
                    "without horizontal scrolling.")
def mobile_layout(site: SiteView, target: Target) -> Outcome:
    mobile = site.probes.get("mobile") or {}
    overflow = mobile.get("overflow")
    if overflow is None:
        return Outcome(Status.UNKNOWN, "", None, Evidence(site.home_url, "no mobile measurement"))
    width, screen = mobile.get("scroll_width", "?"), mobile.get("viewport_width", "?")
    return Outcome.boolean(not overflow, Evidence(site.home_url,
                                                  f"page {width} px wide on a {screen} px screen"))


@criterion(id="structured-data", dimension="tech", title="Has structured data",
           failure_title="No structured data", needs=("pages", "meta"),
           measures="Whether pages describe the organisation for search engines with structured "
                    "data (JSON-LD or microdata, schema.org), an Organization description first.")
def structured_data(site: SiteView, target: Target) -> Outcome:
    found: list[tuple[bool, str, str]] = []
    for page in site.pages:
        meta = page.get("meta") or {}
        types = [f"JSON-LD {t}" for t in meta.get("jsonld_types") or []]
        types += [f"microdata {t}" for t in meta.get("microdata_types") or []]
        found += [(not t.endswith(ORGANISATION_TYPES), page["url"], t) for t in types]
    if not found:
        return Outcome.boolean(False, site.absent("JSON-LD or microdata"))
    _, url, described = min(found)  # an Organization description sorts first
    return Outcome.boolean(True, Evidence(url, clean(described)))
