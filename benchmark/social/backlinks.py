"""Whether an account's bio, fields or description name the organisation's website."""

from __future__ import annotations

import re
from collections.abc import Iterable

from benchmark.sites import site_of


def domain_named(texts: Iterable[str], website: str) -> str:
    """The website's registrable domain as the first of `texts` that writes it, else ''
    ('atelier-lumen.example' in 'visits on atelier-lumen.example/visits')."""
    domain = site_of(website)
    if not domain:
        return ""
    pattern = re.compile(rf"(?<![\w.-])(?:www\.)?{re.escape(domain)}(?![\w-]|\.\w)", re.I)
    return next((m.group(0) for text in texts if (m := pattern.search(text or ""))), "")
