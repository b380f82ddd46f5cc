"""The fully resolved methodology as a TOML file that loads back to the same sha256."""

from __future__ import annotations

import json
from typing import Any

from scoring.config import Methodology
from scoring.formula import describe


def _value(value: Any) -> str:
    # settings are numbers (never booleans: validate.number refuses them), text, lists, tables
    if isinstance(value, int | float):
        return repr(float(value))
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_value(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{_key(k)} = {_value(v)}" for k, v in value.items()) + " }"
    return json.dumps(str(value), ensure_ascii=False)  # a JSON string is a TOML basic string


def _key(name: str) -> str:
    bare = name.replace("-", "").replace("_", "").isalnum() and name.isascii()
    return name if bare else json.dumps(name)


def _table(title: str, items: dict[str, Any]) -> list[str]:
    return ["", f"[{title}]", *(f"{_key(k)} = {_value(v)}" for k, v in items.items())]


def _comment(text: str) -> str:
    return "# " + " ".join(text.split())


def to_toml(m: Methodology) -> str:
    """Every setting written out (defaults included), the formulas as comments above."""
    formulas = describe(m)
    lines = [f"# Resolved methodology {m.name} {m.version}".rstrip(),
             f"# sha256 {m.sha256}", *(f"# from {source}" for source in m.sources),
             "#", "# Formulas:",
             *(_comment(item["formula"]) for item in formulas["dimensions"]),
             *(_comment(formulas[key]["formula"]) for key in ("overall", "missing", "ranking")),
             _comment(formulas["social_footprint"]["formula"]),
             *(_comment(f"not counted: {item['criterion']} (weight {item['weight']:g}): "
                        f"{item['reason']}") for item in formulas["not_counted"])]
    lines += _table("methodology", {"name": m.name, "version": m.version,
                                    "missing": m.missing, "default_weight": m.default_weight,
                                    "resolution": m.resolution, "overall": m.overall})
    lines += _table("dimensions", m.dimensions)
    criteria = {}
    for cid, rule in m.criteria.items():
        spec: dict[str, Any] = {"weight": rule.weight, "curve": rule.curve, **rule.params}
        if rule.resolution:
            spec["resolution"] = rule.resolution
        if rule.curve == "percentile":
            spec["within"] = rule.within
        criteria[cid] = spec
    lines += _table("criteria", criteria)
    lines += _table("footprint", {"combine": m.footprint_combine,
                                  "factors": list(m.footprint_factors),
                                  **m.social.to_record(),
                                  "people_weight": m.people_weight,
                                  "relays_weight": m.relays_weight})
    for kind, spec in m.profiles.items():
        lines += _table(f"profiles.{kind}", {k: v for k, v in spec.items() if v})
    if m.alternatives:
        lines += _table("alternatives", {k: list(v) for k, v in m.alternatives.items()})
    return "\n".join(lines) + "\n"
