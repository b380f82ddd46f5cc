"""Widgets a page draws or configures: share toolboxes and bars, chat launchers."""

from __future__ import annotations

import re
from functools import cache
from itertools import islice
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import lxml.html

from benchmark.gather.dom import clean, opening_tag
from benchmark.lexicon import normalise, phrase_pattern, vendor_entries
from benchmark.social.platforms import PROFILE, classify

SECTIONS = ("share", "live_chat")  # vendors.toml sections with widget markers
MAX_WIDGETS = 10
MAX_SCRIPT_CHARS = 200_000
MAX_BAR_CONTROLS = 60  # controls read inside one share bar
FOLLOW_ANCESTORS = 3  # a share-named box inside a follow-us block belongs to it
MAX_LAUNCHER_WORDS = 6  # 'Chat with an adviser now': launchers are short
CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
# Cheap tests before reading words: ids and classes of share bars, chat launchers (whose
# text is read only for links and buttons that say 'chat' or 'help' in some case).
BAR_STEMS = re.compile(r"shar|partag|teilen|compartir|condivid|bookmark", re.I)
LAUNCHER_STEMS = re.compile(r"chat|help", re.I)
# Controls that may open a chat, and links or buttons whose text says 'chat' or 'help'.
LAUNCHER_CONTROLS = ("//a[@id or @class or @onclick or starts-with(@href, 'javascript')]"
                     " | //button | //img[@id or @onclick] | //*[@onclick]")
LAUNCHER_TEXTS = " | ".join(
    f"//{tag}[{' or '.join(f'contains(., {stem!r})' for stem in ('hat', 'HAT', 'elp', 'ELP'))}]"
    for tag in ("a", "button"))
CONTROL_TAGS = ("a", "button", "span", "li", "img", "div", "i", "input", "iframe")
FACEBOOK_TAGS = ("fb:like", "fb:send", "fb:share-button", "g:plusone")
FACEBOOK_CLASSES = frozenset(("fb-like", "fb-send", "fb-share-button", "g-plusone"))
FACEBOOK_FRAME = re.compile(r"facebook\.com/(?:v[\d.]+/)?plugins/(?:like|send|share_button)\.php",
                            re.I)


@cache
def markers(section: str) -> re.Pattern[str]:
    """Substrings (lowercase) of script calls, tags and script types that draw or configure
    a widget of `section`: 'showsharebarui', 'fb:like', 'in/share'."""
    entries = sorted(vendor_entries(section, "markers"), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, entries)))


@cache
def launcher_words() -> re.Pattern[str]:
    return phrase_pattern(vendor_entries("live_chat", "launcher_words"))


@cache
def share_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(words naming a share bar in ids and classes, platform names of its controls, words
    of a follow-us block: '#follow-share' lists the accounts)."""
    return (phrase_pattern(vendor_entries("share", "bar_words")),
            phrase_pattern(vendor_entries("share", "bar_platforms")),
            phrase_pattern(vendor_entries("share", "bar_not_words")))


def words_of(*values: str | None) -> str:
    """Normalised words of ids, classes and handlers: 'openLiveHelp()' -> 'open live help'."""
    return normalise(CAMEL.sub(" ", " ".join(v for v in values if v)))


def script_markers(doc: lxml.html.HtmlElement) -> list[dict[str, str]]:
    """Widgets drawn by inline script calls, script types (IN/Share) or widget tags (fb:like)."""
    found = []
    for script in doc.iter("script"):
        code = f"type={script.get('type', '')} {(script.text or '')[:MAX_SCRIPT_CHARS]}".lower()
        for section in SECTIONS:
            if match := markers(section).search(code):
                start = max(0, match.start() - 40)
                found.append({"kind": section, "marker": match.group(0),
                              "snippet": clean(code[start: match.end() + 80])})
    for element in doc.xpath("//*[contains(name(), ':')]"):  # XFBML tags: <fb:like>
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if tag:
            for section in SECTIONS:
                if markers(section).fullmatch(tag):
                    found.append({"kind": section, "marker": tag,
                                  "snippet": opening_tag(element)})
    return found


def target_of(element: lxml.html.HtmlElement) -> str:
    """Where a control points: its link, or the page a button frame acts on (a Like
    button's `href=` parameter: the organisation's own page there means following it)."""
    src = element.get("src") or ""
    if src:
        query = dict(parse_qsl(urlsplit(src).query))
        return query.get("href") or query.get("url") or element.get("href") or ""
    return element.get("href") or element.get("data-href") or ""


def is_share_control(element: lxml.html.HtmlElement, platforms: re.Pattern[str],
                     follow: re.Pattern[str] | None = None) -> bool:
    """A control of a share bar naming a platform, that is no link to an account nor named
    for following one ('Twitter Follow Button', 'Join us on LinkedIn')."""
    href = element.get("href") or ""
    if href.lower().startswith("mailto:") or classify(target_of(element)).kind == PROFILE:
        return False
    data = [value[:60] for name, value in element.attrib.items() if name.startswith("data-")]
    named = words_of(element.get("class"), element.get("id"), element.get("title"),
                     element.get("alt"), element.get("aria-label"), element.get("onclick"),
                     href if href.lower().startswith(("javascript:", "/")) else "",
                     (element.text or "")[:40], *data)
    return platforms.search(named) is not None and not (follow and follow.search(named))


def share_bar(doc: lxml.html.HtmlElement) -> dict[str, str] | None:
    """A block named as sharing ('share-bar', 'partage', 'teilen') whose controls name a
    social network and are no account links: e-mail and print links alone do not count.
    Else an empty block so named, that a widget's script fills (`share_slot`: it counts
    only beside that widget's loader)."""
    bar_words, platforms, follow_words = share_words()
    slot = None
    for element in doc.xpath("//*[@class or @id]"):
        raw = f"{element.get('id', '')} {element.get('class', '')}"
        if not BAR_STEMS.search(raw):
            continue
        named = words_of(raw)
        if not bar_words.search(named):
            continue
        around = [element, *islice(element.iterancestors(), FOLLOW_ANCESTORS)]
        if any(follow_words.search(words_of(e.get("id"), e.get("class"))) for e in around):
            continue
        controls = list(islice(element.iterdescendants(*CONTROL_TAGS), MAX_BAR_CONTROLS))
        if any(classify(target_of(c)).kind == PROFILE for c in controls) or \
                follow_words.search(normalise(element.text_content()[:200])):
            continue  # a follow-us block: it links the organisation's accounts
        if any(is_share_control(control, platforms, follow_words) for control in controls):
            return {"kind": "share", "marker": "share bar", "snippet": opening_tag(element)}
        if slot is None and len(element) == 0 and not (element.text or "").strip():
            slot = {"kind": "share_slot", "marker": "empty share block",
                    "snippet": opening_tag(element)}
    return slot


def chat_launcher(doc: lxml.html.HtmlElement) -> dict[str, str] | None:
    """A control that opens the organisation's own chat: its id, class or handler says so
    ('openLiveHelp()', id="live-chat-button"), or its short text when it runs a script or
    opens a chat page ('Live Help', 'Chat with us')."""
    pattern = launcher_words()
    for element in doc.xpath(LAUNCHER_CONTROLS):
        href = (element.get("href") or "").strip()
        raw = " ".join((element.get("id", ""), element.get("class", ""),
                        element.get("onclick", ""),
                        href if href.lower().startswith("javascript:") else ""))
        if LAUNCHER_STEMS.search(raw) and pattern.search(words_of(raw)):
            return {"kind": "live_chat", "marker": "chat launcher",
                    "snippet": opening_tag(element)}
    for element in doc.xpath(LAUNCHER_TEXTS):
        said = normalise(element.text_content()[:80])
        if len(said.split()) <= MAX_LAUNCHER_WORDS and pattern.search(said):
            return {"kind": "live_chat", "marker": "chat launcher",
                    "snippet": opening_tag(element)}
    return None


def like_buttons(doc: lxml.html.HtmlElement, base: str) -> dict[str, str] | None:
    """A Like, Send or Share button of Facebook or a Google +1 (XFBML tag, class, plugin
    frame) that shares a page: not one that likes the organisation's own page there."""
    for element in doc.xpath("//*[contains(@class, 'fb-') or contains(@class, 'g-plusone')]"
                             " | //iframe[contains(@src, 'facebook.com')]"
                             " | //*[contains(name(), ':')]"):
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        classes = set(element.get("class", "").lower().split())
        src = element.get("src", "") if tag == "iframe" else ""
        if not (tag in FACEBOOK_TAGS or classes & FACEBOOK_CLASSES or FACEBOOK_FRAME.search(src)):
            continue
        query = dict(parse_qsl(urlsplit(src).query)) if src else {}
        target = element.get("data-href") or element.get("href") or query.get("href") or base
        if classify(target).kind != PROFILE:
            return {"kind": "share", "marker": "like button", "snippet": opening_tag(element)}
    return None


def extract_widgets(doc: lxml.html.HtmlElement, base: str) -> list[dict[str, Any]]:
    """Share toolboxes and chat launchers the page draws or configures (`kind`: share,
    live_chat), with the marker that gave them away. Loaders of widget vendors alone are
    not widgets: the criteria read them from the page's scripts."""
    found = script_markers(doc)
    found += [item for item in (share_bar(doc), like_buttons(doc, base), chat_launcher(doc))
              if item]
    return found[:MAX_WIDGETS]
