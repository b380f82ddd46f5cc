"""Verdicts do not depend on machine load: hostile pages crawled while every core is kept
busy by other processes give what they give on an idle machine (real Chromium)."""

from __future__ import annotations

import json
import multiprocessing
import os
import time
from collections.abc import Iterator
from typing import Any

import pytest
from hostile_server import hostile_server, running

from benchmark.crawl.batch import crawl
from benchmark.crawl.consent import NO_CONSENT
from benchmark.crawl.homepage import CUT_PAGE
from benchmark.crawl.settings import CrawlSettings
from benchmark.model import Target
from benchmark.runstore import RunStore

pytestmark = pytest.mark.browser
# The product's own time bounds (page_timeout_s, probe bounds, target budget): what is
# tested is that they hold on a busy machine. Only the crawl's extent is reduced.
BUSY = CrawlSettings(offline=True, settle_s=1, max_pages=0, concurrency=4,
                     screenshots=False, sitemaps=False, per_host=8, host_delay_s=0,
                     max_html_bytes=256 * 1024)
# hostile page -> (vendor, action taken), as on an idle machine (test_hostile.py)
WALLS = {"onetrust": ("onetrust", "rejected"), "didomi": ("didomi", "rejected"),
         "cookiebot": ("cookiebot", "rejected"), "generic-fr": ("generic", "rejected"),
         "generic-en": ("generic", "accepted"), "tcf-only": ("tcf", "none")}


def spin() -> None:
    while True:
        pass


@pytest.fixture(scope="module")
def busy_cores() -> Iterator[list[Any]]:
    """One process spinning per core, for the whole module; always stopped at the end."""
    # fork: started before any thread of the test (servers, browser driver) exists
    spinners = [multiprocessing.get_context("fork").Process(target=spin, daemon=True)
                for _ in range(os.cpu_count() or 2)]
    try:
        for spinner in spinners:
            spinner.start()
        yield spinners
    finally:
        for spinner in spinners:
            spinner.terminate()
        for spinner in spinners:
            spinner.join(5)
            if spinner.is_alive():
                spinner.kill()
                spinner.join(5)


@pytest.fixture(scope="module")
def loaded(busy_cores: list[Any], tmp_path_factory: pytest.TempPathFactory
           ) -> dict[str, Any]:
    store = RunStore(tmp_path_factory.mktemp("busy") / "run")
    with running(hostile_server()) as base:
        urls = {"huge": f"{base}/huge", "site": f"{base}/site"}
        urls |= {f"consent-{name}": f"{base}/consent/{name}" for name in WALLS}
        targets = [Target(id=tid, name=tid, kind="company", website=url)
                   for tid, url in urls.items()]
        started = time.monotonic()
        records = crawl(targets, store, BUSY)
        elapsed = time.monotonic() - started
    print(f"\n{len(records)} targets crawled in {elapsed:.1f} s with {len(busy_cores)} "
          "cores kept busy")
    probes = {tid: json.loads((store.snapshot_dir(tid) / "probes.json").read_text())
              for tid in records}
    return {"records": records, "probes": probes, "spinning": all(
        spinner.is_alive() for spinner in busy_cores)}


def cut_short(probes: dict[str, Any]) -> dict[str, str]:
    """Every probe recorded as cut short: 'home.<key>' or 'mobile' -> kind."""
    found = {f"home.{key}": value["cut_short"] for key, value in probes["home"].items()
             if isinstance(value, dict) and "cut_short" in value}
    if "cut_short" in probes.get("mobile", {}):
        found["mobile"] = probes["mobile"]["cut_short"]
    return found


def test_the_cores_were_busy_throughout(loaded):
    assert loaded["spinning"]


def test_every_target_ends_as_on_an_idle_machine(loaded):
    assert {tid: record["status"] for tid, record in loaded["records"].items()} == dict.fromkeys(
        loaded["records"], "ok")
    assert {tid: record["reason"] for tid, record in loaded["records"].items()} == dict.fromkeys(
        loaded["records"], "")


@pytest.mark.parametrize("name", sorted(WALLS))
def test_consent_walls_are_found_and_answered(loaded, name):
    consent = loaded["probes"][f"consent-{name}"]["home"]["consent"]
    assert (consent["present"], consent["vendor"], consent["action_taken"]) == (
        True, *WALLS[name])
    assert consent.get("closed", True) is True


def test_no_wall_where_there_is_none(loaded):
    assert loaded["probes"]["site"]["home"]["consent"] == NO_CONSENT


def test_huge_page_is_capped_not_timed_out(loaded):
    home = loaded["records"]["huge"]["pages"][0]
    assert home["truncated"] is True and home["title"] == "Huge" and home["file"]
    skipped = ("fingerprint", "consent", "axe")
    assert {key: loaded["probes"]["huge"]["home"][key] for key in skipped} == dict.fromkeys(
        skipped, {"cut_short": "skipped", "error": CUT_PAGE})


def test_no_probe_is_cut_short_by_the_load(loaded):
    expected = {"huge": {f"home.{key}": "skipped" for key in ("fingerprint", "consent", "axe")}}
    assert {tid: cut_short(probes) for tid, probes in loaded["probes"].items()} == {
        tid: expected.get(tid, {}) for tid in loaded["probes"]}
    for tid, probes in loaded["probes"].items():  # each measured, desktop and phone
        assert "timing" in probes["home"] and "overflow" in probes["mobile"], tid
        assert tid == "huge" or "hosts" in probes["home"]["fingerprint"], tid
        assert tid == "huge" or "violations" in probes["home"]["axe"], tid
