"""footprint.csv at evaluate time: one row per account, both directions, sources, dates."""

from __future__ import annotations

import pandas as pd
import pytest
from click.testing import CliRunner

from benchmark.cli import main
from benchmark.gather.assemble import observations_from_html
from benchmark.model import Target
from benchmark.pipeline import evaluate_stage
from benchmark.runstore import RunStore, write_json

SITE = "https://www.acme.fr/"
HOME = ('<html><body><main><p>Acme</p></main><footer>'
        '<a href="https://www.facebook.com/acme">Facebook</a>'
        '<a href="https://www.linkedin.com/company/acme/">LinkedIn</a></footer></body></html>')
FACEBOOK = ('<html><head><meta property="og:description" content="Acme. 3,240 likes">'
            '</head><body><a href="https://www.acme.fr/">acme.fr</a>'
            '<time datetime="2026-01-02">2 Jan</time></body></html>')
X_WALL = "<html><head><title>X</title></head><body><a href='/login'>Sign in</a></body></html>"


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("BENCHMARK_TODAY", "2026-01-15")
    store = RunStore(tmp_path / "run")
    target = Target(id="acme", name="Acme", kind="company", website=SITE,
                    accounts={"facebook": "https://www.facebook.com/acme",
                              "x": "https://x.com/acme"})
    store.save_targets([target], None)
    observations = observations_from_html(
        [(SITE, HOME, "home")], [("facebook", target.accounts["facebook"], FACEBOOK),
                                 ("x", target.accounts["x"], X_WALL)],
        website=SITE, finished_at="2026-01-15T10:00:00+00:00")
    write_json(store.observations_path("acme"), observations)
    return store


def read(store: RunStore) -> pd.DataFrame:
    return pd.read_csv(store.root / "footprint.csv", dtype=str, keep_default_na=False)


def test_one_row_per_account_with_both_directions(store):
    evaluate_stage(store)
    rows = read(store).set_index("platform")
    assert list(rows.index) == ["facebook", "x"]
    facebook, x = rows.loc["facebook"], rows.loc["x"]
    assert (facebook.status, facebook.followers, facebook.links_to_site, facebook.links_back,
            facebook.source, facebook.date) == ("ok", "3240", "true", "true", "crawled",
                                                "2026-01-15")
    # the wall gives no figure at all, and the site does not link the X account
    assert (x.status, x.followers, x.posts_90d, x.links_to_site) == ("login_wall", "", "",
                                                                     "false")


def test_supplied_figures_reach_the_table_and_the_criteria(store, tmp_path):
    metrics = tmp_path / "metrics.csv"
    metrics.write_text("target,platform,followers,posts_90d,last_post,source,date\n"
                       "acme,x,5100,9,2026-01-11,X analytics,2026-01-14\n")
    results = evaluate_stage(store, social_metrics=metrics)
    x = read(store).set_index("platform").loc["x"]
    assert (x.status, x.source, x.followers, x.posts_90d, x.date) == (
        "login_wall", "manual", "5100", "9", "2026-01-14")
    audience = results[results.criterion_id == "social-audience"].iloc[0]
    assert audience.value == str(3_240 + 5_100)


def test_cli_names_the_bad_value(store, tmp_path):
    metrics = tmp_path / "metrics.csv"
    metrics.write_text("target,platform,followers\nacme,x,beaucoup\n")
    outcome = CliRunner().invoke(main, ["evaluate", str(store.root), "--social-metrics",
                                        str(metrics), "-q"])
    assert outcome.exit_code != 0
    assert "row 2, followers: 'beaucoup' is not a whole number" in outcome.output
