"""The crawler in the real browser against a local server: pages, statuses, resume."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from benchmark.crawl.batch import crawl
from benchmark.crawl.settings import CrawlSettings
from benchmark.model import Target
from benchmark.runstore import RunStore

pytestmark = pytest.mark.browser
FAST = CrawlSettings(offline=True, page_timeout_s=5, settle_s=1, target_timeout_s=40)


def target(tid: str, url: str) -> Target:
    return Target(id=tid, name=tid.title(), kind="company", website=url)


@pytest.fixture(scope="module")
def crawled(local_server: str, refused_port: int, tmp_path_factory) -> tuple[RunStore, dict]:
    store = RunStore(tmp_path_factory.mktemp("run"))
    targets = [target("local", f"{local_server}/"), target("servererror", f"{local_server}/error"),
               target("slow", f"{local_server}/slow"),
               target("deadport", f"http://127.0.0.1:{refused_port}/"),
               target("external", "https://www.example-unreachable.test/")]
    return store, crawl(targets, store, FAST)


def test_home_and_key_pages_are_saved_with_their_roles(crawled):
    store, records = crawled
    record = records["local"]
    assert record["status"] == "partial", record["reason"]  # /gone answered 404
    roles = {p["role"]: p for p in record["pages"]}
    assert set(roles) >= {"home", "about", "news", "careers", "investors", "contact"}
    assert roles["about"]["why"] == "link text 'About us'"
    # the redirect is followed and the final URL recorded
    assert roles["investors"]["final_url"].endswith("/investors")
    assert roles["contact"]["status"] == 404
    folder = store.snapshot_dir("local")
    html = gzip.decompress((folder / roles["news"]["file"]).read_bytes()).decode()
    assert '<time datetime="2026-11-02">' in html
    assert (folder / "shots" / "desktop.png").stat().st_size > 1000
    assert (folder / "shots" / "mobile.png").exists()
    probes = json.loads((folder / "probes.json").read_text())
    assert probes["mobile"]["viewport_width"] == 390
    network = [json.loads(line) for line in (folder / "network.jsonl").read_text().splitlines()]
    assert any(row["url"].endswith("/news") and row["status"] == 200 for row in network)


def test_failures_become_statuses_and_the_batch_goes_on(crawled):
    _, records = crawled
    assert records["servererror"]["status"] == "error"
    assert "HTTP 500" in records["servererror"]["reason"]
    assert records["slow"]["status"] == "timeout"
    assert records["deadport"]["status"] == "unreachable"
    assert "ERR_CONNECTION_REFUSED" in records["deadport"]["reason"]
    assert records["external"]["status"] == "unreachable"


def test_completed_targets_are_not_crawled_again(crawled, local_server):
    store, records = crawled
    marker = store.snapshot_dir("local") / "snapshot.json"
    before = marker.stat().st_mtime_ns
    again = crawl([target("local", f"{local_server}/")], store, FAST)
    assert marker.stat().st_mtime_ns == before
    assert again["local"]["finished_at"] == records["local"]["finished_at"]


def test_half_written_snapshot_is_crawled_again(tmp_path: Path, local_server: str):
    store = RunStore(tmp_path)
    folder = store.snapshot_dir("local")
    (folder / "pages").mkdir(parents=True)
    (folder / "pages" / "stale.html.gz").write_bytes(b"half")  # no snapshot.json: incomplete
    records = crawl([target("local", f"{local_server}/about")], store,
                    CrawlSettings(offline=True, max_pages=0, screenshots=False))
    assert records["local"]["status"] == "ok"
    assert not (folder / "pages" / "stale.html.gz").exists()


def test_probes_measure_timing_resources_cookies_and_text(crawled):
    store, _ = crawled
    probes = json.loads((store.snapshot_dir("local") / "probes.json").read_text())
    home = probes["home"]
    assert home["timing"]["ttfb_ms"] >= 0 and home["timing"]["dom_content_loaded_ms"] > 0
    assert home["text_nodes"] > 0 and 0 <= home["small_text_share"] <= 1
    assert home["cookies_before_consent"] == []
    assert home["third_party_hosts"] == [] and home["overflow"] is False
    assert home["js_globals"]["swfobject"] is False
