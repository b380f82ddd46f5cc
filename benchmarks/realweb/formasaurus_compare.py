"""Formasaurus (a form-type classifier trained on saved pages) measured on the same pages as
our form criteria, from the rendered HTML the crawl saved (an optional extra: `accuracy`)."""

from __future__ import annotations

import time
from collections.abc import Iterable
from pathlib import Path

from benchmark.accuracy import Tally
from benchmark.realpages import PageLabel
from benchmark.runstore import read_gzip_text

# Our criterion -> the Formasaurus form type that answers it. Formasaurus sees forms only:
# `login-area` also passes on a "Sign in" link, which it cannot see.
FORM_TYPES = {"site-search": "search", "contact-form": "contact/comment",
              "newsletter-signup": "join mailing list", "login-area": "login"}
# Formasaurus's own training pages: measuring it there flatters it.
TRAINED_ON = "fsr-"


def home_html(run: Path, page: str) -> str | None:
    """The rendered home page the crawl saved for this page, if any."""
    found = sorted((run / "snapshots" / page / "pages").glob("00-home.html*"))
    return read_gzip_text(found[0]) if found else None


def form_types(html: str) -> set[str]:
    import formasaurus  # optional: pip install formasaurus (or `.[accuracy]`)

    return {str(info["form"]) for _, info in formasaurus.extract_forms(html, fields=False)}


def measure(run: Path, labels: Iterable[PageLabel], pages: Iterable[str] | None = None
            ) -> tuple[dict[str, dict[str, Tally]], float]:
    """Tallies on all labelled pages and on those Formasaurus was not trained on, and the
    seconds it took (model load included)."""
    started = time.monotonic()
    wanted = None if pages is None else set(pages)
    everywhere = {cid: Tally(cid) for cid in FORM_TYPES}
    unseen = {cid: Tally(cid) for cid in FORM_TYPES}
    found: dict[str, set[str] | None] = {}
    for label in sorted(labels, key=lambda item: item.page):
        if label.criterion_id not in FORM_TYPES or (wanted and label.page not in wanted):
            continue
        if label.page not in found:
            html = home_html(run, label.page)
            found[label.page] = None if html is None else form_types(html)
        types = found[label.page]
        if types is None:
            continue
        got = "true" if FORM_TYPES[label.criterion_id] in types else "false"
        everywhere[label.criterion_id].add(label.expected.lower(), got)
        if not label.page.startswith(TRAINED_ON):
            unseen[label.criterion_id].add(label.expected.lower(), got)
    return {"all": everywhere, "unseen": unseen}, time.monotonic() - started
