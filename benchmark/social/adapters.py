"""One adapter per platform; `read_account` turns fetched bodies into the account's entry."""

from __future__ import annotations

from typing import Any

from benchmark.social.account import UNKNOWN, Adapter, Bodies, Context, failed
from benchmark.social.apiplatforms import BLUESKY, DAILYMOTION, MASTODON
from benchmark.social.pages import page_adapter
from benchmark.social.youtube import YouTube

ADAPTERS: dict[str, Adapter] = {"youtube": YouTube(), "mastodon": MASTODON,
                                "bluesky": BLUESKY, "dailymotion": DAILYMOTION}


def adapter_for(platform: str) -> Adapter:
    """The platform's adapter; the page adapter (meta, text, walls) for the others."""
    return ADAPTERS.get(platform) or page_adapter(platform)


def read_account(platform: str, url: str, bodies: Bodies, context: Context) -> dict[str, Any]:
    """Status, figures and evidence of one account; never raises on what a site sent."""
    try:
        return adapter_for(platform).read(url, bodies, context)
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
        return failed(UNKNOWN, f"the {platform} answer could not be read: {exc}"[:300])
