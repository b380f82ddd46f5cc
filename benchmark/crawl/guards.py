"""Keep hostile pages from stalling a crawl: dialogs, pop-ups, downloads, crashes, noted."""

from __future__ import annotations

from contextlib import suppress
from typing import Any

from playwright.async_api import BrowserContext, Dialog, Download, Page
from playwright.async_api import Error as PlaywrightError

from benchmark.crawl.failures import CRASHED
from benchmark.model import CrawlStatus

MAX_EVENTS = 50  # per kind: an alert loop must not fill probes.json


class Guard:
    """Watches the pages of one target; what it saw goes to probes.json and the reason."""

    def __init__(self) -> None:
        self.events: dict[str, list[dict[str, str]]] = {
            "dialogs": [], "popups": [], "downloads": [], "crashes": []}
        self.counts = dict.fromkeys(self.events, 0)
        self.notes: list[str] = []

    def watch(self, context: BrowserContext, page: Page) -> None:
        """Guard `page`; any page opened later in `context` is a pop-up and gets closed."""
        page.on("dialog", self._dialog)
        page.on("download", self._download)
        page.on("crash", lambda crashed: self._add("crashes", url=crashed.url))

        async def popup(opened: Page) -> None:
            opener = None
            with suppress(PlaywrightError):
                opener = await opened.opener()
            self._add("popups", url=opened.url, opened_from=opener.url if opener else page.url)
            with suppress(PlaywrightError):
                await opened.close()

        context.on("page", popup)

    def _add(self, kind: str, **event: str) -> None:
        self.counts[kind] += 1
        if len(self.events[kind]) < MAX_EVENTS:
            self.events[kind].append({key: value[:500] for key, value in event.items()})

    async def _dialog(self, dialog: Dialog) -> None:
        page = dialog.page
        self._add("dialogs", type=dialog.type, message=dialog.message,
                  url=page.url if page else "")
        with suppress(PlaywrightError):  # the page may be gone already
            # Leaving the page must win over "are you sure?"; everything else is dismissed.
            if dialog.type == "beforeunload":
                await dialog.accept()
            else:
                await dialog.dismiss()

    async def _download(self, download: Download) -> None:
        self._add("downloads", url=download.url, file=download.suggested_filename,
                  page=download.page.url)
        with suppress(PlaywrightError):  # refused: contexts are made with accept_downloads off
            await download.cancel()

    def note(self, text: str) -> None:
        """Something worth telling in the target's reason even when the crawl went well."""
        self.notes.append(text)

    def summary(self) -> dict[str, Any]:
        """The `interruptions` entry of probes.json."""
        return {kind: {"count": self.counts[kind], "events": events}
                for kind, events in self.events.items()}

    def conclude(self, record: dict[str, Any]) -> None:
        """Fold a crash and the notes into the snapshot record's status and reason."""
        reasons = [record["reason"]] if record["reason"] else []
        crashes = self.events["crashes"]
        if crashes and record["status"] in (CrawlStatus.OK.value, CrawlStatus.PARTIAL.value):
            # After the home page: what was saved stays usable, the rest of the tab is lost.
            record["status"] = CrawlStatus.PARTIAL.value
            where = next((page["url"] for page in record["pages"] if page["error"] == CRASHED),
                         crashes[0]["url"])  # the event has the URL the tab showed, if any
            reasons.insert(0, f"{CRASHED} on {where}")
        record["reason"] = "; ".join(dict.fromkeys(reasons + self.notes))
