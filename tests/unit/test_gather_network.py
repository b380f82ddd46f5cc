"""summarise_network over small network logs: totals, hosts, pages, errors, caps."""

from __future__ import annotations

import json

import pytest

from benchmark.gather.network import read_network, summarise_network

pytestmark = pytest.mark.usefixtures("cold_gather_caches")
HOME = "https://www.acme.fr/"


def summary_of(rows: list) -> dict:
    return summarise_network(json.dumps(row) for row in rows)


def test_a_small_log_summarised_whole():
    rows = [
        {"url": HOME, "status": 200, "size": 900, "page": HOME, "content_type": "text/html"},
        {"url": "http://cdn.acme.fr/a.js", "status": 200, "size": 100, "page": HOME},
        {"url": HOME + "old.swf", "status": 200, "size": "12", "page": HOME},
        {"url": HOME + "missing.png", "status": 404, "size": -3, "page": HOME,
         "resource_type": "image"},
        {"url": HOME + "sitemap.xml.gz", "status": "200", "page": "",
         "content_type": "application/gzip"},
        {"url": "https://t.io/p", "failure": "net::ERR_FAILED", "page": HOME + "contact"},
        {"url": "data:image/png;base64,xx", "size": 5, "page": HOME + "contact"},
    ]
    assert summary_of(rows) == {
        "requests": 7, "failed": 1,
        "bytes": 1005,  # 900 + 100 + 5 ('12' is no int, -3 no size)
        "hosts": ["cdn.acme.fr", "t.io", "www.acme.fr"],
        "flash": [HOME + "old.swf"],
        "pages": {
            HOME: {"requests": 4, "bytes": 1000, "hosts": ["cdn.acme.fr", "www.acme.fr"]},
            "": {"requests": 1, "bytes": 0, "hosts": ["www.acme.fr"]},
            HOME + "contact": {"requests": 2, "bytes": 5, "hosts": ["t.io"]},
        },
        "errors": [{"url": HOME + "missing.png", "status": 404, "page": HOME, "type": "image"}],
        "site_files": [{"url": HOME + "sitemap.xml.gz", "status": None,
                        "content_type": "application/gzip"}],
        "insecure": [{"url": "http://cdn.acme.fr/a.js", "page": HOME}],
    }


def test_an_empty_log_has_zero_totals():
    assert summarise_network([]) == {"requests": 0, "failed": 0, "bytes": 0, "hosts": [],
                                     "flash": [], "pages": {}, "errors": [],
                                     "site_files": [], "insecure": []}


def test_status_400_is_the_first_error_and_399_is_not():
    summary = summary_of([{"url": HOME + "a", "status": 399, "page": HOME},
                          {"url": HOME + "b", "status": 400, "page": HOME},
                          {"url": HOME + "c", "status": 503}])
    assert summary["errors"] == [{"url": HOME + "b", "status": 400, "page": HOME, "type": ""},
                                 {"url": HOME + "c", "status": 503, "page": "", "type": ""}]


def test_site_files_are_robots_txt_at_the_root_and_sitemaps():
    urls = [HOME + "robots.txt", HOME + "ROBOTS.TXT", HOME + "fr/robots.txt",
            HOME + "robots.txt.bak", HOME + "Sitemap_Index.XML", HOME + "wp/post-sitemap2.xml",
            HOME + "sitemap.xml.gz", HOME + "sitemap.xml/page", HOME + "sitemap.html",
            HOME + "page?f=sitemap.xml"]
    summary = summary_of([{"url": url, "status": 200, "page": HOME} for url in urls])
    assert [row["url"] for row in summary["site_files"]] == [
        HOME + "robots.txt", HOME + "ROBOTS.TXT", HOME + "Sitemap_Index.XML",
        HOME + "wp/post-sitemap2.xml", HOME + "sitemap.xml.gz"]
    assert summary["site_files"][0] == {"url": HOME + "robots.txt", "status": 200,
                                        "content_type": ""}


def test_insecure_requests_are_plain_http_ones_made_by_https_pages():
    rows = [{"url": "HTTP://cdn.acme.fr/a.css", "page": "HTTPS://www.acme.fr/"},
            {"url": "http://cdn.acme.fr/b.css", "page": "http://www.acme.fr/"},
            {"url": "https://cdn.acme.fr/c.css", "page": HOME},
            {"url": "http://cdn.acme.fr/d.css", "page": ""}]
    assert summary_of(rows)["insecure"] == [
        {"url": "HTTP://cdn.acme.fr/a.css", "page": "HTTPS://www.acme.fr/"}]


def test_malformed_lines_and_rows_that_are_no_objects_are_skipped():
    lines = ["not json", "[1, 2]", '"text"', "", json.dumps({"url": HOME, "size": 7})]
    summary = summarise_network(lines)
    assert (summary["requests"], summary["bytes"], summary["hosts"]) == (1, 7, ["www.acme.fr"])


def test_long_urls_and_pages_are_cut_at_300_characters():
    url, page = HOME + "u" * 400, HOME + "p" * 400
    summary = summary_of([{"url": url, "status": 500, "page": page}])
    assert summary["errors"] == [{"url": url[:300], "status": 500, "page": page[:300],
                                  "type": ""}]
    assert list(summary["pages"]) == [page[:300]]


def test_lists_are_capped():
    rows = [{"url": f"https://h{n}.acme.fr/{n}.swf", "status": 404, "page": f"{HOME}p{n}",
             "size": 1} for n in range(600)]
    rows += [{"url": HOME + "late", "page": f"{HOME}p0", "size": 10},  # known page: counted
             {"url": HOME + "late", "page": f"{HOME}p599", "size": 10}]  # 51st page: not
    summary = summary_of(rows)
    assert summary["requests"] == 602 and summary["bytes"] == 620  # 600 * 1 + 2 * 10
    assert len(summary["flash"]) == 10 and summary["flash"][-1] == "https://h9.acme.fr/9.swf"
    assert len(summary["errors"]) == 100 and summary["errors"][-1]["url"] == \
        "https://h99.acme.fr/99.swf"
    assert len(summary["pages"]) == 50 and f"{HOME}p50" not in summary["pages"]
    assert summary["pages"][f"{HOME}p0"] == {"requests": 2, "bytes": 11,
                                             "hosts": ["h0.acme.fr", "www.acme.fr"]}
    assert len(summary["hosts"]) == 500  # 601 distinct hosts
    assert summary["hosts"][:3] == ["h0.acme.fr", "h1.acme.fr", "h10.acme.fr"]


def test_one_page_lists_at_most_200_hosts():
    rows = [{"url": f"https://h{n:03}.acme.fr/", "page": HOME} for n in range(250)]
    hosts = summary_of(rows)["pages"][HOME]["hosts"]
    assert len(hosts) == 200 and hosts[-1] == "h199.acme.fr"


def test_at_most_50000_rows_are_read():
    lines = (json.dumps({"url": HOME, "size": 1}) for _ in range(50_003))
    summary = summarise_network(lines)
    assert (summary["requests"], summary["bytes"]) == (50_000, 50_000)


def test_read_network_of_a_file_and_of_a_missing_file(tmp_path):
    log = tmp_path / "network.jsonl"
    log.write_bytes(json.dumps({"url": HOME, "size": 3}).encode() + b"\n\xff\xfe\n")
    summary = read_network(log)
    assert (summary["requests"], summary["bytes"]) == (1, 3)
    assert read_network(tmp_path / "absent.jsonl") == {}


def test_a_row_without_url_is_listed_with_an_empty_one():
    summary = summary_of([{"status": 500, "page": HOME}])
    assert summary["errors"] == [{"url": "", "status": 500, "page": HOME, "type": ""}]
    assert summary["hosts"] == [] and summary["pages"][HOME]["hosts"] == []
