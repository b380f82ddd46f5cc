"""Redirects to a login page: the HTTP hops a navigation went through, kept in the snapshot
and named in the account's reason."""

from __future__ import annotations

import asyncio
from datetime import date

import pytest
from playwright.async_api import Error as PlaywrightError

from benchmark.crawl.fetch import redirect_chain
from benchmark.social.account import Body
from benchmark.social.entry import account_entry, bodies_of, body_of
from benchmark.social.walls import http_problem

PROFILE = "https://www.instagram.com/acme/"
LOGIN = "https://www.instagram.com/accounts/login/?next=%2Facme%2F"


class FakeRequest:
    """A Playwright request: the URL asked, its answer, the request it was redirected from."""

    def __init__(self, url: str, status: int | None, before: FakeRequest | None = None):
        self.url, self.status, self.redirected_from = url, status, before

    async def response(self) -> FakeResponse:
        if self.status is None:
            raise PlaywrightError("Target page, context or browser has been closed")
        return FakeResponse(self)


class FakeResponse:
    def __init__(self, request: FakeRequest) -> None:
        self.request, self.status = request, request.status


def test_the_chain_lists_each_hop_first_first():
    first = FakeRequest("http://instagram.com/acme", 301)
    second = FakeRequest("https://www.instagram.com/acme/", 302, first)
    final = FakeResponse(FakeRequest(LOGIN, 200, second))
    assert asyncio.run(redirect_chain(final)) == [
        {"url": "http://instagram.com/acme", "status": 301},
        {"url": "https://www.instagram.com/acme/", "status": 302}]


def test_no_redirect_no_response_and_a_lost_hop():
    assert asyncio.run(redirect_chain(FakeResponse(FakeRequest(PROFILE, 200)))) == []
    assert asyncio.run(redirect_chain(None)) == []
    lost = FakeResponse(FakeRequest(LOGIN, 200, FakeRequest(PROFILE, None)))
    assert asyncio.run(redirect_chain(lost)) == [{"url": PROFILE, "status": None}]


def test_the_reason_names_the_http_redirect():
    body = Body(PROFILE, LOGIN, 200, redirects=[{"url": PROFILE, "status": 302}])
    assert http_problem(body) == (
        "login_wall", f"redirected to a login page: {LOGIN} (HTTP 302 from {PROFILE})")
    two = Body("http://instagram.com/acme", LOGIN, 200, redirects=[
        {"url": "http://instagram.com/acme", "status": 301}, {"url": PROFILE, "status": 302}])
    assert http_problem(two)[1].endswith(
        "(HTTP 301 from http://instagram.com/acme, then HTTP 302 from "
        "https://www.instagram.com/acme/)")


def test_a_snapshot_without_hops_still_says_login_wall():
    # older snapshots, or a script that moved the page: the final URL alone tells
    assert http_problem(Body(PROFILE, LOGIN, 200)) == (
        "login_wall", f"redirected to a login page: {LOGIN}")


@pytest.mark.parametrize("final", [PROFILE, "https://www.instagram.com/acme"])
def test_a_redirect_elsewhere_than_a_login_page_is_no_wall(final):
    body = Body("https://instagram.com/acme", final, 200,
                redirects=[{"url": "https://instagram.com/acme", "status": 301}])
    assert http_problem(body) is None


@pytest.mark.parametrize(("saved", "kept"), [
    ([{"url": PROFILE, "status": 302}], [{"url": PROFILE, "status": 302}]),
    ("302", []), (None, []), ([PROFILE, {"url": PROFILE, "status": 302}],
                             [{"url": PROFILE, "status": 302}]),
])
def test_hops_read_back_from_a_snapshot_record(saved, kept):
    fetch = {"name": "page", "url": PROFILE, "final_url": LOGIN, "status": 200,
             "redirects": saved}
    assert body_of(fetch, "<html></html>").redirects == kept


def test_a_snapshot_record_gives_a_login_wall_and_no_number():
    record = {"platform": "instagram", "url": PROFILE, "fetches": [
        {"name": "page", "kind": "page", "url": PROFILE, "final_url": LOGIN, "status": 200,
         "redirects": [{"url": PROFILE, "status": 302}], "file": "social/instagram-page.gz"}]}
    login = "<html><head><title>Login</title></head><body><form>Log in</form></body></html>"
    bodies = bodies_of(record, lambda file: login)
    entry = account_entry(record, bodies, "https://acme.example/", date(2026, 1, 15))
    assert (entry["account_status"], entry["followers"], entry["posts_90d"]) == (
        "login_wall", None, None)
    assert entry["reason"] == f"redirected to a login page: {LOGIN} (HTTP 302 from {PROFILE})"
    assert entry["final_url"] == LOGIN
