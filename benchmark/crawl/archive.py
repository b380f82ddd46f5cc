"""Record every response a browser context receives into a standard WARC file (--archive)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import UTC, datetime
from http import HTTPStatus
from io import BytesIO
from pathlib import Path
from urllib.parse import urlsplit

from playwright.async_api import BrowserContext, Response
from playwright.async_api import Error as PlaywrightError
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders
from warcio.timeutils import datetime_to_iso_date
from warcio.warcwriter import WARCWriter

from benchmark import __version__, clock
from benchmark.crawl.fetch import Fetched
from benchmark.crawl.settings import PROJECT_URL
from benchmark.runstore import write_bytes_atomic

ARCHIVE_NAME = "archive.warc.gz"
ORIGINAL_PREFIX = "X-Archive-Orig-"  # the pywb convention for headers kept for the record
# Playwright hands over decoded, de-chunked bodies: these no longer describe what is stored.
STALE_HEADERS = frozenset({"content-encoding", "transfer-encoding", "content-length"})
MAX_BODY_BYTES = 10 * 1024 * 1024
MAX_ARCHIVE_BYTES = 200 * 1024 * 1024
MAX_EXCHANGES = 20_000  # a hostile page must not fill memory with tiny responses
CAPTURE_TIMEOUT_S = 20.0  # a body that never arrives must not hold the target

Headers = list[tuple[str, str]]


def fix_headers(headers: Headers, body_length: int) -> Headers:
    """Headers that describe the stored body; the stale originals are kept, renamed."""
    fixed: Headers = []
    for name, value in headers:
        lower = name.lower()
        if lower.startswith(":"):  # HTTP/2 pseudo-headers are not header fields
            continue
        fixed.append((ORIGINAL_PREFIX + name if lower in STALE_HEADERS else name, value))
    fixed.append(("Content-Length", str(body_length)))
    return fixed


def header_value(headers: Headers, name: str) -> str:
    return next((value for key, value in headers if key.lower() == name), "")


def reason_phrase(status: int, text: str) -> str:
    """HTTP/2 has no reason phrase; WARC readers expect an HTTP/1.1 status line."""
    if text:
        return text
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


@dataclass
class Exchange:
    """One request and the response the browser received, as captured."""

    seq: int  # order of the response events, so the file follows the crawl
    date: datetime
    method: str
    url: str
    status: int
    reason: str
    request_headers: Headers
    response_headers: Headers  # as received; fixed only when written
    request_body: bytes = b""
    body: bytes = b""
    truncated: str = ""  # WARC-Truncated reason when `body` is not the whole body
    ip: str = ""


def _request_record(writer: WARCWriter, exchange: Exchange, date: str) -> ArcWarcRecord:
    parts = urlsplit(exchange.url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    headers = [(name, value) for name, value in exchange.request_headers
               if not name.startswith(":")]
    if not header_value(headers, "host"):  # HTTP/2 carried it as :authority
        headers.insert(0, ("Host", parts.netloc))
    http = StatusAndHeaders(f"{exchange.method} {target} HTTP/1.1", headers,
                            is_http_request=True)
    return writer.create_warc_record(exchange.url, "request",
                                     payload=BytesIO(exchange.request_body),
                                     length=len(exchange.request_body), http_headers=http,
                                     warc_headers_dict={"WARC-Date": date})


def write_exchange(writer: WARCWriter, exchange: Exchange) -> None:
    """A response record and its request record, linked by WARC-Concurrent-To."""
    date = datetime_to_iso_date(exchange.date.astimezone(UTC).replace(tzinfo=None))
    warc_headers = {"WARC-Date": date}
    if exchange.ip:
        warc_headers["WARC-IP-Address"] = exchange.ip
    if exchange.truncated:
        warc_headers["WARC-Truncated"] = exchange.truncated
    http = StatusAndHeaders(f"{exchange.status} {exchange.reason}".strip(),
                            fix_headers(exchange.response_headers, len(exchange.body)),
                            protocol="HTTP/1.1")
    response = writer.create_warc_record(exchange.url, "response",
                                         payload=BytesIO(exchange.body),
                                         length=len(exchange.body), http_headers=http,
                                         warc_headers_dict=warc_headers)
    writer.write_request_response_pair(_request_record(writer, exchange, date), response)


def build_warc(exchanges: list[Exchange], info: dict[str, str]) -> bytes:
    """A gzipped WARC (one gzip member per record): warcinfo, then exchanges in order."""
    out = BytesIO()
    writer = WARCWriter(out, gzip=True)
    writer.write_record(writer.create_warcinfo_record(ARCHIVE_NAME, info))
    for exchange in sorted(exchanges, key=lambda item: item.seq):
        write_exchange(writer, exchange)
    return out.getvalue()


class ArchiveRecorder:
    """Collects the responses of one target's contexts; `flush` writes the WARC."""

    def __init__(self, max_body_bytes: int = MAX_BODY_BYTES,
                 max_archive_bytes: int = MAX_ARCHIVE_BYTES) -> None:
        self.max_body_bytes, self.max_archive_bytes = max_body_bytes, max_archive_bytes
        self.exchanges: list[Exchange] = []
        self.stored_bytes = 0
        self.skipped_bodies = 0  # kept as a record with an empty body, WARC-Truncated: length
        self.not_recorded = 0  # the archive was full, or the context closed first
        self.browser = ""
        self._seen = 0
        self._tasks: set[asyncio.Task[None]] = set()

    def attach(self, context: BrowserContext) -> None:
        if context.browser is not None:
            self.browser = f"{context.browser.browser_type.name} {context.browser.version}"
        context.on("response", self._on_response)

    def _on_response(self, response: Response) -> None:
        if not response.url.startswith(("http://", "https://")):
            return
        if self._seen >= MAX_EXCHANGES or self.stored_bytes >= self.max_archive_bytes:
            self.not_recorded += 1
            return
        self._seen += 1
        # The body is fetched now, while the browser still holds it; tracked for drain().
        task = asyncio.create_task(self._capture(response, self._seen, clock.now()))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _capture(self, response: Response, seq: int, date: datetime) -> None:
        try:
            exchange = await asyncio.wait_for(self._exchange(response, seq, date),
                                              CAPTURE_TIMEOUT_S)
        except (PlaywrightError, TimeoutError):
            self.not_recorded += 1  # headers unavailable: the page or context went away
            return
        self.exchanges.append(exchange)

    async def _exchange(self, response: Response, seq: int, date: datetime) -> Exchange:
        request = response.request
        # The body before anything else: the browser drops it once the tab navigates on,
        # which a crawl does at once after reading a robots.txt or a sitemap.
        body, truncated = await self._body(response, list(response.headers.items()))
        response_headers = [(h["name"], h["value"]) for h in await response.headers_array()]
        request_headers = [(h["name"], h["value"]) for h in await request.headers_array()]
        try:
            server = await response.server_addr()
        except PlaywrightError:
            server = None
        return Exchange(seq=seq, date=date, method=request.method, url=response.url,
                        status=response.status,
                        reason=reason_phrase(response.status, response.status_text),
                        request_headers=request_headers,
                        response_headers=response_headers,
                        request_body=request.post_data_buffer or b"", body=body,
                        truncated=truncated, ip=server["ipAddress"] if server else "")

    async def _body(self, response: Response, headers: Headers) -> tuple[bytes, str]:
        if 300 <= response.status < 400:
            return b"", ""  # the browser keeps no body for redirects (nor for 304)
        declared = header_value(headers, "content-length")
        if declared.isdigit() and int(declared) > self.max_body_bytes:
            return self._skip()  # too big even compressed: do not pull it over CDP
        try:
            body = await response.body()
        except PlaywrightError:
            return b"", "unspecified"  # e.g. evicted when the page navigated away
        if (len(body) > self.max_body_bytes
                or self.stored_bytes + len(body) > self.max_archive_bytes):
            return self._skip()
        self.stored_bytes += len(body)
        return body, ""

    def _skip(self) -> tuple[bytes, str]:
        self.skipped_bodies += 1
        return b"", "length"

    def add_fetched(self, url: str, fetched: Fetched | None) -> None:
        """A text the crawl read itself (robots.txt, sitemaps), unless this archive holds
        its whole body already: robots.txt is fetched once per host and batch, and the
        browser may drop a body before the recorder reads it, yet every archive must
        replay on its own (the replay prefers whole bodies)."""
        if fetched is None or fetched.status is None:
            return
        if any(exchange.url == url and not exchange.truncated for exchange in self.exchanges):
            return
        self.exchanges.append(Exchange(
            seq=0, date=clock.now(), method="GET", url=url, status=fetched.status,
            reason=reason_phrase(fetched.status, ""), request_headers=[],
            response_headers=[("Content-Type", "text/plain; charset=utf-8")],
            body=fetched.body))

    async def drain(self) -> None:
        """Wait for the bodies still being fetched: call it before closing a context."""
        while pending := [task for task in self._tasks if not task.done()]:
            await asyncio.wait(pending)

    def info(self) -> dict[str, str]:
        return {"software": f"benchmark/{__version__} (+{PROJECT_URL})",
                "browser": self.browser, "format": "WARC File Format 1.0",
                "description": "Every response the headless browser received. Bodies are "
                "stored decoded and whole; the original Content-Encoding, Transfer-Encoding "
                f"and Content-Length headers are kept as {ORIGINAL_PREFIX}*.",
                "max-body-bytes": str(self.max_body_bytes),
                "max-archive-bytes": str(self.max_archive_bytes),
                "bodies-skipped": str(self.skipped_bodies),
                "responses-not-recorded": str(self.not_recorded)}

    async def flush(self, path: Path) -> None:
        """Write the WARC atomically; compressing in a thread keeps the other crawls going."""
        await self.drain()
        data = await asyncio.to_thread(build_warc, list(self.exchanges), self.info())
        await asyncio.to_thread(write_bytes_atomic, path, data)
