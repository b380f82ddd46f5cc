"""What stops a logged-out visitor: errors, 429, deleted accounts, login redirects."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from benchmark.social.account import LOGIN_WALL, NOT_FOUND, RATE_LIMITED, UNKNOWN, Body

# Where platforms send logged-out visitors (x.com/i/flow/login, instagram.com/accounts/
# login/, linkedin.com/authwall, facebook.com/login/, consent.youtube.com).
LOGIN_ADDRESS = re.compile(
    r"^(?:[\w-]+\.)*(?:consent\.(?:youtube|google)\.com/|[^/]+/(?:[\w/]*/)?(?:login|log_in|"
    r"signin|sign_in|sign-in|authwall|checkpoint|challenge)(?:[/?.]|$)|[^/]+/i/flow/login)",
    re.I)
Problem = tuple[str, str]


def login_redirect(body: Body) -> str:
    """The login or consent page a request ended on, else ''."""
    final = body.final_url or ""
    if not final or final.rstrip("/") == body.url.rstrip("/"):
        return ""
    parts = urlsplit(final)
    return final if LOGIN_ADDRESS.match(f"{parts.netloc}{parts.path}") else ""


def hops(body: Body) -> str:
    """' (HTTP 302 from URL)' for the HTTP redirects the fetch followed, else '' (older
    snapshots kept none; a script or meta refresh is no HTTP redirect)."""
    said = [f"HTTP {hop.get('status') or '?'} from {hop['url']}" for hop in body.redirects
            if hop.get("url")]
    return f" ({', then '.join(said)})" if said else ""


def http_problem(body: Body | None, what: str = "the account page") -> Problem | None:
    """(status, reason) when a fetch did not bring the account back, else None."""
    if body is None:
        return UNKNOWN, f"{what} was not fetched"
    if body.status == 429:
        retry = body.header("retry-after")
        wait = f"; Retry-After: {retry}" if retry else ""
        return RATE_LIMITED, f"HTTP 429 Too Many Requests from {host(body.url)}{wait}"
    if redirected := login_redirect(body):
        return LOGIN_WALL, f"redirected to a login page: {redirected}{hops(body)}"
    if body.status is None:
        return UNKNOWN, f"{what} could not be fetched: {body.error or 'no response'}"
    if body.status in (404, 410):
        return NOT_FOUND, (f"HTTP {body.status} for {body.url}: the account does not exist "
                           "or was deleted")
    if body.status == 401:
        return LOGIN_WALL, f"HTTP 401 for {body.url}: a login is required"
    if body.status >= 400:
        return UNKNOWN, f"HTTP {body.status} for {body.url}"
    return None


def host(url: str) -> str:
    return urlsplit(url).netloc or url
