"""Tech criteria, legacy: Flash, Silverlight and Java applets, frames as layout, splash pages."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from benchmark.criteria.base import criterion
from benchmark.criteria.site import SiteView, dicts
from benchmark.gather.dom import clean
from benchmark.gather.urls import path_of
from benchmark.lexicon import load, normalise, phrase_pattern
from benchmark.model import Evidence, Outcome, Target
from benchmark.social.platforms import classify

LANGUAGE_PATH = re.compile(r"^/(?:[a-z]{2}(?:[-_][a-z]{2})?)(?:/|/index\.\w+)?$", re.I)
MAX_ENTRY_WORDS = 6  # "Entrer sur le site", "Skip intro": doors are short links


def flash_evidence(site: SiteView) -> Evidence | None:
    """Flash markup or kit on a page, a .swf requested, or a Flash kit's JavaScript global."""
    for page in site.pages:
        for finding in site.embeds(page).get("flash") or []:
            return Evidence(page["url"],
                            clean(f"{finding.get('reason')}: {finding.get('snippet')}"))
    for url in site.network.get("flash") or []:
        return Evidence(site.home_url, clean(f"Flash movie requested: {url}"))
    home = site.probes.get("home") or {}
    present = {**(home.get("js_globals") or {}), **((home.get("fingerprint") or {}).get("js")
                                                     or {})}
    found = next((name for name in load("tech")["legacy"]["flash_globals"]
                  if present.get(name)), None)
    return Evidence(site.home_url, f"JavaScript global {found} defined") if found else None


@criterion(id="flash-content", dimension="tech", title="No Flash content",
           failure_title="Uses Flash", needs=("pages", "embeds", "network", "probes"),
           measures="Whether the site still uses Adobe Flash: .swf movies, Flash objects, or "
                    "the scripts that embed them (SWFObject, UFO, AC_RunActiveContent, the "
                    "Ruffle emulator). No browser has played Flash since 2021. The word "
                    "'Flash' in a text, or a kit's script loaded without embedding a movie, "
                    "does not count. The value is true when Flash is present.")
def flash_content(site: SiteView, target: Target) -> Outcome:
    evidence = flash_evidence(site)
    return Outcome.boolean(evidence is not None, evidence or site.absent("Flash object or script"),
                           good_when_found=False)


@criterion(id="legacy-plugins", dimension="tech", title="No Silverlight or Java applets",
           failure_title="Uses Silverlight or Java applets", needs=("pages", "embeds"),
           measures="Whether pages still embed Microsoft Silverlight or Java applets, plugins "
                    "that current browsers no longer run. The value is true when present.")
def legacy_plugins(site: SiteView, target: Target) -> Outcome:
    found = next(((page, item) for page in site.pages
                  for item in site.embeds(page).get("legacy") or []), None)
    if found:
        page, item = found
        evidence = Evidence(page["url"], clean(f"{item.get('tech')}: {item.get('snippet')}"))
    else:
        evidence = site.absent("Silverlight object or Java applet")
    return Outcome.boolean(found is not None, evidence, good_when_found=False)


def frames_evidence(site: SiteView) -> Evidence | None:
    for page in site.pages:
        embeds = site.embeds(page)
        if embeds.get("frames"):
            return Evidence(page["url"], f"{embeds['frames']} frameset/frame element(s)")
        for frame in dicts(embeds.get("layout_iframes")):
            return Evidence(page["url"], clean(f"iframe used as the page: {frame.get('reason')}"
                                               f" {frame.get('snippet')}"))
    return None


@criterion(id="framesets", dimension="tech", title="No frames as page layout",
           failure_title="Uses frames as page layout", needs=("pages", "embeds"),
           measures="Whether pages are built from HTML frames: a frameset, or an iframe of the "
                    "site that the menu opens pages into or that fills the window. Frames break "
                    "links, bookmarks and search engines. An embedded video, map or widget does "
                    "not count. The value is true when frames are used.")
def framesets(site: SiteView, target: Target) -> Outcome:
    evidence = frames_evidence(site)
    return Outcome.boolean(evidence is not None, evidence or site.absent("frameset"),
                           good_when_found=False)


@cache
def door_words() -> dict[str, Any]:
    """Patterns of the splash data: languages (keywords.toml) and entry and ignored words."""
    splash = load("tech")["splash"]
    languages = tuple(name for names in load("keywords")["languages"].values() for name in names)
    return {"languages": {normalise(name) for name in languages},
            "enter": phrase_pattern(tuple(splash["enter_words"])),
            "ignored": phrase_pattern(tuple(splash["ignored_words"])),
            "max_links": splash["max_links"], "max_words": splash["max_words"]}


def is_door(link: dict[str, Any]) -> bool:
    """A link to a language version of the site or into the site ('Entrer', 'Skip intro')."""
    words, text = door_words(), normalise(str(link.get("text") or ""))
    if link.get("hreflang") or text in words["languages"]:
        return True
    if text and len(text.split()) <= MAX_ENTRY_WORDS and words["enter"].search(text):
        return True
    return not text and LANGUAGE_PATH.match(path_of(str(link.get("href") or ""))) is not None


def splash_evidence(site: SiteView) -> Evidence | None:
    """The home page's links when it offers nothing but doors, with little text."""
    home, words = site.home, door_words()
    if not home or (home.get("word_count") or 0) > words["max_words"]:
        return None
    itself = home["url"].split("#")[0].rstrip("/")
    links = {link["href"]: link for link in dicts(home.get("links"))
             if str(link.get("href", "")).startswith(("http://", "https://"))
             and link["href"].split("#")[0].rstrip("/") != itself  # a logo's link home
             and not classify(link["href"]).platform
             and not words["ignored"].search(normalise(str(link.get("text") or "")))}
    if not links or len(links) > words["max_links"] or not all(map(is_door, links.values())):
        return None
    shown = ", ".join(f"'{link.get('text') or link['href']}'" for link in links.values())
    return Evidence(home["url"], clean(f"the home page only offers {shown}"))


@criterion(id="splash-page", dimension="tech", title="No splash page",
           failure_title="Opens on a splash page", needs=("pages", "links", "word_count"),
           measures="Whether the home page is a mere door (a 'tunnel' page): little text and "
                    "nothing but links to language versions or to 'enter the site' (often after "
                    "an intro animation). Visitors and search engines must click once more to "
                    "reach any content. The value is true when the home page is a splash page.")
def splash_page(site: SiteView, target: Target) -> Outcome:
    evidence = splash_evidence(site)
    return Outcome.boolean(evidence is not None, evidence or Evidence(
        site.home_url, "the home page has content or links beyond languages and 'enter'"),
        good_when_found=False)
