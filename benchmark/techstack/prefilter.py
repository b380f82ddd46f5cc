"""Texts a fingerprint regex cannot match without: a cheap test before running it."""

from __future__ import annotations

from functools import cache

META = set("()[]{}|?*+^$.")
ESCAPED_LITERALS = set("./-:_@=&%#'\"<> ")


def split_top(regex: str) -> list[str]:
    """`regex` cut at its top-level | (not inside groups or character classes)."""
    parts, depth, start, index = [], 0, 0, 0
    while index < len(regex):
        char = regex[index]
        if char == "\\":
            index += 1
        elif char == "[":
            index = class_end(regex, index)
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            parts.append(regex[start:index])
            start = index + 1
        index += 1
    return [*parts, regex[start:]]


def class_end(regex: str, index: int) -> int:
    """Index of the ] closing the character class opened at `index`."""
    index += 1
    while index < len(regex) and regex[index] != "]":
        index += 2 if regex[index] == "\\" else 1
    return index


def group_end(regex: str, index: int) -> int:
    """Index of the ) closing the group opened at `index` (len(regex) when unclosed)."""
    depth = 0
    while index < len(regex):
        char = regex[index]
        if char == "\\":
            index += 1
        elif char == "[":
            index = class_end(regex, index)
        elif char in "()":
            depth += 1 if char == "(" else -1
            if depth == 0:
                return index
        index += 1
    return len(regex)


def optional_after(regex: str, index: int) -> bool:
    """Whether what ends before `index` may be absent (a ?, * or {0, quantifier)."""
    return regex[index: index + 1] in ("?", "*") or regex.startswith("{0", index)


@cache
def requirements(regex: str) -> tuple[tuple[str, ...], ...]:
    """Texts, lowercase, that every match must contain: each tuple needs one of its members.
    A cheap test that spares compiling and running patterns that cannot match; unsure
    parts (optional groups, lookarounds, short texts) require nothing."""
    branches = split_top(regex)
    if len(branches) > 1:
        options: list[str] = []
        for branch in branches:
            found = requirements(branch)
            if not found:
                return ()
            options += max(found, key=lambda texts: min(map(len, texts)))
        return (tuple(dict.fromkeys(options)),)
    needed: list[tuple[str, ...]] = []
    run, index = "", 0
    while index < len(regex):
        char = regex[index]
        if char == "\\" and regex[index + 1: index + 2] in ESCAPED_LITERALS:
            run, index = run + regex[index + 1], index + 2
        elif char not in META and char != "\\":
            run, index = run + char, index + 1
        else:  # anything else ends the text read so far
            needed.append((run,))
            run, index = "", skip(regex, index, needed)
            continue
        if optional_after(regex, index):
            run = run[:-1]  # the character before an optional quantifier may be absent
    needed.append((run,))
    return tuple(dict.fromkeys(tuple(t.lower() for t in texts) for texts in needed
                               if all(len(t) >= 3 for t in texts)))


def skip(regex: str, index: int, needed: list[tuple[str, ...]]) -> int:
    """Step over the token at `index` (escape, class, group, quantifier, operator); a
    group that must match adds what it requires to `needed`."""
    char = regex[index]
    if char == "\\":  # \uFFFF and \xFF carry hex digits that are no text of the match
        return index + {"u": 6, "x": 4}.get(regex[index + 1: index + 2], 2)
    if char == "[":
        return class_end(regex, index) + 1
    if char == "{":
        return regex.find("}", index) + 1 or len(regex)
    if char == "(":
        end = group_end(regex, index)
        inner = regex[index + 1: end]
        if not optional_after(regex, end + 1) and not inner.startswith(("?=", "?!", "?<")):
            needed += requirements(inner.removeprefix("?:"))
        return end + 1
    return index + 1
