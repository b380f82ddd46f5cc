"""Compare runs under one methodology: a change of weights is never a change of sites."""

from pathlib import Path

import pandas as pd
from click.testing import CliRunner

from benchmark import pipeline
from benchmark.analysis import compare_runs
from benchmark.cli import main
from benchmark.model import Target
from benchmark.runstore import RunStore, write_csv, write_json

CRITERIA = [("rss-feed", "content"), ("blog", "social"), ("https", "tech"),
            ("contact-form", "services")]
VERDICTS = {"a": "pppp", "b": "pfpf", "c": "ffpp", "d": "fpff"}


def make_run(root: Path, verdicts: dict[str, str], weights: Path) -> RunStore:
    store = RunStore(root)
    store.save_targets([Target(id=t, name=t.upper(), kind="company",
                               website=f"https://{t}.example") for t in verdicts], None)
    store.update(targets={t: {"crawl_status": "ok", "crawled_at": "2026-11-21T10:00:00"}
                          for t in verdicts})
    write_json(store.criteria_json, [{"id": c, "dimension": d} for c, d in CRITERIA])
    rows = [{"target_id": t, "criterion_id": c, "dimension": d,
             "status": "pass" if v == "p" else "fail", "value": str(v == "p").lower(),
             "score": "", "weight": "", "evidence_url": "", "evidence": "",
             "criterion_score": "1.0" if v == "p" else "0.0"}
            for t, marks in verdicts.items() for (c, d), v in zip(CRITERIA, marks, strict=True)]
    write_csv(store.results_csv, pd.DataFrame(rows))
    pipeline.score_stage(store, weights, draws=50, seed=1, sobol_base=16)
    return store


def weights(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_weights_only_change_shows_no_site_change(tmp_path):
    equal = weights(tmp_path, "equal.toml", "[criteria]\nblog = 1\n")
    tilted = weights(tmp_path, "tilted.toml", "[dimensions]\nservices = 5\ncontent = 0.2\n")
    run_a = make_run(tmp_path / "a", VERDICTS, equal)
    run_b = make_run(tmp_path / "b", VERDICTS, tilted)
    ranks_a = pd.read_csv(run_a.scores_csv).set_index("target_id")["rank"]
    ranks_b = pd.read_csv(run_b.scores_csv).set_index("target_id")["rank"]
    assert (ranks_a != ranks_b).any()  # the weights alone reorder the published rankings
    table, path, method = compare_runs(run_a.root, run_b.root, None, None)
    assert path == run_b.root / "comparison.csv" and "tilted.toml" in method
    assert (table["presence"] == "both").all()
    assert (table["rank_change"] == 0).all() and (table["overall_change"] == 0).all()
    assert (table["criteria_changed"] == 0).all()
    assert pd.read_csv(tmp_path / "b" / "comparison_criteria.csv").empty


def test_site_changes_are_reported(tmp_path):
    equal = weights(tmp_path, "equal.toml", "[criteria]\nblog = 1\n")
    later = {**{k: v for k, v in VERDICTS.items() if k != "d"}, "c": "pppp", "e": "pfff"}
    run_a = make_run(tmp_path / "a", VERDICTS, equal)
    run_b = make_run(tmp_path / "b", later, equal)
    out = tmp_path / "cmp" / "moves.csv"
    result = CliRunner().invoke(main, ["compare", str(run_a.root), str(run_b.root),
                                       "--weights", str(equal), "--out", str(out)])
    assert result.exit_code == 0, result.output
    table = pd.read_csv(out).set_index("target_id")
    assert table.loc["d", "presence"] == "removed" and table.loc["e", "presence"] == "added"
    assert table.loc["c", "criteria_changed"] == 2
    assert table.loc["c", "changes"] == "blog (fail → pass); rss-feed (fail → pass)"
    # c: 50 -> 100, from rank 2 (tied with b) to rank 1 (tied with a)
    assert table.loc["c", "overall_change"] == 50 and table.loc["c", "rank_change"] == 1
    assert table.loc["a", "criteria_changed"] == 0
    criteria = pd.read_csv(tmp_path / "cmp" / "moves_criteria.csv")
    assert set(criteria["target_id"]) == {"c"}
    assert "C: rank 2 → 1" in result.output
