"""targets.csv validation: every kind of problem is reported with its row and column."""

from pathlib import Path

import pytest

from benchmark.targets import TargetsFileError, load_targets, safe_id

HEADER = "id,name,kind,sector,country,website,facebook,x,linkedin,youtube,instagram\n"


def write(tmp_path: Path, body: str, header: str = HEADER) -> Path:
    path = tmp_path / "targets.csv"
    path.write_text(header + body, encoding="utf-8")
    return path


def test_valid_rows_are_loaded_with_their_accounts(tmp_path):
    path = write(tmp_path, "acme,Acme SA,listed-company,Industry,FR,https://www.acme.fr/,"
                           "https://www.facebook.com/acme,https://x.com/acme,,,\n")
    targets, problems = load_targets(path)
    assert problems == []
    assert targets[0].id == "acme" and targets[0].kind == "listed-company"
    assert targets[0].accounts == {"facebook": "https://www.facebook.com/acme",
                                   "x": "https://x.com/acme"}
    assert targets[0].row == 2


@pytest.mark.parametrize(("row", "column", "fragment"), [
    ("bad,Bad,company,,,not a url,,,,,\n", "website", "scheme 'none' is not allowed"),
    ("ftp,Ftp,company,,,ftp://files.acme.fr/,,,,,\n", "website", "scheme 'ftp'"),
    ("js,Js,company,,,javascript:alert(1),,,,,\n", "website", "scheme 'javascript'"),
    ("nosite,No site,company,,,,,,,,\n", "website", "missing website"),
    ("kind,Kind,charity,,,https://kind.org/,,,,,\n", "kind", "unknown kind 'charity'"),
    (",No id,company,,,https://noid.org/,,,,,\n", "id", "missing id"),
    ("!!!,Bang,company,,,https://bang.org/,,,,,\n", "id", "no usable characters"),
    ("noname,,company,,,https://noname.org/,,,,,\n", "name", "missing name"),
])
def test_each_error_kind_names_row_and_column(tmp_path, row, column, fragment):
    good = "good,Good,ngo,,,https://good.org/,,,,,\n"
    targets, problems = load_targets(write(tmp_path, good + row))
    assert [t.id for t in targets] == ["good"]  # the bad row is skipped, the rest runs
    assert len(problems) == 1
    message = str(problems[0])
    assert f"targets.csv:3: column '{column}'" in message
    assert fragment in message and "row skipped" in message


def test_duplicate_id_points_to_first_use(tmp_path):
    body = ("dup,One,company,,,https://one.org/,,,,,\n"
            "dup,Two,company,,,https://two.org/,,,,,\n")
    targets, problems = load_targets(write(tmp_path, body))
    assert [t.name for t in targets] == ["One"]
    assert "duplicate id 'dup' (first used on row 2)" in str(problems[0])


def test_bad_social_url_drops_only_that_account(tmp_path):
    body = "acme,Acme,company,,,https://acme.fr/,javascript:void(0),https://x.com/acme,,,\n"
    targets, problems = load_targets(write(tmp_path, body))
    assert targets[0].accounts == {"x": "https://x.com/acme"}
    assert "column 'facebook'" in str(problems[0]) and "value ignored" in str(problems[0])


def test_ids_are_sanitised_before_becoming_file_names(tmp_path):
    body = "../../etc/passwd,Evil,company,,,https://evil.org/,,,,,\n"
    targets, _ = load_targets(write(tmp_path, body))
    assert targets[0].id == "etc-passwd"
    assert safe_id("Société Générale") == "societe-generale"
    assert "/" not in safe_id("a/b\\c") and "." not in safe_id("..")


def test_missing_required_column_is_a_file_error(tmp_path):
    with pytest.raises(TargetsFileError, match=r"targets.csv:1: missing required column"):
        load_targets(write(tmp_path, "a,b\n", header="id,name\n"))


def test_twitter_column_is_read_as_x_and_bom_is_accepted(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("\ufeffid,name,kind,website,twitter\n"
                    "a,A,person,https://a.org/,https://twitter.com/a\n", encoding="utf-8")
    targets, problems = load_targets(path)
    assert problems == [] and targets[0].accounts == {"x": "https://twitter.com/a"}


def test_bundled_panels_are_valid():
    root = Path(__file__).resolve().parents[2]
    for csv_path in (root / "targets.csv", root / "benchmark" / "demo" / "targets.csv"):
        targets, problems = load_targets(csv_path)
        assert problems == [], csv_path
        assert len(targets) >= 6
