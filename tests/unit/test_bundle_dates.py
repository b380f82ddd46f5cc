"""Date tokens of the demo bundle and the run's clock (BENCHMARK_TODAY), without a browser."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import time_machine

from benchmark import clock
from benchmark.crawl.bundle_dates import render_dates
from benchmark.crawl.routing import bundle_body
from benchmark.gather.assemble import observations_from_html
from benchmark.gather.page import gather_html
from benchmark.runstore import now_iso

SITES = Path(__file__).resolve().parents[2] / "benchmark" / "demo" / "sites"
# Archetypes whose dates are history on any day: literal, never tokens (demo README).
HISTORIC = ("www.flashback-industries.example", "x.com/ghostcorp")
DAY = date(2027, 3, 4)


@pytest.mark.parametrize(("token", "written"), [
    ("{{ days_ago(3) }}", "2027-03-01"),
    ("{{days_ago(3,iso)}}T09:30:00Z", "2027-03-01T09:30:00Z"),
    ("{{ days_ago(3, dmy) }}", "01/03/2027"),
    ("{{ days_ago(3, fr) }}", "1er mars 2027"),
    ("{{ days_ago(20, fr) }}", "12 février 2027"),
    ("{{ days_ago(3, en) }}", "1 March 2027"),
    ("{{ days_ago(3, en-short) }}", "1 Mar 2027"),
    ("{{ days_ago(3, en-us) }}", "March 1, 2027"),
    ("{{ days_ago(3, en-us-short) }}", "Mar 1, 2027"),
    ("{{ days_ago(3, rfc822) }} 08:00:00 +0000", "Mon, 01 Mar 2027 08:00:00 +0000"),
    ("{{ days_ago(0) }}", "2027-03-04"),
    ("{{ days_ago(365) }}", "2026-03-04"),
])
def test_each_format_writes_the_day_as_the_pages_do(token, written):
    assert render_dates(f"<p>le {token}.</p>", DAY) == f"<p>le {written}.</p>"


def test_text_without_tokens_is_unchanged():
    text = "<p>Publié le 12 mars 2013, © 2026, function () { return {a: 1}; }</p>"
    assert render_dates(text, DAY) == text


@pytest.mark.parametrize("bad", ["{{ days_ago(3, german) }}", "{{ day_ago(3) }}",
                                 "{{ days_ago(-3) }}", "{{ today }}"])
def test_a_mistyped_token_is_an_error_not_text(bad):
    with pytest.raises(ValueError, match="days_ago|date format"):
        render_dates(f"<p>{bad}</p>", DAY)


def test_text_files_are_rendered_and_binary_files_served_as_they_are():
    swf = SITES / "www.flashback-industries.example" / "flash" / "intro.swf"
    assert bundle_body(swf, DAY) == swf.read_bytes()
    feed = SITES / "www.novatech-group.example" / "news" / "feed.xml"
    assert b"days_ago" in feed.read_bytes()
    served = bundle_body(feed, DAY).decode()
    assert "days_ago" not in served and "<pubDate>" in served


def text_files() -> list[Path]:
    return [p for p in sorted(SITES.rglob("*")) if p.is_file()
            and p.suffix in (".html", ".js", ".xml", ".css", ".svg")]


def test_every_bundled_file_renders():
    for path in text_files():
        assert "{{" not in bundle_body(path, DAY).decode(), path


def page_dates(path: Path, today: date) -> list[date]:
    html = bundle_body(path, today).decode()
    page = gather_html(html, "https://" + path.relative_to(SITES).as_posix(), crawl_date=today)
    return sorted(date.fromisoformat(item["date"]) for item in page["dates"])


@pytest.mark.parametrize("page", [p for p in text_files() if p.suffix == ".html"],
                         ids=lambda p: p.relative_to(SITES).as_posix())
def test_dates_move_with_the_crawl_day_except_history(page: Path):
    """No literal recent date is left behind: a page's dates move with the crawl's day,
    except on the two archetypes whose dates are history."""
    later = DAY + timedelta(days=1000)
    before, after = page_dates(page, DAY), page_dates(page, later)
    if page.relative_to(SITES).as_posix().startswith(HISTORIC):
        assert "days_ago" not in page.read_text(encoding="utf-8")
        assert after == before and all(d.year <= 2021 for d in before)
    else:
        assert after == [d + timedelta(days=1000) for d in before]


def test_the_bundle_is_dated_relative_to_the_crawl():
    """The bundle tells its story relative to the crawl: on the reference day of the demo
    README (2026-11-21), novatech's newest news item is 2026-11-05, 16 days before."""
    news = SITES / "www.novatech-group.example" / "news" / "index.html"
    assert max(page_dates(news, date(2026, 11, 21))) == date(2026, 11, 5)
    assert max(page_dates(news, DAY)) == DAY - timedelta(days=16)


def test_benchmark_today_pins_the_clock_and_what_records_it(monkeypatch):
    monkeypatch.setenv(clock.ENV_VAR, "2031-05-06")
    assert clock.today() == date(2031, 5, 6)
    assert clock.now().tzinfo is not None and clock.now().date() == date(2031, 5, 6)
    assert now_iso().startswith("2031-05-06T")
    observed = observations_from_html([("https://www.acme.fr/", "<p>x</p>", "home")])
    assert observed["crawl"]["date"] == "2031-05-06"


def test_a_malformed_benchmark_today_names_the_variable(monkeypatch):
    monkeypatch.setenv(clock.ENV_VAR, "next tuesday")
    with pytest.raises(ValueError, match="BENCHMARK_TODAY='next tuesday'"):
        clock.today()


def test_without_benchmark_today_the_clock_is_the_system_clock(monkeypatch):
    monkeypatch.delenv(clock.ENV_VAR, raising=False)
    with time_machine.travel(datetime(2029, 2, 3, 23, 59, tzinfo=UTC), tick=False):
        assert clock.today() == date(2029, 2, 3)
        assert now_iso() == "2029-02-03T23:59:00+00:00"
    with time_machine.travel(datetime(2030, 7, 1, 0, 0, 5, tzinfo=UTC), tick=False):
        assert clock.today() == date(2030, 7, 1)
