"""Turn a browser failure into a target status and a reason a consultant can read."""

from __future__ import annotations

import re

from playwright.async_api import TimeoutError as PlaywrightTimeout

from benchmark.model import CrawlStatus

UNREACHABLE, TIMEOUT, ERROR = CrawlStatus.UNREACHABLE, CrawlStatus.TIMEOUT, CrawlStatus.ERROR

# Chromium network error code -> (status, plain explanation). The code stays in the reason.
NET_ERRORS: dict[str, tuple[CrawlStatus, str]] = {
    "ERR_NAME_NOT_RESOLVED": (UNREACHABLE, "the domain name does not resolve"),
    "ERR_NAME_RESOLUTION_FAILED": (UNREACHABLE, "the domain name does not resolve"),
    "ERR_CONNECTION_REFUSED": (UNREACHABLE, "the server refused the connection"),
    "ERR_ADDRESS_UNREACHABLE": (UNREACHABLE, "the server address is unreachable"),
    "ERR_INTERNET_DISCONNECTED": (UNREACHABLE, "no internet connection"),
    "ERR_CONNECTION_CLOSED": (UNREACHABLE, "the server closed the connection"),
    "ERR_CONNECTION_RESET": (UNREACHABLE, "the connection was reset"),
    "ERR_EMPTY_RESPONSE": (UNREACHABLE, "the server sent an empty response"),
    "ERR_CONNECTION_TIMED_OUT": (TIMEOUT, "connecting to the server timed out"),
    "ERR_TIMED_OUT": (TIMEOUT, "the server took too long to answer"),
    "ERR_TOO_MANY_REDIRECTS": (ERROR, "redirect loop: too many redirects"),
    "ERR_INVALID_REDIRECT": (ERROR, "invalid redirect"),
    "ERR_UNSAFE_REDIRECT": (ERROR, "unsafe redirect"),
    "ERR_INVALID_RESPONSE": (ERROR, "the server sent an invalid response"),
    "ERR_RESPONSE_HEADERS_TOO_BIG": (ERROR, "the server sent oversized headers"),
    "ERR_SSL_PROTOCOL_ERROR": (ERROR, "TLS handshake failed"),
    "ERR_SSL_VERSION_OR_CIPHER_MISMATCH": (ERROR, "TLS: obsolete protocol version or cipher"),
    "ERR_CERT_AUTHORITY_INVALID": (
        ERROR, "TLS certificate problem: not issued by a trusted authority (self-signed?)"),
    "ERR_CERT_COMMON_NAME_INVALID": (
        ERROR, "TLS certificate problem: issued for another domain name"),
    "ERR_CERT_DATE_INVALID": (ERROR, "TLS certificate problem: expired or not yet valid"),
    "ERR_CERT_REVOKED": (ERROR, "TLS certificate problem: revoked"),
    "ERR_CERT_WEAK_SIGNATURE_ALGORITHM": (ERROR, "TLS certificate problem: weak signature"),
}
NET_CODE = re.compile(r"net::(ERR_[A-Z0-9_]+)")
CRASHED = "renderer crashed"


def first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def classify_error(exc: Exception) -> tuple[CrawlStatus, str]:
    """A Playwright exception as (target status, one-line reason naming the cause)."""
    message = first_line(exc)
    if isinstance(exc, PlaywrightTimeout):
        return TIMEOUT, message
    if "crashed" in message.lower():  # "Page crashed", "Target crashed", "... page crashed!"
        return ERROR, CRASHED
    if "Download is starting" in message:
        return ERROR, "the URL starts a file download instead of showing a web page"
    found = NET_CODE.search(message)
    code = found.group(1) if found else ""
    if code in NET_ERRORS:
        status, explanation = NET_ERRORS[code]
        return status, f"{explanation} ({code})"
    if code.startswith("ERR_CERT_"):
        return ERROR, f"TLS certificate problem ({code})"
    return ERROR, message
