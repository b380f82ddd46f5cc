"""Embedded content and legacy plugins of small inline pages, compared whole."""

from __future__ import annotations

import lxml.html
import pytest

from benchmark.gather import gather_html
from benchmark.gather.dom import parse_document
from benchmark.gather.legacy import fills_page, is_flash_url, layout_iframes, legacy_findings

pytestmark = pytest.mark.usefixtures("cold_gather_caches")

SITE = "https://www.acme.fr/"


def embeds_of(body: str, head: str = "") -> dict:
    return gather_html(f"<html><head>{head}</head><body>{body}</body></html>", SITE)["embeds"]


def legacy_of(body: str) -> tuple[list[dict], list[dict]]:
    return legacy_findings(parse_document(f"<html><body>{body}</body></html>"))


def test_embeds_of_a_page_whole():
    head = ('<link rel="Stylesheet" href="http://cdn.x.fr/a.css"><link rel="icon" '
            'href="http://x.fr/i.ico"><link rel="stylesheet" href="/b.css">')
    body = (
        '<iframe src="/frame.html"></iframe><iframe src="/frame.html"></iframe>'
        '<frameset><frame src="f.html"></frameset>'
        '<object data="/m.swf" type="application/x-shockwave-flash">'
        '<param name="movie" value="/m.swf"></object>'
        '<embed src="http://x.fr/e.svg" type="image/svg">'
        '<applet code="A.class" archive="a.jar"></applet>'
        '<object classid="clsid:8AD9C840-044E-11D1-B3E9-00805F499D93"></object>'
        '<object type="application/x-silverlight-2" data="data:x"></object>'
        '<video><source src="v.webm"><source data-src="v2.mp4"></video>'
        '<audio src="http://x.fr/a.mp3"></audio><video></video>'
        '<script src="/a.js"></script><script src="/a.js"></script>'
        '<script type="text/template">//tpl.example.com/x</script>'
        '<script type="module">import x from "https://Mod.Example.com/m.js"</script>'
        '<script>var u="//cdn.chat.io/x"; var v="https://www.google-analytics.com/ga.js";</script>'
        '<img src="HTTP://x.fr/img.png "><input type="image" src="http://x.fr/btn.gif">'
        '<a href="http://x.fr/page">p</a>'
        '<div id="cookie-banner" class="Cookie-Consent x"></div><div data-benchmark-consent></div>'
        '<div class="ShareThis-bar st-x" id="a2a_kit"></div>')
    assert embeds_of(body, head) == {
        "iframes": ["https://www.acme.fr/frame.html", "https://www.acme.fr/f.html"],
        "frames": 2,
        "objects": [
            {"tag": "object", "src": "https://www.acme.fr/m.swf",
             "type": "application/x-shockwave-flash", "classid": ""},
            {"tag": "embed", "src": "http://x.fr/e.svg", "type": "image/svg", "classid": ""},
            {"tag": "applet", "src": "", "type": "", "classid": ""},
            {"tag": "object", "src": "", "type": "",
             "classid": "clsid:8AD9C840-044E-11D1-B3E9-00805F499D93"},
            {"tag": "object", "src": "", "type": "application/x-silverlight-2", "classid": ""},
        ],
        "media": ["https://www.acme.fr/v.webm", "https://www.acme.fr/v2.mp4",
                  "http://x.fr/a.mp3"],
        "videos": 2,
        "scripts": ["https://www.acme.fr/a.js"],
        "stylesheets": ["http://cdn.x.fr/a.css", "https://www.acme.fr/b.css"],
        "script_hosts": ["cdn.chat.io", "mod.example.com", "www.google-analytics.com"],
        "widget_classes": ["a2a_kit", "sharethis-bar", "st-x"],
        "widgets": [{"kind": "share_slot", "marker": "empty share block",
                     "snippet": '<div class="ShareThis-bar st-x" id="a2a_kit">'}],
        "flash": [{"reason": "<object> Flash movie",
                   "snippet": '<object data="/m.swf" type="application/x-shockwave-flash">'}],
        "legacy": [
            {"tech": "java", "snippet": '<applet code="A.class" archive="a.jar">'},
            {"tech": "java",
             "snippet": '<object classid="clsid:8AD9C840-044E-11D1-B3E9-00805F499D93">'},
            {"tech": "silverlight",
             "snippet": '<object type="application/x-silverlight-2" data="data:x">'},
        ],
        # A page showing nothing but its own frames: each is all it shows.
        "layout_iframes": [
            {"src": "https://www.acme.fr/frame.html", "reason": "it is all the page shows",
             "snippet": '<iframe src="/frame.html">'}] * 2,
        "insecure": [{"tag": "embed", "url": "http://x.fr/e.svg"},
                     {"tag": "audio", "url": "http://x.fr/a.mp3"},
                     {"tag": "img", "url": "HTTP://x.fr/img.png"},
                     {"tag": "input", "url": "http://x.fr/btn.gif"},
                     {"tag": "link", "url": "http://cdn.x.fr/a.css"}],
        "consent": ['<div id="cookie-banner" class="Cookie-Consent x">',
                    '<div data-benchmark-consent="">'],
    }


def test_an_empty_page_embeds_nothing():
    assert embeds_of("<p>x</p>") == {
        "iframes": [], "frames": 0, "objects": [], "media": [], "videos": 0, "scripts": [],
        "stylesheets": [], "script_hosts": [], "widget_classes": [], "widgets": [],
        "flash": [], "legacy": [], "layout_iframes": [], "insecure": [], "consent": []}


def test_object_sources_and_lazy_sources():
    embeds = embeds_of('<object data="/o.pdf" type="application/pdf"></object>'
                       '<embed data-src="/lazy.swf"><iframe data-src="/lazy.html"></iframe>'
                       '<iframe src="javascript:void(0)"></iframe><iframe></iframe>')
    assert embeds["objects"] == [
        {"tag": "object", "src": "https://www.acme.fr/o.pdf", "type": "application/pdf",
         "classid": ""},
        {"tag": "embed", "src": "https://www.acme.fr/lazy.swf", "type": "", "classid": ""}]
    assert embeds["iframes"] == ["https://www.acme.fr/lazy.html"]


def test_lists_are_capped():
    embeds = embeds_of("".join(f'<img src="http://x.fr/{n}.png"><div class="share-{n}" '
                               f'id="cookie-banner"></div><script src="/s{n}.js"></script>'
                               for n in range(400)))
    assert len(embeds["insecure"]) == 20 and embeds["insecure"][-1]["url"] == "http://x.fr/19.png"
    assert len(embeds["consent"]) == 3
    assert len(embeds["scripts"]) == 300 and embeds["scripts"][-1] == "https://www.acme.fr/s299.js"
    assert len(embeds["widget_classes"]) == 300


def test_script_hosts_only_of_inline_javascript():
    embeds = embeds_of('<script type="text/javascript">a="https://A.io/x"</script>'
                       '<script type="application/ld+json">{"url": "https://b.io/"}</script>'
                       '<script src="/s.js">c="https://c.io/"</script>'
                       '<script type="MODULE">d="//d.io/"</script>'
                       '<script>e="https://e"; f="//f.co.uk/x"</script>')
    assert embeds["script_hosts"] == ["a.io", "d.io", "f.co.uk"]


def test_layout_iframes_and_their_reasons():
    text = "<p>" + "mot " * 40 + "</p>"  # 40 words: more than the page's frame alone
    embeds = embeds_of(
        text + '<a href="/p" target=" Main ">P</a><iframe name="main" src="/p.html"></iframe>'
        '<iframe name="other" src="/o.html"></iframe>'
        '<iframe src="/full.html" width="100%" height="100 %"></iframe>'
        '<iframe src="https://maps.example.com/" width="100%" height="100%"></iframe>'
        '<iframe src="/styled.html" style="WIDTH: 100vw; height:100%"></iframe>'
        '<iframe src="/half.html" width="100%" height="50%"></iframe>')
    assert [(f["src"], f["reason"]) for f in embeds["layout_iframes"]] == [
        ("https://www.acme.fr/p.html", "links open in it (target=main)"),
        ("https://www.acme.fr/full.html", "it fills the window (100% wide and high)"),
        ("https://www.acme.fr/styled.html", "it fills the window (100% wide and high)")]


def test_a_foreign_frame_filling_an_empty_page_is_layout():
    found = layout_iframes(parse_document(
        '<body><iframe src="https://masked.example.com/" width="100%" height="100%"></iframe>'
        '<iframe src="https://video.example.com/"></iframe></body>'), SITE, 30)
    assert found == [{"src": "https://masked.example.com/",
                      "reason": "it fills the window (100% wide and high)",
                      "snippet": '<iframe src="https://masked.example.com/" width="100%" '
                                 'height="100%">'}]
    many = "".join(f'<iframe src="/f{n}.html"></iframe>' for n in range(12))
    assert len(layout_iframes(parse_document(f"<body>{many}</body>"), SITE, 0)) == 10
    assert layout_iframes(parse_document('<body><iframe src="/own.html"></iframe></body>'),
                          SITE, 31) == []


@pytest.mark.parametrize(("attributes", "fills"), [
    ('width="100%" height="100%"', True),
    ('width=" 100 % " height="100vh"', True),
    ('width="100%"', False),
    ('style="width:100%;height:100vh"', True),
    ('width="100%" style="Height : 100 %"', True),
    ('width="1000" height="100%"', False),
    ('style="width:100px;height:100%"', False),
    ("", False),
])
def test_fills_page(attributes, fills):
    assert fills_page(lxml.html.fragment_fromstring(f"<iframe {attributes}></iframe>")) is fills


def test_flash_scripts_and_kits():
    flash, legacy = legacy_of(
        '<script>swfobject.embedSWF("intro.swf", "f", "300", "120", "9")</script>'
        '<script src="/js/mainswf.js"></script><script src="/js/swfobject.js"></script>'
        "<script>function go(){ RunFlash(); }</script>"
        "<script>document.write('<embed src=\"movie.swf\" width=1>')</script>"
        "<script>player.setup({renderer: 'player.swf', wmode: 'opaque'})</script>"
        "<script>showFlash('saved')</script>"
        '<script src="/Silverlight.js"></script><script src="/deployJava.js"></script>')
    assert flash == [
        {"reason": "script uses embedswf(",
         "snippet": 'swfobject.embedswf("intro.swf", "f", "300", "120", "9")'},
        {"reason": "script uses mainswf.js", "snippet": "/js/mainswf.js"},
        {"reason": "script uses runflash(", "snippet": "function go(){ runflash(); }"},
        {"reason": "script embeds a .swf movie (<embed)",
         "snippet": "document.write('<embed src=\"movie.swf\" width=1>')"},
    ]
    assert legacy == [{"tech": "silverlight", "snippet": "/silverlight.js"},
                      {"tech": "java", "snippet": "/deployjava.js"}]


def test_a_swf_named_in_a_long_script_is_quoted_from_80_characters_before_it():
    code = "x" * 100 + "<object data='a.swf'>"
    [found] = legacy_of(f"<script>{code}</script>")[0]
    # '.swf' starts at 100 + 15: the snippet starts at 115 - 80 = 35, after 35 of the x.
    assert found == {"reason": "script embeds a .swf movie (<object)",
                     "snippet": "x" * 65 + "<object data='a.swf'>"}


def test_flash_in_conditional_comments_only():
    flash, _ = legacy_of('<!--[if IE]><object classid="clsid:d27cdb6e-ae6d-11cf-96b8-'
                         '444553540000"></object><![endif]-->'
                         '<!-- old: <object data="a.swf"></object> -->'
                         "<!--[if IE]><p>intro.swf</p><![endif]-->"
                         '<!--  [if lt IE 9]><EMBED src="b.swf"><![endif]-->')
    assert [f["reason"] for f in flash] == ["Flash object in a conditional comment"] * 2
    assert flash[1]["snippet"] == '[if lt ie 9]><embed src="b.swf"><![endif]'


def test_plugin_markup_naming_flash_by_each_attribute():
    bodies = ['<embed src="/a.SWF?v=1">', '<object data="a.swf#x"></object>',
              '<embed type="Application/X-Shockwave-Flash">',
              '<object codebase="a.swf"></object>', '<applet code="intro.swf"></applet>',
              '<applet archive="x.swf"></applet>']
    assert [[f["reason"] for f in legacy_of(body)[0]] for body in bodies] == [
        ["<embed> Flash movie"], ["<object> Flash movie"], ["<embed> Flash movie"],
        ["<object> Flash movie"], ["<applet> Flash movie"], ["<applet> Flash movie"]]
    assert legacy_of('<object data="a.swfx"></object><embed src="/swf/a.mp4">') == ([], [])
    assert legacy_of('<object type="application/x-java-applet"></object>'
                     '<embed src="app.xap">') == (
        [], [{"tech": "java", "snippet": '<object type="application/x-java-applet">'},
             {"tech": "silverlight", "snippet": '<embed src="app.xap">'}])


def test_the_words_flash_or_silverlight_in_text_are_no_plugin():
    assert legacy_of("<p>Flash info: intro.swf, Silverlight, java: applets</p>") == ([], [])


def test_findings_are_capped_at_10():
    flash, legacy = legacy_of('<embed src="a.swf">' * 12 + "<applet></applet>" * 12)
    assert (len(flash), len(legacy)) == (10, 10)


def test_flash_urls_in_the_network_log():
    assert is_flash_url("https://a.fr/intro.SWF")
    assert is_flash_url("https://a.fr/play?id=1", "Application/X-Shockwave-Flash; q=1")
    assert not is_flash_url("https://a.fr/intro.swf.html")
    assert not is_flash_url("https://a.fr/?movie=intro.swf", "text/html")
