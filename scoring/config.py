"""Load and validate a methodology TOML file; every error names the file and the key."""

from __future__ import annotations

import hashlib
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from scoring.curves import CURVE_PARAMETERS

DIMENSIONS = ("content", "social", "services", "tech", "footprint")
MISSING_POLICIES = ("exclude", "zero")
COMBINE_METHODS = ("mean", "product")
TOP_LEVEL = ("methodology", "dimensions", "criteria", "footprint")


class MethodologyError(ValueError):
    """The methodology file is invalid; the message names the file, the key and the rule."""


@dataclass(frozen=True)
class CriterionRule:
    """How one criterion counts: its weight, and the curve applied to its raw value."""

    weight: float
    curve: str = "binary"
    params: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Methodology:
    """A validated methodology: everything the score stage needs, nothing else."""

    path: str
    sha256: str
    name: str
    missing: str
    default_weight: float
    dimensions: dict[str, float]
    criteria: dict[str, CriterionRule]
    footprint_combine: str
    footprint_factors: tuple[str, ...]

    def rule(self, criterion_id: str) -> CriterionRule:
        return self.criteria.get(criterion_id, CriterionRule(self.default_weight))

    def to_record(self) -> dict[str, Any]:
        """What run.json records, so any score can be recomputed by hand."""
        return {"path": self.path, "sha256": self.sha256, "name": self.name,
                "missing": self.missing, "default_weight": self.default_weight,
                "dimensions": self.dimensions,
                "criteria": {cid: {"weight": r.weight, "curve": r.curve, **r.params}
                             for cid, r in self.criteria.items()},
                "footprint": {"combine": self.footprint_combine,
                              "factors": list(self.footprint_factors)}}


def default_weights_path() -> Path:
    return Path(str(resources.files("scoring").joinpath("weights.toml")))


def _number(where: str, value: Any, *, positive: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise MethodologyError(f"{where}: must be a number, got {value!r}")
    if value < 0 or (positive and value == 0):
        raise MethodologyError(f"{where}: must be {'> 0' if positive else '>= 0'}, got {value}")
    return float(value)


def _table(where: str, value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise MethodologyError(f"{where}: must be a table, got {value!r}")
    return value


def _choice(where: str, value: Any, allowed: Iterable[str]) -> str:
    allowed = tuple(allowed)
    if value not in allowed:
        raise MethodologyError(f"{where}: must be one of {', '.join(allowed)}; got {value!r}")
    return value


def _rule(where: str, spec: Any) -> CriterionRule:
    if not isinstance(spec, dict):
        return CriterionRule(_number(where, spec))
    curve = _choice(f"{where}.curve", spec.get("curve", "binary"), CURVE_PARAMETERS)
    expected = CURVE_PARAMETERS[curve]
    unknown = set(spec) - {"weight", "curve", *expected}
    if unknown:
        raise MethodologyError(f"{where}: unknown key(s) {', '.join(sorted(unknown))} for "
                               f"curve {curve!r} (allowed: weight, curve, {', '.join(expected)})")
    if "weight" not in spec:
        raise MethodologyError(f"{where}.weight: missing")
    params = {}
    for name in expected:
        if name not in spec:
            raise MethodologyError(f"{where}.{name}: missing (curve {curve!r} needs "
                                   f"{', '.join(expected)})")
        params[name] = _number(f"{where}.{name}", spec[name], positive=curve in ("log",
                                                                                 "lognormal"))
    if len(expected) == 2 and params[expected[0]] == params[expected[1]]:
        raise MethodologyError(f"{where}: {expected[0]} and {expected[1]} must differ")
    return CriterionRule(_number(f"{where}.weight", spec["weight"]), curve, params)


def load_methodology(path: Path | None = None, known_criteria: Iterable[str] | None = None
                     ) -> Methodology:
    """Read and validate `path` (default: scoring/weights.toml)."""
    path = Path(path) if path is not None else default_weights_path()
    try:
        raw = path.read_bytes()
        data = tomllib.loads(raw.decode("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise MethodologyError(f"{path}: cannot read methodology: {exc}") from exc
    try:
        return _parse(path, raw, data, known_criteria)
    except MethodologyError as exc:
        raise MethodologyError(f"{path}: {exc}") from None


def _parse(path: Path, raw: bytes, data: dict[str, Any], known: Iterable[str] | None
           ) -> Methodology:
    for key in data:
        _choice("top-level table", key, TOP_LEVEL)
    head = _table("[methodology]", data.get("methodology", {}))
    dims = _table("[dimensions]", data.get("dimensions", {}))
    for key in dims:
        _choice(f"[dimensions] key {key!r}", key, DIMENSIONS)
    dimensions = {d: _number(f"[dimensions].{d}", dims.get(d, 1.0)) for d in DIMENSIONS}
    if not any(dimensions.values()):
        raise MethodologyError("[dimensions]: at least one dimension needs a weight > 0")
    known_ids = set(known) if known is not None else None
    criteria = {}
    for cid, spec in _table("[criteria]", data.get("criteria", {})).items():
        if known_ids is not None and cid not in known_ids:
            raise MethodologyError(f"[criteria].{cid}: unknown criterion id (see "
                                   "`benchmark criteria` for the catalogue)")
        criteria[cid] = _rule(f"[criteria].{cid}", spec)
    foot = _table("[footprint]", data.get("footprint", {}))
    factors = foot.get("factors", [])
    if not isinstance(factors, list) or not all(isinstance(f, str) for f in factors):
        raise MethodologyError(f"[footprint].factors: must be a list of criterion ids, "
                               f"got {factors!r}")
    return Methodology(
        path=str(path), sha256=hashlib.sha256(raw).hexdigest(),
        name=str(head.get("name", path.stem)),
        missing=_choice("[methodology].missing", head.get("missing", "exclude"),
                        MISSING_POLICIES),
        default_weight=_number("[methodology].default_weight", head.get("default_weight", 1.0)),
        dimensions=dimensions, criteria=criteria,
        footprint_combine=_choice("[footprint].combine", foot.get("combine", "mean"),
                                  COMBINE_METHODS),
        footprint_factors=tuple(factors))
