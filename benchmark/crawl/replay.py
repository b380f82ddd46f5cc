"""Answer a context's requests from a target's archive.warc.gz, with no network (--replay)."""

from __future__ import annotations

import asyncio
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

from playwright.async_api import BrowserContext, Route
from warcio.archiveiterator import ArchiveIterator

from benchmark.crawl.archive import ORIGINAL_PREFIX, Headers, header_value

MAX_REDIRECTS = 20  # what Chromium allows before ERR_TOO_MANY_REDIRECTS
NOT_FOUND = "<!doctype html><title>404 Not archived</title>"


def restore_headers(headers: Headers) -> Headers:
    """The headers as the browser first received them: X-Archive-Orig-* back in place.

    Chromium ignores Content-Encoding and Content-Length on a fulfilled response (it takes
    the body as given, see microsoft/playwright#39292), so the replayed page and network
    log see exactly the recorded headers, sizes included.
    """
    prefix = ORIGINAL_PREFIX.lower()
    originals = [(name[len(prefix):], value) for name, value in headers
                 if name.lower().startswith(prefix)]
    replaced = {name.lower() for name, _ in originals} | {"content-length"}
    return [(name, value) for name, value in headers
            if not name.lower().startswith(prefix) and name.lower() not in replaced] + originals


def fulfil_headers(headers: Headers) -> dict[str, str]:
    """One value per name, as route.fulfill wants; Playwright splits Set-Cookie on newlines."""
    merged: dict[str, str] = {}
    for name, value in headers:
        key = name.lower()
        separator = "\n" if key == "set-cookie" else ", "
        merged[key] = f"{merged[key]}{separator}{value}" if key in merged else value
    return merged


@dataclass(frozen=True)
class Recorded:
    """One archived response; the body stays in the file until it is served."""

    status: int
    headers: Headers  # restored: as the browser received them
    offset: int  # of the response record in the WARC file
    user_agent: str = ""  # of the request: desktop and mobile visits got different answers
    location: str = ""  # absolute redirect target of a 3xx, else empty
    complete: bool = True  # False when the whole body was not kept (or a 304 had none)


@dataclass
class ArchiveIndex:
    """Archived responses by (method, URL); the Nth request for a key gets the Nth answer."""

    path: Path
    entries: dict[tuple[str, str], list[Recorded]] = field(default_factory=dict)
    hosts: set[str] = field(default_factory=set)
    served: Counter[tuple[str, str, str]] = field(default_factory=Counter)

    def add(self, method: str, url: str, recorded: Recorded) -> None:
        for key in {url, urldefrag(url).url}:
            self.entries.setdefault((method.upper(), key), []).append(recorded)
        self.hosts.add((urlsplit(url).hostname or "").lower())

    def find(self, method: str, url: str, user_agent: str = "") -> Recorded | None:
        """Exact URL first, then without its fragment; answers in recorded order, the last
        one repeating, preferring whole bodies and the same user agent."""
        for key in (url, urldefrag(url).url):
            answers = self.entries.get((method.upper(), key))
            if answers:
                break
        else:
            return None
        answers = [answer for answer in answers if answer.complete] or answers
        answers = [answer for answer in answers if answer.user_agent == user_agent] or answers
        turn = (method.upper(), key, user_agent)
        self.served[turn] += 1
        return answers[min(self.served[turn], len(answers)) - 1]

    def knows_host(self, url: str) -> bool:
        return (urlsplit(url).hostname or "").lower() in self.hosts

    def body(self, recorded: Recorded) -> bytes:
        with self.path.open("rb") as handle:
            handle.seek(recorded.offset)
            record = next(iter(ArchiveIterator(handle)))
            return record.content_stream().read()


def load_archive(path: Path) -> ArchiveIndex:
    """Index the response records of a WARC, with the method of their request record."""
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no web archive to replay (crawl with --archive)")
    responses: dict[str, tuple[str, int, Headers, int, bool]] = {}
    requests: dict[str, tuple[str, str]] = {}  # response record id -> (method, user agent)
    with path.open("rb") as handle:
        records = ArchiveIterator(handle)
        for record in records:
            record_id = record.rec_headers.get_header("WARC-Record-ID")
            if record.rec_type == "response" and record.http_headers:
                url = record.rec_headers.get_header("WARC-Target-URI")
                status = int(record.http_headers.get_statuscode() or 0)
                # A 304 only revalidated the browser's cache: it is no answer to replay.
                complete = status != 304 and not record.rec_headers.get_header("WARC-Truncated")
                responses[record_id] = (url, status, list(record.http_headers.headers),
                                        records.get_record_offset(), complete)
            elif record.rec_type == "request" and record.http_headers:
                linked = record.rec_headers.get_header("WARC-Concurrent-To")
                agent = record.http_headers.get_header("User-Agent", "")
                requests[linked] = (record.http_headers.protocol, agent)
    index = ArchiveIndex(path)
    for record_id, (url, status, headers, offset, complete) in responses.items():
        method, agent = requests.get(record_id, ("GET", ""))  # other tools: assume GET
        location = header_value(headers, "location")
        redirect = urljoin(url, location) if 300 <= status < 400 and location else ""
        index.add(method, url, Recorded(status, restore_headers(headers), offset, agent,
                                        redirect, complete))
    return index


async def redirect_navigation(route: Route, url: str) -> bool:
    """Restart a navigation at `url`, as Playwright's own HAR replay does.

    A fulfilled 3xx is followed by the browser, but Playwright never routes the request it
    leads to (by design, microsoft/playwright#23301): it would go to the network. Returns
    False when this Playwright lacks the (private) hook.
    """
    hook = getattr(getattr(route, "_impl_obj", None), "_redirect_navigation_request", None)
    if hook is None:
        return False
    await hook(url)
    return True


async def serve_archive(context: BrowserContext, archive_path: Path) -> ArchiveIndex:
    """Answer every request of the context from the archive; unknown hosts do not resolve."""
    index = await asyncio.to_thread(load_archive, archive_path)
    redirected: Counter[str] = Counter()

    async def handle(route: Route) -> None:
        request = route.request
        url = request.url
        if not url.startswith(("http://", "https://")):
            await route.continue_()
            return
        agent = request.headers.get("user-agent", "")
        found = index.find(request.method, url, agent)
        if found and found.location and request.is_navigation_request():
            redirected[url] += 1
            if redirected[url] <= MAX_REDIRECTS and await redirect_navigation(route,
                                                                              found.location):
                return
        # Sub-resources (and navigations without the hook): serve the end of the chain.
        hops, method = 0, request.method
        while found and found.location and hops < MAX_REDIRECTS:
            method = method if found.status in (307, 308) else "GET"
            found, hops = index.find(method, found.location, agent), hops + 1
        if found is None:
            if index.knows_host(url):
                await route.fulfill(status=404, content_type="text/html; charset=utf-8",
                                    body=NOT_FOUND)
            else:
                await route.abort("namenotresolved")
            return
        await route.fulfill(status=found.status, headers=fulfil_headers(found.headers),
                            body=index.body(found))

    await context.route("**/*", handle)
    return index
