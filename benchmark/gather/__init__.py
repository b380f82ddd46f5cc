"""gather: lxml over a crawl snapshot -> observations (pure; see docs/observations.md)."""

from __future__ import annotations

from importlib import import_module
from typing import Any

# Lazy exports: benchmark.social uses gather's helpers and gather's snapshot reader uses
# benchmark.social, so importing these eagerly here would make the imports circular.
EXPORTS = {
    "gather_html": "benchmark.gather.page",
    "gather_target": "benchmark.gather.snapshot",
    "observations_from_html": "benchmark.gather.assemble",
}
__all__ = list(EXPORTS)


def __getattr__(name: str) -> Any:  # pragma: no mutate block
    if name in EXPORTS:
        return getattr(import_module(EXPORTS[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
