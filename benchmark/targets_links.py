"""Check the `parent` links between targets: known, not a person, no cycle."""

from __future__ import annotations

from dataclasses import replace

from benchmark.model import Target
from benchmark.targets_rows import Problem, safe_id


def link_parents(path: str, targets: list[Target], skipped: dict[str, int]
                 ) -> tuple[list[Target], list[Problem]]:
    """Targets with `parent` set to a valid target id; a bad link is dropped and reported.

    `skipped` maps the ids of rows skipped for other problems to their row, to say why a
    parent naming one of them is unknown.
    """
    by_id = {target.id: target for target in targets}
    links: dict[str, str] = {}
    problems: list[Problem] = []

    def drop(target: Target, message: str) -> None:
        problems.append(Problem(path, target.row, "parent", message, fatal=False))

    for target in targets:
        if not target.parent:
            continue
        parent_id = safe_id(target.parent)
        parent = by_id.get(parent_id)
        if parent is None:
            why = (f"row {skipped[parent_id]} with this id was skipped" if parent_id in skipped
                   else "no target has this id")
            drop(target, f"unknown parent {target.parent!r}: {why}")
        elif parent.kind == "person":
            drop(target, f"parent {target.parent!r} is a person (row {parent.row}); "
                         "a parent must be an organisation")
        else:
            links[target.id] = parent_id
    for cycle in cycles(links):
        shown = " -> ".join([*cycle, cycle[0]])
        for member in cycle:
            drop(by_id[member], f"parent {by_id[member].parent!r} makes a cycle: {shown}")
            del links[member]
    problems.sort(key=lambda problem: problem.row)
    return [replace(target, parent=links.get(target.id, "")) for target in targets], problems


def cycles(links: dict[str, str]) -> list[list[str]]:
    """Each cycle of the child -> parent links once, in link order from its first member."""
    found: list[list[str]] = []
    done: set[str] = set()
    for start in links:
        walk: list[str] = []
        node: str | None = start
        while node is not None and node not in done and node not in walk:
            walk.append(node)
            node = links.get(node)
        if node is not None and node in walk:  # the walk came back to itself
            found.append(walk[walk.index(node):])
        done.update(walk)
    return found
