"""Tech criteria, privacy: a cookie-consent banner, and trackers contacted before consent."""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable
from functools import cache
from typing import Any

from benchmark.criteria.base import criterion
from benchmark.criteria.measured import cut_short, home_cut_short
from benchmark.criteria.site import SiteView, dicts
from benchmark.criteria.tech_performance import home_network
from benchmark.gather.dom import clean
from benchmark.gather.urls import matching_vendor, path_of
from benchmark.lexicon import load
from benchmark.model import Evidence, Outcome, Status, Target


@cache
def trackers() -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    """(name, hosts, cookie names) of each tracker of tech.toml."""
    return tuple((t["name"], tuple(t["hosts"]), tuple(t["cookies"]))
                 for t in load("tech")["trackers"])


def trackers_in(urls: Iterable[str], cookies: Iterable[str]) -> dict[str, str]:
    """Tracker name -> the URL or cookie that reveals it."""
    found: dict[str, str] = {}
    for url in urls:
        for name, hosts, _ in trackers():
            if name not in found and matching_vendor(url, hosts):
                found[name] = f"contacted {url}"
    for cookie in cookies:
        for name, _, names in trackers():
            if name not in found and any(fnmatch.fnmatchcase(cookie, n) for n in names):
                found[name] = f"cookie {cookie}"
    return found


def home_probe(site: SiteView) -> dict[str, Any]:
    return site.probes.get("home") or {}


def before_consent(site: SiteView) -> dict[str, str] | None:
    """Trackers the home page contacted or whose cookies it set before the visitor chose;
    None when the crawl recorded nothing about it. The hosts of the whole home-page visit
    count only when no consent was given (the crawler refuses, else accepts, a banner)."""
    home = home_probe(site)
    cookies = [str(c.get("name")) for c in dicts(home.get("cookies_before_consent"))]
    hosts = list((home.get("fingerprint") or {}).get("hosts") or [])
    visit = home_network(site)
    consent = home.get("consent") or {}
    # A consent probe cut short may have accepted: then the visit's hosts prove nothing.
    if consent.get("action_taken") != "accepted" and not cut_short(consent):
        hosts += visit.get("hosts") or []
    if "cookies_before_consent" not in home and not hosts and not visit:
        return None
    return trackers_in([f"https://{h}/" for h in hosts], cookies)


@criterion(id="trackers-before-consent", dimension="tech", title="No tracking before consent",
           failure_title="Tracks visitors before consent", needs=("probes", "network"),
           measures="Which trackers (advertising and audience measurement: Google Analytics, "
                    "Meta pixel, LinkedIn, Hotjar...) the home page contacts or sets cookies for "
                    "before the visitor has accepted anything, as the GDPR and ePrivacy rules "
                    "forbid. The value lists them; it passes when there is none.")
def trackers_before_consent(site: SiteView, target: Target) -> Outcome:
    found = before_consent(site)
    if found is None:
        return Outcome(Status.UNKNOWN, "", None,
                       Evidence(site.home_url, "no record of the home page's requests"))
    cut = home_cut_short(site, "cookies_before_consent", "fingerprint", "consent")
    if cut and not found:  # what was recorded shows no tracker, but not all was recorded
        return Outcome(Status.UNKNOWN, "", None, Evidence(site.home_url, clean(
            f"no tracker in what was recorded, but the {cut}")))
    names = sorted(found)
    evidence = (Evidence(site.home_url, clean("; ".join(f"{n}: {found[n]}" for n in names)))
                if names else Evidence(site.home_url, "no tracker before any consent"))
    return Outcome(Status.FAIL if names else Status.PASS, ";".join(names),
                   0.0 if names else 1.0, evidence)


def consent_evidence(site: SiteView) -> Evidence | None:
    """A consent banner seen by the crawler, a consent platform's script, or its markup."""
    probe = home_probe(site).get("consent") or {}
    if probe.get("present"):
        return Evidence(site.home_url, clean(f"consent banner ({probe.get('vendor') or 'generic'})"
                                             f", crawler {probe.get('action_taken', 'none')}"))
    data = load("tech")["consent"]
    for page_url, url in site.resources():
        if matching_vendor(url, tuple(data["hosts"])) or (
                any(name in url.lower() for name in data["scripts"])
                and path_of(url).lower().endswith(".js")):
            return Evidence(page_url, clean(f"consent platform {url}"))
    for page in site.pages:
        for marker in site.embeds(page).get("consent") or []:
            return Evidence(page["url"], clean(f"consent banner {marker}"))
    return None


def any_tracker(site: SiteView) -> dict[str, str]:
    """Trackers the site uses at all (after consent too): they need a banner."""
    cookies = [str(c.get("name")) for c in dicts(home_probe(site).get("cookies_before_consent"))]
    return trackers_in([url for _, url in site.resources()], cookies)


@criterion(id="cookie-consent", dimension="tech", title="Asks for cookie consent",
           failure_title="Tracks without a consent banner",
           needs=("pages", "embeds", "network", "probes"),
           measures="Whether the site asks visitors for their consent to cookies (a consent "
                    "banner or platform: Didomi, OneTrust, Axeptio, tarteaucitron...). It also "
                    "passes without a banner when the site uses no tracker that needs one. The "
                    "value is true when a consent banner is present.")
def cookie_consent(site: SiteView, target: Target) -> Outcome:
    evidence = consent_evidence(site)
    if evidence is not None:
        return Outcome(Status.PASS, "true", 1.0, evidence)
    cut = home_cut_short(site, "consent")
    if cut:  # a banner may be there: neither "asks" nor "tracks without asking" is known
        return Outcome(Status.UNKNOWN, "", None, Evidence(site.home_url, clean(
            f"no consent banner in the saved pages, but the {cut}")))
    used = any_tracker(site)
    if used:
        name = sorted(used)[0]
        return Outcome(Status.FAIL, "false", 0.0, Evidence(site.home_url, clean(
            f"no consent banner, yet {', '.join(sorted(used))} ({name}: {used[name]})")))
    return Outcome(Status.PASS, "false", 1.0, Evidence(
        site.home_url, f"no consent banner, and no tracker on {site.pages_read()}"))
