"""criteria: the catalogue of declared criteria and the evaluation of a target."""

from benchmark.criteria import (  # noqa: F401 (importing a module registers its criteria)
    content,
    content_media,
    engagement,
    footprint,
    footprint_social,
    services,
    services_finders,
    social,
    social_spaces,
    tech,
    tech_performance,
    tech_privacy,
    tech_quality,
    tech_security,
    tech_seo,
    tech_stack,
)
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
