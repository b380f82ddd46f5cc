"""Summary of network.jsonl: request counts, bytes, third-party hosts, Flash movies."""

from __future__ import annotations

import json
from collections.abc import Iterable
from itertools import islice
from pathlib import Path
from typing import Any

from benchmark.gather.embeds import is_flash_url
from benchmark.gather.urls import host_of

MAX_ROWS = 50_000
MAX_HOSTS = 500
MAX_PAGES = 50
MAX_FLASH_URLS = 10


def summarise_network(lines: Iterable[str]) -> dict[str, Any]:
    """Totals, hosts and per-page weight from JSON lines; malformed lines are skipped."""
    summary: dict[str, Any] = {"requests": 0, "failed": 0, "bytes": 0, "hosts": [],
                               "flash": [], "pages": {}}
    hosts: set[str] = set()
    for line in islice(lines, MAX_ROWS):
        try:
            row = json.loads(line)
        except ValueError:
            continue
        if not isinstance(row, dict):
            continue
        url, size = str(row.get("url") or ""), row.get("size")
        size = size if isinstance(size, int) and size > 0 else 0
        summary["requests"] += 1
        summary["failed"] += bool(row.get("failure"))
        summary["bytes"] += size
        hosts.add(host_of(url))
        flash = is_flash_url(url, str(row.get("content_type") or ""))
        if flash and len(summary["flash"]) < MAX_FLASH_URLS:
            summary["flash"].append(url[:300])
        page = str(row.get("page") or "")[:300]
        if page in summary["pages"] or len(summary["pages"]) < MAX_PAGES:
            totals = summary["pages"].setdefault(page, {"requests": 0, "bytes": 0})
            totals["requests"] += 1
            totals["bytes"] += size
    summary["hosts"] = sorted(hosts - {""})[:MAX_HOSTS]
    return summary


def read_network(path: Path) -> dict[str, Any]:
    """The summary of a network.jsonl file; empty when the file is missing or unreadable."""
    try:
        with path.open(encoding="utf-8", errors="replace") as lines:
            return summarise_network(lines)
    except OSError:
        return {}
