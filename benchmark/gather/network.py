"""Summary of network.jsonl: request counts, bytes, hosts, Flash movies, errors, site files."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from itertools import islice
from pathlib import Path
from typing import Any

from benchmark.gather.legacy import is_flash_url
from benchmark.gather.urls import host_of, path_of

MAX_ROWS = 50_000
MAX_HOSTS = 500
MAX_PAGES = 50
MAX_PAGE_HOSTS = 200
MAX_FLASH_URLS = 10
MAX_LISTED = 100  # errors, site files and insecure requests kept
# robots.txt and sitemaps the crawler fetched: whether the site has them (SEO basics).
SITE_FILE = re.compile(r"^/robots\.txt$|sitemap[^/]*\.xml(?:\.gz)?$", re.I)


def listed(summary: dict[str, Any], key: str, item: dict[str, Any]) -> None:
    if len(summary[key]) < MAX_LISTED:
        summary[key].append(item)


def add_row(summary: dict[str, Any], row: dict[str, Any], hosts: set[str],
            page_hosts: dict[str, set[str]]) -> None:
    url, size = str(row.get("url") or "")[:300], row.get("size")
    size = size if isinstance(size, int) and size > 0 else 0
    status = row.get("status") if isinstance(row.get("status"), int) else None
    page, host = str(row.get("page") or "")[:300], host_of(url)
    hosts.add(host)
    summary["requests"] += 1
    summary["failed"] += bool(row.get("failure"))
    summary["bytes"] += size
    if is_flash_url(url, str(row.get("content_type") or "")) and len(
            summary["flash"]) < MAX_FLASH_URLS:
        summary["flash"].append(url)
    if status is not None and status >= 400:
        listed(summary, "errors", {"url": url, "status": status, "page": page,
                                   "type": str(row.get("resource_type") or "")})
    if SITE_FILE.search(path_of(url)):
        listed(summary, "site_files", {"url": url, "status": status,
                                       "content_type": str(row.get("content_type") or "")})
    if url.lower().startswith("http://") and page.lower().startswith("https://"):
        listed(summary, "insecure", {"url": url, "page": page})
    if page in summary["pages"] or len(summary["pages"]) < MAX_PAGES:
        totals = summary["pages"].setdefault(page, {"requests": 0, "bytes": 0})
        totals["requests"] += 1
        totals["bytes"] += size
        page_hosts.setdefault(page, set()).add(host)


def summarise_network(lines: Iterable[str]) -> dict[str, Any]:
    """Totals, hosts and per-page weight and hosts from JSON lines; requests that failed
    with an HTTP error, the site files fetched (robots.txt, sitemaps) and plain-http
    requests made by https pages. Malformed lines are skipped."""
    summary: dict[str, Any] = {"requests": 0, "failed": 0, "bytes": 0, "hosts": [],
                               "flash": [], "pages": {}, "errors": [], "site_files": [],
                               "insecure": []}
    hosts: set[str] = set()
    page_hosts: dict[str, set[str]] = {}
    for line in islice(lines, MAX_ROWS):
        try:
            row = json.loads(line)
        except ValueError:
            continue
        if isinstance(row, dict):
            add_row(summary, row, hosts, page_hosts)
    for page, seen in page_hosts.items():
        summary["pages"][page]["hosts"] = sorted(seen - {""})[:MAX_PAGE_HOSTS]
    summary["hosts"] = sorted(hosts - {""})[:MAX_HOSTS]
    return summary


def read_network(path: Path) -> dict[str, Any]:
    """The summary of a network.jsonl file; empty when the file is missing or unreadable."""
    try:
        with path.open(encoding="utf-8", errors="replace") as lines:
            return summarise_network(lines)
    except OSError:
        return {}
