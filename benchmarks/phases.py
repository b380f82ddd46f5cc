"""Optional timing of the crawler's phases, by wrapping its functions for one run."""

from __future__ import annotations

import functools
import importlib
import inspect
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any

# (label, module, attribute path): inclusive times, so `home page` contains its probes.
# Names are looked up when a run starts; what the crawler no longer has is skipped.
PHASES: tuple[tuple[str, str, str], ...] = (
    ("crawl_target (whole target)", "benchmark.crawl.batch", "crawl_target"),
    ("new_context", "benchmark.crawl.target", "new_context"),
    ("polite visit (robots+slot+visit)", "benchmark.crawl.target", "TargetCrawl._polite_visit"),
    ("  wait for host slot (politeness)", "benchmark.crawl.politeness", "Politeness.slot"),
    ("  robots.txt policy", "benchmark.crawl.politeness", "Politeness.robots"),
    ("  visit (goto..load+capture)", "benchmark.crawl.target", "visit"),
    ("    DocumentCap.start (CDP)", "benchmark.crawl.doccap", "DocumentCap.start"),
    ("    DocumentCap.close", "benchmark.crawl.doccap", "DocumentCap.close"),
    ("    capture DOM", "benchmark.crawl.visit", "_capture"),
    ("home page phase", "benchmark.crawl.target", "TargetCrawl._home"),
    ("  probes of the home page", "benchmark.crawl.target", "probe_home"),
    ("    probes.measure", "benchmark.crawl.probes", "measure"),
    ("    fingerprint", "benchmark.crawl.fingerprint", "collect"),
    ("    axe-core audit", "benchmark.crawl.axe", "audit"),
    ("    consent wall", "benchmark.crawl.homepage", "behind_consent"),
    ("links + sitemap.xml", "benchmark.crawl.target", "TargetCrawl._links"),
    ("key pages phase", "benchmark.crawl.target", "TargetCrawl._key_pages"),
    ("social phase", "benchmark.crawl.target", "TargetCrawl._social"),
    ("mobile phase", "benchmark.crawl.target", "TargetCrawl._mobile"),
    ("screenshot", "benchmark.crawl.target", "TargetCrawl._shot"),
    ("save page (gzip+fsync, blocks loop)", "benchmark.crawl.target", "TargetCrawl._save_page"),
    ("finish (jsonl, probes, snapshot)", "benchmark.crawl.target", "TargetCrawl.finish"),
)


def _timed(func: Any, slot: list[float]) -> Any:
    """`func` wrapped so that its calls add (seconds, 1) to `slot`."""

    def account(start: float) -> None:
        slot[0] += time.perf_counter() - start
        slot[1] += 1

    if inspect.isasyncgenfunction(getattr(func, "__wrapped__", None)):  # asynccontextmanager:
        @asynccontextmanager                                          # time until it yields
        @functools.wraps(func)
        async def entered(*args: Any, **kwargs: Any) -> AsyncIterator[Any]:
            start = time.perf_counter()
            async with func(*args, **kwargs) as value:
                account(start)
                yield value
        return entered
    if inspect.iscoroutinefunction(func):
        @functools.wraps(func)
        async def wrapper_async(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return await func(*args, **kwargs)
            finally:
                account(start)
        return wrapper_async

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            account(start)
    return wrapper


def locate(module: str, path: str) -> tuple[Any, str] | None:
    """(owner object, attribute name) for `module` + `Class.attr` or `attr`, if it exists."""
    try:
        owner: Any = importlib.import_module(module)
    except ImportError:
        return None
    *parents, name = path.split(".")
    for part in parents:
        owner = getattr(owner, part, None)
    if owner is None or not hasattr(owner, name):
        return None
    return owner, name


@contextmanager
def instrumented() -> Iterator[dict[str, list[float]]]:
    """Wrap the phases that exist for the duration of a run; yields label -> [s, calls]."""
    totals: dict[str, list[float]] = {}
    saved = []
    for label, module, path in PHASES:
        found = locate(module, path)
        if found is None:
            continue
        owner, name = found
        original = owner.__dict__[name] if isinstance(owner, type) else getattr(owner, name)
        saved.append((owner, name, original))
        setattr(owner, name, _timed(getattr(owner, name), totals.setdefault(label, [0.0, 0])))
    try:
        yield totals
    finally:
        for owner, name, original in reversed(saved):
            setattr(owner, name, original)


def report(totals: dict[str, list[float]], wall_s: float) -> str:
    """Task-seconds per phase (summed over concurrent targets), calls, and ms per call."""
    lines = [f"{'phase (inclusive)':40} {'task-s':>8} {'calls':>6} {'ms/call':>8}"]
    for label, *_ in PHASES:
        if label in totals:
            seconds, calls = totals[label]
            per_call = seconds / calls * 1000 if calls else 0.0
            lines.append(f"{label:40} {seconds:8.1f} {int(calls):6d} {per_call:8.0f}")
    lines.append(f"(wall time {wall_s:.1f} s; task-seconds add up over concurrent targets)")
    return "\n".join(lines)
