"""Transparent scoring: a TOML methodology turns criterion results into ranked scores."""

from scoring.aggregate import score_results
from scoring.config import Methodology, MethodologyError, default_weights_path, load_methodology

__all__ = ["Methodology", "MethodologyError", "default_weights_path", "load_methodology",
           "score_results"]
