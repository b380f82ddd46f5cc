"""Flash found by each signal alone: a <param> value, the network log's content type."""

from __future__ import annotations

import json

import lxml.html

from benchmark.gather.legacy import legacy_findings
from benchmark.gather.network import summarise_network

HOME = "https://www.acme.fr/"


def findings(body: str) -> tuple[list[dict], list[dict]]:
    return legacy_findings(lxml.html.fromstring(f"<html><body>{body}</body></html>"))


def test_a_movie_named_only_by_its_param_is_flash():
    # No type, no classid, no src: only <param name="movie"> says it is a Flash movie.
    flash, legacy = findings('<object width="400" height="300">'
                             '<param name="movie" value="/media/intro.swf?v=2"></object>')
    assert [f["reason"] for f in flash] == ["<object> Flash movie"]
    assert legacy == []


def test_an_object_whose_params_name_no_movie_is_not_flash():
    flash, _ = findings('<object width="400" height="300">'
                        '<param name="src" value="/media/intro.mp4"></object>')
    assert flash == []


def test_a_request_served_as_flash_counts_whatever_its_url():
    rows = [{"url": HOME + "player?id=7", "status": 200, "page": HOME,
             "content_type": "application/x-shockwave-flash"},
            {"url": HOME + "movie.mp4", "status": 200, "page": HOME,
             "content_type": "video/mp4"},
            {"url": HOME + "old/intro.SWF", "status": 200, "page": HOME, "content_type": ""}]
    summary = summarise_network(json.dumps(row) for row in rows)
    assert summary["flash"] == [HOME + "player?id=7", HOME + "old/intro.SWF"]


def test_only_param_children_name_an_objects_plugin():
    # Fallback content inside an <object> naming a movie is no parameter of the object.
    flash, _ = findings('<object width="400" height="300"><param name="src" value="a.mp4">'
                        '<input name="movie" value="intro.swf"></object>')
    assert flash == []
