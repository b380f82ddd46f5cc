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
    # DESIGN.md: the loader counts only with a toolbox on the page.
    '<script src="https://s7.addthis.com/js/300/addthis_widget.js"></script>'
    '<div class="addthis_inline_share_toolbox"></div>',
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


def test_account_consistency_compares_normalised_urls_both_ways(judge, html):
    accounts = {"x": "https://x.com/Acme", "facebook": "https://m.facebook.com/acme/",
                "youtube": "https://www.youtube.com/@acme",
                "linkedin": "https://www.linkedin.com/company/acme/about/"}
    outcome = judge("account-consistency", html(ACCOUNTS), accounts=accounts)
    assert (outcome.status, outcome.value, outcome.score) == (Status.PASS, "true", 1.0)
    outcome = judge("account-consistency", html(ACCOUNTS),
                    accounts={**accounts, "instagram": "https://www.instagram.com/acme",
                              "x": "https://x.com/acme_fr"})
    assert (outcome.status, outcome.value, outcome.score) == (Status.FAIL, "false", 0.0)
    assert outcome.evidence.snippet == ("on site not in targets: x.com/acme; in targets not on "
                                        "site: instagram.com/acme, x.com/acme_fr")


def test_account_consistency_unknown_without_listed_accounts(judge, html):
    outcome = judge("account-consistency", html(ACCOUNTS))
    assert (outcome.status, outcome.value, outcome.score) == (Status.UNKNOWN, "", None)


def test_accounts_mentioned_in_articles_are_not_the_sites_accounts(judge, html):
    body = ('<article><p>Lire la déclaration sur <a href="https://x.com/prefet69">le compte X '
            'de la préfecture du Rhône</a>.</p></article>'
            '<aside><a href="https://twitter.com/intent/follow?screen_name=acme">Suivez-nous</a>'
            '</aside>')
    assert judge("social-links", html(body)).value == "x"
    outcome = judge("account-consistency", html(body), accounts={"x": "https://x.com/acme"})
    assert outcome.value == "true"


@pytest.mark.parametrize(("body", "expected"), [
    ('<nav><a href="/blog/">Blog</a></nav>', True),
    ('<a href="https://medium.com/@acme">Nos articles</a>', True),
    ('<a href="https://acme.over-blog.com/">Le carnet de l’atelier</a>', True),
    ("<h2>Le blog</h2>", True),
    # Someone else's blog post, and a 'powered by' link to a blog platform, are not a blog.
    ('<p><a href="https://www.maddyness.com/blog/2026/tribune">Une tribune publiée sur le blog '
     'de Maddyness</a> <a href="https://wordpress.com/">WordPress.com</a></p>', False),
])
def test_blog(judge, html, body, expected):
    assert judge("blog", html(body)).value == ("true" if expected else "false")


@pytest.mark.parametrize(("body", "expected"), [
    ('<form id="commentform" action="/wp-comments-post.php" method="post"><textarea '
     'name="comment"></textarea><input name="author"><input name="email"></form>', True),
    ('<a href="/2026/01/article/#comments">4</a>', True),
    ('<a href="/2026/01/article/#respond">Laisser un commentaire</a>', True),
    ('<script>var s=document.createElement("script");s.src="https://acme.disqus.com/embed.js";'
     "</script>", True),
    ('<nav><a href="https://forum.acme.fr/">Forum</a></nav>', True),
    ('<a href="https://discord.gg/acme">Rejoignez notre Discord</a>', True),
    # An event named 'Forum', a Facebook community and a closed comment thread are not spaces.
    ('<a href="/agenda/forum-emploi-2026">Forum de l’emploi 2026</a>'
     '<a href="https://www.facebook.com/acme">Notre communauté</a>'
     '<span>Commentaires fermés</span><a href="/comments/feed/">Flux des commentaires</a>',
     False),
])
def test_community(judge, html, body, expected):
    assert judge("community", html(body)).value == ("true" if expected else "false")


def test_follow_intents_and_old_vanity_urls_are_accounts(judge, html):
    body = ('<a href="https://twitter.com/intent/follow?screen_name=Acme">Suivre @Acme</a>'
            '<a href="https://www.google.com/+AcmeFrance">Google+</a>')
    assert judge("social-links", html(body)).value == "googleplus;x"
    outcome = judge("account-consistency", html(body),
                    accounts={"x": "https://x.com/acme", "googleplus":
                              "https://plus.google.com/+AcmeFrance/posts"})
    assert outcome.value == "true"
