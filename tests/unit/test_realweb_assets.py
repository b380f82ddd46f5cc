"""The files a saved real page loads: copied from a clone at a commit, found again by URL
in wget's layout (original bytes first), never outside their folder."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from benchmark.realassets import (
    DONE,
    asset_file,
    asset_hosts,
    assets_root,
    check_root,
    materialise_assets,
)
from benchmark.realpages import RealPage, RealPagesError
from benchmark.realserve import batches

FILES = {
    "site/www.acme.com/index.html.orig": b"<html>page</html>",
    "site/www.acme.com/js/menu.js": b"menu()",
    "site/www.acme.com/css/main.css?5.css": b"rewritten",
    "site/www.acme.com/css/main.css?5orig": b"original",
    "site/www.acme.com/about/index.html": b"about",
    "site/cdn.example.net/lib.js.orig": b"lib original",
    "site/cdn.example.net/lib.js": b"lib rewritten",
    "other/www.acme.com/secret.txt": b"not this page's",
}


@pytest.fixture
def copied(tmp_path: Path) -> tuple[Path, RealPage]:
    clone = tmp_path / "mirrors" / "someone+saved"
    for name, data in FILES.items():
        (clone / name).parent.mkdir(parents=True, exist_ok=True)
        (clone / name).write_bytes(data)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org",
           "-c", "commit.gpgsign=false"]
    for command in (["init", "-q"], ["add", "."], ["commit", "-q", "-m", "saved"]):
        subprocess.run([*git, *command], cwd=clone, check=True)
    commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=clone, check=True,
                            capture_output=True, text=True).stdout.strip()
    page = RealPage("acme", "someone/saved", commit, "site/www.acme.com/index.html.orig",
                    "http://www.acme.com/", "0" * 64, "2013-05-31", "site")
    cache = tmp_path / "assets"
    assert materialise_assets([page], tmp_path / "mirrors", cache) == []
    return assets_root(cache, page), page


def test_the_page_folder_is_copied_whole_and_marked_complete(copied):
    root, page = copied
    assert (root / DONE).is_file() and check_root(root, page) == root
    assert asset_hosts(root) == ["cdn.example.net", "www.acme.com"]
    assert not (root.parent / "other").exists()  # only the page's own folder


def test_urls_find_wget_names_original_bytes_first(copied):
    root, _ = copied
    def read(url: str) -> bytes | None:
        found = asset_file([root], url)
        return found.read_bytes() if found else None
    assert read("http://www.acme.com/js/menu.js") == b"menu()"
    assert read("http://cdn.example.net/lib.js") == b"lib original"
    assert read("http://www.acme.com/css/main.css?5") == b"original"
    assert read("http://www.acme.com/about/") == b"about"
    assert read("http://www.acme.com/missing.js") is None
    assert read("http://www.acme.com/../other/www.acme.com/secret.txt") is None
    assert read("http://www.acme.com/%2e%2e/%2e%2e/other/www.acme.com/secret.txt") is None


def test_a_folder_not_copied_is_an_error_naming_the_page(tmp_path):
    page = RealPage("p", "o/r", "c" * 40, "x/y.html", "", "0" * 64, "", "x")
    with pytest.raises(RealPagesError, match="p: assets .* are missing"):
        check_root(assets_root(tmp_path, page), page)


def test_pages_saved_on_different_days_are_crawled_apart():
    urls = {"a": "http://a.example/", "b": "http://b.example/", "c": "http://c.example/"}
    saved = {"a": "2013-05-31", "b": "2016-12-31", "c": "2013-05-31"}
    assert batches(urls, saved) == [{"a": "http://a.example/", "c": "http://c.example/"},
                                    {"b": "http://b.example/"}]


def test_a_page_without_a_declared_charset_is_served_as_utf8_when_it_is_utf8():
    from benchmark.realserve import page_type
    assert page_type("<p>février</p>".encode()) == "text/html; charset=utf-8"
    assert page_type("<p>février</p>".encode("latin-1")) == "text/html"  # the browser guesses
    assert page_type('<meta charset="iso-8859-1"><p>é</p>'.encode()) == "text/html"
    assert page_type(b"<p>plain</p>") == "text/html"
