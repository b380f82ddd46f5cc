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
    # The loader counts with its call (alone it embeds nothing: real-page labels agree).
    '<script src="/js/swfobject.js"></script><script>swfobject.registerObject("intro", '
    '"9.0.0");</script>',
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
    assert judge("flash-content", page, probes={"home": {"js_globals": {"RufflePlayer": True}}}
                 ).value == "true"
    # The kit's global only shows its loader (real pages load swfobject.js and embed nothing).
    assert judge("flash-content", page, probes={"home": {"js_globals": {"swfobject": True}}}
                 ).value == "false"


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


def test_an_iframe_used_as_the_page_is_shown_with_its_reason_and_markup(judge, html):
    body = '<a href="p.html" target="main">P</a><iframe name="main" src="p.html"></iframe>'
    outcome = judge("framesets", html(body))
    assert (outcome.status, outcome.value, outcome.score) == (Status.FAIL, "true", 0.0)
    assert (outcome.evidence.url, outcome.evidence.snippet) == (
        "https://www.acme.fr/",
        'iframe used as the page: links open in it (target=main) <iframe name="main" '
        'src="p.html">')


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


@pytest.mark.parametrize("body", [
    '<script src="/js/ufo.js"></script><script>UFO.create(FO, "intro");</script>',
    '<script src="https://unpkg.com/@ruffle-rs/ruffle"></script>',
    # A kit's loader counts with the call that embeds the movie (a loader alone: no Flash).
    '<script src="Scripts/AC_RunActiveContent.js"></script><script>AC_FL_RunContent('
    '"codebase", "x", "src", "intro");</script>',
    '<object type="application/x-shockwave-flash" data="/m.swf"><param name="movie" '
    'value="/m.swf"></object>',
])
def test_flash_kits_and_emulator(judge, html, body):
    assert judge("flash-content", html(body)).value == "true"


def test_flash_traps_are_not_flash(judge, html):
    body = ('<!-- intro.swf retired in 2015 --><a href="/films/intro.swf">ancienne intro</a>'
            '<p>Silverlight et Flash ont disparu.</p><script>var flashMessage = "ok";</script>')
    assert judge("flash-content", html(body)).value == "false"
    assert judge("legacy-plugins", html(body)).value == "false"


def test_flash_globals_of_the_fingerprint_probe(judge, html):
    probes = {"home": {"fingerprint": {"js": {"RufflePlayer": True}}}}
    assert judge("flash-content", html("<p>x</p>"), probes=probes).value == "true"


@pytest.mark.parametrize("body", [
    '<script src="/ClientBin/Silverlight.js"></script>',
    "<script>Silverlight.createObject('app.xap', host, 'sl', {}, {});</script>",
    '<script src="https://www.java.com/js/deployJava.js"></script>',
    '<embed type="application/x-java-applet;version=1.6" code="Map.class">',
])
def test_legacy_plugin_scripts(judge, html, body):
    assert judge("legacy-plugins", html(body)).value == "true"


@pytest.mark.parametrize(("body", "expected"), [
    ('<a href="/a.html" target="main">A</a><iframe name="main" src="/a.html"></iframe>'
     + "<p>" + "mot " * 200 + "</p>", "true"),
    ('<iframe src="/site/" width="100%" height="100%"></iframe>' + "<p>" + "mot " * 200
     + "</p>", "true"),
    ('<iframe src="https://acme.wixsite.com/acme" style="width:100%;height:100%"></iframe>',
     "true"),
    ('<iframe src="https://www.youtube.com/embed/x" width="100%" height="100%"></iframe>'
     + "<p>" + "mot " * 200 + "</p>", "false"),
    ('<iframe src="https://www.google.com/maps/embed?pb=1" width="600" height="450"></iframe>',
     "false"),
    ('<a href="/a.html" target="_blank">A</a><iframe src="/widget.html" width="300" '
     'height="200"></iframe>' + "<p>" + "mot " * 200 + "</p>", "false"),
])
def test_iframes_as_layout(judge, html, body, expected):
    assert judge("framesets", html(body)).value == expected


@pytest.mark.parametrize(("body", "expected"), [
    ('<img src="logo.png" alt="Acme"><a href="/fr/">Français</a> <a href="/en/">English</a>'
     '<a href="/mentions-legales">Mentions légales</a>', "true"),
    ('<object data="intro.swf"></object><a href="/accueil.html">Entrer sur le site</a>', "true"),
    ('<a href="/de/" hreflang="de"><img src="de.png"></a><a href="/fr/" hreflang="fr">'
     '<img src="fr.png"></a>', "true"),
    ('<a href="/fr/">FR</a> <a href="/en/">EN</a><nav><a href="/about">About</a>'
     '<a href="/news">News</a></nav>', "false"),
    ('<h1>Claire Morel</h1><p>Consultante.</p><a href="mailto:c@m.fr">Contact</a>'
     '<a href="https://www.linkedin.com/in/cm">LinkedIn</a>', "false"),
    ('<a href="/fr/">Français</a> <a href="/en/">English</a><p>' + "mot " * 300 + "</p>",
     "false"),
    ("<p>Site en construction.</p>", "false"),
    ('<a href="/">Accueil</a> <a href="/mentions">Mentions légales</a><p>Consultante.</p>',
     "false"),
    ('<a href="/plan">Skip navigation</a><a href="/fr/">Français</a><p>Bienvenue</p>', "false"),
])
def test_splash_page(judge, html, body, expected):
    outcome = judge("splash-page", html(body))
    assert outcome.value == expected
    if expected == "true":
        assert outcome.evidence.snippet.startswith("the home page only offers")
