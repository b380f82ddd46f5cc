"""A tiny whitelisted arithmetic evaluator for methodology formulas (never Python's eval).

Allowed: numbers, names from a given set, + - * /, parentheses, unary minus, min() and
max() with two or more arguments. An unknown quantity is None and makes the result None,
except that a product with a factor of exactly 0 is 0 (an account that is absent has no
footprint, whatever its unread audience would be); x / 0 is None too.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from scoring.rounding import round_half_away

ALLOWED = "numbers, names, + - * /, parentheses, unary minus, min(), max()"
OPERATORS = {ast.Add: "+", ast.Sub: "−", ast.Mult: "×", ast.Div: "/"}
FUNCTIONS = ("min", "max")
SOURCE_SYMBOLS = {ast.Pow: "**", ast.FloorDiv: "//", ast.Mod: "%", ast.MatMult: "@",
                  ast.BitAnd: "&", ast.BitOr: "|", ast.BitXor: "^", ast.LShift: "<<",
                  ast.RShift: ">>", ast.UAdd: "unary +", ast.Not: "not", ast.Invert: "~"}
Value = float | None


class ExpressionError(ValueError):
    """A formula that is not allowed; the message says what and what is allowed."""


def _forbidden(node: ast.AST) -> ExpressionError:
    op = getattr(node, "op", None)
    what = SOURCE_SYMBOLS.get(type(op)) if op is not None else None
    what = what or type(node).__name__
    return ExpressionError(f"forbidden construct {what!r} (allowed: {ALLOWED})")


def _check(node: ast.AST, names: frozenset[str]) -> None:
    """Refuse anything outside the whitelist, naming it."""
    if isinstance(node, ast.Constant):
        if isinstance(node.value, bool) or not isinstance(node.value, int | float):
            raise ExpressionError(f"not a number: {node.value!r} (allowed: {ALLOWED})")
    elif isinstance(node, ast.Name):
        if node.id not in names:
            raise ExpressionError(f"unknown variable {node.id!r} (known: "
                                  f"{', '.join(sorted(names))})")
    elif isinstance(node, ast.BinOp) and type(node.op) in OPERATORS:
        _check(node.left, names)
        _check(node.right, names)
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        _check(node.operand, names)
    elif isinstance(node, ast.Call):
        name = node.func.id if isinstance(node.func, ast.Name) else ast.unparse(node.func)
        if name not in FUNCTIONS:
            raise ExpressionError(f"forbidden function {name!r} (only min() and max())")
        if node.keywords or len(node.args) < 2 or any(
                isinstance(a, ast.Starred) for a in node.args):
            raise ExpressionError(f"{name}() takes two or more plain arguments")
        for arg in node.args:
            _check(arg, names)
    else:
        raise _forbidden(node)


def _value(node: ast.AST, values: Mapping[str, Value]) -> Value:
    if isinstance(node, ast.Constant):
        return float(node.value)
    if isinstance(node, ast.Name):
        found = values.get(node.id)
        return None if found is None else float(found)
    if isinstance(node, ast.UnaryOp):
        inner = _value(node.operand, values)
        return None if inner is None else -inner
    if isinstance(node, ast.Call):
        args = [_value(a, values) for a in node.args]
        if any(a is None for a in args):
            return None
        return (min if node.func.id == "min" else max)(args)  # type: ignore[attr-defined]
    assert isinstance(node, ast.BinOp)
    left, right = _value(node.left, values), _value(node.right, values)
    if isinstance(node.op, ast.Mult) and (left == 0 or right == 0):
        return 0.0  # zero times unknown is zero
    if left is None or right is None:
        return None
    if isinstance(node.op, ast.Add):
        return left + right
    if isinstance(node.op, ast.Sub):
        return left - right
    if isinstance(node.op, ast.Mult):
        return left * right
    return None if right == 0 else left / right


def short(value: Value) -> str:
    """Two decimals at most, rounded half away from zero (0.625 -> 0.63); '?' unknown."""
    if value is None:
        return "?"
    shown = round_half_away(value, 0.01)
    return f"{shown:.2f}".rstrip("0").rstrip(".") if shown % 1 else str(int(shown))


@dataclass(frozen=True)
class Expression:
    """A validated formula: its text, its parsed tree and the names it uses."""

    text: str
    tree: ast.Expression
    names: frozenset[str]

    def evaluate(self, values: Mapping[str, Value]) -> Value:
        """The formula's value; None when an unknown quantity decides it."""
        return _value(self.tree.body, values)

    def render(self, values: Mapping[str, Value] | None = None) -> str:
        """The formula written out, × for *, each name replaced by its value when given
        (two decimals, '?' when unknown): "1 × 0.6 × 0.7"."""
        return _render(self.tree.body, values, 0)


PRECEDENCE = {ast.Add: 1, ast.Sub: 1, ast.Mult: 2, ast.Div: 2}


def _render(node: ast.AST, values: Mapping[str, Value] | None, outer: int) -> str:
    if isinstance(node, ast.Constant):
        number = float(node.value)  # as written: a constant is not a measured figure
        return str(int(number)) if number.is_integer() else repr(number)
    if isinstance(node, ast.Name):
        return node.id if values is None else short(values.get(node.id))
    if isinstance(node, ast.UnaryOp):
        return "−" + _render(node.operand, values, 3)
    if isinstance(node, ast.Call):
        return f"{node.func.id}({', '.join(_render(a, values, 0) for a in node.args)})"  # type: ignore[attr-defined]
    assert isinstance(node, ast.BinOp)
    level = PRECEDENCE[type(node.op)]
    text = (f"{_render(node.left, values, level)} {OPERATORS[type(node.op)]} "
            f"{_render(node.right, values, level + 1)}")
    return f"({text})" if level < outer else text


def parse(text: str, names: Iterable[str]) -> Expression:
    """Parse and validate `text` against the allowed `names`; ExpressionError otherwise."""
    if not isinstance(text, str) or not text.strip():
        raise ExpressionError(f"must be a formula such as \"presence * level * activity\", "
                              f"got {text!r}")
    try:
        tree = ast.parse(text.strip(), mode="eval")
    except SyntaxError as exc:
        raise ExpressionError(f"cannot read {text!r}: {exc.msg}") from None
    known = frozenset(names)
    _check(tree.body, known)
    used = frozenset(n.id for n in ast.walk(tree) if isinstance(n, ast.Name)
                     and n.id not in FUNCTIONS)
    return Expression(text.strip(), tree, used)
