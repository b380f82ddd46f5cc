"""Mastodon, Bluesky and Dailymotion: their public APIs, readable without logging in."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import quote, urlsplit

from benchmark.sites import site_of
from benchmark.social.account import (
    DATA,
    LOGIN_WALL,
    NOT_FOUND,
    PRIVATE,
    UNKNOWN,
    Bodies,
    Context,
    Fetch,
    failed,
    read_ok,
)
from benchmark.social.backlinks import domain_named
from benchmark.social.pages import PageAdapter, read_page
from benchmark.social.walls import http_problem

# API errors that mean the account is gone (Bluesky answers them with HTTP 400).
GONE = re.compile(r"not found|AccountTakedown|AccountDeactivated|suspended", re.I)
Parsed = tuple[dict[str, Any] | None, str]  # (fields read, or None with the reason)


def json_of(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return None


def day(value: Any) -> date | None:
    """A date from ISO 8601 text or a Unix timestamp."""
    try:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return datetime.fromtimestamp(value, UTC).date()
        return date.fromisoformat(str(value)[:10])
    except (ValueError, OverflowError, OSError):
        return None


@dataclass(frozen=True)
class Api:
    """An account read from a profile call, then a call listing its newest posts."""

    platform: str
    profile_url: Callable[[str], str | None]  # account URL -> profile call
    posts_url: Callable[[str, dict[str, Any]], str | None]  # (URL, profile JSON) -> call
    profile: Callable[[Any], Parsed]  # profile JSON -> fields
    post_dates: Callable[[Any, dict[str, Any]], tuple[list[date], bool]]  # (JSON, profile)
    page_size: int

    def next_fetch(self, url: str, bodies: Bodies) -> Fetch | None:
        if "profile" not in bodies:
            call = self.profile_url(url)
            return Fetch("profile", call, DATA) if call else None
        if "posts" in bodies or http_problem(bodies["profile"]):
            return None
        fields, _ = self.profile(json_of(bodies["profile"].text))
        call = self.posts_url(url, fields) if fields else None
        return Fetch("posts", call, DATA) if call else None

    def read(self, url: str, bodies: Bodies, context: Context) -> dict[str, Any]:
        if "profile" not in bodies and "page" in bodies:  # a saved page, not the API
            return read_page(PageAdapter(self.platform), url, bodies, context)
        body = bodies.get("profile")
        if body is None and self.profile_url(url) is None:
            return failed(UNKNOWN, f"not a {self.platform} account address: {url}")
        if problem := http_problem(body, f"the {self.platform} profile call"):
            detail = (json_of(body.text) or {}) if body is not None else {}
            said = api_error(detail)
            status = NOT_FOUND if GONE.search(said) else problem[0]
            return failed(status, problem[1] + (f" ({said})" if said else ""),
                          body.url if body else "")
        fields, reason = self.profile(json_of(body.text))
        if fields is None:
            status = reason.split(":", 1)[0]
            return failed(status if status in (NOT_FOUND, PRIVATE, LOGIN_WALL) else UNKNOWN,
                          reason.split(": ", 1)[-1], body.url)
        dates, complete = [], False
        posts = bodies.get("posts")
        if posts is not None and not http_problem(posts):
            dates, full = self.post_dates(json_of(posts.text), fields)
            complete = not full
        named = domain_named(fields.get("texts", []), context.website)
        return read_ok(fields.get("url") or url, followers=fields.get("followers"),
                       followers_evidence=fields.get("evidence", ""), posts=fields.get("posts"),
                       dates=dates, complete=complete, bio_link=fields.get("bio_link", ""),
                       links_back=(bool(named), f"profile names {named}" if named else
                                   f"no mention of {site_of(context.website)} in the profile"),
                       context=context, reason=f"read from the public {self.platform} API")


def api_error(detail: Any) -> str:
    """The error an API answered: {"error": "..."}, {"message": ...}, {"error": {"message"}}."""
    if not isinstance(detail, dict):
        return ""
    error = detail.get("error")
    if isinstance(error, dict):
        return str(error.get("message") or "")
    return " ".join(str(v) for v in (error, detail.get("message")) if isinstance(v, str))


def path_segments(url: str) -> list[str]:
    return [s for s in urlsplit(url).path.split("/") if s]


def encoded(value: str) -> str:
    return quote(value, safe="@.:")
