"""Each platform's adapter on its recorded public answers (tests/fixtures/social)."""

from __future__ import annotations

from datetime import date

import pytest
from social_fixtures import answer

from benchmark.social.account import Body, Context
from benchmark.social.adapters import adapter_for, read_account

CONTEXT = Context("https://www.atelier-lumen.example/", date(2026, 1, 15))
# The 90-day window of 2026-01-15 starts on 2025-10-17.


def fetched(platform: str, url: str) -> tuple[dict, list[str]]:
    """The adapter's result, and the URLs it asked for, answered from the fixtures
    (redirects followed as the browser does)."""
    adapter, bodies, asked = adapter_for(platform), {}, []
    while (fetch := adapter.next_fetch(url, bodies)) is not None:
        asked.append(fetch.url)
        final, hops = fetch.url, []
        status, headers, body = answer(final)
        if status == 302:
            hops, final = [{"url": final, "status": status}], headers["Location"]
            status, headers, body = answer(final)
        bodies[fetch.name] = Body(fetch.url, final, status, headers, body.decode("utf-8"),
                                  redirects=hops)
        assert len(asked) < 5
    return read_account(platform, url, bodies, CONTEXT), asked


def test_youtube_reads_initial_data_and_the_atom_feed():
    result, asked = fetched("youtube", "https://m.youtube.com/@atelierlumen/videos?si=x")
    assert asked == ["https://www.youtube.com/@atelierlumen",
                     "https://www.youtube.com/feeds/videos.xml?channel_id="
                     "UCa7T3lierLumenW0rksh0p9"]
    assert (result["status"], result["followers"], result["posts"]) == ("ok", 12_400, 318)
    # 15 uploads every 9 days from 2026-01-12: 2026-01-12 ... 2025-10-23 are within 90 days
    assert (result["last_post"], result["posts_90d"]) == ("2026-01-12", 10)
    assert result["links_back"] is True
    assert "12.4K subscribers" in result["evidence"]["followers"]


def test_mastodon_reads_the_lookup_and_statuses_api():
    result, asked = fetched("mastodon", "https://mastodon.social/@atelierlumen")
    assert asked[1] == ("https://mastodon.social/api/v1/accounts/109876543210987654/"
                        "statuses?limit=40")
    assert (result["followers"], result["posts"], result["last_post"]) == (
        2873, 1542, "2026-01-14")
    # a full page of 40 statuses, all within 90 days: a lower bound, said so
    assert result["posts_90d"] == 40 and "at least 40" in result["evidence"]["last_post"]
    assert result["links_back"] is True


def test_bluesky_reads_the_appview_and_skips_reposts():
    result, _ = fetched("bluesky", "https://bsky.app/profile/atelierlumen.bsky.social")
    assert (result["status"], result["followers"], result["posts"]) == ("ok", 964, 87)
    # own posts 2025-12-20, 12-02, 11-10 within 90 days; the 2026-01-10 repost is not theirs
    assert (result["last_post"], result["posts_90d"]) == ("2025-12-20", 3)
    assert result["links_back"] is True


def test_dailymotion_reads_the_rest_api():
    result, _ = fetched("dailymotion", "https://www.dailymotion.com/atelierlumen")
    assert (result["followers"], result["posts"], result["last_post"], result["posts_90d"]) == (
        531, 3, "2025-11-30", 1)
    assert result["bio_link"] == "https://www.atelier-lumen.example/"
    assert result["links_back"] is True


@pytest.mark.parametrize(("platform", "url", "followers", "posts"), [
    ("instagram", "https://www.instagram.com/atelierlumen/", 4_812, 642),
    ("tiktok", "https://www.tiktok.com/@atelierlumen", 7_534, 88),  # page data, not meta
    ("linkedin", "https://www.linkedin.com/company/atelier-lumen/", 1_907, None),
    ("facebook", "https://www.facebook.com/atelierlumen", 3_200, None),
])
def test_public_pages_give_counts_and_links_back(platform, url, followers, posts):
    result, _ = fetched(platform, url)
    assert (result["status"], result["followers"], result["posts"]) == ("ok", followers, posts)
    assert result["links_back"] is True, result["evidence"]["links_back"]


@pytest.mark.parametrize(("platform", "url", "status", "said"), [
    ("x", "https://x.com/atelierlumen", "login_wall", "login wall"),
    ("instagram", "https://www.instagram.com/walled/", "login_wall",
     "redirected to a login page: https://www.instagram.com/accounts/login/?next=%2Fwalled%2F"
     " (HTTP 302 from https://www.instagram.com/walled/)"),
    ("instagram", "https://www.instagram.com/lumen.private/", "private", "is private"),
    ("instagram", "https://www.instagram.com/gone.lumen/", "not_found", "HTTP 404"),
    ("tiktok", "https://www.tiktok.com/@gonelumen", "not_found", "statusCode 10221"),
    ("tiktok", "https://www.tiktok.com/@busylumen", "rate_limited", "Retry-After: 120"),
    ("mastodon", "https://mastodon.social/@gone", "not_found", "Record not found"),
    ("bluesky", "https://bsky.app/profile/gone.bsky.social", "not_found", "Profile not found"),
    ("bluesky", "https://bsky.app/profile/quiet.bsky.social", "login_wall",
     "!no-unauthenticated"),
    ("youtube", "https://www.youtube.com/@nobodyhere", "not_found", "HTTP 404"),
])
def test_walls_and_missing_accounts_give_a_status_never_a_number(platform, url, status, said):
    result, _ = fetched(platform, url)
    assert result["status"] == status
    assert said in result["reason"]
    if status != "private":
        assert (result["followers"], result["posts_90d"], result["last_post"]) == (
            None, None, None)


def test_private_account_keeps_only_what_it_shows():
    result, _ = fetched("instagram", "https://www.instagram.com/lumen.private/")
    assert (result["followers"], result["posts_90d"], result["links_back"]) == (210, None, None)


def test_rate_limited_stops_asking():
    _, asked = fetched("tiktok", "https://www.tiktok.com/@busylumen")
    assert asked == ["https://www.tiktok.com/@busylumen"]
    _, asked = fetched("mastodon", "https://mastodon.social/@gone")
    assert len(asked) == 1  # no statuses call for an account that is not there


@pytest.mark.parametrize("text", ["", "{not json", "[]", '{"did": 5, "labels": "x"}',
                                  "<feed>", "\x00\xff"])
def test_garbage_answers_are_unknown_not_a_crash(text):
    for platform, url in (("bluesky", "https://bsky.app/profile/a.bsky.social"),
                          ("mastodon", "https://mastodon.social/@a"),
                          ("dailymotion", "https://www.dailymotion.com/a")):
        bodies = {"profile": Body(url, url, 200, {}, text), "posts": Body(url, url, 200, {}, text)}
        result = read_account(platform, url, bodies, CONTEXT)
        assert result["followers"] is None
        assert result["status"] in ("unknown", "ok")


def test_retry_after_holds_the_host_within_a_bound():
    import time

    from benchmark.crawl.accounts import retry_after
    from benchmark.crawl.politeness import Politeness

    assert (retry_after("120"), retry_after("Wed, 21 Oct 2026 07:28:00 GMT")) == (120.0, 0.0)
    polite = Politeness(1, 0.0, "benchmark", obey_robots=False)
    before = time.monotonic()
    polite.defer("https://www.tiktok.com/@busylumen", 120)
    wait = polite._next_start["www.tiktok.com"] - before
    assert 59 <= wait <= 61  # capped at 60 s, whatever the platform asks
