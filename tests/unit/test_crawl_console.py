"""Console errors per page: the browser's own favicon fetch is not the page's error."""

from __future__ import annotations

from types import SimpleNamespace

from benchmark.crawl.console import MAX_ERRORS, ConsoleLog


def message(kind: str, text: str, url: str = "") -> SimpleNamespace:
    return SimpleNamespace(type=kind, text=text, location={"url": url})


def test_errors_of_the_page_are_kept_per_page_and_favicon_failures_ignored() -> None:
    log = ConsoleLog()
    log.on_message(message("error", "Uncaught ReferenceError: $ is not defined",
                           "https://a.example/app.js"))
    log.mark()  # the next page starts
    log.on_message(message("error", "Failed to load resource: the server responded with a "
                           "status of 404 (Not Found)", "https://a.example/favicon.ico"))
    log.on_message(message("warning", "deprecated API", "https://a.example/app.js"))
    log.on_message(message("error", "Failed to load resource: 404", "https://a.example/logo.png"))
    log.add("x" * 1000)
    assert log.since_mark() == ["Failed to load resource: 404", "x" * 500]
    assert log.errors[0].startswith("Uncaught ReferenceError")


def test_a_console_flood_is_capped() -> None:
    log = ConsoleLog()
    for index in range(MAX_ERRORS + 50):
        log.on_message(message("error", f"error {index}"))
    assert len(log.errors) == MAX_ERRORS
