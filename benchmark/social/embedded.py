"""Data that platforms embed in their public pages as JSON (TikTok, YouTube's initial data)."""

from __future__ import annotations

import json
import re
from typing import Any

MAX_JSON_CHARS = 5_000_000
TIKTOK_SCRIPT = re.compile(r'<script[^>]+id="(?:__UNIVERSAL_DATA_FOR_REHYDRATION__|SIGI_STATE)"'
                           r'[^>]*>(.*?)</script>', re.S)
TIKTOK_NOT_FOUND = 10221  # statusCode of the user-detail scope for an unknown account


def assigned_json(html: str, name: str) -> Any:
    """The JSON value assigned to `name` in a script ('var ytInitialData = {...};'), or None."""
    match = re.search(rf"{re.escape(name)}\"?\]?\s*=\s*", html)
    if match is None:
        return None
    try:
        value, _ = json.JSONDecoder().raw_decode(html[match.end(): match.end() + MAX_JSON_CHARS])
    except ValueError:
        return None
    return value


def walk(value: Any, depth: int = 0) -> Any:
    """Every (key, value) pair of a JSON tree, depth-first, bounded."""
    if depth > 60:
        return
    if isinstance(value, dict):
        for key, item in value.items():
            yield key, item
            yield from walk(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            yield from walk(item, depth + 1)


def tiktok(html: str) -> dict[str, Any]:
    """followers, posts, bio link, private flag or 'missing' from TikTok's rehydration data."""
    match = TIKTOK_SCRIPT.search(html)
    if match is None:
        return {}
    try:
        data = json.loads(match.group(1)[:MAX_JSON_CHARS])
    except ValueError:
        return {}
    scope = (data.get("__DEFAULT_SCOPE__") or {}).get("webapp.user-detail") or {}
    info = scope.get("userInfo") or {}
    if not info:
        code = scope.get("statusCode")
        return {"missing": f"TikTok answers statusCode {code}: no such account"} if (
            code == TIKTOK_NOT_FOUND) else {}
    user, stats = info.get("user") or {}, info.get("stats") or {}
    found: dict[str, Any] = {"private": bool(user.get("privateAccount"))}
    if isinstance(stats.get("followerCount"), int):
        found["followers"] = stats["followerCount"]
        found["evidence"] = f"followerCount {stats['followerCount']} in the page data"
    if isinstance(stats.get("videoCount"), int):
        found["posts"] = stats["videoCount"]
    link = (user.get("bioLink") or {}).get("link")
    if isinstance(link, str) and link:
        found["bio_link"] = link
    return found


def page_data(platform: str, html: str) -> dict[str, Any]:
    """What the platform's embedded JSON says about the account, when it has some."""
    return tiktok(html) if platform == "tiktok" else {}
