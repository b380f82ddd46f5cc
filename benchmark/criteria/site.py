"""A read-only view of one target's observations, with the lookups criteria share."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from benchmark.gather.assemble import crawl_date_of
from benchmark.gather.urls import matching_vendor
from benchmark.lexicon import vendor_entries
from benchmark.model import Evidence


def dicts(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


class SiteView:
    """Pages, links, forms, resources and social profiles of one target."""

    def __init__(self, observations: dict[str, Any]) -> None:
        self.observations = observations
        crawl = observations.get("crawl") or {}
        self.crawl_status = str(crawl.get("status") or "")
        self.crawl_reason = str(crawl.get("reason") or "")
        self.crawl_date: date = crawl_date_of(str(crawl.get("date") or crawl.get("finished_at")))
        self.all_pages = dicts(observations.get("pages"))
        self.pages = [p for p in self.all_pages if p.get("parsed")]
        self.home = next((p for p in self.pages if p.get("role") == "home"),
                         self.pages[0] if self.pages else None)
        self.profiles = dicts(observations.get("profiles"))
        self.network: dict[str, Any] = observations.get("network") or {}
        self.probes: dict[str, Any] = observations.get("probes") or {}
        website = str((observations.get("target") or {}).get("website") or "")
        self.home_url = str(self.home.get("url") or website) if self.home else website

    def pages_read(self) -> str:
        """'5 pages' — the extent of a search, for evidence of absence."""
        count = len(self.pages)
        return f"{count} page{'s' if count != 1 else ''}"

    def absent(self, what: str) -> Evidence:
        """Evidence for a negative verdict: the home URL and what was looked for where."""
        return Evidence(self.home_url, f"no {what} on {self.pages_read()}")

    def links(self) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
        """(page, link) for every link of every readable page."""
        for page in self.pages:
            for link in dicts(page.get("links")):
                yield page, link

    def forms(self) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
        for page in self.pages:
            for form in dicts(page.get("forms")):
                yield page, form

    def embeds(self, page: dict[str, Any]) -> dict[str, Any]:
        return page.get("embeds") or {}

    def resources(self) -> Iterator[tuple[str, str]]:
        """(page URL, URL) of what pages load: iframes, scripts, stylesheets, objects, media,
        hosts named in inline scripts, then hosts seen on the network."""
        for page in self.pages:
            embeds = self.embeds(page)
            for key in ("iframes", "scripts", "stylesheets", "media"):
                for url in embeds.get(key) or []:
                    yield page["url"], str(url)
            for item in dicts(embeds.get("objects")):
                yield page["url"], str(item.get("src") or "")
            for host in embeds.get("script_hosts") or []:
                yield page["url"], f"https://{host}/"
        for host in self.network.get("hosts") or []:
            yield self.home_url, f"https://{host}/"

    def vendor(self, section: str, *, with_links: bool = True) -> Evidence | None:
        """Evidence of a vendor of vendors.toml [section] in resources (and links)."""
        entries = vendor_entries(section)
        for page_url, url in self.resources():
            if matching_vendor(url, entries):
                return Evidence(page_url, f"loads {url}"[:200])
        if with_links:
            for page, link in self.links():
                if matching_vendor(link["href"], entries):
                    return Evidence(page["url"], f"links to {link['href']}"[:200])
        return None

    def widget(self, section: str) -> Evidence | None:
        """Evidence of a widget class of vendors.toml [section] classes on a page, or of a
        widget of that kind the page draws (embeds `widgets`: script calls, launchers)."""
        prefixes = vendor_entries(section, "classes")
        for page in self.pages:
            for name in self.embeds(page).get("widget_classes") or []:
                if name.startswith(prefixes):
                    return Evidence(page["url"], f'element with class or id "{name}"')
        for page in self.pages:
            for item in dicts(self.embeds(page).get("widgets")):
                if item.get("kind") == section:
                    return Evidence(page["url"], f"{item.get('marker')}: {item.get('snippet')}"
                                    [:200])
        return None
