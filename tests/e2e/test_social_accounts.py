"""Social accounts through the real browser: each platform's public answers routed under
their real URLs, read by their adapters, archived, and turned into footprint criteria."""

from __future__ import annotations

import gzip

import pytest
from playwright.async_api import BrowserContext
from social_fixtures import route_platforms

from benchmark.crawl import target as target_module
from benchmark.crawl.batch import crawl
from benchmark.crawl.settings import CrawlSettings
from benchmark.criteria.footprint import social_audience, social_backlinks, social_presence
from benchmark.criteria.site import SiteView
from benchmark.gather.snapshot import gather_target
from benchmark.model import Target
from benchmark.runstore import RunStore
from benchmark.social.footprint_table import footprint_rows

pytestmark = pytest.mark.browser
SITE = "https://www.atelier-lumen.example/"
HOME = """<!doctype html><html><head><title>Atelier Lumen</title></head><body>
<main><h1>Atelier Lumen</h1><p>Stained glass restoration.</p></main>
<footer><a href="https://www.youtube.com/@atelierlumen">YouTube</a>
<a href="https://bsky.app/profile/atelierlumen.bsky.social">Bluesky</a></footer></body></html>"""
ACCOUNTS = {"youtube": "https://www.youtube.com/@atelierlumen",
            "instagram": "https://www.instagram.com/lumen.private/",
            "tiktok": "https://www.tiktok.com/@busylumen", "x": "https://x.com/atelierlumen",
            "mastodon": "https://mastodon.social/@atelierlumen"}


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory):
    original = target_module.new_context

    async def routed(*args, **kwargs) -> BrowserContext:
        context = await original(*args, **kwargs)
        await route_platforms(context)
        await context.route(f"{SITE}**", lambda route: route.fulfill(
            status=200 if route.request.url == SITE else 404,
            content_type="text/html; charset=utf-8", body=HOME))
        return context

    patch = pytest.MonkeyPatch()
    patch.setattr(target_module, "new_context", routed)
    patch.setenv("BENCHMARK_TODAY", "2026-01-15")
    try:
        store = RunStore(tmp_path_factory.mktemp("run"))
        target = Target(id="lumen", name="Atelier Lumen", kind="company", website=SITE,
                        accounts=ACCOUNTS)
        settings = CrawlSettings(offline=True, page_timeout_s=8, settle_s=0.5, max_pages=0,
                                 target_timeout_s=90, archive=True, screenshots=False)
        record = crawl([target], store, settings)["lumen"]
        folder = store.snapshot_dir("lumen")
        yield target, record, folder, gather_target(folder)
    finally:
        patch.undo()


def test_each_platform_gets_its_status(snapshot):
    _, _, _, observations = snapshot
    found = {p["platform"]: p for p in observations["profiles"]}
    assert {k: found[k]["account_status"] for k in found} == {
        "youtube": "ok", "instagram": "private", "tiktok": "rate_limited",
        "x": "login_wall", "mastodon": "ok", "bluesky": "ok"}
    assert "Retry-After: 120" in found["tiktok"]["reason"]
    assert "this account is private" in found["instagram"]["reason"]
    # YouTube: ytInitialData for subscribers, the Atom feed for dates (10 uploads in 90 days)
    assert (found["youtube"]["followers"], found["youtube"]["last_post"],
            found["youtube"]["posts_90d"]) == (12_400, "2026-01-12", 10)
    assert (found["mastodon"]["followers"], found["mastodon"]["origin"]) == (2873, "listed")
    # Bluesky is not listed: the site's footer links it, so it is discovered, and marked so
    assert (found["bluesky"]["origin"], found["bluesky"]["source"]) == ("discovered",
                                                                        "discovered")
    assert found["bluesky"]["followers"] == 964


def test_api_calls_are_archived_like_pages(snapshot):
    _, record, folder, _ = snapshot
    warc = gzip.decompress((folder / "archive.warc.gz").read_bytes())
    assert b"feeds/videos.xml?channel_id=UCa7T3lierLumenW0rksh0p9" in warc
    assert b"/api/v1/accounts/lookup?acct=atelierlumen" in warc
    mastodon = next(r for r in record["social"] if r["platform"] == "mastodon")
    assert [f["name"] for f in mastodon["fetches"]] == ["profile", "posts"]


def test_footprint_criteria_and_table_read_the_adapters(snapshot):
    target, _, _, observations = snapshot
    site = SiteView(observations)
    presence = social_presence(site, target)
    assert presence.value == "4"  # youtube, instagram (private), mastodon, bluesky
    assert "bluesky (discovered)" in presence.evidence.snippet
    assert "x (login_wall)" in presence.evidence.snippet
    audience = social_audience(site, target)
    assert audience.value == str(12_400 + 210 + 2_873 + 964)  # a private one shows its count
    assert social_backlinks(site, target).value == "true"
    rows = {r["platform"]: r for r in footprint_rows(target, observations)}
    assert (rows["youtube"]["links_to_site"], rows["youtube"]["links_back"]) == ("true", "true")
    assert (rows["mastodon"]["links_to_site"], rows["mastodon"]["links_back"]) == (
        "false", "true")  # listed, linked back, but the site never links it
    assert (rows["x"]["status"], rows["x"]["followers"], rows["x"]["date"]) == (
        "login_wall", "", "2026-01-15")
