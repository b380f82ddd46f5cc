"""The public API calls and JSON fields of Mastodon, Bluesky and Dailymotion."""

from __future__ import annotations

from datetime import date
from typing import Any
from urllib.parse import urlsplit

from benchmark.social.apis import Api, Parsed, day, encoded, path_segments

MASTODON_PAGE, BLUESKY_PAGE, DAILYMOTION_PAGE = 40, 50, 100
NO_UNAUTHENTICATED = "!no-unauthenticated"  # Bluesky: 'do not show me to logged-out users'
DAILYMOTION_FIELDS = "id,screenname,followers_total,videos_total,url,website_url,description"


def counted(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def mastodon_lookup(url: str) -> str | None:
    segments = path_segments(url)
    if len(segments) > 1 and segments[0] == "users":
        segments = ["@" + segments[1]]
    if not segments or not segments[0].startswith("@") or len(segments[0]) < 2:
        return None
    host = urlsplit(url).netloc
    return f"https://{host}/api/v1/accounts/lookup?acct={encoded(segments[0][1:])}"


def mastodon_profile(data: Any) -> Parsed:
    if not isinstance(data, dict) or not data.get("id"):
        return None, "unknown: the lookup answered no account"
    if data.get("suspended"):
        return None, "not_found: the account is suspended"
    fields = [f.get("value", "") for f in data.get("fields") or [] if isinstance(f, dict)]
    followers = counted(data.get("followers_count"))
    return {"id": str(data["id"]), "followers": followers, "posts": counted(
        data.get("statuses_count")), "url": str(data.get("url") or ""),
        "texts": [str(data.get("note") or ""), *map(str, fields)],
        "evidence": f"followers_count {followers} (Mastodon API)"}, ""


def mastodon_statuses(url: str, fields: dict[str, Any]) -> str | None:
    host = urlsplit(url).netloc
    return f"https://{host}/api/v1/accounts/{encoded(fields['id'])}/statuses?limit={MASTODON_PAGE}"


def mastodon_dates(data: Any, _: dict[str, Any]) -> tuple[list[date], bool]:
    statuses = [s for s in data if isinstance(s, dict)] if isinstance(data, list) else []
    return [d for s in statuses if (d := day(s.get("created_at")))], (
        len(statuses) >= MASTODON_PAGE)


BLUESKY_API = "https://public.api.bsky.app/xrpc/"


def bluesky_profile_call(url: str) -> str | None:
    segments = path_segments(url)
    if len(segments) < 2 or segments[0] != "profile":
        return None
    return f"{BLUESKY_API}app.bsky.actor.getProfile?actor={encoded(segments[1])}"


def bluesky_profile(data: Any) -> Parsed:
    if not isinstance(data, dict) or not data.get("did"):
        return None, "unknown: getProfile answered no profile"
    labels = [lab.get("val") for lab in data.get("labels") or [] if isinstance(lab, dict)]
    if NO_UNAUTHENTICATED in labels:
        return None, ("login_wall: the account asks Bluesky not to show it to logged-out "
                      f"visitors ({NO_UNAUTHENTICATED})")
    followers = counted(data.get("followersCount"))
    handle = str(data.get("handle") or "")
    return {"id": str(data["did"]), "followers": followers,
            "posts": counted(data.get("postsCount")),
            "url": f"https://bsky.app/profile/{handle}" if handle else "",
            "texts": [str(data.get("description") or "")],
            "evidence": f"followersCount {followers} (Bluesky AppView)"}, ""


def bluesky_feed_call(_: str, fields: dict[str, Any]) -> str | None:
    return (f"{BLUESKY_API}app.bsky.feed.getAuthorFeed?actor={encoded(fields['id'])}"
            f"&limit={BLUESKY_PAGE}&filter=posts_no_replies")


def bluesky_dates(data: Any, fields: dict[str, Any]) -> tuple[list[date], bool]:
    items = data.get("feed") if isinstance(data, dict) else None
    items = [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []
    days = []
    for item in items:
        post = item.get("post") if isinstance(item.get("post"), dict) else {}
        if item.get("reason") or (post.get("author") or {}).get("did") not in (None, fields["id"]):
            continue  # a repost shares someone else's post
        found = day((post.get("record") or {}).get("createdAt") or post.get("indexedAt"))
        if found:
            days.append(found)
    return days, len(items) >= BLUESKY_PAGE


def dailymotion_call(url: str) -> str | None:
    segments = path_segments(url)
    if len(segments) != 1 or segments[0] in ("video", "embed", "playlist", "search"):
        return None
    return f"https://api.dailymotion.com/user/{encoded(segments[0])}?fields={DAILYMOTION_FIELDS}"


def dailymotion_user(data: Any) -> Parsed:
    if not isinstance(data, dict) or not data.get("id"):
        return None, "unknown: the API answered no user"
    followers = counted(data.get("followers_total"))
    website = str(data.get("website_url") or "")
    return {"id": str(data["id"]), "followers": followers,
            "posts": counted(data.get("videos_total")), "url": str(data.get("url") or ""),
            "texts": [str(data.get("description") or ""), website], "bio_link": website,
            "evidence": f"followers_total {followers} (Dailymotion API)"}, ""


def dailymotion_videos(_: str, fields: dict[str, Any]) -> str | None:
    return (f"https://api.dailymotion.com/user/{encoded(fields['id'])}/videos"
            f"?fields=id,created_time&sort=recent&limit={DAILYMOTION_PAGE}")


def dailymotion_dates(data: Any, _: dict[str, Any]) -> tuple[list[date], bool]:
    videos = data.get("list") if isinstance(data, dict) else None
    videos = [v for v in videos if isinstance(v, dict)] if isinstance(videos, list) else []
    return [d for v in videos if (d := day(v.get("created_time")))], bool(
        isinstance(data, dict) and data.get("has_more"))


MASTODON = Api("mastodon", mastodon_lookup, mastodon_statuses, mastodon_profile,
               mastodon_dates, MASTODON_PAGE)
BLUESKY = Api("bluesky", bluesky_profile_call, bluesky_feed_call, bluesky_profile,
              bluesky_dates, BLUESKY_PAGE)
DAILYMOTION = Api("dailymotion", dailymotion_call, dailymotion_videos, dailymotion_user,
                  dailymotion_dates, DAILYMOTION_PAGE)
