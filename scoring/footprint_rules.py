"""The methodology's social-footprint formula: [footprint] per_platform, platforms, sum_full
and the named per-platform quantities, validated on load (defaults when a file omits them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from scoring import validate as v
from scoring.expression import Expression, ExpressionError, parse
from scoring.validate import MethodologyError

CRITERION = "social-footprint"
PLATFORM_COMBINES = ("sum", "mean", "max")
# footprint.csv column -> the curves that can read it
COLUMNS = {"followers": ("log", "linear"), "posts_90d": ("linear", "log"),
           "last_post": ("recency",)}
CURVE_PARAMS = {"log": ("low", "high"), "linear": ("low", "high"),
                "recency": ("full_days", "zero_days")}
# Quantities every formula may use without defining them (see scoring/footprint.py).
BUILT_IN = ("presence", "links_back", "links_to_site")
FOOTPRINT_KEYS = ("combine", "factors", "per_platform", "platforms", "sum_full", "quantities")


@dataclass(frozen=True)
class Quantity:
    """One named per-platform quantity: a footprint.csv column through a curve."""

    column: str
    curve: str
    params: dict[str, float]

    def to_record(self) -> dict[str, Any]:
        return {"column": self.column, "curve": self.curve, **self.params}


# The defaults of scoring/weights.toml, also used by a file that does not set them.
DEFAULT_QUANTITIES = {
    "level": Quantity("followers", "log", {"low": 100.0, "high": 1_000_000.0}),
    "activity": Quantity("posts_90d", "linear", {"low": 0.0, "high": 12.0}),
    "recency": Quantity("last_post", "recency", {"full_days": 7.0, "zero_days": 365.0}),
}
DEFAULT_FORMULA = "presence * level * activity"


@dataclass(frozen=True)
class SocialFootprint:
    """How social-footprint is computed: a formula per platform, then across platforms."""

    per_platform: Expression = field(
        default_factory=lambda: parse(DEFAULT_FORMULA, (*BUILT_IN, *DEFAULT_QUANTITIES)))
    platforms: str = "sum"
    sum_full: float = 2.0  # under "sum": the total that scores 1
    quantities: dict[str, Quantity] = field(default_factory=lambda: dict(DEFAULT_QUANTITIES))

    def to_record(self) -> dict[str, Any]:
        return {"per_platform": self.per_platform.text, "platforms": self.platforms,
                "sum_full": self.sum_full,
                "quantities": {name: q.to_record() for name, q in self.quantities.items()}}


def _quantity(name: str, spec: Any) -> Quantity:
    where, key = f"[footprint.quantities].{name}", ("footprint", "quantities", name)
    if not name.isidentifier() or name in (*BUILT_IN, "min", "max"):
        raise MethodologyError(f"{where}: not a usable name (a name such as level; not "
                               f"{', '.join((*BUILT_IN, 'min', 'max'))})", key)
    spec = v.table(where, spec, key)
    column = v.choice(f"{where}.column", spec.get("column"), COLUMNS, (*key, "column"))
    curve = v.choice(f"{where}.curve", spec.get("curve"), COLUMNS[column], (*key, "curve"))
    expected = CURVE_PARAMS[curve]
    v.keys_in(where, spec, ("column", "curve", *expected), key)
    params = {}
    for param in expected:
        if param not in spec:
            raise MethodologyError(f"{where}.{param}: missing (curve {curve!r} needs "
                                   f"{', '.join(expected)})", (*key, param))
        params[param] = v.number(f"{where}.{param}", spec[param], (*key, param),
                                 positive=curve == "log")
    if params[expected[0]] == params[expected[1]]:
        raise MethodologyError(f"{where}: {expected[0]} and {expected[1]} must differ", key)
    return Quantity(column, curve, params)


def social_footprint(foot: dict[str, Any]) -> SocialFootprint:
    """The [footprint] table's social-footprint settings; what it omits keeps its default."""
    given = v.table("[footprint.quantities]", foot.get("quantities", {}),
                    ("footprint", "quantities"))
    quantities = {**DEFAULT_QUANTITIES,
                  **{name: _quantity(name, spec) for name, spec in given.items()}}
    text = foot.get("per_platform", DEFAULT_FORMULA)
    try:
        expression = parse(text, (*BUILT_IN, *quantities))
    except ExpressionError as exc:
        raise MethodologyError(f"[footprint].per_platform: {exc}",
                               ("footprint", "per_platform")) from None
    return SocialFootprint(
        per_platform=expression,
        platforms=v.choice("[footprint].platforms", foot.get("platforms", "sum"),
                           PLATFORM_COMBINES, ("footprint", "platforms")),
        sum_full=v.number("[footprint].sum_full", foot.get("sum_full", 2.0),
                          ("footprint", "sum_full"), positive=True),
        quantities=quantities)
