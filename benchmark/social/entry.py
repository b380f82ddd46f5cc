"""One account's entry in the observations: its origin, fetches and what its adapter read."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from benchmark.social.account import OK, PRIVATE, Bodies, Body, Context
from benchmark.social.adapters import read_account

LISTED, DISCOVERED, CRAWLED = "listed", "discovered", "crawled"


def body_of(fetch: dict[str, Any], text: str | None) -> Body:
    status = fetch.get("status")
    headers = fetch.get("headers") if isinstance(fetch.get("headers"), dict) else {}
    hops = fetch.get("redirects") if isinstance(fetch.get("redirects"), list) else []
    return Body(url=str(fetch.get("url") or ""), final_url=str(fetch.get("final_url") or ""),
                status=status if isinstance(status, int) else None,
                headers={str(k): str(v) for k, v in headers.items()}, text=text or "",
                error=str(fetch.get("error") or ("" if text is not None or status else
                                                 "body not saved")),
                redirects=[h for h in hops if isinstance(h, dict)])


def bodies_of(record: dict[str, Any], read_text: Callable[[Any], str | None]) -> Bodies:
    """Bodies of a snapshot's account record; a record without `fetches` (older snapshots,
    hand-made observations) is its one page."""
    fetches = record.get("fetches")
    if not isinstance(fetches, list):
        if not (record.get("file") or record.get("status") or record.get("error")):
            return {}
        fetches = [{**record, "name": "page"}]
    return {str(f.get("name") or "page"): body_of(f, read_text(f.get("file")))
            for f in fetches if isinstance(f, dict)}


def account_entry(record: dict[str, Any], bodies: Bodies, website: str,
                  crawl_date: date) -> dict[str, Any]:
    """What the account shows: `account_status` (ok, login_wall, not_found, private,
    rate_limited, unknown) and `reason`, its `origin` (listed or discovered on the site),
    the `source` of its figures (crawled, discovered) and their `date`."""
    platform = str(record.get("platform") or "")
    url = str(record.get("url") or record.get("final_url") or "")
    result = read_account(platform, url, bodies, Context(website, crawl_date))
    state = result.pop("status")
    first = next(iter(bodies.values()), None)
    source = DISCOVERED if record.get("source") == DISCOVERED else LISTED
    return {"platform": platform, "url": url, "origin": source,
            "found_on": str(record.get("found_on") or ""),
            "status": first.status if first else None,  # HTTP status of the first fetch
            "error": first.error if first else "not fetched",
            "account_status": state, "fetched": state in (OK, PRIVATE),
            "source": DISCOVERED if source == DISCOVERED else CRAWLED,
            "date": crawl_date.isoformat(), **result,
            "final_url": result.get("final_url") or (first.final_url if first else "") or url}
