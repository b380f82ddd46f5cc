"""Profile URLs reduced to the account they name, per platform, for comparing and fetching."""

from __future__ import annotations

from urllib.parse import urlsplit

from benchmark.gather.urls import site_host
from benchmark.social.platforms import (
    COUNTRY_LABEL,
    FOLLOW_LINKS,
    classify,
    path_and_query,
    platform_of_host,
)

# Canonical host for comparing profile URLs.
CANONICAL_HOSTS = {"twitter.com": "x.com", "fb.com": "facebook.com", "instagr.am": "instagram.com",
                   "vkontakte.ru": "vk.com", "vk.ru": "vk.com", "threads.com": "threads.net",
                   "telegram.me": "t.me"}
# Mobile and light front-ends beyond www./m./mobile. (which site_host drops).
MOBILE_LABELS = ("touch", "mbasic", "web", "mobile", "m")
# Platforms where '/@acme' and '/acme' are the same account.
AT_OPTIONAL = ("x", "instagram", "threads", "pinterest", "github")

# Leading path segments that name an account, by platform and first segment ('*': other).
IDENTITY_SEGMENTS = {
    "facebook": {"pages": 3, "people": 3, "groups": 2, "*": 1},
    "youtube": {"channel": 2, "user": 2, "c": 2, "*": 1},
    "github": {"orgs": 2, "*": 1}, "mastodon": {"users": 2, "*": 1},
    "vimeo": {"channels": 2, "groups": 2, "showcase": 2, "*": 1},
    "telegram": {"joinchat": 2, "s": 2, "*": 1}, "whatsapp": {"channel": 2, "*": 1},
    "weibo": {"u": 2, "*": 1}, "googleplus": {"u": 5, "b": 3, "communities": 2, "*": 1},
    **{platform: {"*": 2} for platform in ("linkedin", "xing", "bluesky", "snapchat",
                                           "flickr", "viadeo")},
    **{platform: {"*": 1} for platform in ("x", "instagram", "tiktok", "pinterest",
                                           "dailymotion", "threads", "vk")},
}
DROPPED_SEGMENTS = {"facebook": ("pg",)}  # facebook.com/pg/acme/posts is facebook.com/acme


def identity_path(platform: str | None, target: str) -> str:
    """The part of a lowercase '/path?query' that names an account: '/company/acme' of
    '/company/acme/about/', '/acme' of '/intent/follow?screen_name=acme'."""
    follow = FOLLOW_LINKS.get(platform or "")
    found = follow[0].match(target) if follow else None
    if found:
        return follow[1].format(name=found["name"])
    path, _, query = target.partition("?")
    if path.endswith("/profile.php"):
        return path + "?" + "&".join(q for q in query.split("&") if q.startswith("id="))
    segments = [s for s in path.split("/") if s]
    if segments and segments[0] in DROPPED_SEGMENTS.get(platform or "", ()):
        segments = segments[1:]
    if platform == "viadeo" and segments and COUNTRY_LABEL.match(segments[0]):
        segments = segments[1:]  # viadeo.com/fr/company/acme
    if platform in AT_OPTIONAL and segments:
        segments[0] = segments[0].removeprefix("@")  # x.com/@acme
    if platform == "mastodon" and len(segments) > 1 and segments[0] == "users":
        segments = ["@" + segments[1]]  # mastodon.social/users/acme is /@acme
    counts = IDENTITY_SEGMENTS.get(platform or "")
    if counts and segments:
        segments = segments[: counts.get(segments[0], counts["*"])]
    return "/" + "/".join(segments) if segments else ""


def normalise_profile(url: str) -> str:
    """A profile URL reduced to what identifies the account, for comparison: host without
    www./m./country prefix, twitter.com as x.com, lowercase path cut after the account name
    (no /about, /posts, trailing slash or query, except Facebook's profile id)."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip().lower()
    labels = site_host(parts.hostname or "").split(".")
    if len(labels) > 2 and labels[0] in MOBILE_LABELS:  # touch.facebook.com
        labels = labels[1:]
    parent = ".".join(labels[1:])
    if len(labels) > 2 and COUNTRY_LABEL.match(labels[0]) and platform_of_host(parent):
        labels = labels[1:]
    host = ".".join(labels)
    host = CANONICAL_HOSTS.get(host, host)
    social = classify(url)
    if social.platform == "googleplus":
        host = "plus.google.com"
    return host + identity_path(social.platform, path_and_query(url.strip()) or "")
