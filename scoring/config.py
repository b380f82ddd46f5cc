"""Load and validate a methodology TOML file; every error names the file and the key."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from scoring import validate as v
from scoring.footprint_rules import FOOTPRINT_KEYS, SocialFootprint, social_footprint
from scoring.layers import default_weights_path, origin, resolve
from scoring.validate import DIMENSIONS, CriterionRule, MethodologyError

__all__ = ["DIMENSIONS", "CriterionRule", "Methodology", "MethodologyError",
           "default_weights_path", "load_methodology"]
TOP_LEVEL = ("methodology", "dimensions", "criteria", "footprint", "profiles", "alternatives")


@dataclass(frozen=True)
class Methodology:
    """A validated, resolved methodology: everything the score stage needs, nothing else."""

    path: str
    sha256: str  # of the resolved methodology (to_record without path and sha256)
    name: str
    missing: str
    default_weight: float
    dimensions: dict[str, float]
    criteria: dict[str, CriterionRule]
    footprint_combine: str
    footprint_factors: tuple[str, ...]
    version: str = ""
    resolution: float = 0.1  # ranks compare overall scores rounded to this step
    overall: str = "arithmetic"
    alternatives: dict[str, tuple[str, ...]] = field(default_factory=dict)
    profiles: dict[str, dict[str, dict[str, float]]] = field(default_factory=dict)
    sources: tuple[str, ...] = ()  # the files merged by `extends`, the base first
    criterion_dimensions: dict[str, str] = field(default_factory=dict)  # from the catalogue
    social: SocialFootprint = field(default_factory=SocialFootprint)  # social-footprint
    # What a person's / a relay's footprint adds to its organisation's extended footprint
    # ([footprint] people_weight, relays_weight; scoring.extended).
    people_weight: float = v.EXTENDED_DEFAULTS["people_weight"]
    relays_weight: float = v.EXTENDED_DEFAULTS["relays_weight"]

    def rule(self, criterion_id: str, kind: str | None = None) -> CriterionRule:
        base = self.criteria.get(criterion_id, CriterionRule(self.default_weight))
        override = self.profiles.get(kind, {}).get("criteria", {})
        return replace(base, weight=override[criterion_id]) if criterion_id in override \
            else base

    def dimension_weights(self, kind: str | None = None) -> dict[str, float]:
        return {**self.dimensions, **self.profiles.get(kind, {}).get("dimensions", {})}

    def with_choices(self, **choices: str) -> Methodology:
        """The same methodology with other `overall`, `missing` or `footprint` choices (the
        alternatives a sensitivity analysis draws)."""
        names = {"overall": "overall", "missing": "missing", "footprint": "footprint_combine"}
        changed = replace(self, **{names[k]: value for k, value in choices.items()})
        return replace(changed, sha256=_digest(changed))

    def to_record(self) -> dict[str, Any]:
        """What run.json records, so any score can be recomputed by hand."""
        from scoring.formula import criterion_text, describe

        resolved = {
            "name": self.name, "version": self.version, "missing": self.missing,
            "default_weight": self.default_weight, "resolution": self.resolution,
            "overall": self.overall, "dimensions": self.dimensions,
            "criteria": {cid: {"weight": r.weight, "curve": r.curve, **r.params,
                               **({"resolution": r.resolution} if r.resolution else {}),
                               **({"within": r.within} if r.curve == "percentile" else {}),
                               "formula": criterion_text(self, cid, r)}
                         for cid, r in self.criteria.items()},
            "footprint": {"combine": self.footprint_combine,
                          "factors": list(self.footprint_factors), **self.social.to_record(),
                          "people_weight": self.people_weight,
                          "relays_weight": self.relays_weight},
            "profiles": self.profiles,
            "alternatives": {k: list(options) for k, options in self.alternatives.items()},
            "formulas": describe(self)}
        return {"path": self.path, "sha256": self.sha256, "sources": list(self.sources),
                **resolved}


def _digest(methodology: Methodology) -> str:
    record = methodology.to_record()
    for key in ("path", "sha256", "sources"):
        record.pop(key)
    return hashlib.sha256(json.dumps(record, sort_keys=True).encode("utf-8")).hexdigest()


def load_methodology(path: Path | None = None,
                     known_criteria: Iterable[str] | Mapping[str, str] | None = None
                     ) -> Methodology:
    """Read `path` (default: scoring/weights.toml) and what it `extends`, merge, validate.

    `known_criteria`: the catalogue's ids, or a mapping id -> dimension (then the formulas
    can say which weights have no effect)."""
    path = Path(path) if path is not None else default_weights_path()
    data, origins, sources = resolve(path)
    try:
        method = _parse(path, data, known_criteria, sources)
    except MethodologyError as exc:
        raise MethodologyError(f"{origin(origins, exc.key, str(path))}: {exc}",
                               exc.key) from None
    return replace(method, sha256=_digest(method))


def _parse(path: Path, data: dict[str, Any], known: Iterable[str] | None,
           sources: tuple[str, ...]) -> Methodology:
    for key in data:
        v.choice("top-level table", key, TOP_LEVEL, (key,))
    head = v.table("[methodology]", data.get("methodology", {}), ("methodology",))
    v.keys_in("[methodology]", head, v.HEAD_KEYS, ("methodology",))
    dims = v.table("[dimensions]", data.get("dimensions", {}), ("dimensions",))
    for key in dims:
        v.choice(f"[dimensions] key {key!r}", key, DIMENSIONS, ("dimensions", key))
    dimensions = {d: v.number(f"[dimensions].{d}", dims.get(d, 1.0), ("dimensions", d))
                  for d in DIMENSIONS}
    if not any(dimensions.values()):
        raise MethodologyError("[dimensions]: at least one dimension needs a weight > 0",
                               ("dimensions",))
    catalogue = dict(known) if isinstance(known, Mapping) else None
    known_ids = set(known) if known is not None else None
    criteria = {}
    for cid, spec in v.table("[criteria]", data.get("criteria", {}), ("criteria",)).items():
        if known_ids is not None and cid not in known_ids:
            raise MethodologyError(f"[criteria].{cid}: unknown criterion id (see "
                                   "`benchmark criteria` for the catalogue)", ("criteria", cid))
        criteria[cid] = v.rule(cid, spec)
    foot = v.table("[footprint]", data.get("footprint", {}), ("footprint",))
    v.keys_in("[footprint]", foot, (*FOOTPRINT_KEYS, *v.EXTENDED_DEFAULTS), ("footprint",))
    factors = foot.get("factors", [])
    if not isinstance(factors, list) or not all(isinstance(f, str) for f in factors) or (
            known_ids is not None and set(factors) - known_ids):
        raise MethodologyError(f"[footprint].factors: must be a list of criterion ids, "
                               f"got {factors!r}", ("footprint", "factors"))
    return Methodology(
        path=str(path), sha256="", name=str(head.get("name", path.stem)),
        version=str(head.get("version", "")),
        missing=v.choice("[methodology].missing", head.get("missing", "exclude"),
                         v.MISSING_POLICIES, ("methodology", "missing")),
        default_weight=v.number("[methodology].default_weight", head.get("default_weight", 1.0),
                                ("methodology", "default_weight")),
        resolution=v.number("[methodology].resolution", head.get("resolution", 0.1),
                            ("methodology", "resolution"), positive=True),
        overall=v.choice("[methodology].overall", head.get("overall", "arithmetic"),
                         v.OVERALL_METHODS, ("methodology", "overall")),
        dimensions=dimensions, criteria=criteria,
        footprint_combine=v.choice("[footprint].combine", foot.get("combine", "mean"),
                                   v.COMBINE_METHODS, ("footprint", "combine")),
        footprint_factors=tuple(factors), social=social_footprint(foot),
        **v.extended_weights(foot),
        alternatives=v.alternatives(data.get("alternatives", {})),
        profiles=v.profiles(data.get("profiles", {}), known_ids),
        sources=sources, criterion_dimensions=catalogue or {})
