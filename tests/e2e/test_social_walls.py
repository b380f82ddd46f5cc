"""Login walls and rate limits as the web sends them: a real local server, under the
platforms' real host names, answers a profile with an HTTP 302 to the login page (or a 429),
the real browser follows it, and the run's observations and footprint.csv say so."""

from __future__ import annotations

import gzip
from pathlib import Path

import pandas as pd
import pytest
from platform_server import FB_LOGIN, HOSTS, IG_LOGIN, LI_AUTHWALL, SITE_HOST, platform_server

from benchmark import pipeline
from benchmark.crawl.settings import CrawlSettings
from benchmark.runstore import read_json

pytestmark = pytest.mark.browser
TARGETS = """id,name,kind,website,instagram,facebook,mastodon
lumen,Atelier Lumen,company,https://www.atelier-lumen.example/,\
https://www.instagram.com/lumenwalled/,https://www.facebook.com/lumenwalled,\
https://mastodon.social/@lumenbusy
"""


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """(store, observations, footprint.csv, requests the server answered) of one run."""
    folder: Path = tmp_path_factory.mktemp("walls")
    (folder / "targets.csv").write_text(TARGETS, encoding="utf-8")
    patch = pytest.MonkeyPatch()
    patch.setenv("BENCHMARK_TODAY", "2026-01-15")
    try:
        with platform_server() as (address, served):
            store, _, _ = pipeline.prepare(folder / "targets.csv", folder / "run")
            settings = CrawlSettings(offline=True, host_map=tuple((h, address) for h in HOSTS),
                                     page_timeout_s=8, settle_s=0.5, max_pages=0,
                                     target_timeout_s=90, archive=True, screenshots=False,
                                     sitemaps=False)
            pipeline.crawl_stage(store, settings)
        pipeline.gather_stage(store)
        pipeline.evaluate_stage(store)
        footprint = pd.read_csv(store.root / "footprint.csv", dtype=str, keep_default_na=False)
        yield store, read_json(store.observations_path("lumen")), footprint, list(served)
    finally:
        patch.undo()


def test_the_browser_followed_each_redirect_to_the_login_page(run):
    *_, served = run
    for host, login in (("www.instagram.com", IG_LOGIN), ("www.facebook.com", FB_LOGIN),
                        ("www.linkedin.com", LI_AUTHWALL)):
        answered = [(path, status) for h, path, status in served if h == host]
        assert (login.split(".com", 1)[1], 200) in answered, answered  # the login page itself
        assert any(status == 302 for _, status in answered), answered
    assert ("mastodon.social", "/api/v1/accounts/lookup?acct=lumenbusy", 429) in served
    assert (SITE_HOST, "/", 200) in served


def test_redirects_to_a_login_page_are_login_walls_never_a_number(run):
    _, observations, _, _ = run
    found = {p["platform"]: p for p in observations["profiles"]}
    assert {k: (p["account_status"], p["origin"]) for k, p in found.items()} == {
        "instagram": ("login_wall", "listed"), "facebook": ("login_wall", "listed"),
        "mastodon": ("rate_limited", "listed"), "linkedin": ("login_wall", "discovered")}
    for platform, profile, login in (
            ("instagram", "https://www.instagram.com/lumenwalled/", IG_LOGIN),
            ("facebook", "https://www.facebook.com/lumenwalled", FB_LOGIN),
            ("linkedin", "https://www.linkedin.com/company/lumen-walled/", LI_AUTHWALL)):
        assert found[platform]["reason"] == (
            f"redirected to a login page: {login} (HTTP 302 from {profile})")
        assert found[platform]["final_url"] == login
    assert "HTTP 429" in found["mastodon"]["reason"]
    assert "Retry-After: 30" in found["mastodon"]["reason"]
    for profile in found.values():
        assert (profile["followers"], profile["posts_90d"], profile["last_post"]) == (
            None, None, None), profile


def test_footprint_csv_says_why_and_leaves_the_figures_empty(run):
    _, _, footprint, _ = run
    rows = footprint.set_index("platform")
    assert rows["status"].to_dict() == {"instagram": "login_wall", "facebook": "login_wall",
                                        "mastodon": "rate_limited", "linkedin": "login_wall"}
    assert set(rows["followers"]) == {""} and set(rows["posts_90d"]) == {""}
    assert set(rows["last_post"]) == {""}
    assert IG_LOGIN in rows.loc["instagram", "reason"]
    assert "Retry-After: 30" in rows.loc["mastodon", "reason"]


def test_the_redirect_chain_is_recorded_and_archived(run):
    store, _, _, _ = run
    record = read_json(store.snapshot_dir("lumen") / "snapshot.json")
    social = {r["platform"]: r for r in record["social"]}
    instagram = social["instagram"]
    assert (instagram["url"], instagram["final_url"], instagram["status"]) == (
        "https://www.instagram.com/lumenwalled/", IG_LOGIN, 200)
    assert instagram["fetches"][0]["redirects"] == [
        {"url": "https://www.instagram.com/lumenwalled/", "status": 302}]
    # the API call that got a 429 asked for nothing more (no statuses call)
    assert [f["status"] for f in social["mastodon"]["fetches"]] == [429]
    warc = gzip.decompress((store.snapshot_dir("lumen") / "archive.warc.gz").read_bytes())
    answers = [r for r in warc.split(b"WARC/1.0\r\n") if b"WARC-Type: response" in r
               and b"WARC-Target-URI: https://www.instagram.com/lumenwalled/\r\n" in r]
    assert len(answers) == 1 and b"HTTP/1.1 302 Found" in answers[0]  # the redirect itself
    assert f"Location: {IG_LOGIN}".encode() in answers[0]
    assert f"WARC-Target-URI: {IG_LOGIN}".encode() in warc  # and the login page it led to
