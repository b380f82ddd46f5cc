"""Account links as real sites write them: redirects of the site itself, sloppy addresses."""

from __future__ import annotations

import pytest

from benchmark.model import Status


@pytest.mark.parametrize(("body", "platforms"), [
    # A redirect subdomain of the organisation's own domain.
    ('<footer><a href="http://twitter.acme.fr/"><img alt="Twitter"></a></footer>', "x"),
    # Same-site redirect pages named after the platform, in a follow-us block.
    ('<div class="follow"><a href="/followfacebook.html">Friend us on Facebook</a>'
     '<a href="/followyoutube.html">Watch us on YouTube</a></div>', "facebook;youtube"),
    # A footer icon whose alt says "share": in the site's chrome it is the account.
    ('<footer><a href="/Facebook"><img alt="Share on Facebook"></a></footer>', "facebook"),
    # A doubled slash is still the page.
    ('<footer><a href="https://www.facebook.com//pages/Acme/123456">Facebook</a></footer>',
     "facebook"),
    ('<footer><a href="http://www.flickr.com/acme">Flickr</a></footer>', "flickr"),
])
def test_account_links_through_redirects_and_sloppy_urls(judge, html, body, platforms):
    outcome = judge("social-links", html(body))
    assert (outcome.status, outcome.value) == (Status.PASS, platforms)


@pytest.mark.parametrize("body", [
    # The same redirect labelled "share" inside an article is a share bar's button.
    '<article><p>Text</p><a href="/Facebook"><img alt="Share on Facebook"></a></article>',
    # Logging in with a platform, sharing through the site, a page about a platform.
    '<footer><a href="/auth/facebook">Facebook</a>'
    '<a href="/sharefacebook.html?e=1">Facebook</a></footer>',
    '<a href="/newscentre/twitter/index.html"><img alt=""></a>',
    '<a href="/news/twitter-releases-an-app.html">Twitter releases an app for the desktop</a>',
    # Another site's redirect is no account of ours.
    '<footer><a href="http://twitter.example.org/">Twitter</a></footer>',
])
def test_not_account_links(judge, html, body):
    outcome = judge("social-links", html(body))
    assert (outcome.status, outcome.value) == (Status.FAIL, "")


def test_a_redirect_stands_for_the_listed_account_of_its_platform(judge, html):
    body = ('<footer><a href="/Facebook"><img alt="Facebook"></a>'
            '<a href="https://twitter.com/acme">Twitter</a></footer>')
    accounts = {"facebook": "https://www.facebook.com/acme", "x": "https://x.com/acme"}
    outcome = judge("account-consistency", html(body), accounts=accounts)
    assert outcome.status is Status.PASS, outcome.evidence
    missing = judge("account-consistency", html(body),
                    accounts={**accounts, "youtube": "https://www.youtube.com/@acme"})
    assert "in targets not on site: youtube.com/@acme" in missing.evidence.snippet


def test_tracking_redirect_to_a_platform_and_article_slugs(judge, html):
    tracked = ('<a href="/ShowUrl-a_partnerKey.1-a_url.http%253A__5F__www__5F__facebook__5F__com'
               '__5F__acme">Follow us on Facebook</a>')
    assert judge("social-links", html(tracked)).value == "facebook"
    article = ('<a href="/international/even-better-than-poking-join-the-acme-group-on-facebook'
               '-a-599824.html">Facebook</a>')
    assert judge("social-links", html(article)).value == ""


@pytest.mark.parametrize(("body", "platforms"), [
    # Icons labelled at length, and the organisation's name taken from its own host.
    ('<p><a href="http://www.facebook.com/acme"><img alt="Facebook Social Media Icon"></a></p>',
     "facebook"),
    ('<p><a href="http://www.linkedin.com/company/acme"><img alt="Join Acme on LinkedIn"></a></p>',
     "linkedin"),
    # Old AJAX addresses of Facebook and LinkedIn Today publisher pages.
    ('<p><a href="http://www.facebook.com/home.php?#/pages/Paris/Acme/1975063">Become a '
     'Facebook fan</a></p>', "facebook"),
    ('<footer><a href="http://www.linkedin.com/today/acme.fr">LinkedIn</a></footer>',
     "linkedin"),
    # The organisation's Facebook page shown in a like box.
    ('<iframe src="http://www.facebook.com/plugins/likebox.php?href=http%3A%2F%2Fwww.facebook'
     '.com%2FAcme&amp;width=212"></iframe>', "facebook"),
])
def test_more_ways_sites_link_their_accounts(judge, html, body, platforms):
    assert judge("social-links", html(body)).value == platforms


@pytest.mark.parametrize("body", [
    '<p><a href="https://www.facebook.com/mairie.lyon">La page Facebook de la mairie de '
    'Lyon</a></p>',
    '<iframe src="https://www.facebook.com/plugins/like.php?href=https%3A%2F%2Fwww.acme.fr%2F">'
    '</iframe>',
])
def test_mentions_and_like_buttons_are_not_accounts(judge, html, body):
    assert judge("social-links", html(body)).value == ""
