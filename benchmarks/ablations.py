"""Diagnostic variants of our crawler, each without one feature, to see what each costs."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import fields, replace
from typing import Any

from phases import locate

from benchmark.crawl.settings import CrawlSettings


async def _no_mobile(self: Any, phone: Any) -> None:
    """Instead of `TargetCrawl._mobile`: no second home-page load on the phone tab."""


def _no_netlog(self: Any, page: Any) -> None:
    """Instead of `NetworkLog.attach`: no response/requestfailed listeners."""


async def _no_axe(page: Any, *args: Any, **kwargs: Any) -> dict[str, Any]:
    """Instead of `axe.audit`: no axe-core injection and run."""
    return {"error": "skipped by the benchmark"}


async def _no_cdp_cap(self: Any) -> Any:
    """Instead of `DocumentCap.start`: no DevTools session nor network events."""
    return self


# feature -> (module, attribute path, replacement) or CrawlSettings overrides
PATCHES: dict[str, tuple[str, str, Any]] = {
    "mobile": ("benchmark.crawl.target", "TargetCrawl._mobile", _no_mobile),
    "netlog": ("benchmark.crawl.netlog", "NetworkLog.attach", _no_netlog),
    "axe": ("benchmark.crawl.axe", "audit", _no_axe),
    "doccap": ("benchmark.crawl.doccap", "DocumentCap.start", _no_cdp_cap),
}
SETTINGS: dict[str, dict[str, Any]] = {
    "screenshots": {"screenshots": False},
    "politeness": {"host_delay_s": 0.0, "per_host": 100},
    "robots+sitemaps": {"obey_robots": False, "sitemaps": False},
}
VARIANTS: dict[str, tuple[str, ...]] = {
    "ours -screenshots": ("screenshots",),
    "ours -mobile pass": ("mobile",),
    "ours -axe": ("axe",),
    "ours -politeness": ("politeness",),
    "ours -robots,sitemap": ("robots+sitemaps",),
    "ours -CDP doc cap": ("doccap",),
    "ours -network log": ("netlog",),
    "ours lean (all above)": ("screenshots", "mobile", "axe", "politeness", "robots+sitemaps",
                              "doccap", "netlog"),
}


def settings_for(variant: str, settings: CrawlSettings) -> CrawlSettings:
    known = {f.name for f in fields(CrawlSettings)}
    overrides = {key: value for feature in VARIANTS[variant]
                 for key, value in SETTINGS.get(feature, {}).items() if key in known}
    return replace(settings, **overrides)


def applicable(variant: str) -> bool:
    """False when nothing this variant removes exists in the crawler any more."""
    known = {f.name for f in fields(CrawlSettings)}
    return any((feature in PATCHES and locate(*PATCHES[feature][:2]) is not None)
               or (feature in SETTINGS and set(SETTINGS[feature]) <= known)
               for feature in VARIANTS[variant])


@contextmanager
def patched(variant: str) -> Iterator[None]:
    """Apply the variant's patches (those that still fit the crawler) for one run."""
    with ExitStack() as stack:
        for feature in VARIANTS[variant]:
            found = locate(*PATCHES[feature][:2]) if feature in PATCHES else None
            if found is None:
                continue
            owner, name = found
            original = owner.__dict__[name] if isinstance(owner, type) else getattr(owner, name)
            setattr(owner, name, PATCHES[feature][2])
            stack.callback(setattr, owner, name, original)
        yield
