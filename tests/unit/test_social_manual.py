"""--social-metrics: supplied figures complete or override crawled ones, with their source."""

from __future__ import annotations

import pytest

from benchmark.social.manual import (
    MetricsError,
    apply_manual,
    check_targets,
    read_social_metrics,
)

HEADER = "target,platform,followers,posts_90d,last_post,source,date\n"


def write(tmp_path, text: str):
    path = tmp_path / "metrics.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_figures_read_with_their_row(tmp_path):
    path = write(tmp_path, HEADER + "acme,LinkedIn,\"12,408\",31,2026-01-10,dashboard,2026-01-12\n"
                 "acme,twitter,,4,,export,\n")
    rows = read_social_metrics(path)
    assert rows[("acme", "linkedin")] == {"followers": 12_408, "posts_90d": 31,
                                          "last_post": "2026-01-10", "note": "dashboard",
                                          "date": "2026-01-12", "row": 2}
    assert rows[("acme", "x")]["posts_90d"] == 4


@pytest.mark.parametrize(("body", "said"), [
    ("acme,linkedin,lots,,,,\n", "row 2, followers: 'lots' is not a whole number"),
    ("acme,linkedin,,,10/01/2026,,\n", "row 2, last_post: '10/01/2026' is not a date"),
    ("acme,myspace,10,,,,\n", "row 2: platform 'myspace' is not one of"),
    ("acme,x,10,,,,\nacme,x,12,,,,\n", "row 3: acme x is given twice"),
    (",x,10,,,,\n", "row 2: no target id"),
    ("acme,x,,,,,\n", "row 2: no figure"),
])
def test_mistakes_name_file_row_and_value(tmp_path, body, said):
    path = write(tmp_path, HEADER + body)
    with pytest.raises(MetricsError) as error:
        read_social_metrics(path)
    assert str(path) in str(error.value) and said in str(error.value)


def test_missing_columns_and_unknown_targets(tmp_path):
    with pytest.raises(MetricsError, match="missing column\\(s\\) platform"):
        read_social_metrics(write(tmp_path, "target,followers\nacme,3\n"))
    rows = read_social_metrics(write(tmp_path, HEADER + "ghost,x,3,,,,\n"))
    with pytest.raises(MetricsError, match="row 2: no target 'ghost' in this run"):
        check_targets(rows, {"acme"}, tmp_path / "metrics.csv")


def test_semicolons_and_bom_as_excel_writes_them(tmp_path):
    path = tmp_path / "m.csv"
    path.write_bytes(("\ufeff" + HEADER.replace(",", ";") + "acme;x;1 204;;;;\n").encode())
    assert read_social_metrics(path)[("acme", "x")]["followers"] == 1_204


def test_supplied_figures_override_and_complete_crawled_ones(tmp_path):
    rows = read_social_metrics(write(tmp_path, HEADER + "acme,x,5000,12,,export,2026-01-12\n"
                                     "acme,tiktok,800,,,,\n"))
    crawled = {"platform": "x", "account_status": "login_wall", "fetched": False,
               "followers": None, "posts_90d": None, "last_post": "2026-01-02",
               "source": "crawled", "date": "2026-01-15", "evidence": {}}
    profiles = apply_manual({"profiles": [crawled]}, "acme", rows)["profiles"]
    x, tiktok = profiles
    assert (x["followers"], x["posts_90d"], x["last_post"]) == (5000, 12, "2026-01-02")
    assert x["sources"] == {"followers": "manual", "posts_90d": "manual",
                            "last_post": "crawled"}
    assert (x["source"], x["date"], x["account_status"]) == ("crawled+manual", "2026-01-12",
                                                              "login_wall")
    assert (tiktok["origin"], tiktok["source"], tiktok["followers"]) == ("manual", "manual", 800)
    assert apply_manual({"profiles": [crawled]}, "other", rows)["profiles"] == [crawled]
