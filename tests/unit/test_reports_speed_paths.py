"""The report's speed paths say the same as the slow ones: Jinja lookups on dicts, CSV rows,
the swaps the index reads, streamed CSV writes, the garbage collector given back."""

from __future__ import annotations

import csv
import gc
import io
import os
from pathlib import Path

import pandas as pd
import pytest
from test_reports_fixture import make_run

from benchmark.runstore import write_csv
from reports import RunFolderError, write_reports
from reports.analyses import load_analyses
from reports.html_env import environment
from reports.load import _dict_rows


def test_dict_items_first_but_dict_methods_stay_methods() -> None:
    template = environment("en").from_string(
        "{{ d.a }}|{{ d.items == 2 }}|{{ d.get('a') }}|{{ d.missing is defined }}|{{ o.real }}")
    # d.items is dict's method, as Jinja's attribute-first lookup gives; d.a is the item;
    # an absent key is undefined; a non-dict (an int) keeps its attribute.
    assert template.render(d={"a": 1, "items": 2}, o=5) == "1|False|1|False|5"


def test_csv_rows_as_dict_reader_gives_them() -> None:
    text = "a,b\n1,2\n\n3\n4,5,6\n\"x\ny\",z\n"
    ours = list(_dict_rows(io.StringIO(text, newline="")))
    theirs = [{key: value or "" for key, value in row.items() if key is not None}
              for row in csv.DictReader(io.StringIO(text, newline=""))]
    assert ours == theirs == [{"a": "1", "b": "2"}, {"a": "3", "b": ""},
                              {"a": "4", "b": "5"}, {"a": "x\ny", "b": "z"}]
    assert list(_dict_rows(io.StringIO(""))) == []


def test_only_the_shown_swaps_are_read(tmp_path: Path) -> None:
    rows = [f"t{i},t{i + 1},{i},{i + 1},0.5" for i in range(1, 61)]  # 60 pairs
    (tmp_path / "swaps.csv").write_text(
        "target_a,target_b,rank_a,rank_b,swap_share\n" + "\n".join(rows) + "\n",
        encoding="utf-8")
    swaps = load_analyses(tmp_path).swaps
    assert len(swaps) == 50  # the index shows 50
    assert (swaps[0].target_a, swaps[-1].target_a, swaps[-1].rank_b) == ("t1", "t50", 51)


def test_streamed_csv_is_what_to_csv_writes(tmp_path: Path) -> None:
    frame = pd.DataFrame({"name": ["Élise", 'a "quoted",\nline', None],
                          "score": [1.5, float("nan"), 3.0]})
    path = tmp_path / "out.csv"
    write_csv(path, frame)
    assert path.read_bytes() == frame.to_csv(index=False).encode("utf-8")
    assert os.stat(path).st_mode & 0o777 == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]  # no temporary file left


def test_collector_given_back(tmp_path: Path) -> None:
    run = make_run(tmp_path)
    write_reports(run)
    assert gc.isenabled() and gc.get_freeze_count() == 0
    with pytest.raises(RunFolderError):
        write_reports(tmp_path / "absent")
    assert gc.isenabled() and gc.get_freeze_count() == 0
