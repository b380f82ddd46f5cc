"""Tech criterion `tech-stack`, and the detected technologies for any criterion to reuse."""

from __future__ import annotations

from weakref import WeakKeyDictionary

from benchmark.criteria.base import criterion
from benchmark.criteria.measured import home_cut_short
from benchmark.criteria.site import SiteView, dicts
from benchmark.gather.dom import clean
from benchmark.lexicon import load
from benchmark.model import Evidence, Outcome, Status, Target
from benchmark.techstack.catalog import catalog
from benchmark.techstack.data import DataMissing
from benchmark.techstack.match import probe_matches
from benchmark.techstack.resolve import Detection, resolve

_DETECTED: WeakKeyDictionary[SiteView, list[Detection] | str] = WeakKeyDictionary()


def detect(site: SiteView) -> list[Detection] | str:
    """Technologies of the site, or why they cannot be known (a string)."""
    try:
        data = catalog()
    except DataMissing as exc:
        return str(exc)
    families = [page["tech"] for page in site.pages if page.get("tech")]  # {} if it failed
    missing = next((f.get("error") for f in families if f.get("error")), None)
    if missing or not families:
        return str(missing or "no page could be fingerprinted")
    stale = {f.get("source") for f in families} - {data.source}
    if stale:
        return (f"pages were gathered with {', '.join(sorted(map(str, stale)))}, not "
                f"{data.source}: run gather again")
    matches = [(page["url"], match) for page in site.pages
               for match in dicts((page.get("tech") or {}).get("matches"))]
    home = site.probes.get("home") or {}
    matches += [(site.home_url, match) for match in
                probe_matches(data, home, list(site.network.get("hosts") or []))]
    return resolve(matches, data, load("tech")["techstack"]["min_confidence"])


def technologies(site: SiteView, categories: tuple[int, ...] = ()) -> list[Detection] | str:
    """Detected technologies (in `categories` of the data when given), computed once per
    site; a string says why they are unknown (fingerprint data not installed...).
    Services criteria may use it: technologies(site, (52,)) are the live chat vendors."""
    if site not in _DETECTED:
        _DETECTED[site] = detect(site)
    found = _DETECTED[site]
    if isinstance(found, str) or not categories:
        return found
    return [d for d in found if set(d.categories) & set(categories)]


@criterion(id="tech-stack", dimension="tech", title="Technologies detected",
           failure_title="Technologies detected", needs=("pages", "tech", "probes", "network"),
           measures="The main technologies the site is built with: CMS, e-commerce platform, "
                    "analytics, tag manager, JavaScript framework, live chat, consent and "
                    "donation tools, recognised by the open webappanalyzer fingerprints. "
                    "Informational: it does not count in the score by default.")
def tech_stack(site: SiteView, target: Target) -> Outcome:
    # Without the in-browser fingerprint the list would silently miss technologies.
    cut = home_cut_short(site, "fingerprint")
    found = cut or technologies(site, tuple(load("tech")["techstack"]["categories"]))
    if isinstance(found, str):
        return Outcome(Status.UNKNOWN, "", None, Evidence(site.home_url, clean(found)))
    if not found:
        return Outcome(Status.PASS, "", None, Evidence(
            site.home_url, f"no known technology on {site.pages_read()}"))
    # Versions first (short), then how the first one was recognised.
    listed = ", ".join(f"{d.name} {d.version}".strip() for d in found)
    return Outcome(Status.PASS, ";".join(d.name for d in found), None, Evidence(
        found[0].url, clean(f"{listed} — {found[0].name}: {found[0].evidence}")))
