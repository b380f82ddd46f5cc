"""Tech criteria, transport security: HTTPS, the http:// redirect, mixed content, HSTS."""

from __future__ import annotations

import re

from benchmark.criteria.base import criterion
from benchmark.criteria.measured import home_cut_short, unmeasured
from benchmark.criteria.site import SiteView, dicts
from benchmark.gather.dom import clean
from benchmark.model import Evidence, Outcome, Status, Target
from benchmark.sites import same_site

MAX_AGE = re.compile(r"max-age\s*=\s*\"?(\d+)", re.I)
# Chromium's console warning, also for resources that scripts add after the page loaded.
MIXED_MESSAGE = re.compile(r"^Mixed Content: The page at '([^']+)'")


def is_https(url: str) -> bool:
    return url.lower().startswith("https://")


@criterion(id="https", dimension="tech", title="Served over HTTPS",
           failure_title="Not served over HTTPS", needs=("pages",),
           measures="Whether the home page, after redirects, is served over a secure HTTPS "
                    "connection.")
def https(site: SiteView, target: Target) -> Outcome:
    return Outcome.boolean(is_https(site.home_url),
                           Evidence(site.home_url, clean(f"home page final URL {site.home_url}")))


def redirect_verdict(site: SiteView, target: Target) -> tuple[bool, Evidence] | None:
    """(redirects to https, evidence), from the crawler's probe of the http:// address or,
    when the targets file gives an http:// address, from where the crawl landed."""
    probe = (site.probes.get("home") or {}).get("http_redirect") or {}
    status, location = probe.get("status"), str(probe.get("location") or "")
    if isinstance(status, int):
        secure = 300 <= status < 400 and is_https(location) and same_site(location,
                                                                          site.home_url)
        shown = f"{probe.get('url')} answers HTTP {status}"
        return secure, Evidence(str(probe.get("url") or site.home_url),
                                clean(f"{shown} to {location}" if location else shown))
    asked = site.home.get("requested_url", "") if site.home else ""
    asked = asked or target.website
    if asked.lower().startswith("http://"):
        return is_https(site.home_url), Evidence(asked, clean(f"{asked} led to {site.home_url}"))
    return None


@criterion(id="https-redirect", dimension="tech", title="Redirects http:// to https://",
           failure_title="Does not redirect http:// to https://", needs=("pages", "probes"),
           measures="Whether a visitor typing the plain http:// address is sent to the secure "
                    "https:// site, rather than served an insecure page.")
def https_redirect(site: SiteView, target: Target) -> Outcome:
    verdict = redirect_verdict(site, target)
    if verdict is None:
        why = home_cut_short(site, "http_redirect")
        return unmeasured(site.home_url, f"the http:// address was not tried to the end: {why}"
                          if why else "the crawl did not try the http:// address")
    return Outcome.boolean(*verdict)


def mixed_evidence(site: SiteView) -> Evidence | None:
    """An http:// resource an https page loads: in its markup, requested while it loaded,
    or reported by the browser's console."""
    for page in site.pages:
        if not is_https(page["url"]):
            continue
        for item in dicts(site.embeds(page).get("insecure")):
            return Evidence(page["url"], clean(f"<{item.get('tag')}> loads {item.get('url')}"))
    for row in dicts(site.network.get("insecure")):
        return Evidence(str(row.get("page")), clean(f"requested {row.get('url')}"))
    for message in (site.probes.get("home") or {}).get("console_errors") or []:
        found = MIXED_MESSAGE.match(str(message))
        if found and same_site(found.group(1), site.home_url):
            return Evidence(found.group(1), clean(f"browser console: {message}"))
    return None


@criterion(id="mixed-content", dimension="tech", title="No mixed content",
           failure_title="Loads insecure content on secure pages",
           needs=("pages", "embeds", "network", "probes"),
           measures="Whether secure (https) pages load images, scripts, styles or frames over "
                    "plain http, which browsers block or flag as not secure. Links to http "
                    "sites do not count. The value is true when mixed content is found.")
def mixed_content(site: SiteView, target: Target) -> Outcome:
    if not is_https(site.home_url):
        return Outcome(Status.NOT_APPLICABLE, "", None,
                       Evidence(site.home_url, "the site is not served over HTTPS"))
    evidence = mixed_evidence(site)
    return Outcome.boolean(evidence is not None,
                           evidence or site.absent("http:// resource on an https page"),
                           good_when_found=False)


@criterion(id="hsts", dimension="tech", title="Enforces HTTPS (HSTS)",
           failure_title="No HSTS header", needs=("pages", "probes"),
           measures="Whether the home page tells browsers to always use HTTPS for the site "
                    "(a Strict-Transport-Security header with a positive max-age).")
def hsts(site: SiteView, target: Target) -> Outcome:
    headers = (site.probes.get("home") or {}).get("headers")
    if not isinstance(headers, dict):
        return unmeasured(site.home_url, "no response headers recorded for the home page")
    value = str({k.lower(): v for k, v in headers.items()}.get("strict-transport-security", ""))
    age = MAX_AGE.search(value)
    found = is_https(site.home_url) and age is not None and int(age.group(1)) > 0
    shown = (f"Strict-Transport-Security: {value}" if value
             else "no Strict-Transport-Security header")
    return Outcome.boolean(found, Evidence(site.home_url, clean(shown)))
