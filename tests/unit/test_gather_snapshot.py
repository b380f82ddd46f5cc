"""gather_target over snapshot folders: complete, partial, corrupt, missing and hostile ones."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from benchmark.gather import gather_target

HOME = ('<html lang="fr"><head><meta property="og:title" content="Acme"></head><body>'
        '<nav><a href="/presse">Presse</a></nav><p>Publié le 3 janvier 2026</p></body></html>')
PROFILE = '<html><body><p>1 204 abonnés</p><a href="https://www.acme.fr/">acme.fr</a></body></html>'


def write_snapshot(folder: Path, **overrides) -> Path:
    (folder / "pages").mkdir(parents=True)
    (folder / "social").mkdir()
    (folder / "pages/00-home.html.gz").write_bytes(gzip.compress(HOME.encode()))
    (folder / "social/x.html.gz").write_bytes(gzip.compress(PROFILE.encode()))
    snapshot = {
        "target": {"id": "acme", "website": "https://www.acme.fr/",
                   "accounts": {"x": "https://x.com/acme", "facebook": "https://fb.com/acme"}},
        "status": "partial", "reason": "1 of 2 page(s) failed to load",
        "started_at": "2026-01-15T10:00:00+00:00", "finished_at": "2026-01-15T10:01:00+00:00",
        "robots": {"https://www.acme.fr/robots.txt": {"status": 404, "rules": "absent"}},
        "pages": [
            {"file": "pages/00-home.html.gz", "url": "http://acme.fr", "final_url":
             "https://www.acme.fr/", "status": 200, "role": "home", "why": "home page",
             "title": "Acme", "error": ""},
            {"file": "", "url": "https://www.acme.fr/presse", "final_url": "", "status": None,
             "role": "press", "why": "link text 'Presse'", "title": "", "error": "timeout"},
        ],
        "social": [
            {"platform": "x", "url": "https://x.com/acme", "final_url": "https://x.com/acme",
             "status": 200, "file": "social/x.html.gz", "error": ""},
            {"platform": "facebook", "url": "https://fb.com/acme", "final_url": "",
             "status": 404, "file": "", "error": "HTTP 404"},
        ],
        **overrides,
    }
    (folder / "snapshot.json").write_text(json.dumps(snapshot))
    (folder / "network.jsonl").write_text(
        '{"url": "https://www.acme.fr/", "status": 200, "size": 1000, "page": "https://www.acme.fr/"}\n'
        "not json\n"
        '{"url": "https://www.acme.fr/intro.swf", "content_type": "application/x-shockwave-flash",'
        ' "size": 50, "page": "https://www.acme.fr/"}\n'
        '{"url": "https://cdn.tracker.io/t.js", "failure": "net::ERR_FAILED", "size": null}\n'
        "[1, 2]\n")
    (folder / "probes.json").write_text(json.dumps({"home": {"js_globals": {"jQuery": True}}}))
    return folder


def test_complete_snapshot(tmp_path):
    observations = gather_target(write_snapshot(tmp_path / "acme"))
    json.dumps(observations)
    assert observations["crawl"] == {"status": "partial", "reason": "1 of 2 page(s) failed to load",
                                     "started_at": "2026-01-15T10:00:00+00:00",
                                     "finished_at": "2026-01-15T10:01:00+00:00",
                                     "date": "2026-01-15", "robots": {
                                         "https://www.acme.fr/robots.txt": {
                                             "status": 404, "rules": "absent"}}}
    home, press = observations["pages"]
    assert (home["url"], home["requested_url"], home["role"], home["parsed"]) == (
        "https://www.acme.fr/", "http://acme.fr", "home", True)
    assert home["links"][0]["href"] == "https://www.acme.fr/presse"
    assert home["dates"][0]["date"] == "2026-01-03"
    assert (press["parsed"], press["error"], press["errors"]) == (False, "timeout", ["timeout"])
    x, facebook = observations["profiles"]
    assert (x["fetched"], x["followers"], x["links_back"]) == (True, 1204, True)
    assert (facebook["fetched"], facebook["followers"], facebook["status"]) == (False, None, 404)
    network = observations["network"]
    assert (network["requests"], network["failed"], network["bytes"]) == (3, 1, 1050)
    assert network["hosts"] == ["cdn.tracker.io", "www.acme.fr"]
    assert network["flash"] == ["https://www.acme.fr/intro.swf"]
    assert observations["probes"]["home"]["js_globals"] == {"jQuery": True}


def test_missing_folder_is_a_failed_crawl(tmp_path):
    observations = gather_target(tmp_path / "nowhere")
    assert observations["crawl"]["status"] == "error"
    assert "snapshot.json" in observations["crawl"]["reason"]
    assert observations["pages"] == [] and observations["network"] == {}


def test_corrupt_files_do_not_stop_gathering(tmp_path):
    folder = write_snapshot(tmp_path / "acme")
    (folder / "pages/00-home.html.gz").write_bytes(b"\x1f\x8b not really gzip")
    (folder / "social/x.html.gz").write_bytes(gzip.compress(b"\xff\xfe\x00<p>\x00")[:12])
    (folder / "probes.json").write_text("{truncated")
    observations = gather_target(folder)
    assert observations["pages"][0]["parsed"] is False
    assert observations["profiles"][0]["followers"] is None
    assert observations["probes"] == {}


def test_paths_outside_the_snapshot_are_refused(tmp_path):
    secret = tmp_path / "secret.html.gz"
    secret.write_bytes(gzip.compress(b"<a href='https://evil.example/'>x</a>"))
    folder = write_snapshot(tmp_path / "acme", pages=[
        {"file": "../secret.html.gz", "url": "https://www.acme.fr/", "role": "home"}])
    [page] = gather_target(folder)["pages"]
    assert page["parsed"] is False and page["links"] == []


def test_page_in_other_encoding_is_read_without_crash(tmp_path):
    folder = write_snapshot(tmp_path / "acme")
    latin = '<html><body><a href="/à-propos">À propos</a></body></html>'.encode("latin-1")
    (folder / "pages/00-home.html.gz").write_bytes(gzip.compress(latin))
    [link] = gather_target(folder)["pages"][0]["links"]
    assert link["href"].startswith("https://www.acme.fr/")


def test_read_json_accepts_only_a_readable_object(tmp_path):
    from benchmark.gather.snapshot import read_json

    (tmp_path / "list.json").write_text("[1, 2]")
    (tmp_path / "object.json").write_text('{"a": [1]}')
    (tmp_path / "broken.json").write_text('{"a": ')
    assert read_json(tmp_path / "object.json") == {"a": [1]}
    assert read_json(tmp_path / "list.json") == {}
    assert read_json(tmp_path / "broken.json") == {}
    assert read_json(tmp_path / "absent.json") == {}
    assert read_json(tmp_path) == {}  # a folder: OSError


def test_read_html_of_saved_pages_and_refusals(tmp_path):
    from benchmark.gather.snapshot import read_html

    (tmp_path / "pages").mkdir()
    (tmp_path / "pages/a.html.gz").write_bytes(gzip.compress("<p>é\xa0x</p>".encode()))
    (tmp_path / "pages/latin.html.gz").write_bytes(gzip.compress(b"<p>\xe9</p>"))
    (tmp_path / "pages/plain.html").write_text("<p>not gzip</p>")
    (tmp_path / "pages/cut.html.gz").write_bytes(gzip.compress(b"<p>abc</p>")[:-8])
    assert read_html(tmp_path, "pages/a.html.gz") == "<p>é\xa0x</p>"
    assert read_html(tmp_path, "pages/latin.html.gz") == "<p>\ufffd</p>"
    assert read_html(tmp_path, "pages/plain.html") is None
    assert read_html(tmp_path, "pages/cut.html.gz") is None
    assert read_html(tmp_path, "pages/absent.html.gz") is None
    assert read_html(tmp_path, "") is None and read_html(tmp_path, None) is None
    assert read_html(tmp_path, 3) is None
    assert read_html(tmp_path / "pages", "../pages/a.html.gz") == "<p>é\xa0x</p>"
    assert read_html(tmp_path / "pages", "../../etc/passwd") is None


def test_records_keep_only_objects_of_a_list():
    from benchmark.gather.snapshot import records

    assert records({"pages": [{"url": "a"}, "b", 3, None, {"url": "c"}]}, "pages") == [
        {"url": "a"}, {"url": "c"}]
    assert records({"pages": {"url": "a"}}, "pages") == []
    assert records({}, "pages") == []


def test_snapshot_without_target_nor_records(tmp_path):
    folder = tmp_path / "acme"
    folder.mkdir()
    (folder / "snapshot.json").write_text(json.dumps({
        "target": "acme", "status": "ok", "finished_at": "2026-01-15T10:00:00+00:00",
        "pages": "none", "social": [{"platform": "x", "url": "https://x.com/acme",
                                     "file": "absent.html.gz"}]}))
    observed = gather_target(folder)
    assert observed["target"] == {} and observed["pages"] == []
    assert observed["network"] == {} and observed["probes"] == {}
    assert observed["crawl"]["date"] == "2026-01-15"
    [profile] = observed["profiles"]
    assert (profile["platform"], profile["fetched"], profile["url"]) == (
        "x", False, "https://x.com/acme")


def test_missing_snapshot_names_its_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("BENCHMARK_TODAY", "2027-03-04")
    observed = gather_target(str(tmp_path / "nowhere"))
    assert observed["crawl"] == {"status": "error", "reason":
                                 f"no readable snapshot.json in {tmp_path / 'nowhere'}",
                                 "started_at": "", "finished_at": "", "date": "2027-03-04",
                                 "robots": {}}


def test_profiles_are_read_against_the_targets_website(tmp_path):
    folder = write_snapshot(tmp_path / "acme")
    observed = gather_target(folder)
    x = observed["profiles"][0]
    # The X page links https://www.acme.fr/: the target's website, so it links back.
    assert (x["links_back"], x["final_url"], x["status"]) == (True, "https://x.com/acme", 200)
    other = write_snapshot(tmp_path / "other", target={"website": "https://www.other.org/"})
    assert gather_target(other)["profiles"][0]["links_back"] is False


def test_pages_are_dated_on_the_crawls_day_not_today(tmp_path, monkeypatch):
    monkeypatch.setenv("BENCHMARK_TODAY", "2027-01-01")
    folder = write_snapshot(tmp_path / "acme")
    later = HOME.replace("3 janvier 2026", "1 juin 2026")  # after the crawl (15 January)
    (folder / "pages/00-home.html.gz").write_bytes(gzip.compress(later.encode()))
    assert gather_target(folder)["pages"][0]["dates"] == []
