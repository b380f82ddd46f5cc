"""Tech criteria on inline HTML: Flash and legacy plugins, frames, HTTPS, viewport, schema.org."""

from __future__ import annotations

import pytest

from benchmark.model import Status

SWF_OBJECT = ('<object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" width="800">'
              '<param name="movie" value="intro.swf"></object>')


@pytest.mark.parametrize("body", [
    SWF_OBJECT,
    '<embed src="/media/banner.swf?v=2" width="300">',
    '<object type="application/x-shockwave-flash" data="/player"></object>',
    '<script src="/js/swfobject.js"></script>',
    '<script>swfobject.embedSWF("intro.swf", "flash", "800", "600", "9.0.0");</script>',
    "<script>AC_FL_RunContent('codebase','x','src','intro');</script>",
    '<!--[if IE]><object classid="clsid:d27cdb6e-ae6d-11cf-96b8-444553540000"></object>'
    "<![endif]-->",
])
def test_flash_present_fails_with_value_true(judge, html, body):
    outcome = judge("flash-content", html(body))
    assert (outcome.status, outcome.value, outcome.score) == (Status.FAIL, "true", 0.0)
    assert outcome.evidence.url == "https://www.acme.fr/"


def test_flash_from_network_and_probes(judge, html):
    page = html("<p>x</p>")
    assert judge("flash-content", page, network={"flash": ["https://www.acme.fr/a.swf"]}
                 ).value == "true"
    assert judge("flash-content", page, probes={"home": {"js_globals": {"swfobject": True}}}
                 ).value == "true"


def test_word_flash_in_news_is_not_flash(judge, html):
    body = ('<h2>Flash info : Flash spécial résultats</h2><a href="/flash-actu.html">Flash</a>'
            '<video src="/film.mp4"></video>')
    outcome = judge("flash-content", html(body))
    assert (outcome.status, outcome.value, outcome.score) == (Status.PASS, "false", 1.0)


def test_legacy_plugins(judge, html):
    silverlight = ('<object data="data:application/x-silverlight-2,"'
                   ' type="application/x-silverlight-2"></object>')
    assert judge("legacy-plugins", html(silverlight)).value == "true"
    applet = html('<applet code="Clock.class"></applet>')
    assert judge("legacy-plugins", applet).status is Status.FAIL
    assert judge("legacy-plugins", html(SWF_OBJECT)).status is Status.PASS  # Flash is apart


def test_framesets(judge):
    frames = ('<html><frameset cols="20%,80%"><frame src="menu.html"><frame src="main.html">'
              "</frameset></html>")
    assert judge("framesets", frames).value == "true"
    inline = '<html><body><iframe src="https://www.youtube.com/embed/x"></iframe></body></html>'
    assert judge("framesets", inline).status is Status.PASS


def test_https_uses_final_home_url(judge, html):
    secure = judge("https", html("<p>x</p>"))
    assert (secure.status, secure.value, secure.evidence.url) == (
        Status.PASS, "true", "https://www.acme.fr/")
    plain = judge("https", [("http://www.acme.fr/", html("<p>x</p>"), "home")])
    assert (plain.status, plain.value, plain.score) == (Status.FAIL, "false", 0.0)
    assert "http://www.acme.fr/" in plain.evidence.snippet


@pytest.mark.parametrize(("viewport", "expected"), [
    ('<meta name="viewport" content="width=device-width, initial-scale=1">', Status.PASS),
    ('<meta name="viewport" content="initial-scale=1.0, width = device-width">', Status.PASS),
    ('<meta name="viewport" content="width=1024">', Status.FAIL),
    ("", Status.FAIL),
])
def test_mobile_viewport(judge, html, viewport, expected):
    assert judge("mobile-viewport", html("<p>x</p>", head=viewport)).status is expected


def test_mobile_layout_from_probes(judge, html):
    fits = {"mobile": {"overflow": False, "scroll_width": 390, "viewport_width": 390}}
    assert judge("mobile-layout", html("x"), probes=fits).status is Status.PASS
    assert judge("mobile-layout", html("x"), probes={"mobile": {"overflow": True}}).value == "false"
    assert judge("mobile-layout", html("x")).status is Status.UNKNOWN


def test_structured_data_prefers_organization(judge, html):
    head = ('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
            '{"@type": "WebSite"}, {"@type": "Organization", "name": "Acme"}]}</script>')
    outcome = judge("structured-data", html("<p>x</p>", head=head))
    assert (outcome.status, outcome.value) == (Status.PASS, "true")
    assert outcome.evidence.snippet == "JSON-LD Organization"


def test_structured_data_microdata_and_absence(judge, html):
    microdata = '<div itemscope itemtype="http://schema.org/NGO"><span itemprop="name">A</span>'
    assert judge("structured-data", html(microdata)).status is Status.PASS
    broken = '<script type="application/ld+json">{"@type": "Organization",,}</script>'
    outcome = judge("structured-data", html("<p>x</p>", head=broken))
    assert (outcome.status, outcome.value, outcome.score) == (Status.FAIL, "false", 0.0)
