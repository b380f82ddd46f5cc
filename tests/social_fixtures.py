"""The social fixtures (tests/fixtures/social) served under the real platform URLs."""

from __future__ import annotations

from pathlib import Path

from playwright.async_api import BrowserContext, Route

FOLDER = Path(__file__).parent / "fixtures" / "social"
JSON, HTML, XML = "application/json; charset=utf-8", "text/html; charset=utf-8", (
    "text/xml; charset=UTF-8")
CHANNEL = "UCa7T3lierLumenW0rksh0p9"
BSKY = "https://public.api.bsky.app/xrpc/"
DID = "did:plc:atelierlumen7q2x4k5m6n"
# URL -> (status, content type, fixture file or None for an empty body, extra headers)
ANSWERS: dict[str, tuple[int, str, str | None, dict[str, str]]] = {
    "https://www.youtube.com/@atelierlumen": (200, HTML, "youtube-channel.html", {}),
    f"https://www.youtube.com/feeds/videos.xml?channel_id={CHANNEL}": (
        200, XML, "youtube-feed.xml", {}),
    "https://mastodon.social/api/v1/accounts/lookup?acct=atelierlumen": (
        200, JSON, "mastodon-account.json", {}),
    "https://mastodon.social/api/v1/accounts/109876543210987654/statuses?limit=40": (
        200, JSON, "mastodon-statuses.json", {}),
    "https://mastodon.social/api/v1/accounts/lookup?acct=gone": (
        404, JSON, "mastodon-missing.json", {}),
    f"{BSKY}app.bsky.actor.getProfile?actor=atelierlumen.bsky.social": (
        200, JSON, "bluesky-profile.json", {}),
    f"{BSKY}app.bsky.feed.getAuthorFeed?actor={DID}&limit=50&filter=posts_no_replies": (
        200, JSON, "bluesky-feed.json", {}),
    f"{BSKY}app.bsky.actor.getProfile?actor=gone.bsky.social": (
        400, JSON, "bluesky-missing.json", {}),
    f"{BSKY}app.bsky.actor.getProfile?actor=quiet.bsky.social": (
        200, JSON, "bluesky-no-unauthenticated.json", {}),
    "https://api.dailymotion.com/user/atelierlumen?fields=id,screenname,followers_total,"
    "videos_total,url,website_url,description": (200, JSON, "dailymotion-user.json", {}),
    "https://api.dailymotion.com/user/x2lumen/videos?fields=id,created_time&sort=recent"
    "&limit=100": (200, JSON, "dailymotion-videos.json", {}),
    "https://www.instagram.com/atelierlumen/": (200, HTML, "instagram-profile.html", {}),
    "https://www.instagram.com/lumen.private/": (200, HTML, "instagram-private.html", {}),
    "https://www.instagram.com/gone.lumen/": (404, HTML, "instagram-missing.html", {}),
    "https://www.instagram.com/accounts/login/?next=%2Fwalled%2F": (
        200, HTML, "login-page.html", {}),
    "https://www.tiktok.com/@atelierlumen": (200, HTML, "tiktok-profile.html", {}),
    "https://www.tiktok.com/@gonelumen": (200, HTML, "tiktok-missing.html", {}),
    "https://www.linkedin.com/company/atelier-lumen/": (200, HTML, "linkedin-company.html", {}),
    "https://www.facebook.com/atelierlumen": (200, HTML, "facebook-page.html", {}),
    "https://x.com/atelierlumen": (200, HTML, "x-login-wall.html", {}),
    "https://www.tiktok.com/@busylumen": (429, HTML, None, {"Retry-After": "120"}),
}
REDIRECTS = {"https://www.instagram.com/walled/":
             "https://www.instagram.com/accounts/login/?next=%2Fwalled%2F"}


def answer(url: str) -> tuple[int, dict[str, str], bytes]:
    """(status, headers, body) the platform gives a logged-out visitor for `url`."""
    if url in REDIRECTS:
        return 302, {"Location": REDIRECTS[url]}, b""
    if url.endswith("/robots.txt") or url not in ANSWERS:
        return 404, {"Content-Type": HTML}, b"<!doctype html><title>Not Found</title>"
    status, kind, file, extra = ANSWERS[url]
    body = (FOLDER / file).read_bytes() if file else b"<!doctype html><title>Too Many</title>"
    return status, {"Content-Type": kind, **extra}, body


async def route_platforms(context: BrowserContext) -> None:
    """Answer the platforms' URLs from the fixtures in `context` (other hosts: 404)."""

    async def handle(route: Route) -> None:
        status, headers, body = answer(route.request.url)
        await route.fulfill(status=status, headers=headers, body=body)

    for host in ("www.youtube.com", "mastodon.social", "public.api.bsky.app", "bsky.app",
                 "api.dailymotion.com", "www.dailymotion.com", "www.instagram.com",
                 "www.tiktok.com", "www.linkedin.com", "www.facebook.com", "x.com"):
        await context.route(f"https://{host}/**", handle)
