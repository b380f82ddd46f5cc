"""social-footprint: declared here for the catalogue, computed when scoring (scoring/footprint.py)
from footprint.csv and the methodology's formula, which criteria never see."""

from __future__ import annotations

from benchmark.criteria.base import criterion
from benchmark.criteria.site import SiteView
from benchmark.model import Evidence, Outcome, Status, Target

# Criteria whose row the score stage writes (the evaluate stage leaves a placeholder).
COMPUTED_WHEN_SCORING = ("social-footprint",)
PLACEHOLDER = "computed when scoring, from footprint.csv and the methodology's formula"


@criterion(id="social-footprint", dimension="footprint", title="Social footprint",
           failure_title="No social footprint", needs=("profiles",),
           measures="Per platform, presence × level × activity (the methodology's [footprint] "
                    "per_platform formula: by default whether the account could be read, its "
                    "followers on a log scale and its posts in the last 90 days), combined "
                    "across platforms by sum, mean or max as the methodology says. Computed "
                    "when scoring, from footprint.csv; the evidence gives each platform's "
                    "value.")
def social_footprint(site: SiteView, target: Target) -> Outcome:
    return Outcome(Status.UNKNOWN, "", None, Evidence(site.home_url, PLACEHOLDER))
