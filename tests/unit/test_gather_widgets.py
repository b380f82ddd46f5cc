"""Widgets a page draws: share toolboxes and bars, Like buttons, chat launchers."""

from __future__ import annotations

import lxml.html
import pytest

from benchmark.gather.dom import parse_document
from benchmark.gather.widgets import extract_widgets, target_of, words_of

pytestmark = pytest.mark.usefixtures("cold_gather_caches")

SITE = "https://www.acme.fr/"
LIKE = "like button"


def widgets_of(body: str) -> list[dict]:
    return extract_widgets(parse_document(f"<html><body>{body}</body></html>"), SITE)


def test_script_calls_and_types_that_draw_widgets():
    assert widgets_of('<script>addthis.toolbox(".x"); var s = 1; $crisp.push([])</script>'
                      '<script type="IN/Share"></script>') == [
        {"kind": "share", "marker": "addthis.toolbox(",
         "snippet": 'type= addthis.toolbox(".x"); var s = 1; $crisp.push([])'},
        {"kind": "live_chat", "marker": "$crisp",
         "snippet": 'type= addthis.toolbox(".x"); var s = 1; $crisp.push([])'},
        {"kind": "share", "marker": "type=in/share", "snippet": "type=in/share"},
    ]


def test_a_script_marker_is_quoted_with_40_characters_before_and_80_after():
    code = "a" * 50 + "$crisp" + "b" * 100
    [found] = widgets_of(f"<script>{code}</script>")
    assert found["snippet"] == "a" * 40 + "$crisp" + "b" * 80


def test_widget_tags():
    assert widgets_of('<fb:like href="https://www.acme.fr/page"></fb:like>') == [
        {"kind": "share", "marker": LIKE, "snippet": '<fb:like href="https://www.acme.fr/page">'}]


@pytest.mark.parametrize(("body", "snippet"), [
    ('<fb:like href="https://www.facebook.com/acme"></fb:like>', None),
    ('<div class="fb-like" data-href="https://www.acme.fr/x"></div>',
     '<div class="fb-like" data-href="https://www.acme.fr/x">'),
    ('<div class="fb-like" data-href="https://www.facebook.com/acme"></div>', None),
    ('<div class="x fb-send"></div>', '<div class="x fb-send">'),
    ('<div class="fb-page" data-href="https://www.acme.fr/x"></div>', None),
    ('<iframe src="https://www.facebook.com/plugins/like.php?href=https%3A%2F%2Fwww.facebook'
     '.com%2Facme"></iframe>', None),
    ('<iframe src="https://www.facebook.com/v2.5/plugins/share_button.php?href=https%3A%2F%2F'
     'www.acme.fr%2F"></iframe>',
     '<iframe src="https://www.facebook.com/v2.5/plugins/share_button.php?href…">'),
    ('<iframe src="https://www.facebook.com/plugins/page.php?href=x"></iframe>', None),
    ('<div class="g-plusone"></div>', '<div class="g-plusone">'),
])
def test_like_buttons_share_a_page_not_the_organisations_account(body, snippet):
    expected = [] if snippet is None else [{"kind": "share", "marker": LIKE,
                                            "snippet": snippet}]
    assert widgets_of(body) == expected


@pytest.mark.parametrize(("body", "snippet"), [
    ('<div class="share-bar"><a href="https://www.facebook.com/sharer.php?u=x" '
     'class="facebook">f</a></div>', '<div class="share-bar">'),
    ('<div id="sharing"><a onclick="shareTwitter()">T</a></div>', '<div id="sharing">'),
    ('<ul class="partage"><li><span class="twitter" data-url="x">t</span></li></ul>',
     '<ul class="partage">'),
    ('<div class="teilen"><a href="/share?to=Xing">x</a></div>', '<div class="teilen">'),
    ('<div class="share-bar"><a href="https://www.facebook.com/acme" class="facebook">f</a>'
     "</div>", None),
    ('<div class="share-bar"><a href="mailto:?subject=facebook">m</a>'
     '<a href="javascript:print()">print</a></div>', None),
    ('<div class="follow-share"><a href="#" class="twitter">t</a></div>', None),
    ('<div class="follow"><div><div class="share"><a href="#" class="twitter">t</a></div></div>'
     "</div>", None),
    ('<div class="share"><span class="twitter">t</span> <p>Suivez-nous</p></div>', None),
    ('<div class="share"><a href="#" title="Twitter Follow Button">t</a></div>', None),
    ('<div class="sharp"><a class="twitter" href="#">t</a></div>', None),
    ('<div class="shared-docs"><a class="twitter" href="#">t</a></div>', None),
])
def test_share_bars(body, snippet):
    expected = [] if snippet is None else [{"kind": "share", "marker": "share bar",
                                            "snippet": snippet}]
    assert widgets_of(body) == expected


def test_an_empty_share_block_is_a_slot_and_a_full_bar_wins_over_it():
    assert widgets_of('<div class="share-buttons"></div><div class="share"> </div>') == [
        {"kind": "share_slot", "marker": "empty share block",
         "snippet": '<div class="share-buttons">'}]
    assert widgets_of('<div class="sharing"><p>Partager</p></div>') == []
    assert widgets_of('<div class="share-buttons"></div><div class="share">'
                      '<a class="linkedin" href="#">in</a></div>') == [
        {"kind": "share", "marker": "share bar", "snippet": '<div class="share">'}]


@pytest.mark.parametrize(("body", "snippet"), [
    ('<a href="#" id="live-chat-button">x</a>', '<a href="#" id="live-chat-button">'),
    ('<a href="javascript:openLiveHelp()">x</a>', '<a href="javascript:openLiveHelp()">'),
    ('<img id="chatImg" onclick="openChatWindow()">',
     '<img id="chatImg" onclick="openChatWindow()">'),
    ('<div onclick="startChat()">x</div>', '<div onclick="startChat()">'),
    ("<button>Chat with us</button>", "<button>"),
    ('<a href="/help">Live HELP</a>', '<a href="/help">'),
    ('<a href="/chat">Chat with us about our long list of services today</a>', None),
    ('<a class="help" href="/faq">FAQ</a>', None),
    ('<a class="chatter" href="/x">x</a>', None),
    ('<a href="/chat">Chat</a>', None),
    # An ordinary address naming a chat is an article, not a launcher (only javascript: runs).
    ('<a class="card" href="/blog/live-chat-best-practices">Lire</a>', None),
])
def test_chat_launchers(body, snippet):
    expected = [] if snippet is None else [{"kind": "live_chat", "marker": "chat launcher",
                                            "snippet": snippet}]
    assert widgets_of(body) == expected


def test_widgets_are_capped_at_10():
    scripts = "".join(f"<script>addthis.toolbox({n})</script>" for n in range(12))
    assert len(widgets_of(scripts)) == 10


def test_target_of_a_control():
    def target(markup: str) -> str:
        return target_of(lxml.html.fragment_fromstring(markup))

    assert target('<iframe src="https://fb.com/plugins/like.php?href=https%3A%2F%2Fa.fr%2F&x=1">'
                  "</iframe>") == "https://a.fr/"
    assert target('<iframe src="https://t.co/share?url=https%3A%2F%2Fb.fr%2F"></iframe>') == \
        "https://b.fr/"
    assert target('<img src="/i.png" href="/h">') == "/h"
    assert target('<img src="/i.png">') == ""
    assert target('<a href="/a" data-href="/d">x</a>') == "/a"
    assert target('<div data-href="/d"></div>') == "/d"
    assert target("<div></div>") == ""


def test_words_of_split_camel_case_and_skip_missing_values():
    assert words_of("openLiveHelp()", None, "", "live_chat-button") == \
        "open live help live chat button"


def test_a_share_block_is_read_for_follow_words_in_its_first_200_characters():
    # 't' + 193 'x' + ' ' end at 195: 'follow' spans 195-200, one letter past the 200th.
    body = ('<div class="share"><a class="twitter" href="#">t</a><span>{}</span></div>')
    assert widgets_of(body.format("x" * 193 + " follow")) == [
        {"kind": "share", "marker": "share bar", "snippet": '<div class="share">'}]
    assert widgets_of(body.format("x" * 192 + " follow")) == []
