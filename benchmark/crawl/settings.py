"""Crawl settings: limits per page and per target, concurrency, routing mode."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from benchmark import __version__

PROJECT_URL = "https://github.com/benchmark-web/benchmark"
DESKTOP_VIEWPORT = {"width": 1366, "height": 900}
MOBILE_VIEWPORT = {"width": 390, "height": 844}
MOBILE_USER_AGENT = ("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 "
                     "(KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36 "
                     f"benchmark/{__version__}")
# Each in-browser probe's own time bound, in seconds, in the order the home page runs them:
# the cheap and decisive first (the consent wall before axe-core, which may take seconds
# on a big page). Generous: on an idle machine each takes well under a second on a normal
# page, and a verdict must not change because the machine is busy. A probe past its bound
# is recorded as cut short (docs/crawling.md), and the next one gets its own full bound.
PROBE_BOUNDS_S: dict[str, float] = {
    "measure": 15.0,        # timing, resources, JS globals, layout width, text size
    "cookies": 10.0,        # cookies set before any consent choice (browser side)
    "fingerprint": 15.0,    # the tech-stack fingerprints' globals and selectors
    "consent": 30.0,        # find the wall, click, wait for the page, read its DOM again
    "axe": 60.0,            # axe-core reads every element's style: big pages take seconds
    "http_redirect": 30.0,  # where http:// sends visitors (two requests at most, half each)
    "mobile": 15.0,         # `measure` again, on the phone
    "screenshot": 15.0,     # each of desktop and mobile
}


@dataclass(frozen=True)
class CrawlSettings:
    """Everything that changes how one target is crawled; no shared mutable state."""

    max_pages: int = 10
    page_timeout_s: float = 20.0
    settle_s: float = 3.0  # longest wait for `load` after DOMContentLoaded
    target_timeout_s: float = 180.0
    concurrency: int = 3
    offline: bool = False  # only loopback hosts are reachable
    bundle_dir: Path | None = None  # answer every request from these site folders
    screenshots: bool = True
    max_html_bytes: int = 5 * 1024 * 1024
    user_agent_suffix: str = f"benchmark/{__version__} (+{PROJECT_URL})"
    user_agent: str = ""  # replaces the whole desktop user agent when set
    force: bool = False  # crawl again targets that already have a complete snapshot
    obey_robots: bool = True
    robots_token: str = "benchmark"  # the product token robots.txt rules are matched against
    # Page loads at once on one host, across the targets of the batch. A target's own
    # pages are loaded one after the other (one tab); two at once happen where targets
    # share a host: social platforms, above all, where 1 made every target queue.
    per_host: int = 2
    host_delay_s: float = 0.25  # between the starts of two page loads on one host
    sitemaps: bool = True  # also look for key pages in sitemap.xml
    archive: bool = False  # also write snapshots/<id>/archive.warc.gz
    archive_max_body_bytes: int = 10 * 1024 * 1024  # larger bodies are left out (noted)
    archive_max_bytes: int = 200 * 1024 * 1024  # per target
    replay_dir: Path | None = None  # answer every request from this earlier run's archives
    # (host, "ip:port") pairs Chromium resolves to that address instead, before the
    # offline rule: saved pages served under their real host names by one local server.
    host_map: tuple[tuple[str, str], ...] = ()
