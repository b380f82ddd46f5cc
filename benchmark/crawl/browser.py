"""Find a usable Chromium in one place and launch it with the flags this tool needs."""

from __future__ import annotations

import os
import shutil
from collections.abc import Sequence
from pathlib import Path

from playwright.async_api import Browser, BrowserType

SYSTEM_CHROMIUMS = ("/usr/lib/chromium/chromium", "/usr/bin/chromium", "chromium-browser",
                    "chromium", "google-chrome", "google-chrome-stable")
HOW_TO_INSTALL = ("No usable Chromium found. Install one: `sudo apt-get install chromium` "
                  "(Debian/Ubuntu), or `playwright install chromium`, or point "
                  "BENCHMARK_CHROMIUM at a Chrome/Chromium executable.")
BASE_ARGS = ["--disable-background-networking", "--disable-component-update",
             "--disable-sync", "--no-first-run", "--disable-quic",
             "--disable-dev-shm-usage"]
# Chromium's own DNS client waits ~5 s per unknown host on a closed network: resolve
# nothing but loopback when running offline.
OFFLINE_RULES = "MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost"
OFFLINE_ARGS = [f"--host-resolver-rules={OFFLINE_RULES}"]


class BrowserNotFound(RuntimeError):
    """No Chromium executable could be found."""


def _executable(candidate: str) -> str | None:
    path = candidate if os.sep in candidate else shutil.which(candidate)
    if path and Path(path).is_file() and os.access(path, os.X_OK):
        return path
    return None


def resolve_chromium(browser_type: BrowserType | None = None) -> tuple[str | None, str]:
    """Return (executable or None for Playwright's own, where it came from).

    Order: BENCHMARK_CHROMIUM, a Playwright-managed Chromium, then the system's.
    """
    override = os.environ.get("BENCHMARK_CHROMIUM", "").strip()
    if override:
        found = _executable(override)
        if found is None:
            raise BrowserNotFound(f"BENCHMARK_CHROMIUM={override!r} is not an executable file")
        return found, "BENCHMARK_CHROMIUM"
    if browser_type is not None:
        try:
            managed = browser_type.executable_path
        except Exception:  # Playwright raises when its browsers are not installed
            managed = ""
        if managed and _executable(managed):
            return None, f"Playwright-managed ({managed})"
    for candidate in SYSTEM_CHROMIUMS:
        found = _executable(candidate)
        if found:
            return found, "system"
    raise BrowserNotFound(HOW_TO_INSTALL)


def launch_args(offline: bool, host_map: Sequence[tuple[str, str]] = ()) -> list[str]:
    """Chromium's flags; `host_map` sends hosts to other addresses ('127.0.0.1:8080'),
    checked before the offline rule (Chromium applies the first MAP that matches)."""
    args = list(BASE_ARGS)
    rules = [f"MAP {host} {address}" for host, address in host_map]
    if rules:  # a local stand-in for a real host cannot show that host's certificate
        args.append("--ignore-certificate-errors")
    if offline:
        rules.append(OFFLINE_RULES)
    if rules:
        args.append(f"--host-resolver-rules={' , '.join(rules)}")
    return args


async def launch(browser_type: BrowserType, *, offline: bool,
                 host_map: Sequence[tuple[str, str]] = (), handle_sigint: bool = True
                 ) -> Browser:
    """Launch headless Chromium; the sandbox stays on unless we run as root.
    `handle_sigint=False`: Ctrl-C does not close it (a cluster worker: the client decides)."""
    executable, _ = resolve_chromium(browser_type)
    return await browser_type.launch(
        executable_path=executable,
        headless=True,
        args=launch_args(offline, host_map),
        chromium_sandbox=os.geteuid() != 0,
        handle_sigint=handle_sigint,
    )
