"""The real-page corpus's recipe, labels and local copies, and the server that answers each
page under its host name (no browser)."""

from __future__ import annotations

import gzip
import hashlib
import http.client
import ssl
import subprocess
from pathlib import Path

import pytest

from benchmark.crawl.browser import BASE_ARGS, OFFLINE_ARGS, launch_args
from benchmark.model import Target
from benchmark.realpages import (
    RealPage,
    RealPagesError,
    cached_html,
    materialise,
    page_kinds,
    page_urls,
    read_page_labels,
    read_recipe,
)
from benchmark.realserve import PageServer, batches, stale
from benchmark.runstore import RunStore, write_json

HTML = b"<html><body>caf\xe9</body></html>"  # not UTF-8: bytes are served as stored
GZIPPED = gzip.compress(b"<html><body>gz</body></html>", mtime=0)


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.fixture
def mirrors(tmp_path: Path) -> tuple[Path, str]:
    clone = tmp_path / "mirrors" / "someone+pages"
    (clone / "site").mkdir(parents=True)
    (clone / "site" / "home.html").write_bytes(HTML)
    (clone / "site" / "page.html.gz").write_bytes(GZIPPED)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org",
           "-c", "commit.gpgsign=false"]
    for command in (["init", "-q"], ["add", "site"], ["commit", "-q", "-m", "pages"]):
        subprocess.run([*git, *command], cwd=clone, check=True)
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=clone, check=True,
                          capture_output=True, text=True).stdout.strip()
    return tmp_path / "mirrors", head


def test_pages_are_copied_checked_and_gunzipped(mirrors: tuple[Path, str], tmp_path) -> None:
    folder, commit = mirrors
    pages = [RealPage("home", "someone/pages", commit, "site/home.html", "", sha(HTML)),
             RealPage("gz", "someone/pages", commit, "site/page.html.gz", "", sha(GZIPPED))]
    assert materialise(pages, folder, tmp_path / "cache") == []
    assert cached_html(tmp_path / "cache", pages[0]) == HTML
    assert cached_html(tmp_path / "cache", pages[1]) == b"<html><body>gz</body></html>"


def test_every_missing_piece_is_named_with_its_page(mirrors: tuple[Path, str],
                                                   tmp_path: Path) -> None:
    folder, commit = mirrors
    pages = [RealPage("no-clone", "other/repo", commit, "x.html", "", sha(HTML)),
             RealPage("no-blob", "someone/pages", commit, "site/gone.html", "", sha(HTML)),
             RealPage("altered", "someone/pages", commit, "site/home.html", "", "0" * 64)]
    problems = materialise(pages, folder, tmp_path / "cache")
    assert len(problems) == 3
    assert problems[0].startswith("no-clone: no clone of other/repo in ")
    assert "git clone --bare https://github.com/other/repo" in problems[0]
    assert problems[1].startswith(f"no-blob: {folder / 'someone+pages'} has no site/gone.html "
                                  f"at commit {commit[:12]}")
    assert problems[2] == (f"altered: site/home.html at {commit[:12]} has sha256 {sha(HTML)}, "
                           f"the recipe says {'0' * 64}")
    with pytest.raises(RealPagesError, match="no-blob: .* is missing"):
        cached_html(tmp_path / "cache", pages[1])


def test_recipe_and_labels_give_urls_and_kinds(tmp_path: Path) -> None:
    recipe = tmp_path / "pages.csv"
    recipe.write_text("page,repo,commit,path,url,sha256,bytes\n"
                      "a,o/r,c,a.html,https://www.a.example/x?y=1#top,00,1\n"
                      "b,o/r,c,b.html,,00,1\nc,o/r,c,c.html,,00,1\n")
    labels = tmp_path / "labels.csv"
    labels.write_text("page,criterion_id,expected,note\n"
                      "b,url,https://B.example/news/,from the fixture's README\n"
                      "b,kind,ngo,\nb,kind,company,second opinion\na,site-search\n")
    rows, problems = read_page_labels([labels])
    assert problems == ["labels.csv:4: b / kind = 'company' contradicts labels.csv:3 ('ngo'): "
                        "the first is kept", "labels.csv:5: short row left out"]
    assert page_urls(read_recipe(recipe), rows) == {"a": "http://www.a.example/x?y=1",
                                                    "b": "http://b.example/news/"}
    assert page_kinds(rows) == {"b": "ngo"}


def test_pages_sharing_host_path_and_query_go_to_separate_batches() -> None:
    split = batches({"a": "http://h.example/", "b": "http://h.example/?p=2",
                     "c": "http://h.example/", "d": "http://other.example/",
                     "e": "http://h.example/"})
    assert split == [{"a": "http://h.example/", "b": "http://h.example/?p=2",
                      "d": "http://other.example/"},
                     {"c": "http://h.example/"}, {"e": "http://h.example/"}]


def get(server: PageServer, host: str, path: str, tls: bool = False) -> tuple[int, bytes]:
    address, port = server.address.split(":")
    connection = (http.client.HTTPSConnection(address, int(port), timeout=10,
                                              context=ssl._create_unverified_context())
                  if tls else http.client.HTTPConnection(address, int(port), timeout=10))
    connection.request("GET", path, headers={"Host": host})
    response = connection.getresponse()
    return response.status, response.read()


def test_the_server_answers_on_the_host_header_and_path() -> None:
    server = PageServer()
    try:
        server.show({"http://www.a.example/": b"A", "http://www.a.example/b?x=1,2": b"B",
                     "http://blog.a.example/": b"C"})
        assert get(server, "www.a.example", "/") == (200, b"A")
        assert get(server, "www.a.example", "/b?x=1%2C2") == (200, b"B")  # escaped by a browser
        assert get(server, "blog.a.example", "/") == (200, b"C")
        assert get(server, "www.a.example", "/robots.txt")[0] == 404
        assert get(server, "elsewhere.example", "/")[0] == 404
        # Hosts Chromium forces onto https (HSTS preload) are answered on the same port.
        assert get(server, "www.a.example", "/", tls=True) == (200, b"A")
        server.show({"http://www.a.example/": b"A2"})  # the next batch
        assert get(server, "www.a.example", "/") == (200, b"A2")
        assert get(server, "blog.a.example", "/")[0] == 404
    finally:
        server.close()


def test_failed_or_moved_snapshots_are_crawled_again(tmp_path: Path) -> None:
    store = RunStore(tmp_path)
    target = Target("p", "p", "ngo", "http://a.example/")
    assert not stale(store, target)  # never crawled: nothing to throw away
    for status, website, expected in (("ok", "http://a.example/", False),
                                      ("error", "http://a.example/", True),
                                      ("ok", "http://b.example/", True)):
        record = {"status": status, "target": {"website": website, "kind": "company"}}
        write_json(store.snapshot_dir("p") / "snapshot.json", record)
        assert stale(store, target) is expected, (status, website)


def test_mapped_hosts_come_before_the_offline_rule() -> None:
    assert launch_args(True) == [*BASE_ARGS, *OFFLINE_ARGS]  # runs without a map: as before
    args = launch_args(True, [("www.a.example", "127.0.0.1:8123"), ("b.example", "127.0.0.1:8123")])
    assert args[-1] == ("--host-resolver-rules=MAP www.a.example 127.0.0.1:8123 , "
                        "MAP b.example 127.0.0.1:8123 , MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , "
                        "EXCLUDE localhost")
    assert "--ignore-certificate-errors" in args  # only a local stand-in answers those hosts
    assert "--ignore-certificate-errors" not in launch_args(True)
