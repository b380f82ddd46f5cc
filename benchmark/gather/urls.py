"""URL helpers: absolute links, hosts, vendor matching, the words naming a page in a URL."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qsl, unquote, urljoin, urlsplit

from benchmark.lexicon import find, normalise
from benchmark.sites import site_of_host

MAX_URL_CHARS = 2000
IGNORED_SCHEMES = ("javascript:", "data:", "vbscript:", "about:", "blob:")
HOST_PREFIXES = re.compile(r"^(?:www\d?|m|mobile)\.")
PAGE_EXTENSIONS = re.compile(r"\.(?:html?|php\d?|aspx?|jsp|cfm|do)$", re.I)
MAX_SEGMENT_WORDS = 4  # longer URL segments are article slugs, not section names
DOCUMENT_EXTENSIONS = (".pdf", ".zip", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx",
                       ".jpg", ".jpeg", ".png", ".gif", ".svg", ".webp", ".mp3", ".mp4",
                       ".swf", ".css", ".js")


def absolute(base: str, href: str | None) -> str | None:
    """`href` resolved against `base`, or None for empty, fragment-only or script links."""
    if not href:
        return None
    href = "".join(href.split())  # browsers drop whitespace and newlines inside URLs
    if not href or href.startswith("#") or href.lower().startswith(IGNORED_SCHEMES):
        return None
    if href.lower().startswith(("http://", "https://")):
        return href[:MAX_URL_CHARS]  # already absolute: urljoin is slow on huge pages
    try:
        return urljoin(base, href)[:MAX_URL_CHARS]
    except ValueError:  # e.g. a malformed IPv6 host
        return None


def host_of(url: str) -> str:
    """Lowercase host name of `url` ('' when there is none or the URL is malformed)."""
    try:
        return (urlsplit(url).hostname or "").rstrip(".")
    except ValueError:
        return ""


def path_of(url: str) -> str:
    try:
        return urlsplit(url).path
    except ValueError:
        return ""


def site_host(host: str) -> str:
    """`host` without www./m./mobile. prefixes."""
    return HOST_PREFIXES.sub("", host.lower())


def matching_vendor(url: str, entries: tuple[str, ...]) -> str | None:
    """The first entry ("host" or "host/path-prefix") that `url` belongs to, else None."""
    host = host_of(url)
    if not host:
        return None
    path = path_of(url).lstrip("/").lower()
    for entry in entries:
        entry_host, _, entry_path = entry.lower().partition("/")
        if (host == entry_host or host.endswith("." + entry_host)) and path.startswith(entry_path):
            return entry
    return None


def is_document(url: str) -> bool:
    """Whether `url` points at a file (PDF, image, archive...) rather than a page."""
    return path_of(url).lower().endswith(DOCUMENT_EXTENSIONS)


@lru_cache(maxsize=16_384)  # each link's URL is read by a dozen criteria
def url_segments(url: str) -> tuple[str, ...]:
    """Normalised parts of a URL that can name a page: subdomain labels, path segments
    (without .html/.php...), query values. '/qui-sommes-nous.html' -> 'qui sommes nous'."""
    try:
        parts = urlsplit(url)
        query = [unquote(value) for _, value in parse_qsl(parts.query)]
    except ValueError:
        return ()
    host = site_host(parts.hostname or "")
    labels = host[: -len(site_of_host(host))].split(".") if host else []
    segments = [PAGE_EXTENSIONS.sub("", unquote(s)) for s in parts.path.split("/")]
    return tuple(n for n in map(normalise, labels + segments + query) if n)


def find_in_url(key: str, url: str) -> str | None:
    """The keyword (a slug of list `key`) naming a short part of `url`: '/espace-presse/'
    matches, an article URL such as '/le-groupe-annonce-ses-resultats' does not."""
    for segment in url_segments(url):
        if len(segment.split()) <= MAX_SEGMENT_WORDS:
            found = find(key, segment, for_urls=True)
            if found:
                return found
    return None
