"""The real-page harness end to end on a tiny corpus of our own: pages copied from a git
clone, served under their real host names by one local server, crawled by Chromium."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "realweb"
SCRIPT = ROOT / "benchmarks" / "realweb" / "accuracy.py"
# Fixed names and dates: the clone's commit is the one pages.csv names.
GIT_ENV = {"GIT_AUTHOR_NAME": "fixture", "GIT_AUTHOR_EMAIL": "fixture@example.org",
           "GIT_AUTHOR_DATE": "2024-01-01T00:00:00Z", "GIT_COMMITTER_NAME": "fixture",
           "GIT_COMMITTER_EMAIL": "fixture@example.org",
           "GIT_COMMITTER_DATE": "2024-01-01T00:00:00Z"}


def harness(*args: str | Path, cache: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), "--pages", str(FIXTURES / "pages.csv"),
                           "--cache", str(cache), *map(str, args)],
                          capture_output=True, text=True, timeout=600, cwd=ROOT)


@pytest.fixture(scope="module")
def realweb(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    base = tmp_path_factory.mktemp("realweb")
    clone = base / "mirrors" / "acme+realweb-fixtures"
    shutil.copytree(FIXTURES / "pages", clone / "pages")
    env = {**os.environ, **GIT_ENV}
    for command in (["init", "-q"], ["add", "pages"], ["commit", "-q", "-m", "fixture pages"]):
        subprocess.run(["git", "-c", "commit.gpgsign=false", *command], cwd=clone, env=env,
                       check=True)
    cache = base / "cache"
    fetched = harness("fetch", "--mirrors", base / "mirrors", cache=cache)
    assert fetched.returncode == 0, fetched.stderr
    assert "4 of 4 page(s)" in fetched.stderr
    done = harness("run", "--labels", FIXTURES / "labels.csv", "--misses", cache=cache)
    assert done.returncode == 0, done.stderr
    return cache, done.stdout


def test_each_page_is_crawled_under_its_real_host_name(realweb: tuple[Path, str]) -> None:
    cache, _ = realweb
    finals = {}
    for marker in (cache / "run" / "snapshots").glob("*/snapshot.json"):
        record = json.loads(marker.read_text())
        assert record["status"] == "ok", record["reason"]
        finals[marker.parent.name] = record["pages"][0]["final_url"]
    assert finals == {
        "acme-home": "http://www.acme-industries.com/",
        # https in the recipe, served over http; the query string is kept.
        "acme-contact": "http://www.acme-industries.com/contact/?ref=nav",
        # Same host and path as acme-home: a second batch, its own page.
        "acme-home-2009": "http://www.acme-industries.com/",
        "hands-home": "http://www.helping-hands-trust.org/",  # its URL from the labels
    }
    targets = json.loads((cache / "run" / "targets.json").read_text())
    assert {t["id"]: t["kind"] for t in targets}["hands-home"] == "ngo"


def test_the_printed_table_counts_every_labelled_verdict(realweb: tuple[Path, str]) -> None:
    cache, printed = realweb
    rows = {line.split("|")[1].strip(): [cell.strip() for cell in line.split("|")[2:-1]]
            for line in printed.splitlines() if line.startswith("| `")}
    assert rows["`flash-content`"] == ["1", "3", "1", "1", "100 %", "100 %", "pass"]
    assert rows["`site-search`"] == ["1", "3", "1", "1", "100 %", "100 %", "pass"]
    assert rows["`contact-form`"] == ["1", "3", "1", "1", "100 %", "100 %", "pass"]
    assert rows["`newsletter-signup`"] == ["1", "3", "1", "1", "100 %", "100 %", "pass"]
    assert rows["`mobile-viewport`"] == ["3", "1", "3", "3", "100 %", "100 %", "pass"]
    # Donation applies to the NGO only: the three company pages are left out.
    assert rows["`donation`"] == ["1", "0", "1", "1", "100 %", "100 %", "pass"]
    assert "`donation` on 3 page(s)" in printed
    # facebook + x, linkedin, instagram; the 2009 page has no account.
    assert rows["`social-links`"] == ["4", "1", "4", "4", "100 %", "100 %", "pass"]
    assert rows["`content-freshness`"] == ["1", "3", "1", "1", "100 %", "100 %", "pass"]
    assert rows["`share-buttons`"] == ["0", "0", "0", "0", "–", "–", "–"]
    assert "0 page(s) labelled undated got a date" in printed
    report = (cache / "report.md").read_text()
    assert "| `open-graph` | 1 | 3 | 1 | 1 | 100 % | 100 % | pass |" in report
    assert json.loads((cache / "misses.json").read_text()) == []
