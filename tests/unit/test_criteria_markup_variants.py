"""Open Graph, viewport, feeds and Flash as real pages write them (case, spacing, old forms)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("head", [
    '<meta property="OG:TITLE" content="Acme">',
    '<meta name="og:title" content="Acme">',
    '<meta property="og:type" content="website">',
    '<meta property="og:title" content=""><meta property="og:title" content="Acme">',
    '<meta property="og:title twitter:title" content="Acme">',
])
def test_open_graph_variants(judge, html, head):
    assert judge("open-graph", html("x", head=head)).value == "true"


@pytest.mark.parametrize("head", [
    '<meta property="og:image" content="https://www.acme.fr/logo.png">',
    '<meta property="og:title" content="">',
    '<meta name="title" content="Acme">',
])
def test_not_open_graph(judge, html, head):
    assert judge("open-graph", html("x", head=head)).value == "false"


@pytest.mark.parametrize("content", [
    "width = device-width, initial-scale = 1", "Width=Device-Width",
    "initial-scale=1;width=device-width",
])
def test_viewport_variants(judge, html, content):
    head = f'<meta name="Viewport" content="{content}">'
    assert judge("mobile-viewport", html("x", head=head)).value == "true"


def test_any_of_two_viewport_tags(judge, html):
    head = ('<meta name="viewport" content="width=1024">'
            '<meta name="viewport" content="width=device-width">')
    assert judge("mobile-viewport", html("x", head=head)).value == "true"
    fixed = '<meta name="viewport" content="width=1024, maximum-scale=1">'
    assert judge("mobile-viewport", html("x", head=fixed)).value == "false"


@pytest.mark.parametrize(("head", "body"), [
    ('<link rel="Alternate" type="application/RSS+XML; charset=utf-8" href="/feed">', ""),
    ('<link rel="alternate" type="application/rdf+xml" title="RSS" href="/index.rdf">', ""),
    ('<link rel="alternate" type="text/xml" title="News feed" href="/news.xml">', ""),
    ("", '<a href="http://feeds.feedburner.com/Acme"><img src="/i.png" alt=""></a>'),
    ("", '<a href="/news/feed.xml"><img src="/i.png" alt=""></a>'),
    ("", '<a href="/?feed=rss2">Follow the news</a>'),
    ("", '<a href="/news.rss"><img src="/i.png" alt=""></a>'),
    ("", '<a href="feed://www.acme.fr/home/feed/rss/?format=feed"><img src="/rss.png"></a>'),
    ("", '<a href="/rssFeed.aspx"><img src="/images/rss.png"></a>'),
])
def test_feed_variants(judge, html, head, body):
    assert judge("rss-feed", html(body, head=head)).value == "true"


@pytest.mark.parametrize(("head", "body"), [
    ('<link rel="alternate" hreflang="en" href="https://www.feedingamerica.org/en/">', ""),
    ('<link rel="alternate" type="text/xml" href="/sitemap.xml">', ""),
    ("", '<a href="https://www.other.org/feed/">Their feed</a>'),
    ("", '<a href="/feedback">Feedback</a>'),
])
def test_not_feeds(judge, html, head, body):
    assert judge("rss-feed", html(body, head=head)).value == "false"


@pytest.mark.parametrize("body", [
    '<script>document.write(\'<embed src="/intro.swf?v=2" width="800">\');</script>',
    '<script>var fo = new FlashObject("/movie.swf", "intro", "800", "600", "8");'
    'fo.write("flash");</script>',
    '<script>var flashvars = {clip: "intro"}; embed("/banner.swf", flashvars);</script>',
    '<embed src="/media/banner.SWF?clickTAG=x">',
])
def test_flash_embedded_by_scripts_and_odd_sources(judge, html, body):
    assert judge("flash-content", html(body)).value == "true"


@pytest.mark.parametrize("body", [
    '<script>var player = {file: "/video.mp4", wmode: "opaque"};</script>',
    '<script>var config = {renderers: ["html5", "/flash/basicrenderer.swf"], wmode: "opaque"};'
    '</script>',
    '<script>var help = "Flash player (.swf) files are no longer supported";</script>',
    '<a href="/archive/intro.swf">Old intro</a>',
])
def test_not_flash(judge, html, body):
    assert judge("flash-content", html(body)).value == "false"


@pytest.mark.parametrize("body", [
    '<script src="/js/swfobject.js"></script><p>Our new site</p>',
    '<script src="/scripts/AC_RunActiveContent.js"></script>',
    '<script>jQuery.extend(settings.scripts, ["jquery", "swfobject", "jetpack"]);</script>',
    '<!-- <object width="425"><embed src="http://www.youtube.com/v/x" '
    'type="application/x-shockwave-flash"></embed></object> -->',
    '<script>showFlash("Saved"); getFlashPlayerVersion();</script>',
])
def test_flash_kit_loaders_and_mentions_are_not_flash(judge, html, body):
    assert judge("flash-content", html(body)).value == "false"


@pytest.mark.parametrize("body", [
    '<div id="swf"><script type="text/javascript">RunFlash();</script></div>',
    '<div class="mainimage"><script src="mainswf.js"></script></div>',
    '<!--[if IE]><object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000">'
    '<param name="movie" value="intro.swf"></object><![endif]-->',
    '<script src="/js/swfobject.js"></script><script>var so = new SWFObject("intro.swf", '
    '"intro", "800", "600", "8"); so.write("flash");</script>',
])
def test_flash_written_by_the_site_itself(judge, html, body):
    assert judge("flash-content", html(body)).value == "true"
