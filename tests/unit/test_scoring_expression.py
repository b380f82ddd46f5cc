"""The methodology's whitelisted formula evaluator: what it computes, what it refuses."""

import pytest

from scoring.expression import ExpressionError, parse

NAMES = ("presence", "level", "activity")


@pytest.mark.parametrize(("text", "values", "expected"), [
    ("presence * level * activity", {"presence": 1, "level": 0.6, "activity": 0.7},
     0.42),                                         # 1 × 0.6 × 0.7
    ("(level + activity) / 2", {"level": 0.6, "activity": 0.2}, 0.4),   # 0.8 / 2
    ("-level + 1", {"level": 0.25}, 0.75),          # unary minus: −0.25 + 1
    ("1 - level - activity", {"level": 0.5, "activity": 0.25}, 0.25),   # left to right
    ("min(level, activity, 0.5)", {"level": 0.6, "activity": 0.7}, 0.5),
    ("max(level, activity)", {"level": 0.6, "activity": 0.7}, 0.7),
    ("2 * 3 + 1", {}, 7.0),                         # precedence: 6 + 1
])
def test_allowed_formulas_compute(text, values, expected):
    assert parse(text, NAMES).evaluate(values) == pytest.approx(expected)


def test_unknown_quantity_is_unknown_but_zero_times_unknown_is_zero():
    formula = parse("presence * level * activity", NAMES)
    assert formula.evaluate({"presence": 1, "level": 0.5, "activity": None}) is None
    assert formula.evaluate({"presence": 0, "level": None, "activity": None}) == 0.0
    assert parse("presence + level", NAMES).evaluate({"presence": 0, "level": None}) is None
    assert parse("max(level, activity)", NAMES).evaluate({"level": 1, "activity": None}) is None
    assert parse("level / activity", NAMES).evaluate({"level": 1, "activity": 0}) is None


def test_names_and_rendering():
    formula = parse(" presence * (level + activity) / 2 ", NAMES)
    assert formula.text == "presence * (level + activity) / 2"
    assert formula.names == {"presence", "level", "activity"}
    assert formula.render() == "presence × (level + activity) / 2"
    assert formula.render({"presence": 1, "level": 0.625, "activity": None}) == \
        "1 × (0.63 + ?) / 2"  # two decimals, half away from zero; ? unknown
    assert parse("level - (activity - 1)", NAMES).render() == "level − (activity − 1)"
    assert parse("-(level + 1)", NAMES).render() == "−(level + 1)"
    assert parse("0.125 * level", NAMES).render({"level": 1}) == "0.125 × 1"  # as written


@pytest.mark.parametrize(("text", "message"), [
    ("presence * folowers",
     "unknown variable 'folowers' (known: activity, level, presence)"),
    ("level ** 2", "forbidden construct '**' (allowed: numbers, names, + - * /, parentheses, "
     "unary minus, min(), max())"),
    ("level % 2", "forbidden construct '%' (allowed: numbers, names, + - * /, parentheses, "
     "unary minus, min(), max())"),
    ("level > 1", "forbidden construct 'Compare' (allowed: numbers, names, + - * /, "
     "parentheses, unary minus, min(), max())"),
    ("level if presence else 0", "forbidden construct 'IfExp' (allowed: numbers, names, "
     "+ - * /, parentheses, unary minus, min(), max())"),
    ("presence.real", "forbidden construct 'Attribute' (allowed: numbers, names, + - * /, "
     "parentheses, unary minus, min(), max())"),
    ("__import__('os').system('true')", "forbidden function \"__import__('os').system\" "
     "(only min() and max())"),
    ("abs(level)", "forbidden function 'abs' (only min() and max())"),
    ("min(level)", "min() takes two or more plain arguments"),
    ("max(level, activity, key=level)", "max() takes two or more plain arguments"),
    ("'level'", "not a number: 'level' (allowed: numbers, names, + - * /, parentheses, "
     "unary minus, min(), max())"),
    ("True * level", "not a number: True (allowed: numbers, names, + - * /, parentheses, "
     "unary minus, min(), max())"),
    ("+level", "forbidden construct 'unary +' (allowed: numbers, names, + - * /, "
     "parentheses, unary minus, min(), max())"),
    ("level *", "cannot read 'level *': invalid syntax"),
    ("", "must be a formula such as \"presence * level * activity\", got ''"),
    ("[level]", "forbidden construct 'List' (allowed: numbers, names, + - * /, parentheses, "
     "unary minus, min(), max())"),
    ("lambda: 1", "forbidden construct 'Lambda' (allowed: numbers, names, + - * /, "
     "parentheses, unary minus, min(), max())"),
])
def test_refused_formulas_say_why(text, message):
    with pytest.raises(ExpressionError) as error:
        parse(text, NAMES)
    assert str(error.value) == message
