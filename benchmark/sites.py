"""What counts as one site: the registrable domain (Public Suffix List, offline)."""

from __future__ import annotations

import ipaddress
from functools import cache, lru_cache
from urllib.parse import urlsplit

import tldextract

# The suffix list snapshot shipped with tldextract: never fetched from the network.
_EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None,
                                include_psl_private_domains=True)


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


@cache
def site_of_host(host: str, port: int | None = None) -> str:
    """Registrable domain of a host ('news.bbc.co.uk' -> 'bbc.co.uk').

    Loopback and IP hosts keep their port (each local test server is its own site); names
    under no public suffix (`.example`, intranets) fall back to their last two labels.
    """
    host = host.lower().rstrip(".")
    if _is_ip(host) or host == "localhost":
        return f"{host}:{port}" if port else host
    found = _EXTRACT(host).top_domain_under_public_suffix
    return found or ".".join(host.split(".")[-2:])


@lru_cache(maxsize=16_384)  # every link is compared with the site's home, criterion after criterion
def site_of(url: str) -> str:
    """Registrable domain of a URL, or '' when it has no host."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return ""
    return site_of_host(parts.hostname, port) if parts.hostname else ""


def same_site(url: str, other: str) -> bool:
    site = site_of(url)
    return bool(site) and site == site_of(other)
