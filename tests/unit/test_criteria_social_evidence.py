"""Social verdicts with exact values and whole evidence: accounts, sharing, tags, blog and
community."""

from __future__ import annotations

import pytest

from benchmark.model import Status

HOME = "https://www.acme.fr/"


def seen(outcome) -> tuple:
    return (outcome.status, outcome.value, outcome.score, outcome.evidence.url,
            outcome.evidence.snippet)


def test_social_links_are_the_sites_own_accounts(judge, html):
    # Two platforms of the 4 for a full score: 2 / 4 = 0.5. A profile described as a third
    # party's in an article is a mention, not the site's account.
    body = ('<footer><a href="https://www.facebook.com/acme">Facebook</a>'
            '<a href="https://x.com/acme">X</a></footer><p><a href="https://www.linkedin.com/'
            'company/autre">la page LinkedIn de la mairie de Lyon</a></p>')
    assert seen(judge("social-links", html(body))) == (
        Status.PASS, "facebook;x", 0.5, HOME, "https://www.facebook.com/acme https://x.com/acme")


def test_account_consistency_lists_both_kinds_of_mismatch(judge, html):
    body = ('<footer><a href="https://www.facebook.com/acme">Facebook</a>'
            '<a href="https://x.com/acme">X</a></footer>')
    accounts = {"facebook": "https://www.facebook.com/acme",
                "linkedin": "https://www.linkedin.com/company/acme"}
    assert seen(judge("account-consistency", html(body), accounts=accounts)) == (
        Status.FAIL, "false", 0.0, HOME,
        "on site not in targets: x.com/acme; in targets not on site: linkedin.com/company/acme")


@pytest.mark.parametrize(("body", "snippet"), [
    ('<a href="https://www.addtoany.com/share#url=x">Partager</a>',
     "links to https://www.addtoany.com/share#url=x"),
    # A loader whose address configures share buttons draws them.
    ('<script src="https://platform-api.sharethis.com/js/sharethis.js#property=1&product='
     'inline-share-buttons"></script>', "loads https://platform-api.sharethis.com/js/"
     "sharethis.js#property=1&product=inline-share-buttons"),
])
def test_share_evidence(judge, html, body, snippet):
    assert seen(judge("share-buttons", html(body))) == (Status.PASS, "true", 1.0, HOME, snippet)


def test_a_like_button_of_the_organisations_own_page_is_no_share_button(judge, html):
    body = ('<iframe src="https://www.facebook.com/plugins/like.php?href=https://www.facebook.com'
            '/acme"></iframe>')
    assert seen(judge("share-buttons", html(body))) == (
        Status.FAIL, "false", 0.0, HOME, "no share link or widget on 1 page")


def test_card_tags_and_closed_platforms(judge, html):
    og = judge("open-graph", html("<p>x</p>", head='<meta property="og:type" content="website">'))
    assert seen(og) == (Status.PASS, "true", 1.0, HOME, 'og:type = "website"')
    card = judge("twitter-cards", html("<p>x</p>",
                                       head='<meta name="twitter:card" content="summary">'))
    assert seen(card) == (Status.PASS, "true", 1.0, HOME, 'twitter:card = "summary"')
    dead = judge("dead-platform-links",
                 html('<footer><a href="https://plus.google.com/+Acme">G+</a></footer>'))
    assert seen(dead) == (Status.FAIL, "googleplus", 0.0, HOME,
                          "links to https://plus.google.com/+Acme")


def test_a_blog_on_a_platform_but_not_the_platforms_home_page(judge, html):
    # The link does not say 'blog': the platform's address does.
    hosted = judge("blog", html('<a href="https://medium.com/@acme">Nos articles</a>'))
    assert seen(hosted) == (Status.PASS, "true", 1.0, "https://medium.com/@acme",
                            "link 'Nos articles' on https://www.acme.fr/")
    powered = judge("blog", html('<a href="https://wordpress.com/">Powered by WordPress.com</a>'))
    assert seen(powered) == (Status.FAIL, "false", 0.0, HOME, "no blog link or heading on 1 page")


@pytest.mark.parametrize(("body", "url", "text"), [
    ('<a href="https://www.acme.fr/article-1#comments">3 commentaires</a>',
     HOME + "article-1#comments", "3 commentaires"),
    # The anchor is enough, whatever the link says.
    ('<a href="https://www.acme.fr/article-1#respond">Répondre</a>', HOME + "article-1#respond",
     "Répondre"),
    ('<a href="/communaute/">Rejoindre</a>', HOME + "communaute/", "Rejoindre"),
    # A hash-route address: the anchor is the last fragment, after the route's '#!/...'.
    ('<a href="/#!/article-1#comments">Lire la suite</a>', HOME + "#!/article-1#comments",
     "Lire la suite"),
    # 'Forum' as a whole link text; 'Forum de l'emploi 2026' is an event.
    ('<a href="/y">Forum de l\'emploi 2026</a><a href="/x">Forum</a>', HOME + "x", "Forum"),
])
def test_community_evidence(judge, html, body, url, text):
    assert seen(judge("community", html(body))) == (
        Status.PASS, "true", 1.0, url, f"link '{text}' on https://www.acme.fr/")
