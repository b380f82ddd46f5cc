"""Links and scripted actions of small inline pages, compared whole."""

from __future__ import annotations

import lxml.html
import pytest

from benchmark.gather import gather_html
from benchmark.gather.links import link_label, link_target

pytestmark = pytest.mark.usefixtures("cold_gather_caches")
URL = "https://www.acme.fr/fr/index.html"


def page(body: str, head: str = "") -> dict:
    return gather_html(f"<html><head>{head}</head><body>{body}</body></html>", URL)


def element(markup: str) -> lxml.html.HtmlElement:
    return lxml.html.fragment_fromstring(markup)


def test_links_whole_with_their_language_relation_and_image():
    links = page('<nav><ul><li><a href="/a" hreflang="en" lang="en-GB" rel="nofollow">A</a>'
                 '<a href="/a">A</a></li></ul></nav>'
                 '<div role="banner"><a href="/b" title="  Titre  B "></a></div>'
                 '<div class="menu"><a href="feed://x"><img src="https://cdn.acme.fr/img/Donate.png">'
                 '</a></div><a href="ftp://x/y">ftp</a><a href="TEL:+33 1 23">Tel</a>'
                 '<a href="/a">A</a><a href="/a">Autre</a>')["links"]
    assert links == [
        {"href": "https://www.acme.fr/a", "text": "A", "zone": "nav", "hreflang": "en",
         "lang": "en-GB", "rel": "nofollow"},
        {"href": "https://www.acme.fr/b", "text": "Titre B", "zone": "header"},
        {"href": "feed://x", "text": "", "zone": "nav", "image": "Donate"},
        {"href": "TEL:+33123", "text": "Tel", "zone": "body"},
        {"href": "https://www.acme.fr/a", "text": "A", "zone": "body"},
        {"href": "https://www.acme.fr/a", "text": "Autre", "zone": "body"},
    ]


def test_kept_schemes():
    hrefs = ["http://a.fr/", "https://a.fr/", "mailto:a@a.fr", "tel:1", "whatsapp:x",
             "feed:y", "ftp://a.fr/", "sms:1", "data:x", "about:blank", "file:///etc"]
    links = page("".join(f'<a href="{href}">{n}</a>' for n, href in enumerate(hrefs)))["links"]
    assert [link["href"] for link in links] == hrefs[:6]


def test_area_links_and_long_attributes_are_cut():
    rel = "nofollow " * 10
    links = page(f'<map><area href="/zone" rel="{rel}"></map>'
                 '<a href="/img"><img alt="" src="/i/very-long-name-' + "x" * 80 + '.gif"></a>'
                 '<a href="/noimg"><img alt=""></a>')["links"]
    assert links == [
        {"href": "https://www.acme.fr/zone", "text": "", "zone": "body",
         "rel": "nofollow nofollow nofollow nofollow nof…"},
        {"href": "https://www.acme.fr/img", "text": "", "zone": "body",
         "image": "very-long-name-" + "x" * 44 + "…"},
        {"href": "https://www.acme.fr/noimg", "text": "", "zone": "body"},
    ]


def test_link_label_falls_back_on_aria_label_title_then_image_alt():
    assert link_label(element('<a href="/x"> Qui <b>sommes</b>-nous </a>')) == "Qui sommes -nous"
    assert link_label(element('<a aria-label=" Lire  plus " title="T"></a>')) == "Lire plus"
    assert link_label(element('<a title=" Titre "><img alt="Alt"></a>')) == "Titre"
    assert link_label(element('<a aria-label="" title=""><span><img alt=" X "></span></a>')) \
        == "X"
    assert link_label(element('<a><img src="x.png"></a>')) == ""


def test_link_target_reads_the_script_only_when_the_href_leads_nowhere():
    cases = [
        ('<a href=" /plain " onclick="window.open(\'/other\')">x</a>', "/plain"),
        ('<a href="#" onclick="window.open(\'https://x.com/acme\')">x</a>', "https://x.com/acme"),
        ('<a onclick="window.open (&quot;/pop&quot;)">x</a>', "/pop"),
        ('<a href="JavaScript:location=\'/js\'">x</a>', "/js"),
        ('<a href="javascript:void(0)" onclick="location.href = \'/lh\'">x</a>', "/lh"),
        ('<a href="#" onclick="location.href=(\'/paren\')">x</a>', "/paren"),
        ('<a href="#" onclick="toggle()">x</a>', "#"),
        ('<a href="#top" onclick="window.open(\'/no\')">x</a>', "#top"),
        ("<a>x</a>", ""),
    ]
    assert [link_target(element(markup)) for markup, _ in cases] == [
        target for _, target in cases]


def test_a_page_with_more_than_10000_anchors_is_read_up_to_there():
    anchors = "".join(f"<a href='/p{n % 2000}'>l</a>" for n in range(10_000))
    links = page(anchors + "<a href='/late'>late</a>")["links"]
    assert len(links) == 2000 and links[-1]["href"] == "https://www.acme.fr/p1999"


def test_actions_are_scripted_links_and_buttons_outside_forms():
    actions = page('<header><a href="#" onclick="signIn()" id="login" class="btn  big">'
                   'Sign in</a></header>'
                   '<a href="javascript:void(0)"><img alt="Panier"></a>'
                   '<a href="#menu" aria-label="Menu"></a><a title="Haut"></a>'
                   '<a href="/page">Page</a><a href="#" class="icon"></a><a href="#"></a>'
                   '<form><button>Envoyer</button></form><button type="button">Ouvrir</button>'
                   '<a href="#" onclick="signIn()" id="login" class="btn big">Sign in</a>'
                   )["actions"]
    assert actions == [
        {"tag": "a", "text": "Sign in", "id": "login", "class": "btn big", "zone": "header"},
        {"tag": "a", "text": "Panier", "id": "", "class": "", "zone": "body"},
        {"tag": "a", "text": "Menu", "id": "", "class": "", "zone": "body"},
        {"tag": "a", "text": "Haut", "id": "", "class": "", "zone": "body"},
        {"tag": "a", "text": "", "id": "", "class": "icon", "zone": "body"},
        {"tag": "button", "text": "Ouvrir", "id": "", "class": "", "zone": "body"},
    ]  # the second 'Sign in' (same text, id and class) is the same control


def test_action_texts_are_cut_at_80_characters_and_actions_at_200():
    actions = page(f'<button>{"mot " * 40}</button>' + "".join(
        f'<a href="#" id="a{n}">{n}</a>' for n in range(300)))["actions"]
    assert actions[0]["text"] == ("mot " * 20)[:79] + "…"
    assert len(actions) == 200 and actions[-1]["id"] == "a198"


def test_action_ids_and_classes_are_cut_at_80_characters():
    [action] = page(f'<a href="#" id="{"i" * 90}" class="{"c" * 90}"></a>')["actions"]
    assert (action["id"], action["class"]) == ("i" * 79 + "…", "c" * 79 + "…")
