"""The demo panel tells the same story on any day: crawled today and a year from now (the
crawl's day set with BENCHMARK_TODAY), its date verdicts are the same, its dates moved."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import pytest

from benchmark import clock, pipeline
from benchmark.crawl.settings import CrawlSettings
from benchmark.runstore import read_json

pytestmark = pytest.mark.browser
DATED = ("content-freshness", "publishing-rate", "social-activity")
HISTORIC = {("flashback", "content-freshness"), ("ghost", "social-activity")}  # literal dates


def audit(demo_dir: Path, out: Path, day: date, monkeypatch) -> pd.DataFrame:
    """Crawl, gather and evaluate the demo panel with the crawl's day set to `day`."""
    monkeypatch.setenv(clock.ENV_VAR, day.isoformat())
    store, _, _ = pipeline.prepare(demo_dir / "targets.csv", out)
    pipeline.crawl_stage(store, CrawlSettings(bundle_dir=demo_dir / "sites", screenshots=False,
                                              host_delay_s=0.05))
    crawled = {tid: info["crawled_at"] for tid, info in store.record()["targets"].items()}
    assert {stamp[:10] for stamp in crawled.values()} == {day.isoformat()}, crawled
    for tid in crawled:  # what evaluation reads as the crawl's date
        assert read_json(store.snapshot_dir(tid) / "snapshot.json")["finished_at"][:10] \
            == day.isoformat()
    pipeline.gather_stage(store)
    results = pipeline.evaluate_stage(store)
    return results[results.criterion_id.isin(DATED)].set_index(["target_id", "criterion_id"])


def test_a_year_later_the_date_verdicts_are_the_same(demo_dir: Path, tmp_path: Path,
                                                     monkeypatch):
    today = date.today()
    later = today + timedelta(days=365)
    now = audit(demo_dir, tmp_path / "today", today, monkeypatch)
    then = audit(demo_dir, tmp_path / "later", later, monkeypatch)
    assert len(now) == 10 * len(DATED)  # 10 targets (people and a relay included)
    differ = then.status != now.status
    assert not differ.any(), pd.concat({"now": now[differ], "a year later": then[differ]},
                                       axis=1)[[("now", "status"), ("now", "evidence"),
                                                ("a year later", "status"),
                                                ("a year later", "evidence")]].to_string()
    pd.testing.assert_frame_equal(then[["status", "score"]], now[["status", "score"]])
    # the story is not vacuous: fresh, stale and unknown verdicts all occur
    assert {"pass", "fail", "unknown"} <= set(now.status)
    assert now.loc[("novatech", "publishing-rate"), "status"] == "pass"
    assert now.loc[("cci", "social-activity"), "status"] == "fail"  # dormant for a year
    for key, row in now.iterrows():
        moved = then.loc[key, "value"]
        if not row.value:  # nothing dated (unknown, or no account listed)
            assert moved == "", key
        elif key in HISTORIC:
            assert moved == row.value, key
        elif key[1] == "publishing-rate":
            assert moved == row.value, key  # a count of items
        else:
            assert date.fromisoformat(moved) - date.fromisoformat(row.value) \
                == later - today, key
