"""The `tech` family: fingerprint matches of one page, resolved later by the criteria."""

from __future__ import annotations

from typing import Any

import lxml.html

from benchmark.techstack.catalog import catalog
from benchmark.techstack.data import DataMissing
from benchmark.techstack.match import page_matches


def extract_technologies(doc: lxml.html.HtmlElement, html: str, url: str, text: str
                         ) -> dict[str, Any]:
    """{"source": data version, "matches": [...]}; without the optional fingerprint data,
    {"source": "", "error": how to install it, "matches": []}."""
    try:
        data = catalog()
    except DataMissing as exc:
        return {"source": "", "error": str(exc), "matches": []}
    return {"source": data.source, "matches": page_matches(data, doc, html, url, text)}
