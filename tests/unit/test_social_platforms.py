"""Platform recognition and link kinds (profile, share, post, other); profile normalisation."""

from __future__ import annotations

import pytest

from benchmark.model import PLATFORMS
from benchmark.social.normalise import normalise_profile
from benchmark.social.platforms import classify

PROFILES = {
    "facebook": "https://www.facebook.com/AcmeGroupe/",
    "x": "https://x.com/acme",
    "linkedin": "https://fr.linkedin.com/company/acme",
    "youtube": "https://www.youtube.com/user/acmetv",
    "instagram": "https://www.instagram.com/acme.fr/",
    "tiktok": "https://www.tiktok.com/@acme",
    "pinterest": "https://www.pinterest.fr/acme/",
    "vimeo": "https://vimeo.com/acme",
    "dailymotion": "https://www.dailymotion.com/acme",
    "flickr": "https://www.flickr.com/photos/acme/",
    "mastodon": "https://mastodon.social/@acme",
    "bluesky": "https://bsky.app/profile/acme.bsky.social",
    "threads": "https://www.threads.net/@acme",
    "viadeo": "http://www.viadeo.com/fr/company/acme",
    "xing": "https://www.xing.com/pages/acme",
    "googleplus": "https://plus.google.com/+AcmeFrance",
    "vk": "https://vk.com/acme",
    "weibo": "https://weibo.com/acme",
    "github": "https://github.com/acme",
    "whatsapp": "https://wa.me/33612345678",
    "telegram": "https://t.me/acme",
    "snapchat": "https://www.snapchat.com/add/acme",
}


def test_every_platform_has_a_recognised_profile():
    assert set(PROFILES) == set(PLATFORMS)
    for platform, url in PROFILES.items():
        assert (classify(url).platform, classify(url).kind) == (platform, "profile"), url


@pytest.mark.parametrize(("url", "platform", "kind"), [
    ("https://twitter.com/acme", "x", "profile"),
    ("http://twitter.com/#!/acme", "x", "profile"),
    ("https://mobile.twitter.com/acme?lang=fr", "x", "profile"),
    ("https://m.facebook.com/profile.php?id=1234", "facebook", "profile"),
    ("https://www.linkedin.com/in/jane-doe", "linkedin", "profile"),
    ("https://www.youtube.com/channel/UC123", "youtube", "profile"),
    ("https://www.youtube.com/@acme", "youtube", "profile"),
    # Share links
    ("https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Facme.fr", "facebook", "share"),
    ("https://www.facebook.com/sharer.php?u=x", "facebook", "share"),
    ("https://twitter.com/intent/tweet?text=Acme&url=x", "x", "share"),
    ("https://twitter.com/share?url=x", "x", "share"),
    ("https://x.com/intent/post?text=a", "x", "share"),
    ("https://www.linkedin.com/shareArticle?mini=true&url=x", "linkedin", "share"),
    ("https://www.linkedin.com/sharing/share-offsite/?url=x", "linkedin", "share"),
    ("https://pinterest.com/pin/create/button/?url=x", "pinterest", "share"),
    ("https://api.whatsapp.com/send?text=Acme", "whatsapp", "share"),
    ("https://wa.me/?text=Acme", "whatsapp", "share"),
    ("whatsapp://send?text=Acme", "whatsapp", "share"),
    ("https://t.me/share/url?url=x", "telegram", "share"),
    ("https://www.xing.com/spi/shares/new?url=x", "xing", "share"),
    ("https://www.viadeo.com/shareit/share/?url=x", "viadeo", "share"),
    ("https://plus.google.com/share?url=x", "googleplus", "share"),
    ("https://vk.com/share.php?url=x", "vk", "share"),
    ("https://service.weibo.com/share/share.php?url=x", "weibo", "share"),
    ("https://bsky.app/intent/compose?text=x", "bluesky", "share"),
    ("https://www.facebook.com/plugins/like.php?href=x", "facebook", "share"),
    # Single posts and videos
    ("https://x.com/acme/status/1234567", "x", "post"),
    ("https://www.facebook.com/acme/posts/123", "facebook", "post"),
    ("https://www.youtube.com/watch?v=abc", "youtube", "post"),
    ("https://youtu.be/abc", "youtube", "post"),
    ("https://www.youtube.com/embed/abc", "youtube", "post"),
    ("https://www.instagram.com/p/Cx1/", "instagram", "post"),
    ("https://www.linkedin.com/posts/acme_activity-1", "linkedin", "post"),
    ("https://vimeo.com/123456", "vimeo", "post"),
    ("https://player.vimeo.com/video/123", "vimeo", "post"),
    ("https://www.dailymotion.com/video/x7abc", "dailymotion", "post"),
    ("https://www.tiktok.com/@acme/video/123", "tiktok", "post"),
    # Other pages of a platform, and non-social sites
    ("https://www.facebook.com/", "facebook", "other"),
    ("https://www.facebook.com/plugins/page.php?href=acme", "facebook", "other"),
    ("https://twitter.com/search?q=acme", "x", "other"),
    ("https://www.youtube.com/results?search_query=acme", "youtube", "other"),
    ("https://www.google.com/search?q=acme", None, "other"),
    ("https://www.box.com/acme", None, "other"),
    ("https://fox.com/acme", None, "other"),
    ("not a url", None, "other"),
    ("http://[::1", None, "other"),
])
def test_classify(url, platform, kind):
    assert (classify(url).platform, classify(url).kind) == (platform, kind)


@pytest.mark.parametrize(("first", "second"), [
    ("https://twitter.com/Acme/", "https://x.com/acme"),
    ("http://twitter.com/#!/acme", "https://x.com/acme"),
    ("https://www.facebook.com/acme?ref=footer", "https://m.facebook.com/acme"),
    ("https://fr-fr.facebook.com/acme", "https://facebook.com/acme/"),
    ("https://fr.linkedin.com/company/acme/", "https://www.linkedin.com/company/acme"),
    ("https://instagr.am/acme", "https://www.instagram.com/acme/"),
])
def test_normalised_profiles_compare_equal(first, second):
    assert normalise_profile(first) == normalise_profile(second)


def test_normalisation_keeps_what_identifies_the_account():
    assert normalise_profile("https://x.com/acme") != normalise_profile("https://x.com/acme_fr")
    assert normalise_profile("https://www.facebook.com/profile.php?id=1&ref=a") == (
        "facebook.com/profile.php?id=1")


@pytest.mark.parametrize(("url", "platform", "kind"), [
    ("https://twitter.com/intent/follow?screen_name=acme", "x", "profile"),
    ("https://www.youtube.com/subscription_center?add_user=acmetv", "youtube", "profile"),
    ("https://www.google.com/+AcmeFrance", "googleplus", "profile"),
    ("https://www.google.com/search?q=acme", None, "other"),
])
def test_follow_links_and_old_vanity_urls(url, platform, kind):
    assert (classify(url).platform, classify(url).kind) == (platform, kind)


@pytest.mark.parametrize(("first", "second"), [
    ("https://twitter.com/intent/follow?screen_name=Acme", "https://x.com/acme"),
    ("https://www.youtube.com/subscription_center?add_user=acmetv",
     "https://www.youtube.com/user/acmetv/videos"),
    ("https://www.linkedin.com/company/acme/about/", "https://fr.linkedin.com/company/acme"),
    ("https://www.facebook.com/pg/acme/posts/", "https://www.facebook.com/acme"),
    ("https://www.viadeo.com/fr/company/acme", "http://viadeo.com/company/acme/"),
    ("https://www.google.com/+Acme", "https://plus.google.com/+Acme/posts"),
])
def test_account_identity_ignores_subpages(first, second):
    assert normalise_profile(first) == normalise_profile(second)


def test_account_identity_keeps_distinct_accounts_apart():
    assert normalise_profile("https://www.linkedin.com/company/acme") != normalise_profile(
        "https://www.linkedin.com/company/acme-group")
    assert normalise_profile("https://www.facebook.com/pages/Acme/123") != normalise_profile(
        "https://www.facebook.com/pages/Acme/456")
