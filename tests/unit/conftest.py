"""Helpers for gather/criteria/social unit tests: wrap inline HTML, judge one criterion."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pytest

from benchmark.criteria import catalogue, evaluate_target
from benchmark.gather import observations_from_html
from benchmark.model import Outcome, Target

CRAWL_DAY = "2026-01-15T12:00:00+00:00"
HOME = "https://www.acme.fr/"


def wrap(body: str, head: str = "", lang: str = "fr") -> str:
    """A whole HTML document around `body` (and `head` elements)."""
    return (f'<!doctype html><html lang="{lang}"><head><title>Acme</title>{head}</head>'
            f"<body>{body}</body></html>")


@pytest.fixture
def html() -> Callable[..., str]:
    return wrap


@pytest.fixture
def judge() -> Callable[..., Outcome]:
    """judge(criterion_id, pages, ...) -> Outcome. `pages` is the home page's HTML or a list
    of (url, html, role); profiles are (platform, url, html or None)."""

    def run(criterion_id: str, pages: str | Sequence[tuple[str, str, str]], *,
            kind: str = "company", accounts: dict[str, str] | None = None,
            profiles: Sequence[tuple[str, str, str | None]] = (), status: str = "ok",
            reason: str = "", probes: dict[str, Any] | None = None,
            network: dict[str, Any] | None = None, finished_at: str = CRAWL_DAY) -> Outcome:
        pages = [(HOME, pages, "home")] if isinstance(pages, str) else list(pages)
        observations = observations_from_html(pages, profiles, website=HOME,
                                              finished_at=finished_at, status=status,
                                              reason=reason, probes=probes, network=network)
        target = Target("acme", "Acme", kind, HOME, accounts=accounts or {})
        chosen = [c for c in catalogue() if c.id == criterion_id]
        assert chosen, f"no criterion {criterion_id}"
        [(_, outcome)] = evaluate_target(observations, target, chosen)
        return outcome

    return run


@pytest.fixture
def cold_gather_caches() -> None:
    """Empty gather's cached patterns and word sets, so a test builds them from the data
    files itself (mutation testing: a cache filled while collecting hides a changed builder)."""
    from benchmark.gather import dateclues, dateformats, dates, dom, legacy, text, urls, widgets

    for cached in (dateclues.yearless_pattern, dateformats.text_patterns, dates.lead_words,
                   dates.byline_words, dom.zone_words, legacy.markers, legacy.flash_call,
                   text.landmark_words, urls.url_segments, widgets.markers,
                   widgets.launcher_words, widgets.share_words):
        cached.cache_clear()
