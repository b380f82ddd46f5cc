"""The adapter interface: what to fetch for an account, the bodies fetched, and the result."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Protocol

OK, LOGIN_WALL, NOT_FOUND, PRIVATE = "ok", "login_wall", "not_found", "private"
RATE_LIMITED, UNKNOWN = "rate_limited", "unknown"
STATUSES = (OK, LOGIN_WALL, NOT_FOUND, PRIVATE, RATE_LIMITED, UNKNOWN)
PAGE, DATA = "page", "data"  # a rendered page (visit), or a raw body (JSON, XML feed)
ACTIVITY_WINDOW_DAYS = 90


@dataclass(frozen=True)
class Fetch:
    """One request an adapter needs: `name` keys its body ('page', 'profile', 'posts')."""

    name: str
    url: str
    kind: str = PAGE


@dataclass
class Body:
    """What one fetch brought back; status None and `error` set when nothing came."""

    url: str
    final_url: str = ""
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    text: str = ""
    error: str = ""
    redirects: list[dict[str, Any]] = field(default_factory=list)  # HTTP hops before it

    def header(self, name: str) -> str:
        return next((v for k, v in self.headers.items() if k.lower() == name), "")


Bodies = dict[str, Body]


@dataclass(frozen=True)
class Context:
    """What reading an account needs besides its bodies."""

    website: str
    crawl_date: date


class Adapter(Protocol):
    """Profile URL -> fetches -> per-platform metrics, evidence and status."""

    def next_fetch(self, url: str, bodies: Bodies) -> Fetch | None: ...

    def read(self, url: str, bodies: Bodies, context: Context) -> dict[str, Any]: ...


def failed(status: str, reason: str, final_url: str = "") -> dict[str, Any]:
    """An account that could not be read: no number at all, only why."""
    return {"status": status, "reason": reason, "final_url": final_url, "followers": None,
            "posts": None, "last_post": None, "posts_90d": None, "links_back": None,
            "bio_link": "",
            "evidence": {"followers": reason, "last_post": reason, "links_back": reason}}


def activity(dates: Iterable[date], crawl_date: date,
             complete: bool) -> tuple[str | None, int | None, str]:
    """(newest post ISO date, posts within the window, evidence) from post dates.

    `complete` says the dates cover the whole window; a full page of recent posts only
    gives a lower bound, said in the evidence."""
    days = sorted((d for d in dates if d <= crawl_date + timedelta(days=1)), reverse=True)
    if not days:
        return None, None if not complete else 0, "no dated post"
    start = crawl_date - timedelta(days=ACTIVITY_WINDOW_DAYS)
    recent = sum(1 for d in days if d >= start)
    bound = "" if complete or days[-1] < start else "at least "
    return (days[0].isoformat(), recent,
            f"newest post {days[0].isoformat()}; {bound}{recent} posts in "
            f"{ACTIVITY_WINDOW_DAYS} days ({len(days)} dated)")


def read_ok(final_url: str, *, followers: int | None, followers_evidence: str,
            posts: int | None = None, dates: Iterable[date] = (), complete: bool = False,
            links_back: tuple[bool, str] = (False, ""), bio_link: str = "",
            context: Context, reason: str = "read") -> dict[str, Any]:
    """A readable account: the numbers it shows (None where it shows none)."""
    last_post, recent, dated = activity(dates, context.crawl_date, complete)
    return {"status": OK, "reason": reason, "final_url": final_url, "followers": followers,
            "posts": posts, "last_post": last_post, "posts_90d": recent,
            "links_back": links_back[0], "bio_link": bio_link,
            "evidence": {"followers": followers_evidence, "last_post": dated,
                         "links_back": links_back[1]}}
