"""Which social platform a URL is on, and whether it is a profile, share link, post or other."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from benchmark.gather.urls import host_of, site_host
from benchmark.lexicon import normalise
from benchmark.sites import same_site

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
COUNTRY_LABEL = re.compile(r"^[a-z]{2}(?:[-_][a-z]{2})?$")  # fr.linkedin.com, fr-fr.facebook.com
# Links that follow an account instead of sharing a page; `name` is the account, rewritten
# to its profile path for comparisons.
FOLLOW_LINKS = {
    "x": (re.compile(r"/intent/(?:follow|user)\?(?:.*&)?screen_name=(?P<name>\w+)"), "/{name}"),
    "youtube": (re.compile(r"/subscription_center\?(?:.*&)?add_user=(?P<name>[\w.-]+)"),
                "/user/{name}"),
}
GOOGLE_PLUS_VANITY = re.compile(r"/\+[^/?]+")  # google.com/+Acme, the 2012 short form
DOUBLED_SLASHES = re.compile(r"//+")
PAGE_EXTENSION = re.compile(r"\.(?:html?|php\d?|aspx?|jsp|cfm)$", re.I)
ESCAPE = re.compile(r"(?:25)?[0-9a-f]{2}")
MAX_REDIRECT_WORDS = 3  # '/go/facebook', '/follow-facebook.html'; not an article slug
# Words naming a platform in the address of a same-site redirect (twitter.acme.org,
# /Facebook, /followfacebook.html) and in its label.
REDIRECT_WORDS = {"facebook": "facebook", "twitter": "x", "linkedin": "linkedin",
                  "youtube": "youtube", "instagram": "instagram", "tiktok": "tiktok",
                  "pinterest": "pinterest", "vimeo": "vimeo", "dailymotion": "dailymotion",
                  "flickr": "flickr", "viadeo": "viadeo", "xing": "xing",
                  "googleplus": "googleplus", "gplus": "googleplus", "vkontakte": "vk",
                  "weibo": "weibo", "mastodon": "mastodon", "bluesky": "bluesky",
                  "snapchat": "snapchat", "telegram": "telegram", "whatsapp": "whatsapp"}
# Redirects that log in with, or share to, a platform rather than open an account.
NOT_ACCOUNT_WORDS = ("share", "sharer", "partage", "partager", "teilen", "auth", "oauth",
                     "login", "signin", "signup", "connect", "like", "tweet", "post", "send")


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
    # Retweets, likes and replies act on someone's post: they share no page.
    "x": rules(r"/intent/(?!retweet|favorite|like|follow|user|tweet\?(?:.*&)?in_reply_to=)"
               r"|/share" + END + r"|/home\?status=|/\?status=",
               r"/[^/?]+/status(?:es)?/\d+|/i/web/status/|/intent/",
               r"/(?:search|hashtag|i|home|explore|settings|privacy|tos|login|signup|messages"
               r"|notifications|download|account|widgets|intent)" + END,
               r"/@?\w{1,50}/?(?:\?|$)"),
    "linkedin": rules(r"/share|/sharing/|/cws/share", r"/posts/|/feed/update/|/pulse/|/events/",
                      "", r"/(?:company|in|school|showcase|groups|pub|company-beta|today)/[^/?]+"),
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
    "flickr": rules("", r"/photos/[^/]+/\d+",
                    r"/(?:explore|search|help|about|services|account|signin|tour|map|commons"
                    r"|cameras|jobs|create)" + END,
                    r"/(?:photos|people|groups)/[^/?]+|/[\w.@-]+/?(?:\?|$)"),
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


def path_and_query(url: str) -> str | None:
    """'/path?query' of a URL, lowercase (Twitter's old '#!/acme' read as a path)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    # Old AJAX addresses: twitter.com/#!/acme, facebook.com/home.php?#/pages/acme/123 (the
    # fragment is the page; the query was home.php's).
    fragment = parts.fragment.replace("%21", "!")
    path, query = parts.path, parts.query
    if fragment.startswith(("!/", "/")):
        path, _, query = fragment.lstrip("!").partition("?")
    path = DOUBLED_SLASHES.sub("/", path)  # facebook.com//pages/acme: the same page
    return path.lower() + (f"?{query.lower()}" if query else "")


def classify(url: str) -> SocialLink:
    """Platform and kind (profile, share, post, other) of a link."""
    if url.lower().startswith("whatsapp:"):
        return SocialLink("whatsapp", SHARE)
    host = host_of(url)
    target = path_and_query(url)
    if site_host(host) == "google.com" and target and GOOGLE_PLUS_VANITY.match(target):
        return SocialLink("googleplus", PROFILE)
    platform = platform_of_host(host) if host else None
    if platform is None:
        return SocialLink(None, OTHER)
    if site_host(host) in POST_HOSTS:
        return SocialLink(platform, POST)
    if target is None:
        return SocialLink(platform, OTHER)
    if platform in FOLLOW_LINKS and FOLLOW_LINKS[platform][0].match(target):
        return SocialLink(platform, PROFILE)
    for kind, pattern in PATH_RULES[platform]:
        if pattern.match(target):
            return SocialLink(platform, kind)
    return SocialLink(platform, OTHER)


def redirect_platform(url: str, label: str, site_url: str) -> str | None:
    """The platform a redirect of the site itself leads to: a same-site address naming a
    platform (twitter.acme.org, /Facebook, /followfacebook.html) whose label names the
    same platform ('Facebook', 'Friend us on Facebook'). Login and share redirects
    ('/auth/facebook', '/sharefacebook.html') are not accounts."""
    if not same_site(url, site_url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    # Short parts only (host labels, path segments of a few words), or the platform's own
    # address encoded in a tracking redirect: an article slug that mentions a platform
    # ('/twitter-releases-an-app.html') is no redirect.
    pieces = [normalise(PAGE_EXTENSION.sub("", piece)).split()
              for piece in (parts.hostname or "").split(".") + parts.path.split("/")]
    short = [word for piece in pieces if len(piece) <= MAX_REDIRECT_WORDS for word in piece]
    address = " ".join(word for word in normalise(f"{parts.path} {parts.query}").split()
                       if not ESCAPE.fullmatch(word))  # '%253A__5F__': encoded punctuation
    said = normalise(label).split()
    for word, platform in REDIRECT_WORDS.items():
        if word in said and (any(word in part for part in short)
                             or f" {word} com " in f" {address} "):
            if any(part.startswith(NOT_ACCOUNT_WORDS) or part.endswith(NOT_ACCOUNT_WORDS)
                   and part != word for part in short):
                return None
            return platform
    return None
