"""Read the labelled corpus (docs/accuracy.md): label files and example site folders."""

from __future__ import annotations

import csv
import json
import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from benchmark.gather.assemble import observations_from_html
from benchmark.gather.network import summarise_network
from benchmark.model import KINDS, PLATFORMS, Target

LABEL_COLUMNS = ("example", "criterion_id", "expected")
PAGE_ROLES = ("home", "about", "news", "press", "careers", "investors", "csr", "contact",
              "donate", "services", "other")
SITE_FILE = "site.toml"


class CorpusError(ValueError):
    """A label file or an example folder does not follow docs/accuracy.md."""


@dataclass(frozen=True)
class Label:
    """One labelled value: what `criterion_id` must give on `example`."""

    example: str
    criterion_id: str
    expected: str
    where: str  # 'labels.csv:12', for messages
    folder: Path  # the folder holding the example folders (the label file's folder)


@dataclass(frozen=True)
class Example:
    """One example site, ready to evaluate: its target and its observations."""

    id: str
    target: Target
    crawl_date: date
    observations: dict[str, Any]


def read_labels(path: Path) -> list[Label]:
    """The rows of a label file; a bad header, a short row or a duplicate is an error."""
    path = Path(path)
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != LABEL_COLUMNS:
            raise CorpusError(f"{path}: header must be {','.join(LABEL_COLUMNS)}")
        labels: list[Label] = []
        seen: dict[tuple[str, str], str] = {}
        for row in reader:
            where = f"{path.name}:{reader.line_num}"
            if None in row.values() or None in row:
                raise CorpusError(f"{where}: expected 3 columns")
            key = (row["example"].strip(), row["criterion_id"].strip())
            if key in seen:
                raise CorpusError(f"{where}: {key[0]} / {key[1]} already labelled at {seen[key]}")
            seen[key] = where
            labels.append(Label(*key, row["expected"].strip(), where, path.parent))
    return labels


def required(table: dict[str, Any], key: str, where: str) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value.strip():
        raise CorpusError(f"{where}: '{key}' must be a non-empty string")
    return value.strip()


def read_file(folder: Path, name: str, where: str) -> str:
    path = (folder / name).resolve()
    if not path.is_relative_to(folder.resolve()) or not path.is_file():
        raise CorpusError(f"{where}: no file {name!r} in {folder}")
    return path.read_text(encoding="utf-8")


def site_pages(site: dict[str, Any], folder: Path, home: str) -> list[tuple[str, str, str]]:
    """(url, html, role) of the [[pages]] of site.toml, home page first."""
    pages = site.get("pages")
    if not isinstance(pages, list) or not pages:
        raise CorpusError(f"{folder / SITE_FILE}: at least one [[pages]] is needed")
    found = []
    for number, page in enumerate(pages, 1):
        where = f"{folder / SITE_FILE}: pages #{number}"
        role = required(page, "role", where)
        if role not in PAGE_ROLES:
            raise CorpusError(f"{where}: role {role!r} is not one of {', '.join(PAGE_ROLES)}")
        url = urljoin(home, required(page, "path", where))
        found.append((url, read_file(folder, required(page, "file", where), where), role))
    if found[0][2] != "home":
        raise CorpusError(f"{folder / SITE_FILE}: the first page must have role 'home'")
    return found


def site_profiles(site: dict[str, Any], folder: Path) -> list[tuple[str, str, str | None]]:
    """(platform, url, html or None) of the [[profiles]]; no `file` means not fetched."""
    profiles = []
    for number, profile in enumerate(site.get("profiles") or [], 1):
        where = f"{folder / SITE_FILE}: profiles #{number}"
        platform = required(profile, "platform", where)
        if platform not in PLATFORMS:
            raise CorpusError(f"{where}: unknown platform {platform!r}")
        name = profile.get("file")
        html = read_file(folder, name, where) if name else None
        profiles.append((platform, required(profile, "url", where), html))
    return profiles


def site_target(site: dict[str, Any], example_id: str, where: str) -> Target:
    kind = required(site, "kind", where)
    if kind not in KINDS:
        raise CorpusError(f"{where}: kind {kind!r} is not one of {', '.join(KINDS)}")
    accounts = site.get("accounts") or {}
    if not isinstance(accounts, dict) or set(accounts) - set(PLATFORMS):
        raise CorpusError(f"{where}: accounts must map platforms ({', '.join(PLATFORMS)}) "
                          "to URLs")
    return Target(example_id, example_id, kind, required(site, "url", where),
                  accounts={platform: str(url) for platform, url in accounts.items()})


def load_example(folder: Path) -> Example:
    """An example folder read into a target and the observations gather would produce."""
    folder = Path(folder)
    where = str(folder / SITE_FILE)
    try:
        site = tomllib.loads((folder / SITE_FILE).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise CorpusError(f"{where}: {exc}") from exc
    target = site_target(site, folder.name, where)
    try:
        crawl_date = date.fromisoformat(required(site, "crawl_date", where))
    except ValueError as exc:
        raise CorpusError(f"{where}: crawl_date: {exc}") from exc
    network_rows = site.get("network") or []
    network = summarise_network(json.dumps(row) for row in network_rows) if network_rows else {}
    observations = observations_from_html(
        site_pages(site, folder, target.website), site_profiles(site, folder),
        website=target.website, finished_at=f"{crawl_date.isoformat()}T12:00:00+00:00",
        network=network, probes=site.get("probes") or {})
    observations["target"] = {"id": target.id, "website": target.website,
                              "accounts": target.accounts}
    return Example(folder.name, target, crawl_date, observations)
