"""The criteria registry: @criterion declarations, the catalogue, and judging one target."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from benchmark.criteria.site import SiteView
from benchmark.gather.dom import clean
from benchmark.model import DIMENSIONS, FAILED_CRAWLS, KINDS, Evidence, Outcome, Status, Target

# Observation families a criterion may need (docs/observations.md).
FAMILIES = ("pages", "links", "forms", "embeds", "meta", "dates", "headings", "word_count",
            "network", "probes", "profiles", "tech", "actions")
SOCIAL_PAGE_FAMILIES = frozenset({"profiles"})  # read from the social pages, not the site
# Read from the social pages but about the website (does the account link back to it?).
NEEDS_A_SITE = frozenset({"social-backlinks"})
NO_WEBSITE = "no website: a person"  # only a person may have none (targets_rows)
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

Judge = Callable[[SiteView, Target], Outcome]


@dataclass(frozen=True)
class Criterion:
    """One declared criterion: its public id, wording for readers, and its judge."""

    id: str
    dimension: str
    title: str
    failure_title: str
    measures: str
    needs: tuple[str, ...]
    applies_to: tuple[str, ...] | None
    func: Judge

    @property
    def site_based(self) -> bool:
        """Whether it reads the website (so a failed crawl leaves it unknown)."""
        return not set(self.needs) <= SOCIAL_PAGE_FAMILIES

    def applies(self, kind: str) -> bool:
        return self.applies_to is None or kind in self.applies_to


REGISTRY: dict[str, Criterion] = {}


def criterion(*, id: str, dimension: str, title: str, failure_title: str, measures: str,
              needs: Iterable[str], applies_to: Iterable[str] | None = None
              ) -> Callable[[Judge], Judge]:  # pragma: no mutate block
    """Declare and register a criterion; mistakes in a declaration fail at import time."""
    needs, kinds = tuple(needs), tuple(applies_to) if applies_to is not None else None
    problems = [
        f"id {id!r} is not kebab-case" if not ID_PATTERN.match(id) else "",
        f"id {id!r} is declared twice" if id in REGISTRY else "",
        f"unknown dimension {dimension!r}" if dimension not in DIMENSIONS else "",
        f"unknown observation families {sorted(set(needs) - set(FAMILIES))}"
        if not needs or set(needs) - set(FAMILIES) else "",
        f"unknown kinds {sorted(set(kinds) - set(KINDS))}"
        if kinds is not None and set(kinds) - set(KINDS) else "",
    ]
    if any(problems):
        raise ValueError(f"criterion {id!r}: " + "; ".join(p for p in problems if p))

    def register(func: Judge) -> Judge:
        REGISTRY[id] = Criterion(id, dimension, title, failure_title, " ".join(measures.split()),
                                 needs, kinds, func)
        return func

    return register


def catalogue() -> list[Criterion]:
    """Every criterion, grouped by dimension (in DIMENSIONS order), in declaration order."""
    return sorted(REGISTRY.values(), key=lambda c: DIMENSIONS.index(c.dimension))


def catalogue_records() -> list[dict[str, Any]]:
    """The catalogue as JSON-serialisable records; `applies_to` lists kinds (all when
    unrestricted)."""
    return [{"id": c.id, "dimension": c.dimension, "title": c.title,
             "failure_title": c.failure_title, "measures": c.measures,
             "applies_to": list(c.applies_to or KINDS)} for c in catalogue()]


def judge(item: Criterion, site: SiteView, target: Target, crawl_failure: str) -> Outcome:
    """One criterion on one target; its errors become an `error` outcome, never a crash."""
    if not item.applies(target.kind):
        kinds = ", ".join(item.applies_to or ())
        return Outcome(Status.NOT_APPLICABLE,
                       evidence=Evidence(snippet=f"applies to {kinds} only, not {target.kind}"))
    if not target.website and (item.site_based or item.id in NEEDS_A_SITE):
        return Outcome(Status.NOT_APPLICABLE, evidence=Evidence(snippet=NO_WEBSITE))
    if crawl_failure and item.site_based:
        return Outcome(Status.UNKNOWN, evidence=Evidence(site.home_url or target.website,
                                                         clean(crawl_failure)))
    try:
        outcome = item.func(site, target)
        if outcome.score is not None and not 0.0 <= outcome.score <= 1.0:
            raise ValueError(f"score {outcome.score} outside [0, 1]")
    except Exception as exc:  # one faulty criterion or odd page must not stop the batch
        return Outcome(Status.ERROR, evidence=Evidence(site.home_url or target.website,
                                                       clean(f"{type(exc).__name__}: {exc}")))
    return outcome


def crawl_failure_of(site: SiteView) -> str:
    """Why the website could not be judged ('' when it can)."""
    if site.crawl_status in FAILED_CRAWLS:
        return f"crawl {site.crawl_status}: {site.crawl_reason or 'no reason given'}"
    if not site.pages:
        return "no page of the website could be read"
    return ""


def evaluate_target(observations: dict[str, Any], target: Target,
                    criteria: Iterable[Criterion] | None = None
                    ) -> list[tuple[Criterion, Outcome]]:
    """Judge `target` on every criterion of the catalogue (or on `criteria`)."""
    site = SiteView(observations)
    failure = crawl_failure_of(site)
    return [(item, judge(item, site, target, failure))
            for item in (catalogue() if criteria is None else criteria)]
