"""The profile adapter: audience counts in English and French, posts, links back."""

from __future__ import annotations

from datetime import date

import pytest

from benchmark.social.counts import find_count
from benchmark.social.profile import profile_metrics

CRAWL = date(2026, 1, 15)
SITE = "https://www.acme.fr/"


@pytest.mark.parametrize(("text", "kind", "expected"), [
    ("12,408 followers", "followers", 12_408),
    ("1.2K followers", "followers", 1_200),
    ("3.4M subscribers", "followers", 3_400_000),
    ("8 512 abonnés", "followers", 8_512),
    ("8\u202f512\u00a0abonnés", "followers", 8_512),
    ("2,3 k abonnés", "followers", 2_300),
    ("1,2 million d’abonnés", "followers", 1_200_000),
    ("12.408 Follower", "followers", 12_408),
    ("Acme · 540 members", "followers", 540),
    ("1 204 J’aime", "likes", 1_204),
    ("1 204 mentions J'aime", "likes", 1_204),
    ("1,5K likes", "likes", 1_500),
])
def test_counts(text, kind, expected):
    found = find_count(text, kind)
    assert found is not None and found[0] == expected


@pytest.mark.parametrize("text", ["300 following", "12 408 abonnements", "Followers", "2013 posts"])
def test_not_follower_counts(text):
    assert find_count(text, "followers") is None


def metrics(body: str, head: str = "", platform: str = "x", url: str = "https://x.com/acme"):
    return profile_metrics(platform, url, f"<html><head>{head}</head><body>{body}</body></html>",
                           SITE, crawl_date=CRAWL)


def test_followers_from_og_description_first():
    head = '<meta property="og:description" content="Acme. 2,3 k abonnés · 120 abonnements">'
    result = metrics("<p>Suggestions : Foo 9M followers</p>", head)
    assert result["followers"] == 2_300
    assert "2,3 k abonnés" in result["evidence"]["followers"]


def test_followers_from_data_metric_and_follower_links():
    assert metrics('<span data-metric="followers">12,4 k</span>')["followers"] == 12_400
    link = '<a href="/acme/verified_followers"><span>1.2M</span></a>'
    assert metrics(link)["followers"] == 1_200_000
    assert metrics('<strong data-e2e="followers-count">45.1K</strong>', platform="tiktok",
                   url="https://www.tiktok.com/@acme")["followers"] == 45_100


def test_followers_preferred_over_likes_and_likes_as_fallback():
    both = "<p>1 204 J’aime • 1 500 followers</p>"
    assert metrics(both, platform="facebook")["followers"] == 1_500
    assert metrics("<p>1 204 J’aime</p>", platform="facebook")["followers"] == 1_204


def test_no_count():
    result = metrics("<p>Connectez-vous pour voir plus</p>")
    assert result["followers"] is None and "no follower count" in result["evidence"]["followers"]


def test_posts_newest_and_last_90_days():
    body = ('<time datetime="2026-01-10T09:00:00Z">10 janv.</time>'
            '<time datetime="2026-01-10T18:00:00Z">10 janv.</time>'
            '<time datetime="2025-11-01">1 nov.</time><time datetime="2025-06-01">1 juin</time>'
            '<time datetime="2027-01-01">futur</time><time datetime="1990-01-01">vieux</time>')
    result = metrics(body)
    assert (result["last_post"], result["posts_90d"]) == ("2026-01-10", 3)
    assert result["evidence"]["last_post"].startswith('<time datetime="2026-01-10T')


def test_no_posts():
    assert (metrics("<p>Aucune publication</p>")["last_post"], metrics("<p>x</p>")["posts_90d"]) \
        == (None, 0)


@pytest.mark.parametrize(("body", "expected"), [
    ('<a href="https://www.acme.fr/contact">site</a>', True),
    ('<a href="https://acme.fr">lien</a>', True),
    ('<a href="https://l.facebook.com/l.php?u=https%3A%2F%2Fshop.acme.fr%2F&h=x">shop</a>', True),
    ('<a href="https://t.co/abc">x</a><p>Site officiel : acme.fr</p>', True),
    ('<a href="https://www.acme-group.com/">site</a><p>acme.fr.example.com</p>', False),
    ('<a href="https://www.notacme.fr/">site</a>', False),
])
def test_links_back(body, expected):
    assert metrics(body)["links_back"] is expected


def test_empty_page():
    result = profile_metrics("x", "https://x.com/acme", "", SITE, crawl_date=CRAWL)
    assert (result["followers"], result["last_post"], result["links_back"]) == (None, None, False)
