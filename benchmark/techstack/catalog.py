"""The fingerprint data compiled once per process: technologies, their patterns, indexes."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from benchmark.techstack.data import RawFingerprints, read_fingerprints
from benchmark.techstack.patterns import (
    DomRule,
    Pattern,
    dom_rules,
    parse,
    pattern_list,
    pattern_map,
)

PAGE_FIELDS = ("url", "html", "text", "scriptSrc", "scripts")
NAMED_FIELDS = ("meta", "headers", "cookies", "js")


def names(value: Any) -> list[tuple[str, int]]:
    """(technology, confidence) of an implies/requires/excludes field."""
    values = value if isinstance(value, list) else [value]
    found = []
    for item in values:
        if isinstance(item, str) and item:
            name, _, options = item.partition("\\;")
            pattern = parse("" + (f"\\;{options}" if options else ""))
            found.append((name, pattern.confidence if pattern else 100))
    return found


@dataclass(frozen=True)
class Technology:
    """One technology of the data and the patterns that reveal it."""

    name: str
    categories: tuple[int, ...]
    lists: dict[str, tuple[Pattern, ...]] = field(default_factory=dict)  # PAGE_FIELDS, xhr
    named: dict[str, dict[str, tuple[Pattern, ...]]] = field(default_factory=dict)
    dom: tuple[DomRule, ...] = ()
    implies: tuple[tuple[str, int], ...] = ()
    requires: tuple[str, ...] = ()
    requires_category: tuple[int, ...] = ()
    excludes: tuple[str, ...] = ()


def compile_technology(name: str, spec: dict[str, Any]) -> Technology:
    cats = spec.get("cats") or []
    required = spec.get("requiresCategory") or []
    return Technology(
        name=name,
        categories=tuple(c for c in cats if isinstance(c, int)),
        lists={key: pattern_list(spec[key]) for key in (*PAGE_FIELDS, "xhr") if key in spec},
        named={key: pattern_map(spec[key], lower=key != "js")
               for key in NAMED_FIELDS if key in spec},
        dom=dom_rules(spec.get("dom")),
        implies=tuple(names(spec.get("implies"))),
        requires=tuple(n for n, _ in names(spec.get("requires"))),
        requires_category=tuple(c for c in (required if isinstance(required, list)
                                            else [required]) if isinstance(c, int)),
        excludes=tuple(n for n, _ in names(spec.get("excludes"))),
    )


@dataclass(frozen=True)
class Catalog:
    """All technologies, plus the lookups the matchers need."""

    source: str
    technologies: dict[str, Technology]
    categories: dict[int, str]

    def with_field(self, key: str) -> list[Technology]:
        return [t for t in self.technologies.values()
                if t.lists.get(key) or t.named.get(key)]

    def js_chains(self) -> list[str]:
        """Every JavaScript property chain the data tests ('wp.ajax', '__NEXT_DATA__')."""
        return sorted({chain for tech in self.technologies.values()
                       for chain in tech.named.get("js", {})})

    def dom_queries(self) -> dict[str, dict[str, Any]]:
        """selector -> what to read on the elements it finds: their text or not, and the
        attributes and properties the patterns test."""
        queries: dict[str, dict[str, Any]] = {}
        for tech in self.technologies.values():
            for rule in tech.dom:
                query = queries.setdefault(rule.selector,
                                           {"text": False, "attributes": [], "properties": []})
                query["text"] = query["text"] or rule.test == "text"
                if rule.name and rule.name not in query[rule.test]:
                    query[rule.test].append(rule.name)
        return queries


def compile_catalog(raw: RawFingerprints) -> Catalog:
    technologies = {name: compile_technology(name, spec)
                    for name, spec in raw.technologies.items() if isinstance(spec, dict)}
    return Catalog(raw.source, technologies, raw.categories)


@cache
def catalog() -> Catalog:
    """The installed data, compiled (cached); raises DataMissing when not installed."""
    return compile_catalog(read_fingerprints())
