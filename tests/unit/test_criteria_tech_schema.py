"""structured-data as DESIGN.md defines it: an Organization or any schema.org subtype of it."""

from __future__ import annotations

import pytest

from benchmark.model import Status


def jsonld(data: str) -> str:
    return f'<script type="application/ld+json">{data}</script>'


@pytest.mark.parametrize("markup", [
    jsonld('{"@context": "https://schema.org", "@type": "Hotel", "name": "Acme"}'),
    jsonld('{"@context": "http://schema.org", "@type": ["Place", "http://schema.org/Store"]}'),
    jsonld('{"@type": "NewsArticle", "headline": "A", "publisher": {"@type": "Organization",'
           ' "name": "Acme"}}'),
    jsonld('{"@type": "schema:GovernmentOrganization"}'),
    '<div itemscope itemtype="https://schema.org/Restaurant"><span itemprop="name">A</span></div>',
    '<div itemscope itemtype="http://schema.org/Article"><div itemprop="publisher" itemscope '
    'itemtype="http://schema.org/NewsMediaOrganization"></div></div>',
    '<div vocab="http://schema.org/" typeof="EducationalOrganization">Acme</div>',
    jsonld('{"@type": "organization", "name": "Acme"}'),  # sloppy case still names one
])
def test_organisations_and_their_subtypes_pass(judge, html, markup):
    outcome = judge("structured-data", html(markup))
    assert (outcome.status, outcome.value) == (Status.PASS, "true")


@pytest.mark.parametrize("markup", [
    jsonld('{"@type": "BreadcrumbList", "itemListElement": []}'),
    jsonld('{"@type": ["WebSite", "WebPage"]}'),
    jsonld('{"@type": "Article", "author": {"@type": "Person", "name": "Jane"}}'),
    '<div itemscope itemtype="http://schema.org/Product"><span itemprop="name">A</span></div>',
    '<div itemscope itemtype="http://data-vocabulary.org/Organization">Acme</div>',
    '<div itemscope itemtype="http://schema.org/Person"><span itemprop="name">Jane</span></div>',
])
def test_other_types_and_people_fail_for_a_company(judge, html, markup):
    outcome = judge("structured-data", html(markup))
    assert (outcome.status, outcome.value, outcome.score) == (Status.FAIL, "false", 0.0)


def test_person_counts_for_a_person_target(judge, html):
    person = '<div itemscope itemtype="http://schema.org/Person"><b itemprop="name">J</b></div>'
    outcome = judge("structured-data", html(person), kind="person")
    assert (outcome.status, outcome.evidence.snippet) == (Status.PASS, "microdata Person")
    assert judge("structured-data", html(person), kind="ngo").status is Status.FAIL


def test_the_organisation_with_profiles_is_the_evidence(judge, html):
    markup = (jsonld('{"@type": "WebSite"}')
              + jsonld('{"@type": "Corporation", "sameAs": ["https://x.com/acme"]}'))
    outcome = judge("structured-data", html(markup))
    assert (outcome.score, outcome.evidence.snippet) == (
        1.0, "JSON-LD Corporation with 1 sameAs profile(s)")


@pytest.mark.parametrize("markup", [
    jsonld('{"@type": "Product", "name": "Mug", "brand": {"@type": "Organization", '
           '"name": "Maker"}}'),
    '<div itemscope itemtype="http://schema.org/Product"><div itemprop="brand" itemscope '
    'itemtype="http://schema.org/Organization"><span itemprop="name">Maker</span></div></div>',
])
def test_a_products_brand_is_not_the_sites_organisation(judge, html, markup):
    assert judge("structured-data", html(markup)).value == "false"
