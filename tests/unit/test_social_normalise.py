"""Profile URLs reduced to their account, per platform: hosts, handles, subpages, tracking."""

from __future__ import annotations

import pytest

from benchmark.social.normalise import normalise_profile
from benchmark.social.youtube import channel_url


@pytest.mark.parametrize(("url", "expected"), [
    ("https://mobile.twitter.com/Acme", "x.com/acme"),
    ("https://x.com/@acme", "x.com/acme"),
    ("https://twitter.com/acme/with_replies?s=20&t=abc", "x.com/acme"),
    ("https://m.youtube.com/@Acme/videos?si=xyz", "youtube.com/@acme"),
    ("https://www.youtube.com/channel/UCabc123/featured", "youtube.com/channel/ucabc123"),
    ("https://youtube.com/c/Acme/about", "youtube.com/c/acme"),
    ("https://www.youtube.com/user/acme?sub_confirmation=1", "youtube.com/user/acme"),
    ("https://www.instagram.com/acme/?utm_source=ig_web&igshid=x1", "instagram.com/acme"),
    ("https://www.instagram.com/@acme", "instagram.com/acme"),
    ("https://touch.facebook.com/acme", "facebook.com/acme"),
    ("https://mbasic.facebook.com/acme/?ref=page_internal", "facebook.com/acme"),
    ("https://web.facebook.com/acme", "facebook.com/acme"),
    ("https://www.tiktok.com/@Acme?lang=fr&is_from_webapp=1", "tiktok.com/@acme"),
    ("https://mastodon.social/users/Acme", "mastodon.social/@acme"),
    ("https://mastodon.social/@Acme/with_replies", "mastodon.social/@acme"),
    ("https://bsky.app/profile/acme.bsky.social/post/3k", "bsky.app/profile/acme.bsky.social"),
    ("https://www.dailymotion.com/acme/videos", "dailymotion.com/acme"),
    ("https://fr.linkedin.com/company/acme/posts/?feedView=all", "linkedin.com/company/acme"),
])
def test_normalised_per_platform(url, expected):
    assert normalise_profile(url) == expected


def test_tiktok_keeps_its_at_sign_and_distinct_accounts_stay_apart():
    assert normalise_profile("https://www.tiktok.com/@acme") != normalise_profile(
        "https://www.tiktok.com/acme")
    assert normalise_profile("https://mastodon.social/@acme") != normalise_profile(
        "https://piaille.fr/@acme")


@pytest.mark.parametrize(("url", "fetched"), [
    ("https://m.youtube.com/@Acme/videos?si=x", "https://www.youtube.com/@Acme"),
    ("https://youtube.com/channel/UCa7T3lierLumenW0rksh0p9/featured",
     "https://www.youtube.com/channel/UCa7T3lierLumenW0rksh0p9"),  # the id's case kept
    ("https://www.youtube.com/c/AcmeTV/about", "https://www.youtube.com/c/AcmeTV"),
])
def test_youtube_channel_address_fetched(url, fetched):
    assert channel_url(url) == fetched
