"""gather_html on small inline pages: links, forms, embeds, meta, text; hostile markup."""

from __future__ import annotations

import json

import pytest

from benchmark.gather import gather_html

URL = "https://www.acme.fr/fr/index.html"


def page(body: str, head: str = "") -> dict:
    return gather_html(f"<html lang='fr-FR'><head>{head}</head><body>{body}</body></html>", URL)


def test_links_are_absolute_with_labels_and_zones():
    links = page('<nav><a href="../qui">Qui sommes-nous</a></nav>'
                 '<div id="header"><a href="/a">A</a></div>'
                 '<div class="site-footer"><a href="https://x.com/acme"><img alt="X"></a></div>'
                 '<main><a href="b.html" aria-label="Lire">→</a><a href="#top">Haut</a>'
                 '<a href="javascript:void(0)">JS</a><a href="mailto:a@acme.fr">Mail</a></main>'
                 )["links"]
    assert [(link["href"], link["text"], link["zone"]) for link in links] == [
        ("https://www.acme.fr/qui", "Qui sommes-nous", "nav"),
        ("https://www.acme.fr/a", "A", "header"),
        ("https://x.com/acme", "X", "footer"),
        ("https://www.acme.fr/fr/b.html", "→", "body"),
        ("mailto:a@acme.fr", "Mail", "body"),
    ]


def test_base_href_is_honoured():
    links = page('<a href="page">P</a>', head='<base href="https://cdn.acme.fr/site/">')["links"]
    assert links[0]["href"] == "https://cdn.acme.fr/site/page"


def test_forms_describe_fields_labels_and_buttons():
    [form] = page('<form id="nl" action="/inscription" method="POST"><label for="e">Votre e-mail'
                  '</label><input id="e" type="email" name="email"><input type="hidden" name="t" '
                  'value="1"><button type="submit">S’inscrire</button></form>')["forms"]
    assert form["action"] == "https://www.acme.fr/inscription"
    assert (form["method"], form["selector"], form["formless"]) == ("post", "form#nl", False)
    assert form["fields"] == [{"tag": "input", "type": "email", "name": "email", "id": "e",
                               "label": "Votre e-mail", "placeholder": "", "autocomplete": ""}]
    assert form["hidden"] == ["t"] and form["buttons"] == ["S’inscrire"]
    assert form["snippet"].startswith('<form id="nl" action="/inscription"')


def test_fields_outside_forms_become_formless_forms():
    [form] = page('<div class="search"><input type="search" placeholder="Rechercher">'
                  "<button>OK</button></div>")["forms"]
    assert form["formless"] and form["action"] == URL and form["buttons"] == ["OK"]


def test_embeds_sources_and_widgets():
    embeds = page('<iframe src="https://www.youtube.com/embed/x"></iframe>'
                  '<iframe data-src="//player.vimeo.com/video/1"></iframe>'
                  '<script src="/js/app.js"></script><video src="film.mp4"></video>'
                  '<div class="addthis_inline_share_toolbox fb-page"></div>'
                  '<script>var s="https://widget.intercom.io/widget/abc";</script>')["embeds"]
    assert embeds["iframes"] == ["https://www.youtube.com/embed/x", "https://player.vimeo.com/video/1"]
    assert embeds["scripts"] == ["https://www.acme.fr/js/app.js"]
    assert embeds["media"] == ["https://www.acme.fr/fr/film.mp4"] and embeds["videos"] == 1
    assert embeds["widget_classes"] == ["addthis_inline_share_toolbox", "fb-page"]
    assert embeds["script_hosts"] == ["widget.intercom.io"]
    assert embeds["flash"] == [] and embeds["frames"] == 0


def test_meta_head_facts():
    head = ('<title> Acme  groupe </title><meta name="viewport" content="width=device-width">'
            '<meta property="og:title" content="Acme"><meta name="twitter:card" content="summary">'
            '<link rel="canonical" href="/fr/"><link rel="alternate" hreflang="en" href="/en/">'
            '<link rel="alternate" type="application/atom+xml" href="/atom.xml" title="Actus">'
            '<script type="application/ld+json">[{"@type": ["Organization", "Corporation"], '
            '"sameAs": "https://www.linkedin.com/company/acme", "publisher": {"@type": '
            '"http://schema.org/Person"}}]</script>')
    meta = page('<div itemscope itemtype="https://schema.org/Event"></div>', head)["meta"]
    assert (meta["title"], meta["lang"], meta["viewport"]) == ("Acme groupe", "fr-FR",
                                                               "width=device-width")
    assert meta["og"] == {"og:title": "Acme"} and meta["twitter"] == {"twitter:card": "summary"}
    assert meta["jsonld_types"] == ["Corporation", "Organization", "Person"]
    assert meta["same_as"] == ["https://www.linkedin.com/company/acme"]
    assert meta["microdata_types"] == ["https://schema.org/Event"]
    assert meta["canonical"] == "https://www.acme.fr/fr/"
    assert meta["alternates"] == [{"hreflang": "en", "href": "https://www.acme.fr/en/"}]
    assert meta["feeds"] == [{"href": "https://www.acme.fr/atom.xml",
                              "type": "application/atom+xml", "title": "Actus"}]


def test_headings_and_visible_word_count():
    observed = page("<h1>Le  Groupe</h1><h3></h3><h2>Nos <em>métiers</em></h2>"
                    "<script>var hidden = 'a b c d e f';</script><style>p{}</style><p>un deux</p>")
    assert observed["headings"] == [{"level": 1, "text": "Le Groupe"},
                                    {"level": 2, "text": "Nos métiers"}]
    assert observed["word_count"] == 6


@pytest.mark.parametrize("hostile", [
    "", "   ", "\x00\x00\x00", "<<<>>>", "\ufffd" * 1000, "<html>" + "<div>" * 20_000,
    '<?xml version="1.0" encoding="ISO-8859-1"?><html><body>é</body></html>',
    '<a href="http://[::1">bad ipv6</a><a href="http://exa mple.com/%zz">x</a>',
    '<script type="application/ld+json">{"@graph": [' + "[" * 5000 + "]}</script>",
    '<script type="application/ld+json">{"sameAs": 12, "@type": {"x": 1}}</script>',
    "<table><tr><td><form><input name=q></table></form>" * 50,
])
def test_hostile_markup_never_raises_and_stays_serialisable(hostile):
    observed = gather_html(hostile, URL)
    json.dumps(observed)
    assert observed["url"] == URL
    assert set(observed) >= {"links", "forms", "embeds", "meta", "dates", "headings", "word_count"}


def test_unreadable_document_is_marked_not_parsed():
    observed = gather_html("", URL)
    assert observed["parsed"] is False and observed["links"] == [] and observed["errors"]


def test_huge_page_is_capped():
    anchors = "".join(f"<a href='/p{i}'>lien</a> mot " for i in range(4000))
    observed = gather_html(f"<p>{anchors}</p><a href='/p1'>lien</a>", URL)
    assert len(observed["links"]) == 3000  # MAX_LINKS distinct links
    assert observed["word_count"] == 8001


def test_links_opened_by_script_keep_their_target():
    links = page('<a href="#" onclick="window.open(\'https://www.facebook.com/acme\');'
                 'return false;"><img alt="Facebook"></a><a href="javascript:void(0)" onclick='
                 '"location.href=\'/contact\'">Contact</a><a href="#" onclick="toggle()">Menu</a>'
                 )["links"]
    assert [(link["href"], link["text"]) for link in links] == [
        ("https://www.facebook.com/acme", "Facebook"), ("https://www.acme.fr/contact", "Contact")]
