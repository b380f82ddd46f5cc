"""Content criteria on what pages offer: audio and video, downloadable reports, text volume."""

from __future__ import annotations

from benchmark.criteria.base import criterion
from benchmark.criteria.scales import log_score
from benchmark.criteria.site import SiteView
from benchmark.gather.dom import clean
from benchmark.gather.urls import matching_vendor, path_of
from benchmark.lexicon import find, vendor_entries
from benchmark.model import Evidence, Outcome, Status, Target

KEY_ROLES = ("home", "about", "news", "press", "careers", "investors", "csr", "services")
VOLUME_LOW = 50  # mean words per key page scoring 0 (a splash page, a script-only shell)
VOLUME_HIGH = 600  # full score (log scale in between)
VOLUME_PASS = 150


def has_extension(url: str, section: str) -> bool:
    return path_of(url).lower().endswith(tuple(vendor_entries(section, "extensions")))


def played_media(site: SiteView) -> Evidence | None:
    """<video> or <audio> in a page, a player of a video or podcast host, or a link to an
    audio or video file (podcast episodes)."""
    for page in site.pages:
        embeds = site.embeds(page)
        if embeds.get("videos"):
            return Evidence(page["url"], f"{embeds['videos']} <video> element(s)")
        for url in embeds.get("media") or []:
            return Evidence(page["url"], clean(f"<video>/<audio> source {url}"))
    evidence = site.vendor("multimedia", with_links=False)
    if evidence is None:
        evidence = next((Evidence(page["url"], clean(f"link to media file {link['href']}"))
                         for page, link in site.links()
                         if has_extension(link["href"], "multimedia")), None)
    return evidence


@criterion(id="multimedia", dimension="content", title="Offers video or audio",
           failure_title="No video or audio",
           measures="Whether pages play video or audio: <video> or <audio> elements, an "
                    "embedded player (YouTube, Vimeo, Dailymotion, SoundCloud, Ausha, "
                    "Spotify...) or podcast episodes to download. Flash players do not count: "
                    "no browser plays them.",
           needs=("pages", "embeds", "links"))
def multimedia(site: SiteView, target: Target) -> Outcome:
    evidence = played_media(site)
    return Outcome.boolean(evidence is not None,
                           evidence or site.absent("video, audio or embedded player"))


def file_name(url: str) -> str:
    return path_of(url).rsplit("/", 1)[-1]


def report_link(site: SiteView) -> Evidence | None:
    """A document (PDF, Word...) or online flipbook named as an annual, activity, CSR or
    financial report in its link text or file name; or a report download link."""
    viewers = vendor_entries("reports")
    for page, link in site.links():
        href, text = link["href"], link.get("text", "")
        document = has_extension(href, "reports") or matching_vendor(href, viewers) is not None
        if not document and not find("features.download", text):
            continue
        word = find("features.reports", text)
        if word is None and document:
            word = find("features.reports", file_name(href), for_urls=True)
        if word is not None:
            return Evidence(href, clean(f"link '{text or word}' on {page['url']}"))
    return None


@criterion(id="downloadable-reports", dimension="content", title="Publishes its reports",
           failure_title="No downloadable report",
           measures="Whether visitors can download the organisation's annual, activity, "
                    "financial or CSR report (a PDF or an online flipbook named as a report, "
                    "in French, English, German, Spanish or Italian).",
           needs=("pages", "links"))
def downloadable_reports(site: SiteView, target: Target) -> Outcome:
    evidence = report_link(site)
    return Outcome.boolean(evidence is not None,
                           evidence or site.absent("link to a report document"))


@criterion(id="content-volume", dimension="content", title="Has substantial text",
           failure_title="Has little text",
           measures=f"Average number of visible words on the home page and the key section "
                    f"pages visited (about, news, press, careers, investors, CSR, services). "
                    f"Zero at {VOLUME_LOW} words, full score from {VOLUME_HIGH} (log scale); "
                    f"passes from {VOLUME_PASS}.",
           needs=("pages", "word_count"))
def content_volume(site: SiteView, target: Target) -> Outcome:
    pages = [page for page in site.pages if page.get("role") in KEY_ROLES] or site.pages[:1]
    counts = [int(page.get("word_count") or 0) for page in pages]
    mean = round(sum(counts) / len(counts))
    detail = ", ".join(f"{page['url']} {count}" for page, count in zip(pages, counts,
                                                                       strict=True))
    return Outcome(Status.PASS if mean >= VOLUME_PASS else Status.FAIL, str(mean),
                   log_score(mean, VOLUME_LOW, VOLUME_HIGH),
                   Evidence(pages[0]["url"], clean(f"mean {mean} words: {detail}")))
