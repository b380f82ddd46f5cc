"""The browser console's errors of one target's tab, for probes.json."""

from __future__ import annotations

from urllib.parse import urlsplit

from playwright.async_api import ConsoleMessage

MAX_ERRORS, MAX_CHARS = 200, 500


class ConsoleLog:
    """Errors in order; `mark()` starts a page, `since_mark()` is what that page logged."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self._mark = 0

    def on_message(self, message: ConsoleMessage) -> None:
        # The browser's own favicon request is not the page's, and fails at any moment.
        if message.type == "error" and not urlsplit(
                (message.location or {}).get("url", "")).path.endswith("/favicon.ico"):
            self.add(message.text)

    def add(self, text: str) -> None:
        if len(self.errors) < MAX_ERRORS:
            self.errors.append(text[:MAX_CHARS])

    def mark(self) -> None:
        self._mark = len(self.errors)

    def since_mark(self) -> list[str]:
        return self.errors[self._mark:]
