"""Each in-browser probe runs within its own bound; one cut short is recorded, not lost."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

import pytest
from playwright.async_api import Error as PlaywrightError
from playwright.async_api import TimeoutError as PlaywrightTimeout

from benchmark.crawl import axe, consent, fingerprint, homepage, probe_runner, probes, visit
from benchmark.crawl.console import ConsoleLog
from benchmark.crawl.probe_runner import ProbeRunner
from benchmark.crawl.settings import PROBE_BOUNDS_S, CrawlSettings
from benchmark.crawl.visit import Visit

QUICK = {"fast": 1.0, "slow": 0.05, "broken": 1.0}


async def sleeping(seconds: float, value: Any = "done") -> Any:
    await asyncio.sleep(seconds)
    return value


def test_a_probe_past_its_bound_is_recorded_and_the_next_gets_its_own():
    section: dict[str, Any] = {}
    runner = ProbeRunner(section, QUICK)

    async def both() -> tuple[Any, Any]:
        return (await runner.run("slow", lambda: sleeping(10)),
                await runner.run("fast", lambda: sleeping(0.2)))  # longer than `slow`'s bound

    assert asyncio.run(both()) == (None, "done")
    assert section == {"slow": {"cut_short": "timeout",
                                "error": "slow did not finish within 0.05 s"},
                       "fast": "done"}
    assert runner.ran == ["slow", "fast"]


@pytest.mark.parametrize(("exc", "kind", "why"), [
    (PlaywrightError("Target page, context or browser has been closed\nCall log: x"), "error",
     "broken failed: Target page, context or browser has been closed"),
    (PlaywrightTimeout("Timeout 1000ms exceeded."), "timeout",
     "broken did not finish within 1 s"),
])
def test_a_failing_probe_is_recorded_with_its_reason(exc, kind, why):
    section: dict[str, Any] = {}

    async def fail() -> None:
        raise exc

    assert asyncio.run(ProbeRunner(section, QUICK).run("broken", fail, key="kept")) is None
    assert section == {"kept": {"cut_short": kind, "error": why}}


def test_a_bug_is_not_hidden_as_a_cut_short_probe():
    async def bug() -> None:
        raise KeyError("oops")

    with pytest.raises(KeyError):
        asyncio.run(ProbeRunner({}, QUICK).run("fast", bug))


def test_merged_probe_writes_its_facts_at_the_top():
    section: dict[str, Any] = {"kept": 1}
    asyncio.run(ProbeRunner(section, QUICK).run("fast", lambda: sleeping(0, {"a": 2}),
                                                merge=True))
    assert section == {"kept": 1, "a": 2}


class FakePage:
    """Answers each probe's script like a page with a OneTrust wall; `hang` never answer."""

    def __init__(self, hang: set[str], closed: set[str] = frozenset()) -> None:
        self.hang, self.closed, self.asked = hang, closed, []
        self.url = "https://www.acme.fr/"
        self.context = SimpleNamespace(cookies=self._cookies)
        self.answered_wall = False

    async def _cookies(self) -> list[dict[str, Any]]:
        return [{"name": "_ga", "domain": ".acme.fr"}]

    async def evaluate(self, script: str, arg: Any = None) -> Any:
        if script == "0":  # the liveness check after a timeout
            if "alive" in self.hang:
                await asyncio.sleep(3600)
            return 0
        name = {probes.PROBE_SCRIPT: "measure", "FINGERPRINT": "fingerprint",
                consent.SCRIPT: "consent", "AXE SOURCE": "axe", axe.RUN: "axe",
                visit.CAPTURE_SCRIPT: "capture"}[script]
        self.asked.append(name)
        if name in self.hang:
            await asyncio.sleep(3600)
        if name in self.closed:
            raise PlaywrightError("Target page, context or browser has been closed")
        if name == "measure":
            return {"viewport_width": 1366, "scroll_width": 1366, "timing": {},
                    "resources_by_type": {}, "js_globals": {}}
        if name == "fingerprint":
            return {"js": {}, "dom": {}, "hosts": ["www.acme.fr"]}
        if name == "consent":
            if arg["act"]:
                self.answered_wall = True
                return {"present": True, "vendor": "onetrust", "visible": True,
                        "action_taken": "rejected", "button": "tout refuser"}
            return {"present": True, "vendor": "onetrust", "visible": False,
                    "action_taken": "none", "button": ""}
        if name == "capture":
            content = "behind the wall" if self.answered_wall else "the wall"
            return [False, f"<html><body>{content}</body></html>", "Acme"]
        return None if script == "AXE SOURCE" else {"violations": [], "passes": 1,
                                                    "incomplete": 0}

    async def wait_for_load_state(self, *args: Any, **kwargs: Any) -> None:
        return None


@pytest.fixture
def home_page(monkeypatch) -> Any:
    """probe_home(page, truncated=False) -> (probes.json `home`, runner, visit result)."""
    monkeypatch.setattr(fingerprint, "script", lambda: "FINGERPRINT")
    monkeypatch.setattr(fingerprint, "catalog", lambda: SimpleNamespace(source="test data"))
    monkeypatch.setattr(axe, "axe_source", lambda: ("axe-core 4.0", "AXE SOURCE"))
    monkeypatch.setattr(consent, "CONSENT_PAUSE_S", 0)
    monkeypatch.setattr(probe_runner, "ALIVE_S", 0.3)
    bounds = {name: 0.3 for name in PROBE_BOUNDS_S} | {"consent": 5.0}

    def run(page: FakePage, truncated: bool = False) -> tuple[dict, ProbeRunner, Visit]:
        home: dict[str, Any] = {}
        result = Visit(url=page.url, final_url=page.url, html="<html>first</html>",
                       truncated=truncated)
        runner = asyncio.run(homepage.probe_home(home, page, result, CrawlSettings(),
                                                 ConsoleLog(), real_web=False, bounds=bounds))
        return home, runner, result

    return run


def test_home_probes_run_cheap_and_decisive_first_in_the_table_order(home_page):
    home, runner, _ = home_page(FakePage(hang=set()))
    assert runner.ran == ["measure", "cookies", "fingerprint", "consent", "axe"]
    assert runner.ran == [name for name in PROBE_BOUNDS_S if name in runner.ran]
    assert home["consent"]["action_taken"] == "rejected" and home["axe"]["passes"] == 1


def test_consent_is_found_when_the_fingerprint_and_axe_hang(home_page):
    page = FakePage(hang={"fingerprint", "axe"})
    home, _, result = home_page(page)
    assert home["fingerprint"] == {"cut_short": "timeout",
                                   "error": "fingerprint did not finish within 0.3 s"}
    assert home["axe"]["cut_short"] == "timeout"
    assert (home["consent"]["vendor"], home["consent"]["closed"]) == ("onetrust", True)
    assert "behind the wall" in result.html  # the DOM was read again once it was answered
    assert [c["name"] for c in home["cookies_before_consent"]] == ["_ga"]


def test_a_closed_page_cuts_each_probe_short_with_the_reason(home_page):
    home, _, result = home_page(FakePage(hang=set(), closed={"measure", "consent"}))
    assert home["measure"] == {"cut_short": "error", "error": "measure failed: Target page, "
                               "context or browser has been closed"}
    assert home["consent"]["cut_short"] == "error"
    assert home["fingerprint"]["hosts"] == ["www.acme.fr"] and "passes" in home["axe"]
    assert result.html == "<html>first</html>"  # the first capture stays


def test_a_cut_page_skips_what_reads_its_whole_dom_and_says_why(home_page):
    page = FakePage(hang=set())
    home, runner, _ = home_page(page, truncated=True)
    for name in ("fingerprint", "consent", "axe"):
        assert home[name] == {"cut_short": "skipped", "error": homepage.CUT_PAGE}
    assert page.asked == ["measure"] and runner.ran == ["measure", "cookies"]
    assert "timing" in home and home["cookies_before_consent"]


def test_a_frozen_tab_costs_one_bound_and_the_page_probes_after_it_are_skipped(home_page):
    page = FakePage(hang={"fingerprint", "alive"})
    home, runner, _ = home_page(page)
    assert home["fingerprint"]["cut_short"] == "timeout"
    frozen = {"cut_short": "skipped", "error": "the tab stopped answering during fingerprint"}
    assert (home["consent"], home["axe"]) == (frozen, frozen)
    assert runner.ran == ["measure", "cookies", "fingerprint"]
    assert "consent" not in page.asked and "axe" not in page.asked


def test_outside_the_page_probes_run_on_a_frozen_tab(monkeypatch):
    monkeypatch.setattr(probe_runner, "ALIVE_S", 0.1)
    page = FakePage(hang={"measure", "alive"})
    section: dict[str, Any] = {}
    runner = ProbeRunner(section, {"measure": 0.1, "cookies": 1.0}, page)

    async def both() -> None:
        await runner.run("measure", lambda: page.evaluate(probes.PROBE_SCRIPT), merge=True)
        await runner.run("cookies", page.context.cookies, key="cookies_before_consent")

    asyncio.run(both())
    assert section["measure"]["cut_short"] == "timeout" and runner.frozen
    assert section["cookies_before_consent"] == [{"name": "_ga", "domain": ".acme.fr"}]
