"""Adapters that read a profile's public page: meta, embedded JSON, visible text, walls."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from benchmark.gather.dom import parse_document
from benchmark.gather.text import visible_text
from benchmark.sites import site_of
from benchmark.social import embedded
from benchmark.social.account import (
    LOGIN_WALL,
    NOT_FOUND,
    OK,
    PAGE,
    PRIVATE,
    Bodies,
    Context,
    Fetch,
    failed,
)
from benchmark.social.backlinks import domain_named
from benchmark.social.counts import find_count
from benchmark.social.profile import META_DESCRIPTIONS, profile_metrics
from benchmark.social.walls import http_problem

# What every platform's logged-out shell says when it hides the profile.
LOGIN_WORDS = ("log in", "sign in", "sign up", "connectez-vous", "se connecter",
               "inscrivez-vous", "join linkedin", "create an account")


@dataclass(frozen=True)
class PageAdapter:
    """One page, read for counts and dates; the platform's own wording for walls.

    `walled_when_empty`: a page that shows no count and no post at all is the platform's
    login wall (X shows logged-out visitors an empty shell), not an empty account."""

    platform: str
    not_found: tuple[str, ...] = ()
    private: tuple[str, ...] = ()
    walled_when_empty: bool = False

    def next_fetch(self, url: str, bodies: Bodies) -> Fetch | None:
        return None if "page" in bodies else Fetch("page", url, PAGE)

    def read(self, url: str, bodies: Bodies, context: Context) -> dict[str, Any]:
        return read_page(self, url, bodies, context)


def said(text: str, phrases: tuple[str, ...]) -> str:
    """The first of `phrases` the text says (any apostrophe), else ''."""
    folded = text.lower().replace("\u2019", "'")
    return next((p for p in phrases if p in folded), "")


def read_page(adapter: PageAdapter, url: str, bodies: Bodies,
              context: Context) -> dict[str, Any]:
    body = bodies.get("page")
    problem = http_problem(body)
    if problem or body is None:
        status, reason = problem or ("unknown", "the account page was not fetched")
        return failed(status, reason, body.final_url if body else "")
    final = body.final_url or body.url
    doc = parse_document(body.text)
    if doc is None:
        return failed("unknown", "the account page was empty or unreadable", final)
    text = " ".join([doc.findtext(".//title") or "", visible_text(doc)])
    if phrase := said(text, adapter.not_found):
        return failed(NOT_FOUND, f"the page says '{phrase}'", final)
    data = embedded.page_data(adapter.platform, body.text)
    if data.get("missing"):
        return failed(NOT_FOUND, data["missing"], final)
    metrics = profile_metrics(adapter.platform, final, body.text, context.website,
                              crawl_date=context.crawl_date)
    followers, evidence = metrics["followers"], dict(metrics["evidence"])
    if data.get("followers") is not None:
        followers, evidence["followers"] = data["followers"], data["evidence"]
    posts = data.get("posts", posts_count(doc))
    bio_link = data.get("bio_link", "")
    links_back = metrics["links_back"] or bool(bio_link and context.website
                                               and site_in(bio_link, context.website))
    if bio_link and links_back and not metrics["links_back"]:
        evidence["links_back"] = f"bio link {bio_link}"
    elif not links_back and (named := meta_mention(doc, context.website)):
        links_back, evidence["links_back"] = True, f"bio in the page's meta names {named}"
    empty = followers is None and posts is None and metrics["last_post"] is None
    if phrase := (said(text, adapter.private) or ("private account" if data.get("private")
                                                  else "")):
        reason = f"the account is private: the page says '{phrase}'"
        return {**failed(PRIVATE, reason, final), "followers": followers,
                "evidence": {**failed(PRIVATE, reason)["evidence"],
                             "followers": evidence["followers"]}}
    if empty and (adapter.walled_when_empty or said(text, LOGIN_WORDS)):
        shown = said(text, LOGIN_WORDS)
        return failed(LOGIN_WALL, f"{adapter.platform} shows logged-out visitors a login wall"
                      + (f" ('{shown}'), no figures" if shown else ", no figures"), final)
    return {"status": OK, "reason": "read from the public page", "final_url": final,
            "followers": followers, "posts": posts, "last_post": metrics["last_post"],
            "posts_90d": metrics["posts_90d"] if metrics["last_post"] else None,
            "links_back": links_back, "bio_link": bio_link, "evidence": evidence}


def posts_count(doc: Any) -> int | None:
    """'78 Posts' in a meta description (Instagram, Pinterest show it to everyone)."""
    for meta in doc.iter("meta"):
        name = (meta.get("property") or meta.get("name") or "").lower()
        if name in META_DESCRIPTIONS:
            found = find_count(meta.get("content", ""), "posts")
            if found:
                return found[0]
    return None


def meta_mention(doc: Any, website: str) -> str:
    """The website's domain as the page's meta description (the bio, logged out) names it."""
    return domain_named((m.get("content", "") for m in doc.iter("meta") if (
        m.get("property") or m.get("name") or "").lower() in META_DESCRIPTIONS), website)


def site_in(link: str, website: str) -> bool:
    """Whether a bio link (written with or without scheme) is on the website's site."""
    link = link if re.match(r"^[a-z]+://", link, re.I) else f"https://{link}"
    return bool(site_of(website)) and site_of(link) == site_of(website)


ADAPTERS = {
    "facebook": PageAdapter("facebook", ("this content isn't available", "this page isn't "
                                         "available", "ce contenu n'est pas disponible")),
    "instagram": PageAdapter("instagram", ("sorry, this page isn't available",
                                           "cette page n'est malheureusement pas disponible"),
                             ("this account is private", "ce compte est privé")),
    "linkedin": PageAdapter("linkedin", ("page not found", "this page doesn't exist")),
    "tiktok": PageAdapter("tiktok", ("couldn't find this account",),
                          ("this account is private", "ce compte est privé")),
    "x": PageAdapter("x", ("this account doesn't exist", "account suspended",
                           "ce compte n'existe pas"),
                     ("these posts are protected", "ces posts sont protégés"),
                     walled_when_empty=True),
}


def page_adapter(platform: str) -> PageAdapter:
    """The platform's page adapter, or the generic one."""
    return ADAPTERS.get(platform) or PageAdapter(platform)
