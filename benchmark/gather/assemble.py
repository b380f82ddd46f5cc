"""Build the observations dict of one target from page and profile records."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from benchmark import clock
from benchmark.gather.page import empty_page, gather_html
from benchmark.social.entry import account_entry, bodies_of

FORMAT = "benchmark-observations/1"
PAGE_FIELDS = ("role", "why", "status", "error", "title")


def crawl_date_of(timestamp: str) -> date:
    """The day of an ISO timestamp (the crawl's finished_at), today when it is unusable."""
    try:
        return datetime.fromisoformat(timestamp).date()
    except (TypeError, ValueError):
        return clock.today()


def page_entry(record: dict[str, Any], html: str | None, crawl_date: date) -> dict[str, Any]:
    """Observations of one visited page, with what the crawler recorded about it."""
    url = str(record.get("final_url") or record.get("url") or "")
    if html is None:
        page = empty_page(url, str(record.get("error") or "page not saved"))
    else:
        page = gather_html(html, url, crawl_date=crawl_date)
    page["requested_url"] = str(record.get("url") or url)
    page.update({field: record.get(field, "") for field in PAGE_FIELDS})
    return page


def profile_entry(record: dict[str, Any], html: str | None, website: str,
                  crawl_date: date) -> dict[str, Any]:
    """Metrics of one social account from its single saved page (or none)."""
    bodies = bodies_of(record, lambda _: html)
    return account_entry(record, bodies, website, crawl_date)


def assemble(snapshot: dict[str, Any], pages: list[dict[str, Any]],
             profiles: list[dict[str, Any]], network: dict[str, Any],
             probes: dict[str, Any]) -> dict[str, Any]:
    """The observations dict: crawl facts, pages, social profiles, network, probes."""
    finished_at = str(snapshot.get("finished_at") or "")
    target = snapshot.get("target")
    return {
        "format": FORMAT,
        "target": target if isinstance(target, dict) else {},  # criteria read it as a dict
        "crawl": {"status": str(snapshot.get("status") or "error"),
                  "reason": str(snapshot.get("reason") or ""),
                  "started_at": str(snapshot.get("started_at") or ""),
                  "finished_at": finished_at,
                  "date": crawl_date_of(finished_at).isoformat(),
                  "robots": snapshot.get("robots") if isinstance(snapshot.get("robots"), dict)
                  else {}},
        "pages": pages,
        "profiles": profiles,
        "network": network,
        "probes": probes,
    }


def observations_from_html(pages: Iterable[tuple[str, str, str]],
                           profiles: Iterable[tuple[str, str, str | None]] = (), *,
                           website: str = "", finished_at: str = "", status: str = "ok",
                           reason: str = "", network: dict[str, Any] | None = None,
                           probes: dict[str, Any] | None = None) -> dict[str, Any]:
    """Observations built from (url, html, role) pages and (platform, url, html or None)
    profiles, as gather_target would build them from a snapshot: for tests and demos."""
    finished_at = finished_at or clock.now().isoformat()
    crawl_date = crawl_date_of(finished_at)
    pages = list(pages)
    website = website or (pages[0][0] if pages else "")
    snapshot = {"target": {"website": website}, "status": status, "reason": reason,
                "started_at": finished_at, "finished_at": finished_at}
    page_records = [page_entry({"url": url, "final_url": url, "role": role, "status": 200},
                               html, crawl_date) for url, html, role in pages]
    profile_records = [profile_entry({"platform": platform, "url": url, "final_url": url,
                                      "status": 200 if html is not None else None,
                                      "error": "" if html is not None else "not fetched"},
                                     html, website, crawl_date)
                       for platform, url, html in profiles]
    return assemble(snapshot, page_records, profile_records, network or {}, probes or {})
