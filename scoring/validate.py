"""Check each value of a (merged) methodology table; every error names its key and the rule."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from scoring.curves import CURVE_PARAMETERS

DIMENSIONS = ("content", "social", "services", "tech", "footprint")
KINDS = ("company", "listed-company", "ngo", "institution", "person")  # as benchmark.model
MISSING_POLICIES = ("exclude", "zero")
COMBINE_METHODS = ("mean", "product")
OVERALL_METHODS = ("arithmetic", "geometric")
PEER_GROUPS = ("panel", "kind", "sector")
# Curves on measured numbers may round the value to a step first (see README "Methodology").
QUANTISED_CURVES = ("linear", "log", "lognormal", "percentile")
HEAD_KEYS = ("name", "version", "missing", "default_weight", "resolution", "overall")
# [alternatives] key -> the choices a researcher may declare for the sensitivity analysis
# [footprint] keys: how much a person's and a relay's footprint add to their organisation's
# extended footprint (0: not counted; 1: as much as the organisation's own).
EXTENDED_DEFAULTS = {"people_weight": 0.5, "relays_weight": 0.5}
ALTERNATIVES = {"overall": OVERALL_METHODS, "missing": MISSING_POLICIES,
                "footprint": COMBINE_METHODS}


class MethodologyError(ValueError):
    """The methodology file is invalid; the message names the file, the key and the rule."""

    def __init__(self, message: str, key: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.key = key  # where in the merged table, to find the file that set it


@dataclass(frozen=True)
class CriterionRule:
    """How one criterion counts: its weight, and the curve applied to its raw value."""

    weight: float
    curve: str = "binary"
    params: dict[str, float] = field(default_factory=dict)
    resolution: float | None = None  # the value is rounded to this step before the curve
    within: str = "panel"            # percentile only: the peer group it is computed in


def number(where: str, value: Any, key: tuple[str, ...], *, positive: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise MethodologyError(f"{where}: must be a number, got {value!r}", key)
    if value < 0 or (positive and value == 0):
        raise MethodologyError(f"{where}: must be {'> 0' if positive else '>= 0'}, got {value}",
                               key)
    return float(value)


def table(where: str, value: Any, key: tuple[str, ...]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise MethodologyError(f"{where}: must be a table, got {value!r}", key)
    return value


def choice(where: str, value: Any, allowed: Iterable[str], key: tuple[str, ...]) -> str:
    allowed = tuple(allowed)
    if value not in allowed:
        raise MethodologyError(f"{where}: must be one of {', '.join(allowed)}; got {value!r}",
                               key)
    return value


def keys_in(where: str, data: dict[str, Any], allowed: Iterable[str],
            key: tuple[str, ...]) -> None:
    for name in data:
        choice(f"{where} key {name!r}", name, allowed, (*key, name))


def rule(cid: str, spec: Any) -> CriterionRule:
    where, key = f"[criteria].{cid}", ("criteria", cid)
    if not isinstance(spec, dict):
        return CriterionRule(number(where, spec, key))
    curve = choice(f"{where}.curve", spec.get("curve", "binary"), CURVE_PARAMETERS,
                   (*key, "curve"))
    expected = CURVE_PARAMETERS[curve]
    optional = (("resolution",) if curve in QUANTISED_CURVES else ()) + (
        ("within",) if curve == "percentile" else ())
    unknown = set(spec) - {"weight", "curve", *expected, *optional}
    if unknown:
        raise MethodologyError(
            f"{where}: unknown key(s) {', '.join(sorted(unknown))} for curve {curve!r} "
            f"(allowed: {', '.join(('weight', 'curve', *expected, *optional))})",
            (*key, sorted(unknown)[0]))
    if "weight" not in spec:
        raise MethodologyError(f"{where}.weight: missing", (*key, "weight"))
    params = {}
    for name in expected:
        if name not in spec:
            raise MethodologyError(f"{where}.{name}: missing (curve {curve!r} needs "
                                   f"{', '.join(expected)})", (*key, name))
        params[name] = number(f"{where}.{name}", spec[name], (*key, name),
                              positive=curve in ("log", "lognormal"))
    if len(expected) == 2 and params[expected[0]] == params[expected[1]]:
        raise MethodologyError(f"{where}: {expected[0]} and {expected[1]} must differ", key)
    resolution = (number(f"{where}.resolution", spec["resolution"], (*key, "resolution"),
                         positive=True) if "resolution" in spec else None)
    within = choice(f"{where}.within", spec.get("within", "panel"), PEER_GROUPS,
                    (*key, "within"))
    return CriterionRule(number(f"{where}.weight", spec["weight"], (*key, "weight")), curve,
                         params, resolution, within)


def weights(where: str, data: Any, allowed: Iterable[str] | None,
            key: tuple[str, ...]) -> dict[str, float]:
    """A table of name = weight; names outside `allowed` (when given) are refused."""
    allowed = tuple(allowed) if allowed is not None else None
    out = {}
    for name, value in table(where, data, key).items():
        if allowed is not None and name not in allowed:
            raise MethodologyError(f"{where}.{name}: unknown name (allowed: see `benchmark "
                                   "criteria` for criterion ids; dimensions are "
                                   f"{', '.join(DIMENSIONS)})", (*key, name))
        out[name] = number(f"{where}.{name}", value, (*key, name))
    return out


def profiles(data: Any, known: Iterable[str] | None) -> dict[str, dict[str, dict[str, float]]]:
    """[profiles.<kind>]: dimension and criterion weights that replace the defaults for
    organisations of that kind."""
    out = {}
    for kind, spec in table("[profiles]", data, ("profiles",)).items():
        where, key = f"[profiles.{kind}]", ("profiles", kind)
        choice("[profiles] kind", kind, KINDS, key)
        spec = table(where, spec, key)
        keys_in(where, spec, ("dimensions", "criteria"), key)
        out[kind] = {
            "dimensions": weights(f"{where}.dimensions", spec.get("dimensions", {}), DIMENSIONS,
                                  (*key, "dimensions")),
            "criteria": weights(f"{where}.criteria", spec.get("criteria", {}), known,
                                (*key, "criteria"))}
    return out


def alternatives(data: Any) -> dict[str, tuple[str, ...]]:
    """[alternatives]: the other choices a sensitivity analysis may draw, each validated."""
    out = {}
    for name, options in table("[alternatives]", data, ("alternatives",)).items():
        key = ("alternatives", name)
        choice("[alternatives] key", name, ALTERNATIVES, key)
        if not isinstance(options, list) or not options:
            raise MethodologyError(f"[alternatives].{name}: must be a non-empty list of "
                                   f"{', '.join(ALTERNATIVES[name])}", key)
        out[name] = tuple(choice(f"[alternatives].{name}", option, ALTERNATIVES[name], key)
                          for option in options)
    return out


def extended_weights(foot: dict[str, Any]) -> dict[str, float]:
    """[footprint] people_weight and relays_weight, numbers >= 0 (defaults when absent)."""
    return {name: number(f"[footprint].{name}", foot.get(name, default), ("footprint", name))
            for name, default in EXTENDED_DEFAULTS.items()}
