"""A methodology file researchers own: extends, kind profiles, alternatives, show, sha256."""

from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from benchmark.cli import main
from scoring import MethodologyError, load_methodology, score_results
from scoring.show import to_toml


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def frame(rows: list[tuple]) -> pd.DataFrame:
    out = pd.DataFrame(rows, columns=["target_id", "criterion_id", "dimension", "status",
                                      "value", "criterion_score"])
    out["criterion_score"] = out["criterion_score"].astype(str)
    return out


def panel(kinds: dict[str, str]) -> pd.DataFrame:
    ids = list(kinds)
    return pd.DataFrame({"target_id": ids, "name": ids, "kind": list(kinds.values()),
                         "status": ["ok"] * len(ids),
                         "crawl_date": ["2026-11-21T10:00:00+00:00"] * len(ids)})


def test_extends_default_overrides_only_what_it_names(tmp_path):
    mine = write(tmp_path / "mine.toml", 'extends = "default"\n[criteria]\ndonation = 3.0\n'
                 "load-time = { weight = 2.0 }\n[methodology]\nversion = 'mine-1'\n")
    method = load_methodology(mine)
    assert method.rule("donation").weight == 3.0
    assert method.rule("https").weight == 2.0               # from scoring/weights.toml
    load = method.rule("load-time")                          # a table merges key by key
    assert (load.weight, load.curve, load.resolution) == (2.0, "lognormal", 100.0)
    assert method.footprint_combine == "product" and method.version == "mine-1"
    assert method.name == "benchmark default"
    assert method.sources[-1] == str(mine) and method.sources[0].endswith("weights.toml")
    assert method.sha256 != load_methodology().sha256


def test_extends_a_path_relative_to_the_file(tmp_path):
    write(tmp_path / "base" / "base.toml", "[criteria]\nhttps = 5\nrss-feed = 1\n")
    child = write(tmp_path / "studies" / "child.toml",
                  'extends = "../base/base.toml"\n[criteria]\nrss-feed = 0.5\n')
    method = load_methodology(child)
    assert method.rule("https").weight == 5 and method.rule("rss-feed").weight == 0.5


def test_errors_name_the_file_that_set_the_bad_key(tmp_path):
    base = write(tmp_path / "base.toml", "[methodology]\nmissing = 'ignore'\n")
    child = write(tmp_path / "child.toml", 'extends = "base.toml"\n[criteria]\nhttps = 2\n')
    with pytest.raises(MethodologyError) as error:
        load_methodology(child)
    assert str(error.value).startswith(f"{base}: [methodology].missing: must be one of")
    bad = write(tmp_path / "bad.toml", 'extends = "default"\n[criteria]\n'
                "load-time = { p10 = -5 }\n")
    with pytest.raises(MethodologyError) as error:
        load_methodology(bad)
    assert str(error.value).startswith(f"{bad}: [criteria].load-time.p10: must be > 0")


def test_a_circular_extends_is_refused(tmp_path):
    write(tmp_path / "a.toml", 'extends = "b.toml"\n')
    write(tmp_path / "b.toml", 'extends = "a.toml"\n')
    with pytest.raises(MethodologyError, match="circular"):
        load_methodology(tmp_path / "a.toml")


def test_kind_profiles_change_the_weights_of_that_kind_only(tmp_path):
    text = ("[criteria]\ndonation = 1\nsite-search = 1\n"
            "[profiles.ngo]\ncriteria = { donation = 3 }\ndimensions = { tech = 0 }\n")
    method = load_methodology(write(tmp_path / "m.toml", text))
    rows = []
    for tid in ("ngo", "firm"):
        rows += [(tid, "donation", "services", "pass", "", 1),
                 (tid, "site-search", "services", "fail", "", 0),
                 (tid, "https", "tech", "fail", "", 0)]
    scored, scores = score_results(frame(rows), panel({"ngo": "ngo", "firm": "company"}),
                                   method)
    by_id = scores.set_index("target_id")
    # ngo: services = 100 x (3 x 1 + 1 x 0) / 4 = 75; tech weighs 0 -> overall = 75
    assert by_id.loc["ngo", "services"] == 75 and by_id.loc["ngo", "overall"] == 75
    # company: services = 100 x (1 + 0) / 2 = 50; tech 0 -> overall = (50 + 0) / 2 = 25
    assert by_id.loc["firm", "services"] == 50 and by_id.loc["firm", "overall"] == 25
    weights = scored.set_index(["target_id", "criterion_id"])["weight"]
    assert weights[("ngo", "donation")] == 3 and weights[("firm", "donation")] == 1


@pytest.mark.parametrize(("overall", "expected"), [
    ("arithmetic", 62.5),  # (25 + 100) / 2
    ("geometric", 50.0),   # (25 x 100) ^ (1/2) = 2500 ^ 0.5
])
def test_overall_arithmetic_or_geometric(tmp_path, overall, expected):
    text = f"[methodology]\noverall = '{overall}'\n"
    rows = [("a", "rss-feed", "content", "pass", "", 0.25), ("a", "https", "tech", "pass", "", 1)]
    _, scores = score_results(frame(rows), panel({"a": "company"}),
                              load_methodology(write(tmp_path / "m.toml", text)))
    assert scores.loc[0, "overall"] == pytest.approx(expected)


def test_alternatives_are_declared_and_applied(tmp_path):
    # The default declares the contestable choices, not the geometric overall mean.
    assert load_methodology().alternatives == {"missing": ("exclude", "zero"),
                                               "footprint": ("product", "mean")}
    method = load_methodology(write(tmp_path / "mine.toml", 'extends = "default"\n'
                                    '[alternatives]\noverall = ["arithmetic", "geometric"]\n'))
    assert method.alternatives == {"overall": ("arithmetic", "geometric"),
                                   "missing": ("exclude", "zero"),
                                   "footprint": ("product", "mean")}
    other = method.with_choices(overall="geometric", footprint="mean")
    assert (other.overall, other.footprint_combine) == ("geometric", "mean")
    assert other.sha256 != method.sha256 and method.overall == "arithmetic"


def test_show_prints_a_file_that_loads_back_to_the_same_sha256(tmp_path):
    mine = write(tmp_path / "mine.toml", 'extends = "default"\n[profiles.ngo]\n'
                 "criteria = { donation = 4 }\n[criteria]\nsocial-audience = "
                 "{ weight = 1, curve = 'percentile', within = 'sector' }\n")
    result = CliRunner().invoke(main, ["methodology", "show", "--weights", str(mine)])
    assert result.exit_code == 0, result.output
    # The default's one footprint factor is social-footprint since 2026.2 (was the product
    # social-presence × social-audience × social-activity), with its per-platform formula.
    assert "# footprint = 100 × social-footprint (unweighted product" in result.output
    assert ("# social-footprint = min(1, Σ v / 2) over the platforms whose v is known; "
            "v = presence × level × activity per platform") in result.output
    resolved = write(tmp_path / "resolved.toml", result.output)
    again, first = load_methodology(resolved), load_methodology(mine)
    assert again.sha256 == first.sha256
    def body(text: str) -> list[str]:  # all but the files it was read from
        return [line for line in text.splitlines() if not line.startswith("# from ")]

    assert body(to_toml(again)) == body(to_toml(first))
    assert "[profiles.ngo]" in result.output and 'within = "sector"' in result.output


def test_show_names_file_and_key_of_an_error(tmp_path):
    bad = write(tmp_path / "bad.toml", 'extends = "default"\n[dimensions]\ntehc = 1\n')
    result = CliRunner().invoke(main, ["methodology", "show", "--weights", str(bad)])
    assert result.exit_code == 1
    assert f"{bad}: [dimensions] key 'tehc': must be one of content" in result.output
