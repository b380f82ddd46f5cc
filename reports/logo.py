"""Images embedded in the reports (screenshots, the consultant's logo) as checked data URIs."""

from __future__ import annotations

import base64
from pathlib import Path

MAX_LOGO_BYTES = 512 * 1024  # a logo, not a photo: keeps every scorecard small
# The bytes decide the type, never the file name (snapshots are data, a logo may be misnamed).
SIGNATURES = {b"\xff\xd8\xff": "image/jpeg", b"\x89PNG\r\n\x1a\n": "image/png",
              b"GIF87a": "image/gif", b"GIF89a": "image/gif"}
SCREENSHOT_TYPES = ("image/jpeg", "image/png")


class LogoError(ValueError):
    """The --logo file is missing, too large or not a PNG, JPEG, GIF or WebP image."""


def image_type(data: bytes) -> str | None:
    """The MIME type of `data` from its first bytes, or None when it is no known image."""
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return next((mime for signature, mime in SIGNATURES.items() if data.startswith(signature)),
                None)


def data_uri(data: bytes, mime: str) -> str:
    return f"data:{mime};base64," + base64.b64encode(data).decode("ascii")


def screenshot_uri(path: Path | None) -> str | None:
    """The screenshot at `path` as a data URI; None if absent or not a JPEG or PNG."""
    if path is None:
        return None
    data = path.read_bytes()
    mime = image_type(data)
    return data_uri(data, mime) if mime in SCREENSHOT_TYPES else None


def logo_uri(path: Path | None) -> str | None:
    """The logo at `path` as a data URI (None when no logo was given); LogoError otherwise.
    SVG is refused: it is a document that may carry script and outside references."""
    if path is None:
        return None
    path = Path(path)
    if not path.is_file():
        raise LogoError(f"{path}: no such file")
    size = path.stat().st_size
    if size > MAX_LOGO_BYTES:
        raise LogoError(f"{path}: {size:,} bytes, more than the {MAX_LOGO_BYTES:,} allowed "
                        "for a logo")
    data = path.read_bytes()
    mime = image_type(data)
    if mime is None:
        raise LogoError(f"{path}: not a PNG, JPEG, GIF or WebP image")
    return data_uri(data, mime)
