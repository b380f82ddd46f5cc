"""Wappalyzer pattern strings ('regex\\;version:\\1\\;confidence:50') as compiled patterns."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from benchmark.techstack.prefilter import requirements

MAX_REPEAT = "{1,250}"  # Wappalyzer bounds + and * so that no pattern backtracks forever
NEVER = re.compile(r"(?!)")


@cache
def compiled(regex: str) -> re.Pattern[str]:
    """The regex compiled on first use: most of the ~17,000 patterns never need to be."""
    try:
        return re.compile(bounded(regex), re.IGNORECASE)
    except (re.error, OverflowError):
        return NEVER  # JavaScript syntax Python cannot read: the pattern never matches


@dataclass(frozen=True)
class Pattern:
    """One pattern: its regex source, its confidence (0-100) and its version template."""

    source: str
    confidence: int = 100
    version: str = ""

    def search(self, value: str, folded: str | None = None) -> re.Match[str] | None:
        """Where `value` matches; `folded` is value.lower(), passed by callers that test
        many patterns on one long text."""
        folded = folded if folded is not None else value.lower()
        if not all(any(text in folded for text in texts)
                   for texts in requirements(self.source)):
            return None
        return compiled(self.source).search(value)

    def version_of(self, found: re.Match[str]) -> str:
        return resolve_version(self.version, found) if self.version else ""


def resolve_version(template: str, found: re.Match[str]) -> str:
    """Fill `\\1` back-references and `\\1?yes:no` ternaries as Wappalyzer does."""
    resolved = template
    groups = [found.group(0), *found.groups()]
    for index, group in enumerate(groups):
        ternary = re.search(rf"\\{index}\?([^:]+):(.*)$", resolved)
        if ternary:
            resolved = resolved.replace(ternary.group(0),
                                        ternary.group(1) if group else ternary.group(2))
        resolved = resolved.strip().replace(f"\\{index}", group or "")
    return resolved[:40]


def bounded(regex: str) -> str:
    """The regex with unbounded + and * limited to 250 repeats (as wappalyzer-core does)."""
    regex = regex.replace("\\+", "__escapedPlus__")
    regex = regex.replace("+", MAX_REPEAT).replace("*", "{0,250}")
    return regex.replace("__escapedPlus__", "\\+")


def parse(pattern: Any) -> Pattern | None:
    """A pattern from its string; None when it is not a string or its options are bad."""
    if not isinstance(pattern, str):
        return None
    regex, *options = pattern.split("\\;")
    attributes = dict(option.split(":", 1) for option in options if ":" in option)
    try:
        confidence = int(attributes.get("confidence", 100))
    except ValueError:
        return None
    return Pattern(regex, max(0, min(confidence, 100)), attributes.get("version", ""))


def pattern_list(value: Any) -> tuple[Pattern, ...]:
    """Patterns of a field given as one string or a list of strings."""
    values = value if isinstance(value, list) else [value]
    return tuple(p for p in map(parse, values) if p is not None)


def pattern_map(value: Any, *, lower: bool = True) -> dict[str, tuple[Pattern, ...]]:
    """Patterns of a field keyed by a name (meta, headers, cookies, js)."""
    if not isinstance(value, dict):
        return {}
    found = {(key.strip().lower() if lower else key.strip()): pattern_list(item)
             for key, item in value.items() if isinstance(key, str)}
    return {key: patterns for key, patterns in found.items() if key and patterns}


@dataclass(frozen=True)
class DomRule:
    """A CSS selector and what to test on the elements it finds."""

    selector: str
    test: str  # "exists", "text", "attributes" or "properties"
    name: str  # the attribute or property tested ('' for exists and text)
    pattern: Pattern


def dom_rules(value: Any) -> tuple[DomRule, ...]:
    """The dom field: a selector, a list of them, or {selector: {attributes: {...}, ...}}."""
    if isinstance(value, str | list):
        selectors = value if isinstance(value, list) else [value]
        empty = parse("")
        return tuple(DomRule(s, "exists", "", empty) for s in selectors
                     if isinstance(s, str) and empty)
    rules: list[DomRule] = []
    for selector, tests in (value.items() if isinstance(value, dict) else ()):
        for test, spec in (tests.items() if isinstance(tests, dict) else ()):
            if test in ("exists", "text"):
                rules += [DomRule(selector, test, "", p) for p in pattern_list(spec)]
            elif test in ("attributes", "properties"):
                rules += [DomRule(selector, test, name, p)
                          for name, patterns in pattern_map(spec, lower=False).items()
                          for p in patterns]
    return tuple(rules)
