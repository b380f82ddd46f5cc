"""People and relays: `parent` and `role` columns, their validation, and id corrections."""

from pathlib import Path

from benchmark.model import Target
from benchmark.runstore import RunStore, read_json, write_json
from benchmark.targets import load_targets

HEADER = "id,name,kind,website,x,parent,role\n"
ACME = "acme,Acme,listed-company,https://acme.org/,,,\n"


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "targets.csv"
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def messages(problems) -> list[str]:
    return [str(problem) for problem in problems]


def test_people_and_relays_are_linked_to_their_organisation(tmp_path):
    body = (ACME + "ann,Ann Lee,person,,https://x.com/annlee,ACME,CEO\n"
            "bob,Bob Roy,person,https://bob.blog/,,acme,Porte-parole\n"
            "fans,Acme fans,ngo,https://fans.org/,,acme,relais\n"
            "solo,Solo,person,,,,\n")
    targets, problems = load_targets(write(tmp_path, body))
    assert problems == []
    assert [(t.id, t.parent, t.role, t.website) for t in targets] == [
        ("acme", "", "", "https://acme.org/"), ("ann", "acme", "ceo", ""),
        ("bob", "acme", "spokesperson", "https://bob.blog/"),
        ("fans", "acme", "relay", "https://fans.org/"),
        ("solo", "", "", "")]


def test_only_a_person_may_have_no_website(tmp_path):
    path = write(tmp_path, "co,Co,company,,,,\n")
    targets, problems = load_targets(path)
    assert targets == []
    assert messages(problems) == [f"{path}:2: column 'website': missing website (only a person "
                                  "may have none) (row skipped)"]


def test_unknown_role_is_dropped_with_the_allowed_list(tmp_path):
    path = write(tmp_path, ACME + "ann,Ann,person,,,acme,boss\n")
    targets, problems = load_targets(path)
    assert [(t.id, t.parent, t.role) for t in targets] == [("acme", "", ""), ("ann", "acme", "")]
    assert messages(problems) == [
        f"{path}:3: column 'role': unknown role 'boss'; allowed: ceo, chair, dircom, "
        "spokesperson, executive, relay (value ignored)"]


def test_unknown_parent(tmp_path):
    path = write(tmp_path, ACME + "ann,Ann,person,,,acmee,ceo\n")
    targets, problems = load_targets(path)
    assert [(t.id, t.parent) for t in targets] == [("acme", ""), ("ann", "")]
    assert messages(problems) == [f"{path}:3: column 'parent': unknown parent 'acmee': no target "
                                  "has this id (value ignored)"]


def test_parent_whose_row_was_skipped(tmp_path):
    path = write(tmp_path, "acme,Acme,charity,https://acme.org/,,,\nann,Ann,person,,,acme,ceo\n")
    targets, problems = load_targets(path)
    assert [(t.id, t.parent) for t in targets] == [("ann", "")]
    assert messages(problems) == [
        f"{path}:2: column 'kind': unknown kind 'charity'; allowed: company, listed-company, ngo, "
        "institution, person (row skipped)",
        f"{path}:3: column 'parent': unknown parent 'acme': row 2 with this id was skipped "
        "(value ignored)"]


def test_parent_that_is_a_person(tmp_path):
    path = write(tmp_path, ACME + "ann,Ann,person,,,acme,ceo\nbob,Bob,person,,,ann,dircom\n")
    targets, problems = load_targets(path)
    assert [(t.id, t.parent, t.role) for t in targets] == [
        ("acme", "", ""), ("ann", "acme", "ceo"), ("bob", "", "dircom")]
    assert messages(problems) == [f"{path}:4: column 'parent': parent 'ann' is a person (row 3); "
                                  "a parent must be an organisation (value ignored)"]


def test_cycles_drop_every_link_of_the_cycle(tmp_path):
    # d comes first and only leads into the cycle a -> b -> c -> a: its link is kept
    body = ("d,D,ngo,https://d.org/,,a,relay\na,A,ngo,https://a.org/,,b,relay\n"
            "b,B,ngo,https://b.org/,,c,relay\nc,C,ngo,https://c.org/,,a,relay\n"
            "e,E,company,https://e.org/,,e,\n")
    path = write(tmp_path, body)
    targets, problems = load_targets(path)
    assert [(t.id, t.parent) for t in targets] == [
        ("d", "a"), ("a", ""), ("b", ""), ("c", ""), ("e", "")]
    assert messages(problems) == [
        f"{path}:3: column 'parent': parent 'b' makes a cycle: a -> b -> c -> a (value ignored)",
        f"{path}:4: column 'parent': parent 'c' makes a cycle: a -> b -> c -> a (value ignored)",
        f"{path}:5: column 'parent': parent 'a' makes a cycle: a -> b -> c -> a (value ignored)",
        f"{path}:6: column 'parent': parent 'e' makes a cycle: e -> e (value ignored)"]


def test_an_id_changed_to_become_a_file_name_is_reported_with_its_row(tmp_path):
    path = write(tmp_path, ACME + "../../../pwned,Pwned,company,https://p.org/,,,\n")
    targets, problems = load_targets(path)
    assert [t.id for t in targets] == ["acme", "pwned"]
    assert messages(problems) == [f"{path}:3: column 'id': id '../../../pwned' changed to 'pwned' "
                                  "to be usable as a file name (value corrected)"]


def test_a_corrected_id_that_collides_says_both(tmp_path):
    path = write(tmp_path, ACME + "ACME,Acme bis,company,https://acme.fr/,,,\n")
    targets, problems = load_targets(path)
    assert [t.name for t in targets] == ["Acme"]
    assert messages(problems) == [
        f"{path}:3: column 'id': duplicate id 'acme' (first used on row 2) (row skipped)",
        f"{path}:3: column 'id': id 'ACME' changed to 'acme' to be usable as a file name "
        "(value corrected)"]


def test_parent_and_role_survive_the_run_folder_and_old_runs_still_load(tmp_path):
    person = Target("ann", "Ann", "person", "", accounts={"x": "https://x.com/ann"}, row=3,
                    parent="acme", role="dircom")
    store = RunStore(tmp_path / "run")
    store.save_targets([person], None)
    assert read_json(store.targets_json)[0]["parent"] == "acme"
    assert store.load_targets() == [person]
    old = {"id": "acme", "name": "Acme", "kind": "company", "website": "https://acme.org/",
           "sector": "", "country": "", "accounts": {}, "row": 2}  # written before the columns
    write_json(store.targets_json, [old])
    assert store.load_targets() == [Target("acme", "Acme", "company", "https://acme.org/", row=2)]
