"""Share buttons and live chat drawn by widgets: script calls, tags, share bars, launchers."""

from __future__ import annotations

import pytest

from benchmark.model import Status

ADDTHIS = '<script src="https://s7.addthis.com/js/300/addthis_widget.js#pubid=ra-1"></script>'


@pytest.mark.parametrize("body", [
    # Gigya's share bar, drawn by a call in the page.
    '<div id="share"></div><script src="https://cdn.gigya.com/js/socialize.js"></script>'
    '<script>gigya.socialize.showShareBarUI({containerID: "share", shareButtons: '
    '"facebook,twitter"});</script>',
    # Hupso's toolbar: its anchor and its configuration.
    '<a class="hupso_toolbar" href="http://www.hupso.com/share/"><img alt="Share"></a>'
    '<script>var hupso_services_t = new Array("Twitter", "Facebook");</script>',
    # socialSharePrivacy, the two-click plugin.
    '<div id="socialshareprivacy"></div><script>jQuery(document).ready(function($){'
    '$("#socialshareprivacy").socialSharePrivacy();});</script>',
    # XFBML Like button, Google +1, LinkedIn's share script.
    '<fb:like href="https://www.acme.fr/" send="true"></fb:like>',
    '<g:plusone size="medium"></g:plusone>',
    '<script type="IN/Share" data-counter="right"></script>',
    # An in-house share bar whose buttons run scripts.
    '<ul class="share-bar"><li><a href="#" onclick="shareOn(\'facebook\')" '
    'title="Facebook">f</a></li><li><a href="#" class="twitter">t</a></li></ul>',
    # A loader with its toolbox, and ShareThis configured by its address.
    ADDTHIS + '<div class="addthis_toolbox"><a class="addthis_button_facebook"></a></div>',
    '<script src="https://platform-api.sharethis.com/js/sharethis.js#property=1&'
    'product=sticky-share-buttons"></script>',
    # Old bookmarking bars.
    '<a href="http://reddit.com/submit?url=https://www.acme.fr/a">reddit</a>',
    '<iframe src="https://www.facebook.com/plugins/like.php?href=https://www.acme.fr/"></iframe>',
])
def test_share_widgets_count(judge, html, body):
    outcome = judge("share-buttons", html(body))
    assert (outcome.status, outcome.value) == (Status.PASS, "true"), outcome.evidence


@pytest.mark.parametrize("body", [
    # A vendor's loader with its configuration but no toolbox (DESIGN.md).
    ADDTHIS + '<script>var addthis_config = {data_track_clickback: true};</script>',
    '<script src="https://cdn.gigya.com/js/socialize.js?apiKey=1"></script>',
    # E-mail and print only.
    '<div class="share-tools"><a href="mailto:?subject=Acme">E-mail</a>'
    '<a href="#" onclick="window.print()">Print</a></div>',
    # A "share" block of follow links to the organisation's accounts.
    '<div class="social-share"><a href="https://www.facebook.com/acme">Facebook</a>'
    '<a href="https://twitter.com/acme">Twitter</a></div>',
    # Retweet, like and reply intents of an embedded feed act on tweets, not the page.
    '<a href="https://twitter.com/intent/retweet?tweet_id=33154">Retweet</a>'
    '<a href="https://twitter.com/intent/tweet?in_reply_to=33154">Reply</a>'
    '<a href="https://twitter.com/intent/favorite?tweet_id=33154">Favorite</a>',
    '<p class="shareholders">Shareholders: <a href="/facebook-results">results</a></p>',
])
def test_no_share_buttons(judge, html, body):
    outcome = judge("share-buttons", html(body))
    assert (outcome.status, outcome.value) == (Status.FAIL, "false"), outcome.evidence


@pytest.mark.parametrize("body", [
    '<script src="https://vmss.boldchat.com/aid/123/bc.vms4/vms.js"></script>',
    '<script>var _bcvma = _bcvma || []; _bcvma.push(["setAccountId", "123"]);</script>',
    '<a id="liveHelpButton" href="#"><img src="/img/help.png" alt=""></a>',
    '<a href="javascript:void(0)" onclick="openLiveHelp(); return false;">Support</a>',
    '<button type="button" class="btn">Chat with us</button>',
    '<a href="/live-help/">Live Help</a>',
    '<div class="fb-customerchat" page_id="123"></div>',
])
def test_live_chat_vendors_and_launchers(judge, html, body):
    outcome = judge("live-chat", html(body))
    assert (outcome.status, outcome.value) == (Status.PASS, "true"), outcome.evidence


@pytest.mark.parametrize("body", [
    '<a href="/forum/chat-room">Chat room</a><a href="irc://irc.acme.org/acme">IRC</a>',
    '<a href="/help/">Help centre</a><div id="helpful-links"><a href="/faq">FAQ</a></div>',
    '<p>Our live chat is open from 9 to 5, as our annual report explains at length to '
    'everyone who reads it carefully.</p>',
    '<a href="/chat">Chat</a>',
])
def test_no_live_chat(judge, html, body):
    outcome = judge("live-chat", html(body))
    assert (outcome.status, outcome.value) == (Status.FAIL, "false"), outcome.evidence


def test_a_follow_block_named_share_is_no_share_bar(judge, html):
    body = ('<div id="follow-share"><a href="https://www.facebook.com/acme"><img '
            'src="/share_facebook.jpg"></a><div class="twitter-share-click"><a href="#">'
            '<img src="/share_twitter.jpg"></a></div></div>')
    assert judge("share-buttons", html(body)).value == "false"
    # Named for sharing, but listing the accounts or titled 'Follow us': still follow blocks.
    assert judge("share-buttons", html(body.replace("follow-share", "article-share"))
                 ).value == "false"
    titled = ('<div class="social-share-buttons"><h3>Follow us</h3><ul><li class="facebook">'
              '<span>f</span></li></ul></div>')
    assert judge("share-buttons", html(titled)).value == "false"
    shared = ('<div id="article-share"><a href="#" class="share-facebook"><img src="/f.png">'
              '</a></div>')
    assert judge("share-buttons", html(shared)).value == "true"


@pytest.mark.parametrize(("body", "shares"), [
    ('<div class="fb-like" data-href="https://www.acme.fr/news/a" data-layout="button"></div>',
     "true"),
    ('<div class="fb-share-button"></div>', "true"),  # no data-href: shares the page itself
    # Liking the organisation's own Facebook page follows it; the page plugin is a feed.
    ('<fb:like href="http://www.facebook.com/acme" send="false"></fb:like>', "false"),
    ('<iframe src="//www.facebook.com/plugins/like.php?href=https%3A%2F%2Fwww.facebook.com%2F'
     'acme&amp;layout=button_count"></iframe>', "false"),
    ('<div class="fb-like-box" data-href="https://www.facebook.com/acme"></div>', "false"),
    ('<div class="fb-like" data-href="https://www.facebook.com/acme"></div>', "false"),
    ('<div class="g-plusone" data-href="https://plus.google.com/+Acme"></div>', "false"),
])
def test_facebook_buttons_share_pages_not_the_organisations_own(judge, html, body, shares):
    assert judge("share-buttons", html(body)).value == shares


@pytest.mark.parametrize(("body", "shares"), [
    # Gigya's loader beside the empty block its script fills with a share bar.
    ('<div id="header-share-bar" class="social"></div>'
     '<script src="http://cdn.gigya.com/js/socialize.js?apiKey=1"></script>', "true"),
    ('<div id="header-share-bar" class="social"></div>', "false"),  # no widget to fill it
    # A share bar whose buttons are named only in data attributes.
    ('<div class="share"><span data-ga="click|atfStickyShare_facebook"></span>'
     '<span data-ga="click|atfStickyShare_email"></span></div>', "true"),
    ('<div class="share"><span data-ga="click|atfStickyShare_email"></span></div>', "false"),
    ('<div id="vk_like"></div><script>VK.Widgets.Like("vk_like", {type: "mini"});</script>',
     "true"),
])
def test_share_blocks_filled_by_scripts(judge, html, body, shares):
    assert judge("share-buttons", html(body)).value == shares


@pytest.mark.parametrize(("body", "shares"), [
    # A +1 button frame acting on the organisation's own Google+ page follows it.
    ('<iframe src="https://plusone.google.com/_/+1/fastbutton?size=medium&url=https%3A%2F%2F'
     'plus.google.com%2F113406346739385804073"></iframe>', "false"),
    ('<iframe src="https://plusone.google.com/_/+1/fastbutton?size=medium&url=https%3A%2F%2F'
     'www.acme.fr%2Fnews%2Fa"></iframe>', "true"),
    # A block named for sharing whose only control is a Like frame of the own page: follow.
    ('<div class="social-share-overlay"><iframe title="Like this content on Facebook." '
     'src="http://www.facebook.com/plugins/like.php?href=http%3A%2F%2Fwww.facebook.com%2Facme">'
     '</iframe></div>', "false"),
    ('<div class="social-share-overlay"><iframe title="Like this content on Facebook." '
     'src="http://www.facebook.com/plugins/like.php?href=http%3A%2F%2Fwww.acme.fr%2Fnews">'
     '</iframe></div>', "true"),
])
def test_button_frames_acting_on_the_organisations_own_account_follow_it(
        judge, html, body, shares):
    assert judge("share-buttons", html(body)).value == shares


@pytest.mark.parametrize(("body", "shares"), [
    ('<div class="social-share-overlay"><iframe title="Twitter Follow Button" '
     'src="http://platform.twitter.com/widgets/follow_button.html#screen_name=Acme"></iframe>'
     '</div>', "false"),
    ('<div class="social-share-overlay"><a href="#" title="Join us on LinkedIn" '
     'data-track="social_share|linkedin">in</a></div>', "false"),
    ('<div class="social-share-overlay"><a href="#" title="Share on LinkedIn" '
     'data-track="social_share|linkedin">in</a></div>', "true"),
    ('<script src="https://plusone.google.com/"></script>', "false"),  # a host, no button
    # A Google+ badge of the organisation's own page inside a block named for sharing.
    ('<div class="social-share-overlay"><div class="g-plus" '
     'data-href="https://plus.google.com/100470681032489535736"></div></div>', "false"),
])
def test_controls_named_for_following_are_not_share_controls(judge, html, body, shares):
    assert judge("share-buttons", html(body)).value == shares
