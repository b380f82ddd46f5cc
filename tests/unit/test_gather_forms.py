"""Forms of small inline pages, compared whole: fields, labels, buttons, context, parts."""

from __future__ import annotations

import lxml.html
import pytest

from benchmark.gather import gather_html
from benchmark.gather.dom import parse_document
from benchmark.gather.forms import (
    button_text,
    heading_before,
    image_name,
    is_hidden,
    orphan_container,
    preceding_text,
    where_of,
)
from benchmark.gather.formsplit import form_parts, is_submitter, wraps_page

pytestmark = pytest.mark.usefixtures("cold_gather_caches")

URL = "https://www.acme.fr/fr/"


def forms_of(body: str) -> list[dict]:
    return gather_html(f"<html><body>{body}</body></html>", URL)["forms"]


def field(name: str, *, kind: str = "text", tag: str = "input", label: str = "",
          placeholder: str = "", ident: str = "", autocomplete: str = "") -> dict:
    return {"tag": tag, "type": kind, "name": name, "id": ident, "label": label,
            "placeholder": placeholder, "autocomplete": autocomplete}


def element(markup: str) -> lxml.html.HtmlElement:
    return lxml.html.fragment_fromstring(markup)


def test_a_form_whole():
    forms = forms_of(
        '<h2>Lettre</h2><div class="newsletter box"><form id="nl" action="/inscription" '
        'method="POST" role="form"><label for="e">Votre e-mail</label>'
        '<input id="e" type="EMAIL" name="email" autocomplete="email" placeholder="vous@x.fr">'
        '<label>Nom <input name="nom" value="Votre nom"></label>'
        '<p>Code postal <input name="cp" value="75001" type="number"></p>'
        '<input type="hidden" name="t" value="1"><input name="trap" style="display: none">'
        '<select name="pays" aria-label="Pays"><option>FR</option></select>'
        '<textarea name="msg" title="Message"></textarea>'
        '<input type="submit" value="OK"><input type="image" src="/img/btn_go.gif">'
        '<input type="reset"><button type="reset">Effacer</button>'
        '<button><img src="/i/send-now.png"></button></form></div>')
    assert forms == [{
        "action": "https://www.acme.fr/inscription", "method": "post", "role": "form",
        "formless": False, "selector": "form#nl",
        "snippet": '<form id="nl" action="/inscription" method="POST" role="form">',
        "part_of": "",
        "fields": [
            field("email", kind="email", ident="e", label="Votre e-mail",
                  placeholder="vous@x.fr", autocomplete="email"),
            field("nom", label="Nom", placeholder="Votre nom"),
            field("cp", kind="number", label="Code postal"),
            field("pays", kind="select", tag="select", label="Pays"),
            field("msg", kind="textarea", tag="textarea", label="Message"),
        ],
        "hidden": ["t", "trap"],
        "buttons": ["OK", "btn_go", "send-now"],
        "text": "Votre e-mail Nom Code postal FR Effacer",
        "context": "Votre e-mail Nom Code postal FR Effacer",
        "where": "box newsletter",
    }]


def test_form_defaults():
    [form] = forms_of("<form><input name='q'></form>")
    assert (form["action"], form["method"], form["role"], form["selector"], form["buttons"],
            form["context"], form["where"]) == (URL, "get", "", "form", [], "", "")
    [form] = forms_of("<form action='javascript:go()'><input name='q'></form>")
    assert form["action"] == URL


def test_a_page_wrapping_form_is_split_into_its_tasks():
    forms = forms_of(
        '<form action="/page" id="aspnetForm"><input type="hidden" name="__VIEWSTATE">'
        '<div id="search"><input name="q" placeholder="Rechercher">'
        "<a href=\"javascript:__doPostBack('go','')\">Go!</a></div>"
        '<div class="contact"><table><tr><td>E-Mail:</td><td><input name="mail"></td></tr>'
        "</table><button>Envoyer</button></div><p>Divers <input name='x'></p></form>")
    assert [(f["selector"], f["part_of"], f["fields"], f["hidden"], f["buttons"])
            for f in forms] == [
        ("div#search", "form#aspnetForm", [field("q", placeholder="Rechercher")], [], ["Go!"]),
        ("div.contact", "form#aspnetForm", [field("mail", label="E-Mail:")], [], ["Envoyer"]),
        ("form#aspnetForm", "form#aspnetForm", [field("x", label="Divers")], ["__VIEWSTATE"],
         ["Go!", "Envoyer"]),
    ]
    assert {f["action"] for f in forms} == {"https://www.acme.fr/page"}
    assert forms[0]["where"] == "aspnetform" and forms[2]["where"] == ""


def test_formless_fields_are_grouped_by_their_container():
    forms = forms_of('<div class="search"><span><input type="search" name="s"></span>'
                     "<button>OK</button></div>"
                     '<div id="x"><input type="hidden" name="only"></div>')
    assert forms == [{
        "action": URL, "method": "", "role": "", "formless": True, "selector": "div.search",
        "snippet": '<div class="search">', "part_of": "",
        "fields": [field("s", kind="search")], "hidden": [], "buttons": ["OK"], "text": "OK",
        "context": "", "where": ""}]


def test_orphan_container_climbs_past_labels_and_buttonless_parents():
    doc = parse_document('<body><div id="a"><div id="b"><label id="c"><input name="x">'
                         '</label></div><button>Go</button></div>'
                         '<div id="d"><p id="e"><span id="f"><input name="y"></span></p>'
                         '<button>OK</button></div></body>')
    x, y = doc.iter("input")
    assert orphan_container(x).get("id") == "a"  # label, then div#b without button
    assert orphan_container(y).get("id") == "d"  # span, p: two levels up at most


def test_forms_are_capped_at_50_and_fields_at_60():
    forms = forms_of("".join(f"<form id='f{n}'><input name='a'></form>" for n in range(55))
                     + "<div><input name='orphan'></div>")
    assert len(forms) == 50 and forms[-1]["selector"] == "form#f49"
    [form] = forms_of("<form>" + "".join(f"<input name='f{n}'>" for n in range(70))
                      + "".join(f"<input type='hidden' name='h{n}'>" for n in range(25))
                      + "".join(f"<button>b{n}</button>" for n in range(12)) + "</form>")
    assert len(form["fields"]) == 60 and form["fields"][-1]["name"] == "f59"
    assert form["hidden"] == [f"h{n}" for n in range(20)]
    assert form["buttons"] == [f"b{n}" for n in range(10)]


def test_formless_groups_fill_up_to_50_forms():
    forms = forms_of("".join(f"<form id='f{n}'><input name='a'></form>" for n in range(48))
                     + "".join(f"<div id='d{n}'><p><input name='o'></p><button>x</button></div>"
                               for n in range(5)))
    assert [f["selector"] for f in forms[-3:]] == ["form#f47", "div#d0", "div#d1"]


@pytest.mark.parametrize(("markup", "label"), [
    ('<form><input id="i" aria-label="Aria"><label for="i">For</label></form>', "For"),
    ('<form><label> Autour <span><input id="j"></span></label></form>', "Autour"),
    # The whole wrapping label, its words after the field too (a consent box's sentence).
    ('<form><label><input type="checkbox" name="ok"> J\'accepte les conditions</label></form>',
     "J'accepte les conditions"),
    ('<form><label>Nom <input name="n"> (obligatoire)</label></form>', "Nom (obligatoire)"),
    ('<form><input aria-label=" Aria " title="T"></form>', "Aria"),
    ('<form><input title="Titre"></form>', "Titre"),
    ('<form>E-Mail : <input name="m"></form>', "E-Mail :"),
    ('<form><span>Ville</span><input name="v"></form>', "Ville"),
    ('<form><span>' + "long " * 15 + '</span><input name="v"></form>', ""),
    ('<form><input name="a"><input name="b"></form>', ""),
    ('<form><b>Nom</b> <i></i><input name="n"></form>', "Nom"),
    ('<form><table><tr><td>Tel.</td><td><input name="t"></td></tr></table></form>', "Tel."),
    ('<form><p>Pays <select name="p"><option>FR</option></select></p></form>', ""),
])
def test_field_labels(markup, label):
    [form] = forms_of(markup)
    assert form["fields"][0]["label"] == label


def test_preceding_text_stops_at_the_form_and_two_levels_up():
    doc = parse_document("<body>Avant<form><div><div><div><input name='x'></div></div></div>"
                         "</form></body>")
    assert preceding_text(next(doc.iter("input"))) == ""
    doc = parse_document("<body><div>Nom<div><span><input name='x'></span></div></div></body>")
    assert preceding_text(next(doc.iter("input"))) == ""
    doc = parse_document("<body><div>Nom<span><input name='x'></span></div></body>")
    assert preceding_text(next(doc.iter("input"))) == "Nom"
    doc = parse_document("<body><p>" + "x" * 70 + "<input name='x'></p></body>")
    assert preceding_text(next(doc.iter("input"))) == "x" * 59 + "…"


@pytest.mark.parametrize(("markup", "placeholder"), [
    ('<input name="a" value="Votre e-mail">', "Votre e-mail"),
    ('<input type="Email" value="vous@x.fr">', "vous@x.fr"),
    ('<input type="search" value="Rechercher" placeholder="Mots">', "Mots"),
    ('<input type="number" value="3">', ""),
    ('<input type="checkbox" value="oui">', ""),
    ('<textarea placeholder="Message"></textarea>', "Message"),
])
def test_initial_values_of_text_fields_are_hints(markup, placeholder):
    [form] = forms_of(f"<form>{markup}</form>")
    assert form["fields"][0]["placeholder"] == placeholder


def test_hidden_fields():
    assert is_hidden(element('<input type="HIDDEN">'))
    assert is_hidden(element('<input style="color:red; DISPLAY : none">'))
    assert is_hidden(element('<input style="visibility: hidden">'))
    assert not is_hidden(element('<input style="visibility: visible">'))
    assert not is_hidden(element("<input>"))


def test_image_names():
    assert image_name("btn_donate_LG.gif") == "btn_donate_LG"
    assert image_name("https://cdn.x.fr/img/Donate.png?v=2") == "Donate"
    assert image_name("/img/go.button") == "go.button"
    assert image_name("//cdn.x.fr/a/b/") == ""
    assert image_name(None) == "" and image_name("") == ""


@pytest.mark.parametrize(("markup", "text"), [
    ('<input type="submit" value=" Envoyer ">', "Envoyer"),
    ('<input type="image" alt="Go" title="T">', "Go"),
    ('<input type="image" title="Titre">', "Titre"),
    ('<input type="image" src="/i/ok_btn.png">', "ok_btn"),
    ('<input type="submit">', "submit"),
    ("<button> Valider <b>ma</b> demande </button>", "Valider ma demande"),
    ('<button aria-label="Chercher" value="v"></button>', "Chercher"),
    ('<button value="Valeur" title="T"></button>', "Valeur"),
    ('<button title="Titre"></button>', "Titre"),
    ('<button><img alt="Loupe" src="/s.png"></button>', "Loupe"),
    ('<button><img src="/img/search-icon.svg"></button>', "search-icon"),
    ("<button></button>", ""),
])
def test_button_texts(markup, text):
    assert button_text(element(markup)) == text


def test_submitters():
    assert [is_submitter(element(markup)) for markup in (
        "<button>x</button>", '<button type="RESET">x</button>', '<button type="button">x</button>',
        '<input type="Submit">', '<input type="image">', '<input type="button">',
        '<input type="text">', "<input>",
        "<a href=\"javascript:__doPostBack('a','')\">x</a>",
        '<a href="#" onclick="WebForm_DoPostBackWithOptions(x)">x</a>',
        '<a onclick="document.forms[0].submit()">x</a>', '<a href="/x">x</a>',
        "<span>x</span>")] == [True, False, True, True, True, True, False, False, True, True,
                               True, False, False]


@pytest.mark.parametrize(("markup", "wraps"), [
    ('<form><input name="__EVENTVALIDATION"></form>', True),
    ("<form><nav></nav><input></form>", True),
    ("<form><h1>T</h1><input></form>", True),
    ("<form><footer></footer></form>", True),
    ("<form><h2>T</h2><input></form>", False),
    ("<form>" + "<a href='/x'>x</a>" * 25 + "</form>", True),
    ("<form>" + "<a href='/x'>x</a>" * 24 + "</form>", False),
])
def test_forms_wrapping_the_page(markup, wraps):
    assert wraps_page(element(markup)) is wraps


def test_a_page_form_with_one_group_is_not_split():
    form = element("<form><h1>T</h1><div><input name='a'><input name='b'><button>Go</button>"
                   "</div></form>")
    [(container, fields)] = form_parts(form, ("input",))
    assert container is form and [f.get("name") for f in fields] == ["a", "b"]
    form = element("<form><h1>T</h1><input name='a'><button>Go</button></form>")
    assert [c.tag for c, _ in form_parts(form, ("input",))] == ["form"]


def test_a_page_form_whose_fields_all_have_their_button():
    form = element("<form><nav></nav><div id='a'><input name='a'><button>A</button></div>"
                   "<div id='b'><p><input name='b'></p><input type='submit' name='s'></div></form>")
    assert [(c.get("id"), [f.get("name") for f in fields])
            for c, fields in form_parts(form, ("input",))] == [
        ("a", ["a"]), ("b", ["b", "s"])]


def test_the_heading_above_a_form():
    doc = parse_document("<body><h2>Newsletter</h2><section><p>Texte</p><div><form id='f'>"
                         "</form></div></section></body>")
    assert heading_before(doc.find(".//form")) == "Newsletter"
    doc = parse_document("<body><h2>Loin</h2><div><div><div><div><form></form></div></div>"
                         "</div></div></body>")
    assert heading_before(doc.find(".//form")) == ""  # more than three levels up
    doc = parse_document("<body><legend>Rechercher</legend><form></form></body>")
    assert heading_before(doc.find(".//form")) == "Rechercher"


def test_context_is_the_parents_short_text_else_the_heading_above():
    [form] = forms_of("<div><h3>Inscription</h3><p>" + "mot " * 200 + "</p>"
                      "<form><input name='e'></form></div>")
    assert form["context"] == "Inscription"
    [form] = forms_of("<div><p>Restez informés</p><form><input name='e'></form></div>")
    assert form["context"] == "Restez informés"


def test_where_reads_eight_levels_of_ids_and_classes():
    nested = "".join(f"<div class='l{n}'>" for n in range(10))
    doc = parse_document(f"<body class='page'>{nested}<form></form>{'</div>' * 10}</body>")
    assert where_of(doc.find(".//form")) == "l9 l8 l7 l6 l5 l4 l3 l2"
    doc = parse_document("<body><div id='Chat-Box' class='offline'><form></form></div></body>")
    assert where_of(doc.find(".//form")) == "box chat offline"


def test_text_before_a_field_counts_up_to_60_characters():
    [form] = forms_of(f"<form><span>{'x' * 60}</span><input name='a'>"
                      f"<p><span>{'y' * 61}</span><input name='b'></p></form>")
    assert [f["label"] for f in form["fields"]] == ["x" * 60, ""]


def test_long_names_and_texts_before_fields_are_cut():
    [form] = forms_of(f"<form><b>*</b>{'Votre adresse ' * 6}<input name='{'n' * 90}'>"
                      f"</form>")
    # 'Votre adresse ' six times is 84 characters: cut to 60 with an ellipsis.
    [described] = form["fields"]
    assert described["label"] == ("Votre adresse " * 6)[:59] + "…"
    assert described["name"] == "n" * 79 + "…"
