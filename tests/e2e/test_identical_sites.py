"""Identical sites crawled for real share rank 1, whatever their load times in milliseconds."""

from __future__ import annotations

import pandas as pd
import pytest

from benchmark import pipeline
from benchmark.crawl.settings import CrawlSettings
from benchmark.model import Target
from benchmark.runstore import RunStore

pytestmark = pytest.mark.browser
SETTINGS = CrawlSettings(offline=True, screenshots=False, page_timeout_s=10, settle_s=1,
                         target_timeout_s=120, concurrency=2)
TWINS = ("twin-1", "twin-2", "twin-3", "twin-4", "twin-5")


@pytest.fixture(scope="module")
def scored(local_server: str, tmp_path_factory) -> tuple[pd.DataFrame, pd.DataFrame]:
    store = RunStore(tmp_path_factory.mktemp("twins"))
    # Five organisations with the same site (the same pages from the same server), and one
    # whose home page has no viewport and no links: clearly different.
    targets = [Target(id=tid, name=tid, kind="company", website=f"{local_server}/")
               for tid in TWINS]
    targets.append(Target(id="other", name="other", kind="company",
                          website=f"{local_server}/broken"))
    store.save_targets(targets, None)
    pipeline.crawl_stage(store, SETTINGS)
    pipeline.gather_stage(store)
    pipeline.evaluate_stage(store)
    scores = pipeline.score_stage(store).set_index("target_id")
    return scores, pipeline.read_table(store.results_csv)


def test_identical_sites_share_rank_one(scored):
    scores, results = scored
    assert set(scores.loc[list(TWINS), "status"]) <= {"ok", "partial"}
    assert list(scores.loc[list(TWINS), "rank"]) == [1] * len(TWINS), scores
    load = results[(results["criterion_id"] == "load-time")
                   & results["target_id"].isin(TWINS)].set_index("target_id")
    # Their load times are measured in milliseconds (and may differ); the methodology
    # rounds them to 100 ms steps before the curve, and ranks on scores shown to 0.1.
    assert (load["status"] == "pass").all() and load["value"].str.isdigit().all(), load


def test_a_clearly_different_site_does_not_share_the_rank(scored):
    scores, _ = scored
    assert scores.loc["other", "status"] in ("ok", "partial")
    assert scores.loc["other", "rank"] == len(TWINS) + 1
    assert scores.loc["other", "overall"] < scores.loc["twin-1", "overall"] - 1
