"""Which social platform a URL is on, and whether it is a profile, share link, post or other."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from benchmark.gather.urls import host_of, site_host

PROFILE, SHARE, POST, OTHER = "profile", "share", "post", "other"

# Host (and its subdomains) -> platform. Country TLDs of Pinterest are handled apart.
HOSTS = {
    "facebook.com": "facebook", "fb.com": "facebook", "fb.me": "facebook",
    "fb.watch": "facebook", "twitter.com": "x", "x.com": "x", "linkedin.com": "linkedin",
    "lnkd.in": "linkedin", "youtube.com": "youtube", "youtu.be": "youtube",
    "youtube-nocookie.com": "youtube", "instagram.com": "instagram", "instagr.am": "instagram",
    "tiktok.com": "tiktok", "pinterest.com": "pinterest", "pin.it": "pinterest",
    "vimeo.com": "vimeo", "dailymotion.com": "dailymotion", "dai.ly": "dailymotion",
    "flickr.com": "flickr", "flic.kr": "flickr", "bsky.app": "bluesky", "threads.net": "threads",
    "threads.com": "threads", "viadeo.com": "viadeo", "xing.com": "xing",
    "plus.google.com": "googleplus", "vk.com": "vk", "vk.ru": "vk", "vkontakte.ru": "vk",
    "weibo.com": "weibo", "weibo.cn": "weibo", "github.com": "github", "wa.me": "whatsapp",
    "whatsapp.com": "whatsapp", "t.me": "telegram", "telegram.me": "telegram",
    "snapchat.com": "snapchat",
    # Well-known Mastodon servers; others are recognised by name and /@user paths.
    "mastodon.social": "mastodon", "mastodon.online": "mastodon", "piaille.fr": "mastodon",
    "framapiaf.org": "mastodon", "mamot.fr": "mastodon", "fosstodon.org": "mastodon",
    "hachyderm.io": "mastodon", "infosec.exchange": "mastodon", "mstdn.social": "mastodon",
    "social.numerique.gouv.fr": "mastodon", "mastodon.green": "mastodon",
}
# Hosts whose every link is a single post or video (short links, players).
POST_HOSTS = {"youtu.be", "dai.ly", "flic.kr", "fb.watch", "vm.tiktok.com", "pin.it",
              "player.vimeo.com", "youtube-nocookie.com"}
# Canonical host for comparing profile URLs.
CANONICAL_HOSTS = {"twitter.com": "x.com", "fb.com": "facebook.com", "instagr.am": "instagram.com",
                   "vkontakte.ru": "vk.com", "vk.ru": "vk.com", "threads.com": "threads.net",
                   "telegram.me": "t.me"}
COUNTRY_LABEL = re.compile(r"^[a-z]{2}(?:[-_][a-z]{2})?$")  # fr.linkedin.com, fr-fr.facebook.com


def rules(share: str, post: str, other: str,
          profile: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Ordered (kind, regex) rules applied to 'path?query', lowercase."""
    return tuple((kind, re.compile(pattern)) for kind, pattern in
                 ((SHARE, share), (POST, post), (OTHER, other), (PROFILE, profile)) if pattern)


END = r"(?:/|\?|$)"
PATH_RULES = {
    "facebook": rules(r"/sharer|/share\.php|/dialog/(?:share|feed|send)|/plugins/(?:like|share)",
                      r"/[^/?]+/(?:posts|photos|videos|events)/|/(?:photo|video|permalink|story)"
                      r"\.php|/watch|/events/|/reel/|/share/[prv]/",
                      r"/(?:login|help|policies|privacy|legal|terms|settings|home\.php|tr|l\.php"
                      r"|plugins|hashtag|search|business|ads|about|pages/?$|groups/?$)" + END,
                      r"/profile\.php\?id=\d+|/pages/[^?]+|/groups/[^/?]+|/(?:pg/)?[\w.\-]+/?"
                      r"(?:about/?)?(?:\?|$)"),
    "x": rules(r"/intent/|/share" + END + r"|/home\?status=|/\?status=",
               r"/[^/?]+/status(?:es)?/\d+|/i/web/status/",
               r"/(?:search|hashtag|i|home|explore|settings|privacy|tos|login|signup|messages"
               r"|notifications|download|account|widgets|intent)" + END,
               r"/@?\w{1,50}/?(?:\?|$)"),
    "linkedin": rules(r"/share|/sharing/|/cws/share", r"/posts/|/feed/update/|/pulse/|/events/",
                      "", r"/(?:company|in|school|showcase|groups|pub|company-beta)/[^/?]+"),
    "youtube": rules(r"/share" + END, r"/(?:watch|embed|shorts|v|live)" + END,
                     r"/(?:results|feed|playlist|about|t|yt|premium|account|signin|redirect|kids"
                     r"|gaming|music|howyoutubeworks|creators|ads|intl|s)" + END + r"|/?$",
                     r"/(?:@[^/?]+|channel/[^/?]+|user/[^/?]+|c/[^/?]+|[^/?]+/?(?:\?|$))"),
    "instagram": rules("", r"/(?:p|reel|reels|tv|stories)/",
                       r"/(?:explore|accounts|about|legal|developer|direct|web)" + END,
                       r"/[\w.]+/?(?:\?|$)"),
    "tiktok": rules("", r"/@[^/]+/video/|/v/|/t/|/embed", "", r"/@[^/?]+/?(?:\?|$)"),
    "pinterest": rules(r"/pin/create|/pin/find", r"/pin/\d+",
                       r"/(?:search|ideas|today|_|business|explore)" + END, r"/[^/?]+/?(?:\?|$)"),
    "vimeo": rules("", r"/\d+|/video/|/channels/[^/]+/\d+",
                   r"/(?:search|watch|features|upload|join|log_in|ondemand|blog|help)" + END,
                   r"/(?:channels/|groups/|showcase/)?[^/?]+"),
    "dailymotion": rules("", r"/video/|/embed/|/playlist/",
                         r"/(?:search|signin|feed|about)" + END, r"/[^/?]+/?(?:\?|$)"),
    "flickr": rules("", r"/photos/[^/]+/\d+", "", r"/(?:photos|people|groups)/[^/?]+"),
    "mastodon": rules(r"/share" + END, r"/@[^/]+/\d+", "", r"/(?:@|users/)[^/?]+"),
    "bluesky": rules(r"/intent/compose", r"/profile/[^/]+/post/", "", r"/profile/[^/?]+"),
    "threads": rules(r"/intent/post", r"/@[^/]+/post/|/t/", "", r"/@[^/?]+"),
    "viadeo": rules(r"/shareit/|/share", "", "",
                    r"/(?:[a-z]{2}/)?(?:company|profile|p|corporate|companies)/[^/?]+"),
    "xing": rules(r"/spi/shares|/social/share|/social_plugins/share|/app/user\?op=share", "", "",
                  r"/(?:companies|profile|pages|company|communities)/[^/?]+"),
    "googleplus": rules(r"/share", r"/[^/]+/posts/", "",
                        r"/(?:u/\d+/)?(?:\+[^/?]+|\d{10,}|b/\d+/[^/?]+|communities/\d+)"),
    "vk": rules(r"/share\.php", r"/wall-?\d+_\d+|/video-?\d+_\d+|/photo-?\d+",
                r"/(?:login|feed|search|about|blog|terms)" + END, r"/[^/?]+/?(?:\?|$)"),
    "weibo": rules(r"/share/", r"/\d+/[a-z0-9]{9}|/status/", "", r"/(?:u/)?[^/?]+/?(?:\?|$)"),
    "github": rules("", "", r"/(?:features|about|pricing|login|join|topics|marketplace|sponsors"
                    r"|site|security|enterprise)" + END, r"/(?:orgs/)?[^/?]+/?(?:\?|$)"),
    "whatsapp": rules(r".*[?&]text=", "", "",
                      r"/(?:channel/)?[\w-]{6,}/?(?:\?|$)|/send/?\?phone=\d+|/message/\w+"),
    "telegram": rules(r"/share", r"/[^/?]+/\d+", "", r"/(?:joinchat/)?[^/?]+/?(?:\?|$)"),
    "snapchat": rules(r"/scan|/share", "", "", r"/(?:add/|@)[^/?]+"),
}


@dataclass(frozen=True)
class SocialLink:
    """What a URL is on social media: a platform (None: not social) and a kind."""

    platform: str | None
    kind: str


def platform_of_host(host: str) -> str | None:
    """The platform a host name belongs to, subdomains included, else None."""
    labels = site_host(host).split(".")
    for start in range(len(labels) - 1):
        platform = HOSTS.get(".".join(labels[start:]))
        if platform:
            return platform
    if "pinterest" in labels[-3:-1]:  # pinterest.fr, pinterest.co.uk...
        return "pinterest"
    if any(word in host for word in ("mastodon", "mstdn")):
        return "mastodon"
    return None


def classify(url: str) -> SocialLink:
    """Platform and kind (profile, share, post, other) of a link."""
    if url.lower().startswith("whatsapp:"):
        return SocialLink("whatsapp", SHARE)
    host = host_of(url)
    platform = platform_of_host(host) if host else None
    if platform is None:
        return SocialLink(None, OTHER)
    if site_host(host) in POST_HOSTS:
        return SocialLink(platform, POST)
    try:
        parts = urlsplit(url)
    except ValueError:
        return SocialLink(platform, OTHER)
    path = parts.fragment[1:] if parts.fragment.startswith("!/") else parts.path  # twitter #!/
    target = path.lower() + (f"?{parts.query.lower()}" if parts.query else "")
    for kind, pattern in PATH_RULES[platform]:
        if pattern.match(target):
            return SocialLink(platform, kind)
    return SocialLink(platform, OTHER)


def normalise_profile(url: str) -> str:
    """A profile URL reduced for comparison: host without www./m./country prefix, twitter.com
    as x.com, path lowercase without trailing slash, no query except Facebook's profile id."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip().lower()
    labels = site_host(parts.hostname or "").split(".")
    parent = ".".join(labels[1:])
    if len(labels) > 2 and COUNTRY_LABEL.match(labels[0]) and platform_of_host(parent):
        labels = labels[1:]
    host = ".".join(labels)
    host = CANONICAL_HOSTS.get(host, host)
    path = parts.fragment[1:] if parts.fragment.startswith("!/") else parts.path
    path = path.rstrip("/").lower()
    if path.endswith("/profile.php") and parts.query:
        path += "?" + "&".join(q for q in parts.query.split("&") if q.startswith("id="))
    return host + path
