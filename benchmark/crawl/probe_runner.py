"""Run each in-browser probe within its own time bound; one cut short is recorded, not lost."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Page
from playwright.async_api import TimeoutError as PlaywrightTimeout

from benchmark.crawl.failures import first_line
from benchmark.crawl.settings import PROBE_BOUNDS_S

# How a probe that did not complete is told apart from its result in probes.json.
CUT_SHORT = "cut_short"
# Done by the browser or the network, not the page's thread: a frozen tab does not hold them.
OUTSIDE_THE_PAGE = frozenset({"cookies", "http_redirect"})
# After a probe timed out: a tab that does not run `0` in this time is frozen by a script
# (a busy one answers between two of its tasks), and the page's other probes are skipped.
ALIVE_S = 10.0


def cut_short(kind: str, why: str) -> dict[str, str]:
    """The record left in a probe's place: {"cut_short": "timeout"|"error"|"skipped",
    "error": why}; `error` is the key every probe uses for "could not run"."""
    return {CUT_SHORT: kind, "error": why}


class ProbeRunner:
    """Runs named probes one after the other, each bounded by its own entry of `bounds`,
    and writes each one's result (or why it was cut short) into `section` under its key.

    A probe's bound is its own: a slow one (axe-core on a huge page) never eats the time
    of the next (the consent wall), whatever the load of the machine. With `page`, a
    timeout is followed by a liveness check: a frozen tab costs one bound, not all of them.
    """

    def __init__(self, section: dict[str, Any], bounds: Mapping[str, float] = PROBE_BOUNDS_S,
                 page: Page | None = None) -> None:
        self.section, self.bounds, self.page = section, bounds, page
        self.ran: list[str] = []  # names in the order they ran (tests, benchmarks)
        self.frozen = ""  # why the page's own probes are skipped from now on
        self.skips: dict[str, str] = {}  # probe -> why it is not to be run

    async def run(self, name: str, call: Callable[[], Awaitable[Any]], *,
                  key: str = "", merge: bool = False) -> Any:
        """`await call()` within `bounds[name]`; its result goes to `section[key or name]`
        (merged into `section` with `merge`), or a `cut_short` record there. Returns the
        result, None when cut short."""
        bound = self.bounds[name]
        skipped = self.skips.get(name) or ("" if name in OUTSIDE_THE_PAGE else self.frozen)
        if skipped:
            self.cut(name, "skipped", skipped, key=key)
            return None
        self.ran.append(name)
        try:
            value = await asyncio.wait_for(call(), bound)
        except (TimeoutError, PlaywrightTimeout):
            self.cut(name, "timeout", f"{name} did not finish within {bound:g} s", key=key)
            if name not in OUTSIDE_THE_PAGE and not await self._alive():
                self.frozen = f"the tab stopped answering during {name}"
            return None
        except PlaywrightError as exc:  # the page navigated away, closed, crashed...
            self.cut(name, "error", f"{name} failed: {first_line(exc)[:200]}", key=key)
            return None
        if merge:
            self.section.update(value)
        else:
            self.section[key or name] = value
        return value

    def skip(self, names: tuple[str, ...], why: str) -> None:
        """Record probes `names` as skipped, for `why`, when their turn comes."""
        self.skips.update(dict.fromkeys(names, why))

    async def _alive(self) -> bool:
        if self.page is None:
            return True
        try:
            await asyncio.wait_for(self.page.evaluate("0"), ALIVE_S)
        except (TimeoutError, PlaywrightError):
            return False
        return True

    def cut(self, name: str, kind: str, why: str, *, key: str = "") -> None:
        """Record that probe `name` did not run to the end, and why."""
        self.section[key or name] = cut_short(kind, why)
