"""Footprint criteria from social profile pages: presence, audience, activity, backlinks."""

from __future__ import annotations

import pytest

from benchmark.model import Status

ACCOUNTS = {"x": "https://x.com/acme", "facebook": "https://www.facebook.com/acme",
            "youtube": "https://www.youtube.com/@acme"}
X_PAGE = ('<html><head><meta property="og:description" content="Acme (@acme). 12,408 followers">'
          '</head><body><a href="https://t.co/x">acme.fr</a>'
          '<time datetime="2026-01-13T10:00:00Z">2 days</time></body></html>')
FACEBOOK_PAGE = ('<html><body><p>8 512 abonnés</p><time datetime="2025-06-01">1 juin 2025</time>'
                 '<a href="https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.acme.fr%2F">Site</a>'
                 "</body></html>")
YOUTUBE_PAGE = "<html><body><p>3.4M subscribers</p><p>Latest videos</p></body></html>"


def profiles(*platforms: str):
    pages = {"x": X_PAGE, "facebook": FACEBOOK_PAGE, "youtube": YOUTUBE_PAGE}
    return [(p, ACCOUNTS[p], pages[p]) for p in platforms]


def test_presence_counts_opened_platforms(judge, html):
    outcome = judge("social-presence", html("x"), accounts=ACCOUNTS,
                    profiles=profiles("x", "facebook") + [("youtube", ACCOUNTS["youtube"], None)])
    assert (outcome.status, outcome.value, outcome.score) == (Status.PASS, "2", 0.5)
    assert "could not open: youtube" in outcome.evidence.snippet


def test_presence_without_accounts_fails_with_zero(judge, html):
    outcome = judge("social-presence", html("x"))
    assert (outcome.status, outcome.value, outcome.score) == (Status.FAIL, "0", 0.0)
    assert outcome.evidence.snippet == "no social accounts listed"


def test_presence_when_no_page_opens(judge, html):
    outcome = judge("social-presence", html("x"), accounts={"x": ACCOUNTS["x"]},
                    profiles=[("x", ACCOUNTS["x"], None)])
    assert (outcome.status, outcome.value, outcome.score) == (Status.FAIL, "0", 0.0)


@pytest.mark.parametrize("criterion_id", ["social-audience", "social-activity", "social-backlinks"])
def test_no_accounts_is_unknown_not_zero(judge, html, criterion_id):
    outcome = judge(criterion_id, html("x"))
    assert (outcome.status, outcome.value, outcome.score) == (Status.UNKNOWN, "", None)
    assert outcome.evidence.snippet == "no social accounts listed"


def test_audience_sums_followers_on_log_scale(judge, html):
    outcome = judge("social-audience", html("x"), accounts=ACCOUNTS,
                    profiles=profiles("x", "facebook", "youtube"))
    assert outcome.value == str(12_408 + 8_512 + 3_400_000)
    assert (outcome.status, outcome.score) == (Status.PASS, 1.0)
    small = judge("social-audience", html("x"), accounts={"x": ACCOUNTS["x"]},
                  profiles=[("x", ACCOUNTS["x"], "<p>100 followers</p>")])
    assert (small.status, small.value, small.score) == (Status.FAIL, "100", 0.0)
    mid = judge("social-audience", html("x"), accounts={"x": ACCOUNTS["x"]},
                profiles=[("x", ACCOUNTS["x"], "<p>10K followers</p>")])
    assert mid.score == pytest.approx(0.5)


def test_audience_unknown_when_no_count_found(judge, html):
    outcome = judge("social-audience", html("x"), accounts={"x": ACCOUNTS["x"]},
                    profiles=[("x", ACCOUNTS["x"], "<p>Log in to see more</p>")])
    assert (outcome.status, outcome.value, outcome.score) == (Status.UNKNOWN, "", None)


def test_activity_newest_post_across_accounts(judge, html):
    outcome = judge("social-activity", html("x"), accounts=ACCOUNTS,
                    profiles=profiles("x", "facebook"))
    assert (outcome.status, outcome.value, outcome.score) == (Status.PASS, "2026-01-13", 1.0)
    assert outcome.evidence.url == ACCOUNTS["x"]


def test_activity_old_posts_fail(judge, html):
    outcome = judge("social-activity", html("x"), accounts={"facebook": ACCOUNTS["facebook"]},
                    profiles=profiles("facebook"))
    age = 228  # 2025-06-01 -> 2026-01-15
    assert (outcome.status, outcome.value) == (Status.FAIL, "2025-06-01")
    assert outcome.score == pytest.approx((365 - age) / 358)


def test_backlinks_all_accounts_link_back(judge, html):
    outcome = judge("social-backlinks", html("x"), accounts=ACCOUNTS,
                    profiles=profiles("x", "facebook"))
    assert (outcome.status, outcome.value, outcome.score) == (Status.PASS, "true", 1.0)


def test_backlinks_lists_accounts_without_link(judge, html):
    outcome = judge("social-backlinks", html("x"), accounts=ACCOUNTS,
                    profiles=profiles("x", "youtube"))
    assert (outcome.status, outcome.value, outcome.score) == (Status.FAIL, "false", 0.0)
    assert outcome.evidence.snippet == "no link back from: youtube"


def test_footprint_survives_a_failed_site_crawl(judge):
    outcome = judge("social-presence", [], accounts=ACCOUNTS, profiles=profiles("x"),
                    status="unreachable", reason="DNS lookup failed")
    assert (outcome.status, outcome.value) == (Status.PASS, "1")


def test_unread_accounts_are_named_once_with_why(judge, html):
    # x was opened (its page shows no count: the x adapter calls it a login wall); youtube
    # has no profile record at all: it is named bare, and x is not named a second time.
    accounts = {"x": ACCOUNTS["x"], "youtube": ACCOUNTS["youtube"]}
    outcome = judge("social-audience", html("x"), accounts=accounts,
                    profiles=[("x", ACCOUNTS["x"], "<p>hello</p>")])
    assert (outcome.status, outcome.value, outcome.score) == (Status.UNKNOWN, "", None)
    assert outcome.evidence.snippet == (
        "no follower count found on the profile pages; unknown: x (login_wall), youtube")
