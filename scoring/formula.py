"""The one description of every formula of a methodology, which explain and reports print."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scoring.footprint_rules import CRITERION
from scoring.validate import DIMENSIONS, CriterionRule

if TYPE_CHECKING:
    from scoring.config import Methodology

MEAN = "{d} = 100 × Σ wᵢ·sᵢ / Σ wᵢ over the {d} criteria that apply and were measured"
PRODUCT = "{d} = 100 × {factors} (unweighted product of the factors' scores{missing})"
OVERALL = {
    "arithmetic": "overall = Σ W·D / Σ W over the dimensions D that have a score",
    "geometric": "overall = (Π D^W)^(1 / Σ W) over the dimensions D that have a score "
                 "(a dimension at 0 makes it 0)",
}
MISSING = {"exclude": "unknown and error verdicts are left out of every mean",
           "zero": "unknown and error verdicts count as a score of 0"}
RANKING = ("rank = 1 + the number of organisations whose overall score, rounded half away "
           "from zero to {res}, is higher; equal rounded scores share a rank; sites that "
           "could not be crawled are not ranked")


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def rule_text(rule: CriterionRule) -> str:
    """How one criterion's score s is made from its raw value x."""
    p = {name: _num(value) for name, value in rule.params.items()}
    text = {
        "binary": "s = the criterion's own score (pass 1, fail 0, or its 0-1 score)",
        "linear": f"s = (x − {p.get('low')}) / ({p.get('high')} − {p.get('low')}), "
                  "clamped to 0-1",
        "log": f"s = (log10 x − log10 {p.get('low')}) / (log10 {p.get('high')} − log10 "
               f"{p.get('low')}), clamped to 0-1",
        "lognormal": f"s = log-normal curve, lower is better: {p.get('p10')} scores 0.9, "
                     f"{p.get('median')} scores 0.5",
        "recency": f"s = 1 up to {p.get('full_days')} days old, 0 from {p.get('zero_days')} "
                   "days, linear between",
        "percentile": f"s = position of x within the {rule.within} (0 lowest, 1 highest)",
    }[rule.curve]
    if rule.resolution:
        text = f"x = value rounded to a multiple of {_num(rule.resolution)}; {text}"
    return text


ACROSS = {"sum": "min(1, Σ v / {full}) over the platforms whose v is known",
          "mean": "the mean of v over the platforms whose v is known",
          "max": "the highest v over the platforms whose v is known"}
BUILT_IN = {
    "presence": "presence = 1 when the account was read or its figures supplied, 0 when it "
                "is not found, private or behind a login wall, otherwise unknown",
    "links_back": "links_back = 1 when the account links back to the site, 0 when it does "
                  "not, otherwise unknown",
    "links_to_site": "links_to_site = 1 when the site links to the account, 0 when it does "
                     "not, otherwise unknown"}
COLUMN_WORDS = {"followers": "followers", "posts_90d": "posts in the last 90 days",
                "last_post": "the newest post"}
UNKNOWN_RULE = ("a quantity not shown is unknown and makes v unknown (0 × unknown = 0); a "
                "platform whose v is unknown is left out")


def _quantity_text(name: str, column: str, curve: str, p: dict[str, float]) -> str:
    if curve == "recency":
        return (f"{name} = 1 when {COLUMN_WORDS[column]} is at most {_num(p['full_days'])} "
                f"days old, 0 from {_num(p['zero_days'])} days, linear between")
    scale = "a log scale" if curve == "log" else "a linear scale"
    return (f"{name} = {COLUMN_WORDS[column]} on {scale}, 0 at {_num(p['low'])}, 1 at "
            f"{_num(p['high'])}")


def social_footprint_text(m: Methodology) -> str:
    """social-footprint in words: the per-platform formula, each quantity it uses, the
    combination across platforms."""
    rules = m.social
    used = rules.per_platform.names
    parts = [f"{CRITERION} = " + ACROSS[rules.platforms].format(full=_num(rules.sum_full)),
             f"v = {rules.per_platform.render()} per platform, clamped to 0-1",
             *(BUILT_IN[name] for name in BUILT_IN if name in used),
             *(_quantity_text(name, q.column, q.curve, q.params)
               for name, q in rules.quantities.items() if name in used), UNKNOWN_RULE]
    return "; ".join(parts)


def criterion_text(m: Methodology, cid: str, rule: CriterionRule) -> str:
    """rule_text, but social-footprint's own score is the methodology's footprint formula."""
    return social_footprint_text(m) if cid == CRITERION and rule.curve == "binary" \
        else rule_text(rule)


def _not_counted(m: Methodology) -> list[dict[str, Any]]:
    """Criteria whose weight changes nothing, and why: said, never silently ignored."""
    ids = sorted(set(m.criteria) | set(m.criterion_dimensions))
    out = []
    for cid in ids:
        weight = m.rule(cid).weight
        dimension = m.criterion_dimensions.get(cid, "")
        if weight == 0:
            reason = "weight 0 (informational)"
        elif dimension and m.dimensions.get(dimension) == 0:
            reason = f"dimension {dimension} has weight 0"
        elif (dimension == "footprint" and m.footprint_combine == "product"
              and m.footprint_factors and cid not in m.footprint_factors):
            reason = "footprint is the product of its factors; this criterion is not one"
        else:
            continue
        out.append({"criterion": cid, "weight": weight, "dimension": dimension,
                    "reason": reason})
    return out


def _is_product(m: Methodology, dimension: str) -> bool:
    return dimension == "footprint" and m.footprint_combine == "product" and bool(
        m.footprint_factors)


def dimension_formula(m: Methodology, dimension: str) -> str:
    if _is_product(m, dimension):
        missing = ("; a factor not measured counts 0" if m.missing == "zero"
                   else "; a factor not measured is left out")
        return PRODUCT.format(d=dimension, factors=" × ".join(m.footprint_factors),
                              missing=missing)
    return MEAN.format(d=dimension)


def describe(m: Methodology) -> dict[str, Any]:
    """Every aggregation of `m` as data and text: dimensions, overall, missing, ranking."""
    return {
        "dimensions": [{"dimension": d, "weight": m.dimensions[d],
                        "combine": "product" if _is_product(m, d) else "mean",
                        "formula": dimension_formula(m, d)} for d in DIMENSIONS],
        "overall": {"method": m.overall, "formula": OVERALL[m.overall]},
        "missing": {"policy": m.missing, "formula": MISSING[m.missing]},
        "ranking": {"resolution": m.resolution, "formula": RANKING.format(
            res=_num(m.resolution))},
        "not_counted": _not_counted(m),
        "social_footprint": {**m.social.to_record(), "formula": social_footprint_text(m)},
        "profiles": [{"kind": kind, **spec} for kind, spec in m.profiles.items()],
        "alternatives": {k: list(options) for k, options in m.alternatives.items()},
    }
