"""Evidence snippets as a reader sees them: markup and network error codes turned into words."""

from __future__ import annotations

import re

from reports.labels_terms import TERMS

# A tag as the criteria quote it (`<form class="x" action="/y">`), possibly cut short by
# the evidence length limit (`<object classid="…" width="600" title="F…`).
TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?(?:>|…?$)")
SELECTOR = re.compile(r"\b(form|div|section|a|iframe|object|embed)[.#][\w-]+(?:\s\('[^']*'\))?:?")
SELECTOR_MARK = re.compile(r"(?:form|div|section|a|iframe|object|embed)[.#]")
NET_ERROR = re.compile(r"\(?\b(?:net::)?(ERR_[A-Z_]+)\)?")
SPACES = re.compile(r"\s+")
# Chromium's network errors a crawl meets most, in words (anything else keeps its code).
NET_WORDS = {
    "ERR_NAME_NOT_RESOLVED": "the domain name does not resolve",
    "ERR_CONNECTION_REFUSED": "the server refused the connection",
    "ERR_CONNECTION_TIMED_OUT": "the server did not answer in time",
    "ERR_TIMED_OUT": "the server did not answer in time",
    "ERR_CERT_AUTHORITY_INVALID": "the site's certificate is not trusted",
    "ERR_CERT_COMMON_NAME_INVALID": "the site's certificate is for another name",
    "ERR_CERT_DATE_INVALID": "the site's certificate has expired",
    "ERR_SSL_PROTOCOL_ERROR": "the secure connection failed",
    "ERR_TOO_MANY_REDIRECTS": "the page redirects in a loop",
    "ERR_ABORTED": "the page load was interrupted",
}


def reader_text(evidence: str, lang: str = "en") -> str:
    """`evidence` without quoted markup or CSS selectors, network codes in words (`lang`'s).

    The text stays the criterion's own words (numbers, dates, quoted link text); only the
    developer-facing parts go. Escaping is still the template's job: this is not a
    sanitiser, and whatever it leaves is printed as text."""
    # Each pass only when its mark is there: a census has ~590,000 snippets to say.
    text = TAG.sub(" ", evidence) if "<" in evidence else evidence
    text = SELECTOR.sub(" ", text) if SELECTOR_MARK.search(text) else text
    text = " ".join(text.split()).strip(" :;,")
    if "ERR_" not in text:
        return text
    words = NET_WORDS if lang == "en" else TERMS[lang]["net_errors"]
    text = NET_ERROR.sub(lambda match: words.get(match.group(1), match.group(0)), text)
    return _dedupe(SPACES.sub(" ", text).strip(" :;,"), words)


def _dedupe(text: str, said: dict[str, str]) -> str:
    """"does not resolve (does not resolve)" -> "does not resolve", after code replacement."""
    for words in set(said.values()):
        text = text.replace(f"{words} {words}", words).replace(f"{words}: {words}", words)
    return text
