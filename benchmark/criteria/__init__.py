"""criteria: the catalogue of declared criteria and the evaluation of a target."""

from benchmark.criteria import content, footprint, services, social, tech  # noqa: F401 (registers)
from benchmark.criteria.base import (
    Criterion,
    catalogue,
    catalogue_records,
    criterion,
    evaluate_target,
)
from benchmark.criteria.render import catalogue_csv, catalogue_markdown

__all__ = ["Criterion", "catalogue", "catalogue_csv", "catalogue_markdown", "catalogue_records",
           "criterion", "evaluate_target"]
