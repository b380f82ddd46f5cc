"""Turn fingerprint matches into detected technologies: confidence, implies, requires."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from benchmark.techstack.catalog import Catalog
from benchmark.techstack.match import Match

MAX_IMPLY_DEPTH = 10


@dataclass(frozen=True)
class Detection:
    """A technology found on the site, how sure we are, and the first evidence of it."""

    name: str
    categories: tuple[int, ...]  # category ids of the data (categories.json)
    confidence: int
    version: str
    url: str
    evidence: str


def combine(matches: Iterable[tuple[str, Match]]) -> dict[str, Detection]:
    """Sum the confidence of distinct patterns per technology, as Wappalyzer does (max
    100); `matches` are (page URL, match); the first one is kept as evidence."""
    seen: set[tuple[str, str, int]] = set()
    found: dict[str, Detection] = {}
    for url, match in matches:
        name, key = str(match.get("name", "")), (str(match.get("via", "")),
                                                 int(match.get("pattern", 0)))
        if not name or (name, *key) in seen:
            continue
        seen.add((name, *key))
        before = found.get(name)
        confidence = min(100, (before.confidence if before else 0) + int(match["confidence"]))
        version = max((before.version if before else "", str(match.get("version") or "")),
                      key=len)
        evidence = before.evidence if before else f"{key[0]}: {match.get('snippet', '')}"
        found[name] = Detection(name, (), confidence, version,
                                before.url if before else url, evidence)
    return found


def add_implied(found: dict[str, Detection], catalog: Catalog) -> None:
    """Add what detected technologies imply (WooCommerce implies WordPress), recursively."""
    for _ in range(MAX_IMPLY_DEPTH):
        added = False
        for detection in list(found.values()):
            tech = catalog.technologies.get(detection.name)
            for implied, confidence in tech.implies if tech else ():
                if implied in catalog.technologies and implied not in found:
                    found[implied] = Detection(
                        implied, (), min(detection.confidence, confidence), "",
                        detection.url, f"implied by {detection.name}")
                    added = True
        if not added:
            return


def drop_unmet(found: dict[str, Detection], catalog: Catalog) -> None:
    """Remove technologies whose required technology or category is absent, and those
    another detected technology excludes."""
    changed = True
    while changed:
        changed = False
        present_categories = {c for name in found
                              for c in catalog.technologies[name].categories}
        for name in list(found):
            tech = catalog.technologies[name]
            unmet = (any(r not in found for r in tech.requires)
                     or (tech.requires_category
                         and not set(tech.requires_category) & present_categories))
            if unmet:
                del found[name]
                changed = True
    excluded = {e for name in found for e in catalog.technologies[name].excludes}
    for name in excluded & set(found):
        del found[name]


def resolve(matches: Iterable[tuple[str, Match]], catalog: Catalog,
            min_confidence: int) -> list[Detection]:
    """Technologies detected with at least `min_confidence`, sorted by name."""
    found = {name: d for name, d in combine(matches).items() if name in catalog.technologies}
    add_implied(found, catalog)
    found = {name: d for name, d in found.items() if d.confidence >= min_confidence}
    drop_unmet(found, catalog)
    return sorted((Detection(d.name, catalog.technologies[d.name].categories, d.confidence,
                             d.version, d.url, d.evidence) for d in found.values()),
                  key=lambda d: d.name.casefold())
