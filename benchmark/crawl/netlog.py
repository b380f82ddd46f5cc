"""Record every response and failed request of a tab, as network.jsonl rows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from playwright.async_api import Page, Request, Response

from benchmark.runstore import write_jsonl

MAX_ENTRIES = 20_000  # a hostile page must not fill memory with requests


class NetworkLog:
    """Rows of network.jsonl; `page` is the URL being visited when a request happened."""

    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []
        self.page = ""

    def attach(self, page: Page) -> None:
        page.on("response", self._response)
        page.on("requestfailed", self._failed)

    def detach(self, page: Page) -> None:
        page.remove_listener("response", self._response)
        page.remove_listener("requestfailed", self._failed)

    def _add(self, request: Request, status: int | None, content_type: str,
             size: int | None, failure: str) -> None:
        if len(self.rows) < MAX_ENTRIES:
            self.rows.append({"url": request.url[:2000], "method": request.method,
                              "resource_type": request.resource_type, "status": status,
                              "content_type": content_type, "size": size,
                              "page": self.page, "failure": failure})

    def _response(self, response: Response) -> None:
        headers = response.headers
        length = headers.get("content-length", "")
        self._add(response.request, response.status, headers.get("content-type", ""),
                  int(length) if length.isdigit() else None, "")

    def _failed(self, request: Request) -> None:
        self._add(request, None, "", None, request.failure or "failed")

    def write(self, path: Path) -> None:
        write_jsonl(path, self.rows)
