"""Hostile and broken websites, crawled together in one batch: each ends with a status and
a reason, nothing hangs, and the batch goes on (real Chromium, servers on 127.0.0.1)."""

from __future__ import annotations

import asyncio
import gzip
import json
import re
import time
from contextlib import suppress
from typing import Any
from urllib.parse import urlsplit

import pytest
from hostile_server import HUGE_BYTES, hostile_server, running, self_signed_server, silent_server
from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Page, Response

from benchmark.crawl import target as target_module
from benchmark.crawl.batch import crawl
from benchmark.crawl.consent import NO_CONSENT
from benchmark.crawl.doccap import CDP_TIMEOUT_S, OPEN_TIMEOUT_S
from benchmark.crawl.settings import CrawlSettings
from benchmark.model import Target
from benchmark.runstore import RunStore

pytestmark = pytest.mark.browser
# Timeouts leave room for a loaded machine; what is tested is that nothing waits for more.
HOSTILE = CrawlSettings(offline=True, page_timeout_s=10, settle_s=1, target_timeout_s=40,
                        max_pages=2, concurrency=4, screenshots=False, sitemaps=False,
                        per_host=8, host_delay_s=0, max_html_bytes=256 * 1024)
# target id -> (path on the hostile server, expected crawl status)
CASES = {
    "huge": ("/huge", "ok"), "busy": ("/busy", "timeout"), "crash": ("/crash", "error"),
    "crash-later": ("/crash-later", "partial"), "loop": ("/loop", "error"),
    "moved-away": ("/moved-away", "ok"), "site": ("/site", "ok"),
    "unavailable": ("/unavailable", "error"), "interrupting": ("/interrupting", "ok"),
    "pdf": ("/report.pdf", "error"), "zip": ("/file.zip", "error"),
}
CONSENT = {  # page -> (vendor, action taken)
    "onetrust": ("onetrust", "rejected"), "didomi": ("didomi", "rejected"),
    "axeptio": ("axeptio", "rejected"), "cookiebot": ("cookiebot", "rejected"),
    "quantcast": ("quantcast", "rejected"), "tarteaucitron": ("tarteaucitron", "rejected"),
    "generic-fr": ("generic", "rejected"), "generic-en": ("generic", "accepted"),
    "tcf-only": ("tcf", "none"),
}


def instrumented(real_visit: Any, durations: dict[str, float]) -> Any:
    """The real visit, timed; and the tab's renderer crashes while /crash is loading."""
    pending: list[asyncio.Future[Any]] = []

    async def quietly(call: Any) -> None:
        with suppress(PlaywrightError):  # the crashed tab never answers the command
            await call

    async def visit(page: Page, url: str, settings: CrawlSettings, **kwargs: Any) -> Any:
        if urlsplit(url).path == "/crash":
            session = await page.context.new_cdp_session(page)

            def crash(response: Response) -> None:
                if response.url == url:
                    pending.append(asyncio.ensure_future(quietly(session.send("Page.crash"))))

            page.on("response", crash)
        started = time.monotonic()
        try:
            return await real_visit(page, url, settings, **kwargs)
        finally:
            durations[url] = max(durations.get(url, 0.0), time.monotonic() - started)

    return visit


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Crawl every hostile case in one batch, in one browser; keep what the server saw."""
    folder = tmp_path_factory.mktemp("hostile")
    store, server, durations = RunStore(folder / "run"), hostile_server(), {}
    with (running(server) as base, running(self_signed_server(folder), "https") as tls,
          silent_server() as silent, pytest.MonkeyPatch.context() as patch):
        patch.setattr(target_module, "visit", instrumented(target_module.visit, durations))
        # The slowest first, so that they overlap with the rest; after-crash last.
        urls = {"silent": silent, "tls": f"{tls}/site"}
        urls |= {tid: base + path for tid, (path, _) in CASES.items()}
        urls |= {f"consent-{name}": f"{base}/consent/{name}" for name in CONSENT}
        urls["after-crash"] = f"{base}/site"
        targets = [Target(id=tid, name=tid, kind="company", website=url)
                   for tid, url in urls.items()]
        started = time.monotonic()
        records = crawl(targets, store, HOSTILE)
        return {"store": store, "records": records, "elapsed": time.monotonic() - started,
                "base": base, "huge_sent": server.huge_sent,
                "durations": {urlsplit(url).path: spent for url, spent in durations.items()}}


def probes(batch: dict[str, Any], tid: str) -> dict[str, Any]:
    return json.loads((batch["store"].snapshot_dir(tid) / "probes.json").read_text())


def events(batch: dict[str, Any], tid: str, kind: str) -> list[dict[str, str]]:
    return probes(batch, tid)["interruptions"][kind]["events"]


def saved(batch: dict[str, Any], tid: str, index: int = 0) -> str:
    page = batch["records"][tid]["pages"][index]
    assert page["file"], page["error"]
    return gzip.decompress((batch["store"].snapshot_dir(tid) / page["file"]).read_bytes()
                           ).decode()


def test_every_target_ends_with_a_status_and_a_reason(batch):
    expected = {tid: status for tid, (_, status) in CASES.items()}
    expected |= {f"consent-{name}": "ok" for name in CONSENT}
    expected |= {"silent": "timeout", "tls": "error", "after-crash": "ok"}
    records = batch["records"]
    assert {tid: records[tid]["status"] for tid in expected} == expected
    for tid, record in records.items():
        assert record["status"] == "ok" or record["reason"], tid
        assert (batch["store"].snapshot_dir(tid) / "snapshot.json").exists()
    print(f"\n{len(records)} hostile targets crawled in {batch['elapsed']:.1f} s")


def test_redirect_loop_is_an_error_that_says_so(batch):
    assert "redirect loop" in batch["records"]["loop"]["reason"]
    assert "ERR_TOO_MANY_REDIRECTS" in batch["records"]["loop"]["reason"]


def test_home_page_moved_to_another_site_is_noted(batch):
    record = batch["records"]["moved-away"]
    home = record["pages"][0]
    assert home["final_url"] == f"http://localhost:{urlsplit(batch['base']).port}/landing"
    assert home["left_site"] is True
    assert record["reason"] == f"home page redirects to another site: {home['final_url']}"
    assert "Group site" in saved(batch, "moved-away")


def test_key_page_on_another_site_is_not_crawled(batch):
    record = batch["records"]["site"]
    pages = {page["role"]: page for page in record["pages"]}
    assert pages["about"]["left_site"] is True and pages["about"]["file"] == ""
    assert pages["about"]["error"].startswith("left the site: redirected to http://localhost:")
    assert pages["news"]["file"] and not pages["news"]["left_site"]
    assert record["status"] == "ok" and record["reason"] == ""


def test_page_that_never_finishes_loading_is_read_after_the_settle_wait(batch):
    assert batch["records"]["site"]["status"] == "ok"
    assert "Never loads" in saved(batch, "site")
    assert probes(batch, "site")["home"]["timing"]["load_ms"] is None  # load never came
    spent = batch["durations"]["/site"]
    print(f"\npage whose load event never comes: read in {spent:.1f} s")
    assert HOSTILE.settle_s <= spent < HOSTILE.page_timeout_s  # no timeout: the wait is bounded


def test_huge_page_is_cut_and_its_download_stopped(batch):
    home = batch["records"]["huge"]["pages"][0]
    assert home["truncated"] is True and home["title"] == "Huge"  # the start of it is kept
    kept = len(saved(batch, "huge").encode())
    assert kept <= HOSTILE.max_html_bytes
    assert batch["huge_sent"] < HUGE_BYTES / 2  # the browser hung up long before 50 MB
    spent = batch["durations"]["/huge"]
    print(f"\n50 MB page: read in {spent:.1f} s, {kept / 2**20:.2f} MB kept, "
          f"{batch['huge_sent'] / 2**20:.1f} MB sent by the server at most")
    # loading, then reading, each bounded; opening the tab's DevTools session, then two
    # DevTools calls (liveness, stop) at most
    assert spent < 2 * HOSTILE.page_timeout_s + OPEN_TIMEOUT_S + 2 * CDP_TIMEOUT_S


def test_server_that_never_answers_times_out(batch):
    assert batch["records"]["silent"]["reason"].endswith(
        f"no answer within {HOSTILE.page_timeout_s:g} s")


def test_page_whose_scripts_freeze_the_tab_times_out(batch):
    assert batch["records"]["busy"]["reason"].endswith(
        f"the page stopped responding (its scripts kept the tab busy for "
        f"{HOSTILE.page_timeout_s:g} s)")


def test_home_page_server_error_is_an_error(batch):
    assert "HTTP 503" in batch["records"]["unavailable"]["reason"]
    assert "Back soon" in saved(batch, "unavailable")  # kept as evidence


def test_self_signed_certificate_is_an_error_naming_the_certificate(batch):
    reason = batch["records"]["tls"]["reason"]
    assert "TLS certificate problem" in reason and "ERR_CERT_AUTHORITY_INVALID" in reason


def test_dialogs_are_dismissed_and_recorded(batch):
    dialogs = events(batch, "interrupting", "dialogs")
    assert [(d["type"], d["message"]) for d in dialogs[:3]] == [
        ("alert", "Bienvenue"), ("confirm", "Continue?"), ("prompt", "Your name?")]
    # "leave this page?" was answered yes: the next page was visited
    assert "beforeunload" in {dialog["type"] for dialog in dialogs}
    assert any(page["role"] == "news" and page["file"]
               for page in batch["records"]["interrupting"]["pages"])


def test_popups_are_closed_and_recorded(batch):
    popups = events(batch, "interrupting", "popups")  # opened again by the mobile visit
    assert {urlsplit(popup["url"]).path for popup in popups} == {"/landing", "/news-here"}
    assert batch["records"]["interrupting"]["status"] == "ok"


def test_downloads_are_refused_and_recorded(batch):
    downloads = events(batch, "interrupting", "downloads")
    assert downloads and downloads[0]["file"] == "file.zip"
    assert batch["records"]["pdf"]["reason"].endswith(
        "not a web page: the URL serves application/pdf")
    assert batch["records"]["zip"]["reason"].endswith("starts a file download instead of "
                                                      "showing a web page")


def test_renderer_crash_fails_the_target_and_the_batch_goes_on(batch):
    crashed = batch["records"]["crash"]
    assert crashed["reason"].endswith("renderer crashed")
    assert events(batch, "crash", "crashes")
    after = batch["records"]["after-crash"]  # same browser, started once the crash was over
    assert after["status"] == "ok"
    assert after["started_at"] > crashed["finished_at"]


def test_crash_after_the_home_page_keeps_what_was_saved(batch):
    record = batch["records"]["crash-later"]
    assert record["reason"].startswith(f"renderer crashed on {batch['base']}/crash; ")
    pages = {page["role"]: page for page in record["pages"]}
    assert pages["home"]["file"] and pages["about"]["error"] == "renderer crashed"
    assert pages["news"]["error"] == "renderer crashed"  # same tab: lost at once, no hang
    assert "overflow" in probes(batch, "crash-later")["mobile"]  # measured on its own tab


@pytest.mark.parametrize("name", sorted(CONSENT))
def test_consent_wall_is_named_and_refused_first(batch, name):
    vendor, action = CONSENT[name]
    consent = probes(batch, f"consent-{name}")["home"]["consent"]
    assert (consent["present"], consent["vendor"], consent["action_taken"]) == (
        True, vendor, action)
    choices = re.findall(r'data-choice="(\w+)"', saved(batch, f"consent-{name}"))
    if action == "none":
        assert consent["visible"] is False and choices == []
    else:  # the DOM saved is the one behind the wall, revealed by the button we wanted
        assert consent["closed"] is True and choices == [action]


def test_no_consent_wall_where_there_is_none(batch):
    # a sticky header with a "Cookies" link is not a consent wall
    assert probes(batch, "site")["home"]["consent"] == NO_CONSENT


def test_cookies_before_consent_are_measured_before_the_click(batch):
    home = probes(batch, "consent-onetrust")["home"]
    assert "consent" not in {cookie["name"] for cookie in home["cookies_before_consent"]}


def test_every_probe_runs_to_the_end_but_on_the_cut_page(batch):
    """Each probe has its own bound: none is cut short on these pages, loaded or not, but
    those that read the whole DOM, skipped on a page cut at max_html_bytes."""
    cut = {tid: {key: value["cut_short"] for key, value in probes(batch, tid)["home"].items()
                 if isinstance(value, dict) and "cut_short" in value}
           for tid, record in batch["records"].items() if record["pages"]
           and not record["pages"][0]["error"]}
    assert cut.pop("huge") == dict.fromkeys(("fingerprint", "consent", "axe"), "skipped")
    assert cut == dict.fromkeys(cut, {})
    assert {"site", "interrupting", "consent-onetrust", "moved-away"} <= set(cut)
