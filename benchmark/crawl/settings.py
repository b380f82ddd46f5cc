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
