"""A navigation cut short by the error page of an earlier failure is made again, once."""

from __future__ import annotations

import asyncio

import pytest
from playwright.async_api import Error as PlaywrightError

from benchmark.crawl.fetch import goto

CUT = ('Page.goto: Navigation to "https://x.com/acme" is interrupted by another navigation '
       'to "chrome-error://chromewebdata/"')


class FakePage:
    def __init__(self, *errors: str) -> None:
        self.errors, self.calls, self.waits = list(errors), 0, 0

    async def wait_for_load_state(self, state: str, **options) -> None:
        self.waits += 1

    async def goto(self, url: str, **options) -> str:
        self.calls += 1
        if self.errors:
            raise PlaywrightError(self.errors.pop(0))
        return f"response of {url}"


SELF_CUT = CUT.replace('"chrome-error://chromewebdata/"', '"https://x.com/acme"')


def test_interrupted_navigation_is_made_again() -> None:
    page = FakePage(CUT, SELF_CUT)  # the error page, then the first attempt, cut it short
    assert asyncio.run(goto(page, "https://x.com/acme", 5)) == "response of https://x.com/acme"
    assert (page.calls, page.waits) == (3, 2)


@pytest.mark.parametrize("errors", [
    ("net::ERR_NAME_NOT_RESOLVED at https://x.com/acme",),  # a real failure: not retried
    (CUT, SELF_CUT, CUT),  # interrupted every time: the last error stands
])
def test_other_failures_are_not_hidden(errors: tuple[str, ...]) -> None:
    page = FakePage(*errors)
    with pytest.raises(PlaywrightError):
        asyncio.run(goto(page, "https://x.com/acme", 5))
    assert page.calls == len(errors)
