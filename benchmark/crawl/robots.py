"""robots.txt, obeyed by default (RFC 9309 semantics, parsed by protego)."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from protego import Protego

ROBOTS_MAX_BYTES = 500 * 1024  # what RFC 9309 asks crawlers to read at least
MAX_CRAWL_DELAY_S = 10.0  # a hostile Crawl-delay must not stall the batch


@dataclass(frozen=True)
class RobotsPolicy:
    """What robots.txt lets our user-agent token fetch on one host."""

    source: str  # "robots.txt", "absent (HTTP 404)", "unreachable (HTTP 503)", "ignored"...
    status: int | None = None  # HTTP status of robots.txt; None when it was not fetched
    parser: Protego | None = None
    disallow_all: bool = False
    sitemaps: tuple[str, ...] = field(default=())

    def allows(self, url: str, agent: str) -> bool:
        if self.disallow_all:
            return False
        return self.parser is None or self.parser.can_fetch(url, agent)

    def crawl_delay(self, agent: str) -> float:
        delay = self.parser.crawl_delay(agent) if self.parser is not None else None
        return min(float(delay or 0), MAX_CRAWL_DELAY_S)


ALLOW_ALL = RobotsPolicy("ignored (--ignore-robots)")


def robots_url(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/robots.txt"


def policy_from(status: int | None, body: bytes, error: str = "") -> RobotsPolicy:
    """RFC 9309: 2xx is parsed, 4xx means no rules, 5xx means everything is disallowed."""
    if status is None:
        return RobotsPolicy(f"not fetched ({error or 'no answer'}): no rules")
    if 200 <= status < 300:
        parser = Protego.parse(body.decode("utf-8", errors="replace"))
        return RobotsPolicy("robots.txt", status, parser,
                            sitemaps=tuple(parser.sitemaps)[:10])
    if 400 <= status < 500:
        return RobotsPolicy(f"absent (HTTP {status}): no rules", status)
    return RobotsPolicy(f"unreachable (HTTP {status}): everything disallowed", status,
                        disallow_all=True)
