"""Choose which pages of a site to visit: key sections found by link text and URL."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urldefrag, urlsplit

from benchmark.keywords import fold, section_keywords

# Visiting order when slots are short: what the criteria need most comes first.
ROLE_PRIORITY = ("about", "news", "press", "careers", "investors", "csr", "contact",
                 "donate", "services")
SKIPPED_EXTENSIONS = (".pdf", ".zip", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx",
                      ".jpg", ".jpeg", ".png", ".gif", ".svg", ".mp4", ".mp3", ".swf", ".xml")


@dataclass(frozen=True)
class Candidate:
    """A link worth visiting, with the role it seems to play and why we think so."""

    url: str
    role: str
    why: str


def site_key(host: str) -> str:
    """The part of a host name that identifies a site: without www./m. prefixes."""
    return re.sub(r"^(www\d?|m)\.", "", host.lower())


def same_site(url: str, home_url: str) -> bool:
    host, home = site_key(urlsplit(url).hostname or ""), site_key(urlsplit(home_url).hostname or "")
    return bool(host) and (host == home or host.endswith("." + home) or home.endswith("." + host))


def role_of(url: str, text: str) -> tuple[str, str] | None:
    """(role, why) for a link, judged from its text first, then from its URL path."""
    folded_text = fold(" ".join(text.split()))[:120]
    path = fold(urlsplit(url).path)
    roles = section_keywords()
    for role, (words, _) in roles.items():
        for word in words:
            if re.search(rf"(^|\W){re.escape(word)}(\W|$)", folded_text):
                return role, f"link text {text.strip()[:60]!r}"
    for role, (_, slugs) in roles.items():
        for slug in slugs:
            slug = re.sub(r"[\s']+", "-", slug)
            if re.search(rf"(^|[/_.-]){re.escape(slug)}([/_.-]|$)", path):
                return role, f"URL path contains {slug!r}"
    return None


def key_pages(links: list[tuple[str, str]], home_url: str, limit: int) -> list[Candidate]:
    """Pick up to `limit` same-site key pages from (href, text) links, one per role first."""
    home = urldefrag(home_url)[0].rstrip("/")
    by_role: dict[str, list[Candidate]] = {}
    seen: set[str] = {home}
    for href, text in links:
        url = urldefrag(href)[0]
        if (not url.startswith(("http://", "https://")) or url.rstrip("/") in seen
                or not same_site(url, home_url)
                or urlsplit(url).path.lower().endswith(SKIPPED_EXTENSIONS)):
            continue
        found = role_of(url, text)
        if found is None:
            continue
        seen.add(url.rstrip("/"))
        by_role.setdefault(found[0], []).append(Candidate(url, *found))
    ordered = sorted(by_role, key=lambda r: ROLE_PRIORITY.index(r)
                     if r in ROLE_PRIORITY else len(ROLE_PRIORITY))
    chosen = [by_role[role][0] for role in ordered]
    extras = [c for role in ordered for c in by_role[role][1:]]
    return (chosen + extras)[:limit]
