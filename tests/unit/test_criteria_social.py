"""Social criteria on inline HTML: account links vs share links, share buttons, embeds, tags."""

from __future__ import annotations

import pytest

from benchmark.model import Status

ACCOUNTS = ('<footer><a href="https://www.facebook.com/acme">Facebook</a>'
            '<a href="https://twitter.com/acme"><img alt="Twitter"></a>'
            '<a href="https://www.youtube.com/@acme">YouTube</a>'
            '<a href="https://fr.linkedin.com/company/acme/">LinkedIn</a></footer>')


def test_social_links_lists_profile_platforms(judge, html):
    outcome = judge("social-links", html(ACCOUNTS))
    assert (outcome.status, outcome.value, outcome.score) == (
        Status.PASS, "facebook;linkedin;x;youtube", 1.0)
    assert "https://www.facebook.com/acme" in outcome.evidence.snippet


def test_social_links_partial_score_and_old_platforms(judge, html):
    body = ('<a href="https://plus.google.com/+Acme">Google+</a>'
            '<a href="https://www.viadeo.com/fr/company/acme">Viadeo</a>')
    outcome = judge("social-links", html(body))
    assert (outcome.status, outcome.value, outcome.score) == (Status.PASS, "googleplus;viadeo", 0.5)


def test_share_links_are_not_account_links(judge, html):
    body = ('<a href="https://www.facebook.com/sharer/sharer.php?u=https://acme.fr">Partager</a>'
            '<a href="https://twitter.com/intent/tweet?text=Acme">Tweet</a>'
            '<a href="https://www.linkedin.com/shareArticle?mini=true&url=x">Share</a>'
            '<a href="https://www.youtube.com/watch?v=abc">Notre film</a>')
    outcome = judge("social-links", html(body))
    assert (outcome.status, outcome.value, outcome.score) == (Status.FAIL, "", 0.0)
    assert outcome.evidence.snippet == "no link to a social account on 1 page"


@pytest.mark.parametrize("body", [
    '<a href="https://www.facebook.com/sharer/sharer.php?u=x">Partager sur Facebook</a>',
    '<a href="https://api.whatsapp.com/send?text=Acme">WhatsApp</a>',
    '<script src="https://s7.addthis.com/js/300/addthis_widget.js"></script>',
    '<div class="a2a_kit a2a_default_style"></div>',
])
def test_share_buttons_present(judge, html, body):
    outcome = judge("share-buttons", html(body))
    assert (outcome.status, outcome.value, outcome.score) == (Status.PASS, "true", 1.0)


def test_share_buttons_absent_when_only_account_links(judge, html):
    outcome = judge("share-buttons", html(ACCOUNTS + '<p class="shareholders">Actionnaires</p>'))
    assert (outcome.status, outcome.value) == (Status.FAIL, "false")


@pytest.mark.parametrize("body", [
    '<iframe src="https://www.youtube-nocookie.com/embed/abc"></iframe>',
    '<a class="twitter-timeline" href="https://twitter.com/acme">Tweets</a>'
    '<script async src="https://platform.twitter.com/widgets.js"></script>',
    '<blockquote class="instagram-media" data-instgrm-permalink="x"></blockquote>',
    '<iframe data-src="https://www.facebook.com/plugins/page.php?href=acme"></iframe>',
])
def test_social_embeds_present(judge, html, body):
    assert judge("social-embeds", html(body)).status is Status.PASS


def test_social_embeds_absent_with_plain_links(judge, html):
    body = ACCOUNTS + '<a href="https://www.youtube.com/watch?v=abc">Voir la vidéo</a>'
    outcome = judge("social-embeds", html(body))
    assert (outcome.status, outcome.value, outcome.score) == (Status.FAIL, "false", 0.0)


def test_open_graph_present(judge, html):
    head = '<meta property="og:type" content="website">'
    outcome = judge("open-graph", html("<p>x</p>", head=head))
    assert (outcome.status, outcome.value) == (Status.PASS, "true")
    assert outcome.evidence.snippet == 'og:type = "website"'


def test_open_graph_absent_with_only_twitter_card(judge, html):
    page = html("<p>x</p>", head='<meta name="twitter:card" content="summary">')
    outcome = judge("open-graph", page)
    assert (outcome.status, outcome.value) == (Status.FAIL, "false")
    assert judge("twitter-cards", page).status is Status.PASS


def test_dead_platform_links(judge, html):
    outcome = judge("dead-platform-links", html('<a href="https://plus.google.com/+Acme">G+</a>'))
    assert (outcome.status, outcome.value) == (Status.FAIL, "googleplus")
    assert judge("dead-platform-links", html(ACCOUNTS)).status is Status.PASS


def test_accounts_linked_compares_normalised_urls(judge, html):
    accounts = {"x": "https://x.com/Acme", "facebook": "https://m.facebook.com/acme/"}
    assert judge("accounts-linked", html(ACCOUNTS), accounts=accounts).status is Status.PASS
    outcome = judge("accounts-linked", html(ACCOUNTS),
                    accounts={**accounts, "instagram": "https://www.instagram.com/acme"})
    assert (outcome.status, outcome.value) == (Status.FAIL, "false")
    assert "instagram" in outcome.evidence.snippet
    assert judge("accounts-linked", html(ACCOUNTS)).status is Status.UNKNOWN
