"""The criteria registry: public ids, catalogue renderers, and evaluation failure modes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from benchmark.criteria import (
    catalogue,
    catalogue_csv,
    catalogue_markdown,
    catalogue_records,
    criterion,
    evaluate_target,
)
from benchmark.criteria.base import REGISTRY, Criterion
from benchmark.gather import observations_from_html
from benchmark.model import DIMENSIONS, Outcome, Status, Target

PUBLIC = {
    "content": ["about-section", "news-section", "press-room", "careers-section",
                "investors-section", "csr-section", "content-freshness", "rss-feed", "languages"],
    "social": ["social-links", "share-buttons", "social-embeds", "open-graph"],
    "services": ["site-search", "contact-form", "newsletter-signup", "donation", "ecommerce",
                 "login-area", "live-chat", "job-applications"],
    "tech": ["flash-content", "https", "mobile-viewport", "structured-data"],
    "footprint": ["social-presence", "social-audience", "social-activity", "social-backlinks"],
}
TARGET = Target("acme", "Acme", "company", "https://www.acme.fr/",
                accounts={"x": "https://x.com/acme"})
DOCS = Path(__file__).resolve().parents[2] / "docs" / "criteria.md"


def observations(status: str = "ok", reason: str = "", pages=None):
    pages = [("https://www.acme.fr/", "<html><body><p>Bonjour</p></body></html>", "home")] \
        if pages is None else pages
    return observations_from_html(pages, [("x", "https://x.com/acme", "<p>1,2 k followers</p>")],
                                  website="https://www.acme.fr/", status=status, reason=reason)


def test_every_public_id_exists_in_its_dimension():
    dimension_of = {c.id: c.dimension for c in catalogue()}
    for dimension, ids in PUBLIC.items():
        for criterion_id in ids:
            assert dimension_of.get(criterion_id) == dimension, criterion_id


def test_catalogue_is_grouped_by_dimension_order():
    order = [DIMENSIONS.index(c.dimension) for c in catalogue()]
    assert order == sorted(order)
    assert [c.id for c in catalogue() if c.dimension == "content"][:2] == [
        "about-section", "news-section"]


def test_restrictions_by_kind():
    by_id = {c.id: c for c in catalogue()}
    assert by_id["investors-section"].applies_to == ("listed-company",)
    assert by_id["donation"].applies_to == ("ngo",)
    assert by_id["https"].applies_to is None


def test_records_are_json_and_renderers_list_every_criterion():
    records = catalogue_records()
    assert json.loads(json.dumps(records)) == records
    assert set(records[0]) == {"id", "dimension", "title", "failure_title", "measures",
                               "applies_to"}
    rows = list(csv.DictReader(io.StringIO(catalogue_csv())))
    assert [r["id"] for r in rows] == [c.id for c in catalogue()]
    assert next(r for r in rows if r["id"] == "donation")["applies_to"] == "ngo"
    markdown = catalogue_markdown()
    assert all(f"`{c.id}`" in markdown for c in catalogue())
    assert "## footprint" in markdown


def test_docs_criteria_md_is_up_to_date():
    assert DOCS.read_text(encoding="utf-8") == catalogue_markdown(), (
        "regenerate docs/criteria.md: benchmark criteria > docs/criteria.md")


@pytest.mark.parametrize("status", ["unreachable", "timeout", "error"])
def test_failed_crawl_makes_site_criteria_unknown(status):
    results = evaluate_target(observations(status, "connection refused", pages=[]), TARGET)
    by_id = {c.id: o for c, o in results}
    assert len(results) == len(catalogue())
    for item, outcome in results:
        if item.dimension == "footprint":
            continue
        expected = Status.NOT_APPLICABLE if not item.applies("company") else Status.UNKNOWN
        assert outcome.status is expected, item.id
    assert "connection refused" in by_id["https"].evidence.snippet
    assert by_id["https"].evidence.url == "https://www.acme.fr/"
    assert by_id["social-audience"].value == "1200"  # still read from the profile page


def test_no_readable_page_is_unknown_even_when_crawl_says_ok():
    results = dict((c.id, o) for c, o in evaluate_target(observations(pages=[]), TARGET))
    assert results["open-graph"].status is Status.UNKNOWN


def test_partial_crawl_is_judged():
    results = dict((c.id, o) for c, o in evaluate_target(observations("partial"), TARGET))
    assert results["https"].status is Status.PASS


def test_empty_observations_do_not_crash():
    results = evaluate_target({}, TARGET)
    assert {o.status for _, o in results} <= {Status.UNKNOWN, Status.NOT_APPLICABLE, Status.FAIL,
                                                Status.PASS}


def make(func, criterion_id="test-only") -> Criterion:
    return Criterion(criterion_id, "tech", "t", "f", "m", ("pages",), None, func)


def test_criterion_exception_becomes_error():
    def broken(site, target):
        raise KeyError("jsonld_types")

    [(_, outcome)] = evaluate_target(observations(), TARGET, [make(broken)])
    assert (outcome.status, outcome.score) == (Status.ERROR, None)
    assert outcome.evidence.snippet == "KeyError: 'jsonld_types'"


def test_score_out_of_range_becomes_error():
    [(_, outcome)] = evaluate_target(observations(), TARGET,
                                     [make(lambda site, target: Outcome(Status.PASS, "1", 1.5))])
    assert outcome.status is Status.ERROR and "outside [0, 1]" in outcome.evidence.snippet


@pytest.mark.parametrize(("declaration", "message"), [
    ({"id": "Bad_Id"}, "kebab-case"),
    ({"id": "https"}, "declared twice"),
    ({"dimension": "seo"}, "unknown dimension"),
    ({"needs": ("pages", "dom")}, "unknown observation families"),
    ({"applies_to": ("charity",)}, "unknown kinds"),
])
def test_bad_declarations_fail_at_import(declaration, message):
    arguments = {"id": "test-declaration", "dimension": "tech", "title": "t",
                 "failure_title": "f", "measures": "m", "needs": ("pages",), **declaration}
    before = dict(REGISTRY)
    with pytest.raises(ValueError, match=message):
        criterion(**arguments)
    assert before == REGISTRY
