"""Tech criteria, mobile and speed: viewport, layout on a phone, page weight, load time."""

from __future__ import annotations

import re
from typing import Any

from benchmark.criteria.base import criterion
from benchmark.criteria.measured import cut_short, home_cut_short, lower_is_better, unmeasured
from benchmark.criteria.site import SiteView
from benchmark.gather.dom import clean
from benchmark.lexicon import load
from benchmark.model import Evidence, Outcome, Target

DEVICE_WIDTH = re.compile(r"(?:^|[,;\s])width\s*=\s*device-width", re.I)
KIB = 1024


def unmeasured_why(site: SiteView, what: str) -> str:
    """`what` for the home page, and why: its in-browser measurement was cut short."""
    why = home_cut_short(site, "measure")
    return f"{what} for the home page: {why}" if why else f"{what} for the home page"


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
           failure_title="Not made for phone screens", needs=("probes",),
           measures="Whether the home page, opened on a phone-sized screen (390 px), fits its "
                    "width without horizontal scrolling and shows most of its text at a "
                    "legible size (12 px or more, as Lighthouse asks).")
def mobile_layout(site: SiteView, target: Target) -> Outcome:
    mobile = site.probes.get("mobile") or {}
    overflow = mobile.get("overflow")
    if overflow is None:
        why = cut_short(mobile)
        return unmeasured(site.home_url, f"no mobile measurement: mobile probe cut short "
                                         f"({why})" if why else "no mobile measurement")
    width = mobile.get("scroll_width", "?")
    screen = mobile.get("screen_width") or mobile.get("viewport_width", "?")
    small = mobile.get("small_text_share")
    too_small = isinstance(small, int | float) and small > load("tech")["mobile"][
        "max_small_text_share"]
    shown = f"page {width} px wide on a {screen} px screen"
    if isinstance(small, int | float):
        shown += f"; {small:.0%} of the text under 12 px"
    return Outcome.boolean(not overflow and not too_small, Evidence(site.home_url, shown))


def home_network(site: SiteView) -> dict[str, Any]:
    """The network totals of the home page visit (keyed by the URL the crawler asked for)."""
    pages = site.network.get("pages") or {}
    home = site.home or {}
    for key in (home.get("requested_url"), home.get("url"), site.home_url):
        if key in pages:
            return pages[key]
    return {}


@criterion(id="page-weight", dimension="tech", title="Light home page",
           failure_title="Heavy home page", needs=("pages", "network", "probes"),
           measures="How much the browser downloads to show the home page, in kibibytes "
                    "(KiB), scored on Lighthouse's curve: 2,667 KiB scores 0.9, 4,000 KiB 0.5. "
                    "Passes from 0.5.")
def page_weight(site: SiteView, target: Target) -> Outcome:
    probed = (site.probes.get("home") or {}).get("transfer_bytes")
    logged = home_network(site).get("bytes")
    sizes = [size for size in (probed, logged) if isinstance(size, int) and size > 0]
    if not sizes:
        return unmeasured(site.home_url, unmeasured_why(site, "no download size measured"))
    # Both are lower bounds: browsers hide other sites' sizes, servers omit Content-Length.
    kib = round(max(sizes) / KIB)
    return lower_is_better("page-weight", kib, Evidence(
        site.home_url, f"{kib:,} KiB downloaded to show the home page"))


@criterion(id="load-time", dimension="tech", title="Fast home page",
           failure_title="Slow home page", needs=("probes",),
           measures="How long the home page takes to show its main content (largest "
                    "contentful paint, else the load event), in milliseconds, scored on "
                    "Lighthouse's desktop curve: 1.2 s scores 0.9, 2.4 s 0.5. Passes from 0.5.")
def load_time(site: SiteView, target: Target) -> Outcome:
    timing = (site.probes.get("home") or {}).get("timing") or {}
    for key, what in (("largest_contentful_paint_ms", "largest contentful paint"),
                      ("load_ms", "load event")):
        value = timing.get(key)
        if isinstance(value, int | float) and value > 0:
            return lower_is_better("load-time", round(value), Evidence(
                site.home_url, f"{what} after {value / 1000:.2f} s"))
    return unmeasured(site.home_url, unmeasured_why(site, "no load time measured"))
