"""People and relays ranked in their own tables; the extended footprint and its settings."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from benchmark.criteria import evaluate_target
from benchmark.model import Status, Target
from scoring import MethodologyError, load_methodology, score_results
from scoring.aggregate import extended_parts
from scoring.extended import explain_lines

# kind, parent, role of each target of the panel below
PANEL = {"big": ("company", "", ""), "small": ("company", "", ""),
         "tied": ("company", "", ""), "ceo": ("person", "big", "ceo"),
         "dircom": ("person", "big", "dircom"), "pundit": ("person", "", ""),
         "blog": ("ngo", "big", "relay")}


def panel(statuses: dict[str, str] | None = None) -> pd.DataFrame:
    ids = list(PANEL)
    return pd.DataFrame({
        "target_id": ids, "name": [i.upper() for i in ids],
        "kind": [PANEL[i][0] for i in ids], "parent": [PANEL[i][1] for i in ids],
        "role": [PANEL[i][2] for i in ids],
        "status": [(statuses or {}).get(i, "ok") for i in ids],
        "crawl_date": ["2026-11-21T10:00:00+00:00"] * len(ids)})


def frame(scores: dict[str, float]) -> pd.DataFrame:
    """One footprint criterion (social-presence, linear 0-4 platforms) per target."""
    rows = [(tid, "social-presence", "footprint", "pass", str(platforms), platforms / 4)
            for tid, platforms in scores.items()]
    out = pd.DataFrame(rows, columns=["target_id", "criterion_id", "dimension", "status",
                                      "value", "criterion_score"])
    out["criterion_score"] = out["criterion_score"].astype(str)
    return out


def methodology(tmp_path: Path, footprint: str = ""):
    path = tmp_path / "m.toml"
    path.write_text("[criteria]\nsocial-presence = { weight = 1.0, curve = \"linear\", "
                    "low = 0, high = 4 }\n[footprint]\ncombine = \"mean\"\n" + footprint,
                    encoding="utf-8")
    return load_methodology(path)


# platforms opened -> footprint = 100 × platforms / 4
PLATFORMS = {"big": 3, "small": 1, "tied": 1, "ceo": 2, "dircom": 1, "pundit": 4, "blog": 1}


def test_each_table_has_its_own_ranks(tmp_path):
    _, scores = score_results(frame(PLATFORMS), panel(), methodology(tmp_path))
    table = scores.set_index("target_id")
    assert table["table"].to_dict() == {
        "big": "organisations", "small": "organisations", "tied": "organisations",
        "ceo": "people", "dircom": "people", "pundit": "people", "blog": "relays"}
    # organisations: big 75, small 25, tied 25 (a tie shares rank 2, the next would be 4);
    # people: pundit 100, ceo 50, dircom 25 — never among the organisations.
    assert table["rank"].to_dict() == {"big": 1, "small": 2, "tied": 2, "pundit": 1,
                                       "ceo": 2, "dircom": 3, "blog": 1}


def test_ranks_within_a_table_compare_rounded_scores(tmp_path):
    # 1.0002 and 1.0 platforms: 25.005 and 25.0 both show 25.0 -> one rank (resolution 0.1)
    # but 25.05 shows 25.1 (half away from zero) and goes ahead.
    scores = {**PLATFORMS, "small": 1.0002, "ceo": 1.002, "dircom": 1.0}
    _, out = score_results(frame(scores), panel(), methodology(tmp_path))
    ranks = out.set_index("target_id")["rank"].to_dict()
    assert (ranks["small"], ranks["tied"]) == (2, 2)
    assert (ranks["pundit"], ranks["ceo"], ranks["dircom"]) == (1, 2, 3)


def test_an_unreachable_organisation_is_not_ranked_and_moves_no_person(tmp_path):
    _, scores = score_results(frame(PLATFORMS), panel({"big": "unreachable"}),
                              methodology(tmp_path))
    ranks = scores.set_index("target_id")["rank"]
    assert pd.isna(ranks["big"])
    assert (ranks["small"], ranks["tied"], ranks["ceo"]) == (1, 1, 2)


def test_extended_footprint_adds_people_and_relays_with_their_weights(tmp_path):
    method = methodology(tmp_path, "people_weight = 0.5\nrelays_weight = 0.25\n")
    _, scores = score_results(frame(PLATFORMS), panel(), method)
    table = scores.set_index("target_id")
    # big: own 75 + 0.5 × (ceo 50 + dircom 25) + 0.25 × blog 25 = 75 + 37.5 + 6.25 = 118.75
    assert table.loc["big", "footprint_extended"] == pytest.approx(118.75)
    assert table.loc["big", "footprint"] == pytest.approx(75.0)  # its own score: unchanged
    assert table.loc["big", "overall"] == pytest.approx(75.0)  # and so is its ranking score
    assert table.loc["small", "footprint_extended"] == pytest.approx(25.0)  # no members
    assert pd.isna(table.loc["ceo", "footprint_extended"])  # people have none
    parts = extended_parts(scores, panel(), method)
    assert parts[["member_id", "part", "role", "weight", "points"]].values.tolist() == [
        ["big", "own", "", 1.0, 75.0], ["ceo", "person", "ceo", 0.5, 25.0],
        ["dircom", "person", "dircom", 0.5, 12.5], ["blog", "relay", "relay", 0.25, 6.25]]
    lines = explain_lines(parts, "big")
    assert lines[1].split() == ["BIG", "1", "×", "75.0", "=", "75.0"]
    assert lines[-1].strip() == "footprint_extended = 118.8"  # 118.75 half away from zero
    assert explain_lines(parts, "small") == []


def test_default_weights_and_people_that_do_not_count(tmp_path):
    _, scores = score_results(frame(PLATFORMS), panel(), methodology(tmp_path))
    # defaults people_weight = relays_weight = 0.5: 75 + 0.5 × (50 + 25 + 25) = 125
    assert scores.set_index("target_id").loc["big", "footprint_extended"] == pytest.approx(125)
    _, zero = score_results(frame(PLATFORMS), panel(), methodology(
        tmp_path, "people_weight = 0\nrelays_weight = 0\n"))
    assert zero.set_index("target_id").loc["big", "footprint_extended"] == pytest.approx(75)


def test_a_member_without_a_footprint_adds_nothing(tmp_path):
    results = frame({k: v for k, v in PLATFORMS.items() if k != "dircom"})
    _, scores = score_results(results, panel(), methodology(tmp_path))
    # 75 + 0.5 × 50 (ceo) + 0.5 × 25 (blog); the dircom's footprint is unknown
    assert scores.set_index("target_id").loc["big", "footprint_extended"] == pytest.approx(
        112.5)
    parts = extended_parts(scores, panel(), methodology(tmp_path))
    assert "DIRCOM" in " ".join(explain_lines(parts, "big"))
    assert "not scored: adds nothing" in " ".join(explain_lines(parts, "big"))


@pytest.mark.parametrize(("text", "said"), [
    ("people_weight = 'half'\n", "[footprint].people_weight: must be a number, got 'half'"),
    ("relays_weight = -1\n", "[footprint].relays_weight: must be >= 0, got -1"),
    ("person_weight = 1\n", "[footprint] key 'person_weight': must be one of combine, "
                            "factors, per_platform, platforms, sum_full, quantities, "
                            "people_weight, relays_weight; got 'person_weight'"),
])
def test_extended_settings_are_validated_with_file_and_key(tmp_path, text, said):
    with pytest.raises(MethodologyError) as caught:
        methodology(tmp_path, text)
    assert str(caught.value) == f"{tmp_path / 'm.toml'}: {said}"


def test_the_default_methodology_records_the_weights():
    record = load_methodology().to_record()["footprint"]
    assert (record["people_weight"], record["relays_weight"]) == (0.5, 0.5)


def test_a_person_without_a_website_is_judged_on_its_accounts_only():
    person = Target(id="ceo", name="CEO", kind="person", website="",
                    accounts={"x": "https://x.com/ceo"})
    observations = {"crawl": {"status": "ok", "date": "2026-11-21"}, "pages": [],
                    "target": {"website": ""},
                    "profiles": [{"platform": "x", "url": "https://x.com/ceo",
                                  "final_url": "https://x.com/ceo", "fetched": True,
                                  "origin": "listed", "followers": 5000,
                                  "last_post": "2026-11-20", "links_back": None}]}
    verdicts = {c.id: (c.dimension, o) for c, o in evaluate_target(observations, person)}
    site = {cid: o for cid, (dimension, o) in verdicts.items() if dimension != "footprint"}
    assert site and {o.status for o in site.values()} == {Status.NOT_APPLICABLE}
    # Kind restrictions say so first (investors: listed companies; donation: NGOs).
    reasons = {cid: o.evidence.snippet for cid, o in site.items()}
    assert {cid for cid, why in reasons.items() if why != "no website: a person"} == {
        "investors-section", "donation"}
    assert verdicts["social-backlinks"][1].status == Status.NOT_APPLICABLE
    assert verdicts["social-presence"][1].status == Status.PASS
    assert verdicts["social-audience"][1].value == "5000"


def test_show_keeps_the_extended_weights(tmp_path):
    from scoring.show import to_toml

    method = methodology(tmp_path, "people_weight = 0.2\n")
    shown = tmp_path / "shown.toml"
    shown.write_text(to_toml(method), encoding="utf-8")
    again = load_methodology(shown)
    assert (again.people_weight, again.relays_weight) == (0.2, 0.5)
    assert again.sha256 == method.sha256
