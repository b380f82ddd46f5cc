"""Kill rate per package from `mutmut results --all true` (read on stdin): docs/testing.md."""

from __future__ import annotations

import re
import sys
from collections import Counter

# The core and its targets (issue 13): share of mutants the unit tests kill.
PACKAGES = {"scoring": 0.90, "reports.safe": 0.90, "benchmark.gather": 0.80,
            "benchmark.criteria": 0.80, "benchmark.crawl.robots": None,
            "benchmark.runstore": None, "benchmark.pipeline": None}
KILLED = {"killed", "timeout", "caught by type check"}
LINE = re.compile(r"^\s*(?P<name>[\w.]+__mutmut_\d+):\s*(?P<status>.+?)\s*$")


def package_of(mutant: str) -> str | None:
    return next((p for p in sorted(PACKAGES, key=len, reverse=True)
                 if mutant == p or mutant.startswith(p + ".")), None)


def main() -> int:
    totals: Counter[str] = Counter()
    killed: Counter[str] = Counter()
    survivors: dict[str, list[str]] = {}
    for line in sys.stdin:
        match = LINE.match(line)
        if not match or (package := package_of(match["name"])) is None:
            continue
        if match["status"] == "not checked":
            continue
        totals[package] += 1
        if match["status"] in KILLED:
            killed[package] += 1
        else:
            survivors.setdefault(package, []).append(f"{match['name']} ({match['status']})")
    print("| package | mutants | killed | score | target |")
    print("|---|---:|---:|---:|---:|")
    below = False
    for package, target in PACKAGES.items():
        if not totals[package]:
            continue
        share = killed[package] / totals[package]
        below |= target is not None and share < target
        goal = f"{target:.0%}" if target else "–"
        print(f"| `{package}` | {totals[package]} | {killed[package]} | {share:.1%} | {goal} |")
    if "-v" in sys.argv:
        for package, names in survivors.items():
            print(f"\n{package}: {len(names)} surviving\n  " + "\n  ".join(names))
    return 1 if below else 0


if __name__ == "__main__":
    sys.exit(main())
