"""DOM helpers and page text: parsing, snippets, selectors, zones, landmarks, visible text."""

from __future__ import annotations

import lxml.html
import pytest

from benchmark.gather import gather_html
from benchmark.gather.dom import (
    base_url,
    class_tokens,
    clean,
    opening_tag,
    parse_document,
    short_selector,
    text_of,
    zone_of,
)
from benchmark.gather.text import (
    extract_headings,
    headings_before,
    is_page_landmark,
    page_landmarks,
    visible_pieces,
    visible_text,
    word_count,
)

pytestmark = pytest.mark.usefixtures("cold_gather_caches")


def fragment(markup: str) -> lxml.html.HtmlElement:
    return lxml.html.fragment_fromstring(markup)


def document(body: str, body_attributes: str = "") -> lxml.html.HtmlElement:
    return parse_document(f"<html><body{body_attributes}>{body}</body></html>")


def test_clean_collapses_whitespace_and_cuts_with_an_ellipsis():
    assert clean(" a  b\n\tc ") == "a b c"
    assert clean(None) == "" and clean("") == ""
    assert clean("abc", 3) == "abc" and clean("abcd", 3) == "ab…"
    assert clean("x" * 200) == "x" * 200 and clean("x" * 201) == "x" * 199 + "…"


def test_text_of_puts_a_space_between_children():
    assert text_of(fragment("<p>Un<b>deux</b> <i>trois</i></p>")) == "Un deux trois"
    assert text_of(fragment("<p>abcdef</p>"), 4) == "abc…"


def test_opening_tag_shows_attributes_shortened():
    assert opening_tag(fragment("<p>x</p>")) == "<p>"
    assert opening_tag(fragment('<a href="' + "x" * 100 + '" class=" c  d ">t</a>')) == (
        '<a href="' + "x" * 59 + '…" class="c d">')
    assert opening_tag(fragment('<a title="' + "y" * 50 + '">t</a>'), 20) == '<a title="yyyyyyyyy…'


def test_short_selector_prefers_id_then_two_classes_then_named_attributes():
    selectors = [short_selector(fragment(markup)) for markup in (
        '<form id="nl" class="a b"></form>', '<form class=" a  b c "></form>',
        '<form name="n" action="/a"></form>', '<form action="/a" role="x"></form>',
        '<div role="search" src="s"></div>', '<img src="/i.png">', "<div></div>",
        f'<div id="{"i" * 150}"></div>')]
    assert selectors == ["form#nl", "form.a.b", 'form[name="n"]', 'form[action="/a"]',
                         'div[role="search"]', 'img[src="/i.png"]', "div",
                         "div#" + "i" * 115 + "…"]


def test_class_tokens_are_the_lowercase_words_of_id_and_classes():
    assert class_tokens(fragment('<div id="Site-Header" class="top_bar  x"></div>')) == {
        "site", "header", "top", "bar", "x"}
    assert class_tokens(fragment("<div></div>")) == set()


def test_parse_document_refuses_empty_documents_and_strips_nul_characters():
    assert parse_document("") is None and parse_document(" \n ") is None
    assert parse_document("\x00\x00") is None
    assert parse_document("<!-- only a comment -->") is None
    doc = parse_document("<p>a\x00b</p>")
    assert doc.tag == "html" and doc.find(".//p").text == "ab"


def test_huge_documents_are_cut_at_8_million_characters():
    doc = parse_document("<p>" + "a" * 7_999_990 + "</p><p>late</p>")
    # 3 + 7,999,990 + 4 characters end the first paragraph; only '<p>' of the next fits.
    assert [p.text for p in doc.iter("p")] == ["a" * 7_999_990, None]


def test_base_url_is_the_base_href_resolved_else_the_page():
    page = "https://a.fr/b/c.html"
    assert base_url(document("x"), page) == page
    assert base_url(parse_document('<head><base href="/sub/"></head><p>x</p>'), page) == \
        "https://a.fr/sub/"
    assert base_url(parse_document('<head><base href="javascript:x"></head><p>x</p>'),
                    page) == page
    assert base_url(parse_document('<head><base target="_top"></head><p>x</p>'), page) == page


@pytest.mark.parametrize(("body", "zone"), [
    ("<nav><ul><li><a>x</a></li></ul></nav>", "nav"),
    ("<header><a>x</a></header>", "header"),
    ("<footer><p><a>x</a></p></footer>", "footer"),
    ("<footer><nav><a>x</a></nav></footer>", "nav"),  # the innermost landmark
    ('<div role="Navigation"><a>x</a></div>', "nav"),
    ('<div role="banner"><a>x</a></div>', "header"),
    ('<div role="contentinfo"><a>x</a></div>', "footer"),
    ('<div role="main"><a>x</a></div>', "body"),
    ('<div id="menu"><a>x</a></div>', "nav"),
    ('<div class="Site-Footer"><a>x</a></div>', "footer"),
    ('<div id="masthead"><a>x</a></div>', "header"),
    ('<div class="nav footer"><a>x</a></div>', "nav"),  # nav words first
    ("<main><div><a>x</a></div></main>", "body"),
])
def test_zone_of_a_link(body, zone):
    assert zone_of(next(document(body).iter("a"))) == zone


def test_body_and_html_classes_describe_the_page_not_a_zone():
    doc = parse_document('<html class="footer"><body class="header menu"><div><a>x</a></div>'
                         "</body></html>")
    assert zone_of(next(doc.iter("a"))) == "body"


@pytest.mark.parametrize(("markup", "landmark"), [
    ("<nav></nav>", True),
    ('<div role="Navigation"></div>', True),
    ('<div role="contentinfo"></div>', True),
    ('<div role="main"></div>', False),
    ("<header></header>", True),
    ("<div><footer></footer></div>", True),
    ("<article><header></header></article>", False),
    ("<section><header></header></section>", False),
    ("<main><footer></footer></main>", False),
    ("<aside><footer></footer></aside>", False),
    ('<div id="header"></div>', True),
    ('<div class="site-header"></div>', True),
    ('<div class="x pied-de-page"></div>', True),
    ('<div class="td-header-top-menu"></div>', True),
    ('<div class="l-header"></div>', True),
    ('<div class="entry-header"></div>', False),
    ('<div class="hd"></div>', False),
    ('<div class="main wrapper"></div>', False),
    ("<div></div>", False),
])
def test_page_landmarks(markup, landmark):
    element = next(document(markup).find("body").iterdescendants())
    while len(element) and element.tag in ("article", "section", "main", "aside", "div") \
            and element[0].tag in ("header", "footer"):
        element = element[0]
    assert is_page_landmark(element) is landmark


def test_page_landmarks_hold_every_element_inside_them():
    doc = document('<div id="header"><p>a<b>b</b></p></div><p>c</p><footer><i>d</i></footer>')
    assert sorted(e.tag for e in page_landmarks(doc)) == ["b", "div", "footer", "i", "p"]
    assert page_landmarks(parse_document("<head><title>x</title></head>")) == set()


def test_a_body_with_landmark_classes_is_no_landmark():
    # Bug fixed: '<body class="header">' used to make the whole page a landmark.
    doc = document("<p>Publié le 3 janvier 2026</p>", ' class="header"')
    assert page_landmarks(doc) == set()
    assert visible_text(doc, page_landmarks(doc)) == "Publié le 3 janvier 2026"


def test_visible_pieces_with_the_heading_before_them():
    doc = document("<h1>T</h1><!-- c --><p>Un <b>deux</b> trois</p><script>x</script>tail"
                   "<noscript><p>ns</p></noscript>after<template>t</template><style>s</style>"
                   '<h2>Sous <i>titre</i></h2><p>fin</p><div id="footer"><p>pied</p></div>')
    assert visible_pieces(doc) == [
        ("T", "T"), ("Un ", "T"), ("deux", "T"), (" trois", "T"), ("tail", "T"),
        ("after", "T"), ("Sous ", "Sous titre"), ("titre", "Sous titre"),
        ("fin", "Sous titre"), ("pied", "Sous titre")]
    assert [piece for piece, _ in visible_pieces(doc, page_landmarks(doc))][-2:] == [
        "titre", "fin"]
    assert visible_text(doc) == "T Un deux trois tail after Sous titre fin pied"
    assert visible_pieces(parse_document("<head><title>t</title></head>")) == []


def test_a_hidden_heading_is_not_the_heading_of_what_follows():
    doc = document("<h1>Vu</h1><noscript><h2>Caché</h2></noscript><p>texte</p>")
    assert visible_pieces(doc) == [("Vu", "Vu"), ("texte", "Vu")]


def test_visible_text_stops_after_2_million_characters():
    doc = document("<p>" + "a " * 600_000 + "</p>" + "<p>b</p>" * 3 + "<p>" + "c " * 600_000
                   + "</p><p>late</p>")
    text = visible_text(doc)
    assert len(text) == 2_000_000 and "late" not in text


def test_headings_before_each_element():
    doc = document("<p>0</p><h1>Un</h1><p>1</p><h2>Deux <b>bis</b></h2><p>2</p><p>3</p>")
    assert [(p.text, heading) for p, heading in headings_before(doc, "p").items()] == [
        ("0", ""), ("1", "Un"), ("2", "Deux bis"), ("3", "Deux bis")]
    assert headings_before(parse_document("<head><title>t</title></head>"), "p") == {}


def test_headings_are_capped_at_100():
    doc = document("<h1></h1>" + "".join(f"<h{n % 6 + 1}>h{n}</h{n % 6 + 1}>"
                                         for n in range(150)))
    headings = extract_headings(doc)
    assert len(headings) == 100
    assert headings[:2] == [{"level": 1, "text": "h0"}, {"level": 2, "text": "h1"}]
    assert headings[-1] == {"level": 4, "text": "h99"}


def test_word_count_counts_runs_of_letters_and_digits():
    assert word_count("") == 0
    # l, été, 2026, c, est, à, dire, 3, mots
    assert word_count("l'été 2026, c'est-à-dire: 3 mots!") == 9
    assert gather_html("<p>un deux</p><p>trois</p>", "https://a.fr/")["word_count"] == 3


def test_text_before_the_first_heading_has_no_heading():
    doc = parse_document("<body><p>Intro</p><h2>Actus</h2><p>Texte</p></body>")
    assert visible_pieces(doc) == [("Intro", ""), ("Actus", "Actus"), ("Texte", "Actus")]
