"""Legacy tech in a page: Flash and its kits, Silverlight, Java applets, iframes as layout."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import lxml.html
from lxml import etree

from benchmark.gather.dom import clean, opening_tag
from benchmark.gather.urls import absolute, path_of
from benchmark.lexicon import load
from benchmark.sites import same_site

MAX_FINDINGS = 10
MAX_SCRIPT_CHARS = 200_000
SWF = re.compile(r"\.swf(?:[?#&\s\"']|$)")
FULL = re.compile(r"^\s*100\s*%\s*$|^\s*100\s*v[wh]\s*$")
INLINE_SIZE = re.compile(r"(width|height)\s*:\s*100\s*(?:%|v[wh])", re.I)
SOLE_CONTENT_WORDS = 30  # a page whose only other content is this little text


@cache
def markers() -> dict[str, Any]:
    return load("tech")["legacy"]


def plugin_sources(element: lxml.html.HtmlElement) -> str:
    """Everything in an object/embed/applet tag that names its plugin, lowercase."""
    params = " ".join(f"{p.get('name', '')}={p.get('value', '')}" for p in element.iter("param"))
    return " ".join((element.get("src", ""), element.get("data", ""), element.get("type", ""),
                     element.get("classid", ""), element.get("codebase", ""),
                     element.get("code", ""), element.get("archive", ""), params)).lower()


def is_flash(description: str) -> bool:
    """Whether lowercase markup names a Flash movie (type, ActiveX classid or .swf file)."""
    data = markers()
    return (data["flash_mime"] in description or data["flash_classid"] in description
            or SWF.search(description) is not None)


def is_flash_url(url: str, content_type: str = "") -> bool:
    """Whether a requested URL or its content type is a Flash movie (network log)."""
    return (markers()["flash_mime"] in content_type.lower()
            or path_of(url).lower().endswith(".swf"))


@cache
def flash_call() -> re.Pattern[str]:
    return re.compile(markers()["flash_calls"])


def own_flash_script(script: lxml.html.HtmlElement) -> str | None:
    """A site's own Flash writer: a call such as 'RunFlash();' in the page, or a script file
    named after its movie (mainswf.js, not a kit's loader such as swfobject.js)."""
    name = path_of(script.get("src", "")).rsplit("/", 1)[-1].lower()
    if "swf" in name and not first(name, markers()["flash_loaders"]):
        return name
    found = flash_call().search((script.text or "")[:MAX_SCRIPT_CHARS].lower())
    return found.group(0) if found else None


def first(code: str, names: list[str]) -> str | None:
    return next((name for name in names if name in code), None)


def legacy_findings(doc: lxml.html.HtmlElement) -> tuple[list[dict], list[dict]]:
    """(flash, other legacy plugins) found in objects, embeds, applets, scripts, comments.
    Only markup and code count: the words "Flash" or "Silverlight" in text never do."""
    data, flash, legacy = markers(), [], []
    for element in doc.iter("object", "embed", "applet"):
        description = plugin_sources(element)
        if is_flash(description):
            flash.append({"reason": f"<{element.tag}> Flash movie",
                          "snippet": opening_tag(element)})
        elif element.tag == "applet" or first(description, data["java"]):
            legacy.append({"tech": "java", "snippet": opening_tag(element)})
        elif first(description, data["silverlight"]):
            legacy.append({"tech": "silverlight", "snippet": opening_tag(element)})
    for script in doc.iter("script"):
        code = f"{script.get('src', '')} {(script.text or '')[:MAX_SCRIPT_CHARS]}".lower()
        if marker := first(code, data["flash_scripts"]) or own_flash_script(script):
            flash.append({"reason": f"script uses {marker}", "snippet": clean(code)})
        elif (movie := SWF.search(code)) and (marker := first(code, data["flash_script_hints"])):
            flash.append({"reason": f"script embeds a .swf movie ({marker})",
                          "snippet": clean(code[max(0, movie.start() - 80):])})
        elif marker := first(code, data["silverlight_scripts"]):
            legacy.append({"tech": "silverlight", "snippet": clean(code)})
        elif marker := first(code, data["java_scripts"]):
            legacy.append({"tech": "java", "snippet": clean(code)})
    for comment in doc.iter(etree.Comment):  # IE conditional comments hide <object> tags
        text = (comment.text or "").lower()
        # Only '<!--[if IE]>' ones: markup in a plain comment is shown to nobody.
        if text.lstrip().startswith("[if") and ("<object" in text or "<embed" in text) \
                and is_flash(text):
            flash.append({"reason": "Flash object in a conditional comment",
                          "snippet": clean(text)})
    return flash[:MAX_FINDINGS], legacy[:MAX_FINDINGS]


def fills_page(frame: lxml.html.HtmlElement) -> bool:
    """Whether an iframe is sized to fill the window (100% both ways)."""
    style = frame.get("style", "")
    sizes = {name: bool(FULL.match(frame.get(name, ""))) for name in ("width", "height")}
    for name in INLINE_SIZE.findall(style):
        sizes[name.lower()] = True
    return all(sizes.values())


def layout_iframes(doc: lxml.html.HtmlElement, base: str, words: int) -> list[dict]:
    """Iframes that hold the page itself: a same-site frame that the site's links open
    into, that fills the window or that is all a page of `words` words shows; or any frame
    filling an otherwise empty page (a masked domain). Videos, maps and widgets embedded
    in a page with content never count."""
    targets = {a.get("target", "").strip().lower() for a in doc.iter("a") if a.get("target")}
    sole = words <= SOLE_CONTENT_WORDS
    found = []
    for frame in doc.iter("iframe"):
        src = absolute(base, frame.get("src"))
        if not src:
            continue
        own, name = same_site(src, base), frame.get("name", "").strip().lower()
        if own and name and name in targets:
            reason = f"links open in it (target={name})"
        elif fills_page(frame) and (own or sole):
            reason = "it fills the window (100% wide and high)"
        elif own and sole:
            reason = "it is all the page shows"
        else:
            continue
        found.append({"src": src, "reason": reason, "snippet": opening_tag(frame)})
    return found[:MAX_FINDINGS]
