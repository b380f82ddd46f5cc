"""Every invalid methodology value is refused with its file, its key and the rule broken.

Each bad value sits in a base file that another file `extends`: the message must name the
base (the file that set the key), so the error's key must be the exact key path.
"""

from pathlib import Path

import pytest

from scoring import MethodologyError, load_methodology

CASES = [
    ('[weights]\na = 1\n',
     'top-level table: must be one of methodology, dimensions, criteria, footprint, '
     "profiles, alternatives; got 'weights'",
     ('weights',)),
    ('methodology = 5\n',
     '[methodology]: must be a table, got 5',
     ('methodology',)),
    ('[methodology]\nrounding = 1\n',
     "[methodology] key 'rounding': must be one of name, version, missing, default_weight, "
     "resolution, overall; got 'rounding'",
     ('methodology', 'rounding')),
    ("dimensions = 'all'\n",
     "[dimensions]: must be a table, got 'all'",
     ('dimensions',)),
    ('[dimensions]\ncontnt = 1\n',
     "[dimensions] key 'contnt': must be one of content, social, services, tech, footprint; "
     "got 'contnt'",
     ('dimensions', 'contnt')),
    ("[dimensions]\ncontent = 'x'\n",
     "[dimensions].content: must be a number, got 'x'",
     ('dimensions', 'content')),
    ('[dimensions]\ncontent = -1\n',
     '[dimensions].content: must be >= 0, got -1',
     ('dimensions', 'content')),
    ('[dimensions]\ncontent = 0\nsocial = 0\nservices = 0\ntech = 0\nfootprint = 0\n',
     '[dimensions]: at least one dimension needs a weight > 0',
     ('dimensions',)),
    ('criteria = [1]\n',
     '[criteria]: must be a table, got [1]',
     ('criteria',)),
    ('[criteria]\nno-such = 1\n',
     '[criteria].no-such: unknown criterion id (see `benchmark criteria` for the catalogue)',
     ('criteria', 'no-such')),
    ('[criteria]\nhttps = true\n',
     '[criteria].https: must be a number, got True',
     ('criteria', 'https')),
    ("[criteria]\nhttps = { curve = 'binary' }\n",
     '[criteria].https.weight: missing',
     ('criteria', 'https', 'weight')),
    ("[criteria]\nhttps = { weight = 1, curve = 'cubic' }\n",
     '[criteria].https.curve: must be one of binary, linear, log, lognormal, recency, '
     "percentile; got 'cubic'",
     ('criteria', 'https', 'curve')),
    ('[criteria]\nhttps = { weight = 1, low = 1 }\n',
     "[criteria].https: unknown key(s) low for curve 'binary' (allowed: weight, curve)",
     ('criteria', 'https', 'low')),
    ("[criteria]\nhttps = { weight = 1, low = 1, high = 2 }\n",
     "[criteria].https: unknown key(s) high, low for curve 'binary' (allowed: weight, curve)",
     ('criteria', 'https', 'high')),
    ("[criteria]\nlanguages = { weight = 1, curve = 'linear', low = 1 }\n",
     "[criteria].languages.high: missing (curve 'linear' needs low, high)",
     ('criteria', 'languages', 'high')),
    ("[criteria]\nlanguages = { weight = 1, curve = 'linear', low = 2, high = 2 }\n",
     '[criteria].languages: low and high must differ',
     ('criteria', 'languages')),
    ("[criteria]\nlanguages = { weight = 1, curve = 'log', low = 0, high = 2 }\n",
     '[criteria].languages.low: must be > 0, got 0',
     ('criteria', 'languages', 'low')),
    ("[criteria]\nlanguages = { weight = 1, curve = 'recency', full_days = 30, zero_days = "
     '10, resolution = 1 }\n',
     "[criteria].languages: unknown key(s) resolution for curve 'recency' (allowed: weight, "
     'curve, full_days, zero_days)',
     ('criteria', 'languages', 'resolution')),
    ("[criteria]\nlanguages = { weight = 1, curve = 'linear', low = 1, high = 3, within = "
     "'kind' }\n",
     "[criteria].languages: unknown key(s) within for curve 'linear' (allowed: weight, "
     'curve, low, high, resolution)',
     ('criteria', 'languages', 'within')),
    ("[criteria]\nlanguages = { weight = 1, curve = 'linear', low = 1, high = 3, resolution "
     '= 0 }\n',
     '[criteria].languages.resolution: must be > 0, got 0',
     ('criteria', 'languages', 'resolution')),
    ("[criteria]\nlanguages = { weight = -1, curve = 'linear', low = 1, high = 3 }\n",
     '[criteria].languages.weight: must be >= 0, got -1',
     ('criteria', 'languages', 'weight')),
    ("[criteria]\nhttps = { weight = 1, curve = 'percentile', within = 'country' }\n",
     "[criteria].https.within: must be one of panel, kind, sector; got 'country'",
     ('criteria', 'https', 'within')),
    ('footprint = 1\n',
     '[footprint]: must be a table, got 1',
     ('footprint',)),
    ('[footprint]\nfactor = []\n',
     "[footprint] key 'factor': must be one of combine, factors, per_platform, platforms, "
     "sum_full, quantities, people_weight, relays_weight; got 'factor'",
     ('footprint', 'factor')),
    ("[footprint]\nfactors = 'https'\n",
     "[footprint].factors: must be a list of criterion ids, got 'https'",
     ('footprint', 'factors')),
    ("[footprint]\nfactors = ['https', 3]\n",
     "[footprint].factors: must be a list of criterion ids, got ['https', 3]",
     ('footprint', 'factors')),
    ("[footprint]\nfactors = ['nope']\n",
     "[footprint].factors: must be a list of criterion ids, got ['nope']",
     ('footprint', 'factors')),
    ("[footprint]\ncombine = 'min'\n",
     "[footprint].combine: must be one of mean, product; got 'min'",
     ('footprint', 'combine')),
    ("[methodology]\nmissing = 'ignore'\n",
     "[methodology].missing: must be one of exclude, zero; got 'ignore'",
     ('methodology', 'missing')),
    ('[methodology]\ndefault_weight = -2\n',
     '[methodology].default_weight: must be >= 0, got -2',
     ('methodology', 'default_weight')),
    ('[methodology]\nresolution = 0\n',
     '[methodology].resolution: must be > 0, got 0',
     ('methodology', 'resolution')),
    ("[methodology]\noverall = 'median'\n",
     "[methodology].overall: must be one of arithmetic, geometric; got 'median'",
     ('methodology', 'overall')),
    ('alternatives = 1\n',
     '[alternatives]: must be a table, got 1',
     ('alternatives',)),
    ("[alternatives]\nweights = ['x']\n",
     "[alternatives] key: must be one of overall, missing, footprint; got 'weights'",
     ('alternatives', 'weights')),
    ('[alternatives]\nmissing = []\n',
     '[alternatives].missing: must be a non-empty list of exclude, zero',
     ('alternatives', 'missing')),
    ("[alternatives]\nmissing = 'zero'\n",
     '[alternatives].missing: must be a non-empty list of exclude, zero',
     ('alternatives', 'missing')),
    ("[alternatives]\nfootprint = ['min']\n",
     "[alternatives].footprint: must be one of mean, product; got 'min'",
     ('alternatives', 'footprint')),
    ('profiles = 1\n',
     '[profiles]: must be a table, got 1',
     ('profiles',)),
    ('[profiles.charity]\ncriteria = { https = 2 }\n',
     '[profiles] kind: must be one of company, listed-company, ngo, institution, person; '
     "got 'charity'",
     ('profiles', 'charity')),
    ('[profiles]\nngo = 1\n',
     '[profiles.ngo]: must be a table, got 1',
     ('profiles', 'ngo')),
    ('[profiles.ngo]\nweights = { https = 2 }\n',
     "[profiles.ngo] key 'weights': must be one of dimensions, criteria; got 'weights'",
     ('profiles', 'ngo', 'weights')),
    ('[profiles.ngo]\ncriteria = 2\n',
     '[profiles.ngo].criteria: must be a table, got 2',
     ('profiles', 'ngo', 'criteria')),
    ('[profiles.ngo]\ncriteria = { donations = 2 }\n',
     '[profiles.ngo].criteria.donations: unknown name (allowed: see `benchmark criteria` '
     'for criterion ids; dimensions are content, social, services, tech, footprint)',
     ('profiles', 'ngo', 'criteria', 'donations')),
    ('[profiles.ngo]\ndimensions = { contnt = 2 }\n',
     '[profiles.ngo].dimensions.contnt: unknown name (allowed: see `benchmark criteria` for '
     'criterion ids; dimensions are content, social, services, tech, footprint)',
     ('profiles', 'ngo', 'dimensions', 'contnt')),
    ('[profiles.ngo]\ndimensions = { content = -2 }\n',
     '[profiles.ngo].dimensions.content: must be >= 0, got -2',
     ('profiles', 'ngo', 'dimensions', 'content')),
]


@pytest.mark.parametrize(("text", "message", "key"), CASES)
def test_an_invalid_value_names_the_file_that_set_it_and_the_rule(tmp_path: Path, text,
                                                                   message, key):
    base = tmp_path / "base.toml"
    base.write_text(text, encoding="utf-8")
    child = tmp_path / "child.toml"
    child.write_text('extends = "base.toml"\n', encoding="utf-8")
    with pytest.raises(MethodologyError) as error:
        load_methodology(child, known_criteria=["https", "languages"])
    assert str(error.value) == f"{base}: {message}"
    assert error.value.key == key


def test_a_circular_extends_names_the_whole_chain(tmp_path: Path):
    first, second = tmp_path / "a.toml", tmp_path / "b.toml"
    first.write_text('extends = "b.toml"\n', encoding="utf-8")
    second.write_text('extends = "a.toml"\n', encoding="utf-8")
    with pytest.raises(MethodologyError) as error:
        load_methodology(first)
    a, b = first.resolve(), second.resolve()
    assert str(error.value) == f"{b.parent / 'a.toml'}: extends: circular ({a} -> {b} -> {a})"
