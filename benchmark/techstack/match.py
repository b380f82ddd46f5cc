"""Match fingerprints against a page (HTML, scripts, meta, URL) and the crawl's probes."""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable
from typing import Any

import lxml.html

from benchmark.gather.dom import clean
from benchmark.gather.urls import absolute
from benchmark.lexicon import load
from benchmark.techstack.catalog import Catalog, Technology
from benchmark.techstack.patterns import Pattern

Match = dict[str, Any]  # {"name", "via", "pattern", "confidence", "version", "snippet"}


def limits() -> tuple[int, int]:
    settings = load("tech")["techstack"]
    return settings["max_html_chars"], settings["max_script_chars"]


def test(tech: Technology, via: str, patterns: Iterable[Pattern], values: Iterable[str],
         folded: dict[str, str] | None = None, snippet: str = "") -> list[Match]:
    """One match per pattern of `patterns` found in any of `values`; the evidence is
    `snippet`, else the value matched."""
    found = []
    values = [v for v in values if isinstance(v, str)]
    for index, pattern in enumerate(patterns):
        for value in values:
            hit = pattern.search(value, (folded or {}).get(value))
            if hit is not None:
                shown = snippet or (value if len(value) <= 120 else hit.group(0) or value)
                found.append({"name": tech.name, "via": via, "pattern": index,
                              "confidence": pattern.confidence,
                              "version": pattern.version_of(hit), "snippet": clean(shown, 120)})
                break
    return found


def page_inputs(doc: lxml.html.HtmlElement, html: str, url: str, text: str
                ) -> dict[str, list[str]]:
    """What a page shows the fingerprints: its URL, HTML, text, script URLs and code."""
    max_html, max_script = limits()
    sources = [absolute(url, s.get("src")) for s in doc.xpath("//script[@src]")]
    inline = "\n".join(s.text or "" for s in doc.iter("script") if not s.get("src"))
    return {"url": [url], "html": [html[:max_html]], "text": [text[:max_html]],
            "scriptSrc": list(dict.fromkeys(s for s in sources if s)),
            "scripts": [inline[:max_script]] if inline.strip() else []}


def page_meta(doc: lxml.html.HtmlElement) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for meta in doc.iter("meta"):
        key = (meta.get("name") or meta.get("property") or "").strip().lower()
        if key:
            found.setdefault(key, []).append(meta.get("content") or "")
    return found


def page_matches(catalog: Catalog, doc: lxml.html.HtmlElement, html: str, url: str,
                 text: str) -> list[Match]:
    """Fingerprint matches on one page (the gather stage's `tech` family)."""
    inputs, meta = page_inputs(doc, html, url, text), page_meta(doc)
    folded = {value: value.lower() for values in inputs.values() for value in values
              if len(value) > 1000}
    found: list[Match] = []
    for tech in catalog.technologies.values():
        for field, patterns in tech.lists.items():
            if field in inputs:
                found += test(tech, field, patterns, inputs[field], folded)
        for name, patterns in tech.named.get("meta", {}).items():
            if name in meta:
                found += [dict(m, snippet=clean(f'meta {name}="{m["snippet"]}"', 120))
                          for m in test(tech, f"meta:{name}", patterns, meta[name])]
    return found


def cookie_values(cookies: list[dict[str, Any]], wanted: str) -> list[str]:
    """Values ('' as values are never recorded) of the cookies named like `wanted`."""
    return ["" for c in cookies
            if fnmatch.fnmatchcase(str(c.get("name", "")).lower(), wanted)]


def probe_matches(catalog: Catalog, home: dict[str, Any], hosts: list[str]) -> list[Match]:
    """Matches on what the browser reported for the home page (headers, cookies, JS
    globals, DOM selectors) and on the hosts the crawl contacted (xhr patterns)."""
    headers = {str(k).lower(): str(v) for k, v in (home.get("headers") or {}).items()}
    cookies = [c for c in home.get("cookies_before_consent") or [] if isinstance(c, dict)]
    fingerprint = home.get("fingerprint") or {}
    js, dom = fingerprint.get("js") or {}, fingerprint.get("dom") or {}
    found: list[Match] = []
    for tech in catalog.technologies.values():
        named = tech.named
        for name, patterns in named.get("headers", {}).items():
            if name in headers:
                found += test(tech, f"headers:{name}", patterns, [headers[name]],
                              snippet=f"header {name}: {headers[name]}")
        for name, patterns in named.get("cookies", {}).items():
            found += test(tech, f"cookies:{name}", patterns, cookie_values(cookies, name),
                          snippet=f"cookie {name}")
        for chain, patterns in named.get("js", {}).items():
            if chain in js:
                found += test(tech, f"js:{chain}", patterns, [str(js[chain])],
                              snippet=f"JavaScript {chain} = {js[chain]}")
        for index, rule in enumerate(tech.dom):
            seen = dom.get(rule.selector)
            if not isinstance(seen, dict):
                continue
            values = ([""] if rule.test == "exists" else seen.get("text", [])
                      if rule.test == "text" else (seen.get(rule.test) or {}).get(rule.name, []))
            found += [dict(m, pattern=index) for m in
                      test(tech, f"dom:{rule.selector}", [rule.pattern], values,
                           snippet=f"element {rule.selector}")]
        if "xhr" in tech.lists:
            found += test(tech, "xhr", tech.lists["xhr"], hosts)
    return found
