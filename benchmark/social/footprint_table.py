"""footprint.csv: one row per target and account, both link directions, every figure's source."""

from __future__ import annotations

from typing import Any

from benchmark.criteria.accounts import account_links
from benchmark.criteria.site import SiteView
from benchmark.model import Target
from benchmark.social.normalise import normalise_profile

FOOTPRINT_COLUMNS = ["target", "platform", "source", "status", "followers", "posts_90d",
                     "last_post", "links_to_site", "links_back", "date", "url", "reason"]


def cell(value: Any) -> str:
    """'' for an unknown figure (never 0), 'true'/'false' for a direction."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    return str(value)


def footprint_rows(target: Target, observations: dict[str, Any]) -> list[dict[str, str]]:
    """The target's accounts (listed, then discovered), each with whether the site links
    to it (`links_to_site`) and whether it links back to the site (`links_back`)."""
    site = SiteView(observations)
    linked = account_links(site)
    on_site = set(linked)
    redirected = {link.platform for link in linked.values() if link.redirect}
    rows = []
    for profile in site.profiles:
        platform = str(profile.get("platform") or "")
        to_site = (normalise_profile(str(profile.get("url") or "")) in on_site
                   or platform in redirected or profile.get("origin") == "discovered")
        rows.append({
            "target": target.id, "platform": platform,
            "source": str(profile.get("source") or "crawled"),
            "status": str(profile.get("account_status") or "unknown"),
            "followers": cell(profile.get("followers")),
            "posts_90d": cell(profile.get("posts_90d")),
            "last_post": cell(profile.get("last_post")),
            "links_to_site": cell(to_site if site.pages else None),
            "links_back": cell(profile.get("links_back")),
            "date": str(profile.get("date") or site.crawl_date.isoformat()),
            "url": str(profile.get("url") or ""), "reason": str(profile.get("reason") or "")})
    return rows
