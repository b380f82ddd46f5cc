"""Choose which pages of a site to visit: key sections found by link text and URL."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urldefrag, urlsplit

from benchmark.lexicon import find, load
from benchmark.sites import same_site

# Visiting order when slots are short: what the criteria need most comes first.
ROLE_PRIORITY = ("about", "news", "press", "careers", "investors", "csr", "contact",
                 "donate", "services")
SKIPPED_EXTENSIONS = (".pdf", ".zip", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx",
                      ".jpg", ".jpeg", ".png", ".gif", ".svg", ".mp4", ".mp3", ".swf", ".xml",
                      ".gz", ".exe", ".dmg")
LANGUAGE_PREFIX = re.compile(r"^/([a-z]{2})(?:[-_][a-z]{2})?(?:/|$)", re.IGNORECASE)


@dataclass(frozen=True)
class Link:
    """A link as the crawler saw it: where it goes, its text, where it stood."""

    href: str
    text: str = ""
    in_nav: bool = False  # in <nav>, <header> or <footer>: the site's own navigation
    source: str = "home page"  # or "sitemap.xml"


@dataclass(frozen=True)
class Candidate:
    """A link worth visiting, with the role it seems to play and why we think so."""

    url: str
    role: str
    why: str


def language_of(url: str) -> str:
    """The language version a URL belongs to, from a /fr/ or /en-gb/ path prefix."""
    found = LANGUAGE_PREFIX.match(urlsplit(url).path)
    return found.group(1).lower() if found else ""


def role_of(url: str, text: str) -> tuple[str, str] | None:
    """(role, why) for a link, judged from its text first, then from its URL path."""
    roles = load("keywords")["sections"]
    text = " ".join(text.split())[:120]
    for role in roles:
        if find(f"sections.{role}", text):
            return role, f"link text {text[:60]!r}"
    path = urlsplit(url).path
    for role in roles:
        if found := find(f"sections.{role}", path, for_urls=True):
            return role, f"URL path contains {found.replace(' ', '-')!r}"
    return None


def _visitable(url: str, home_url: str) -> bool:
    return (url.startswith(("http://", "https://")) and same_site(url, home_url)
            and not urlsplit(url).path.lower().endswith(SKIPPED_EXTENSIONS))


def key_pages(links: list[Link], home_url: str, limit: int) -> list[Candidate]:
    """Up to `limit` same-site key pages: one per role first, best evidence first.

    Within a role: matched by link text before URL, the site's navigation before body
    links and sitemaps, the home page's language version before the others.
    """
    home_language = language_of(home_url)
    seen = {urldefrag(home_url)[0].rstrip("/")}
    ranked: dict[str, list[tuple[tuple[int, int, int, int], Candidate]]] = {}
    for order, link in enumerate(links):
        url = urldefrag(link.href)[0]
        if url.rstrip("/") in seen or not _visitable(url, home_url):
            continue
        found = role_of(url, link.text)
        if found is None:
            continue
        seen.add(url.rstrip("/"))
        role, why = found
        if link.source != "home page":
            why = f"{why} (from {link.source})"
        other_language = bool(home_language) and language_of(url) not in ("", home_language)
        rank = (int(other_language), int(not why.startswith("link text")),
                int(not link.in_nav), order)
        ranked.setdefault(role, []).append((rank, Candidate(url, role, why)))
    ordered = sorted(ranked, key=lambda r: ROLE_PRIORITY.index(r)
                     if r in ROLE_PRIORITY else len(ROLE_PRIORITY))
    best = {role: [c for _, c in sorted(ranked[role], key=lambda item: item[0])]
            for role in ordered}
    chosen = [best[role][0] for role in ordered]
    extras = [c for role in ordered for c in best[role][1:]]
    return (chosen + extras)[:limit]
