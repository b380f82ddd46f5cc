"""Read a crawl snapshot folder (any part may be missing) into an observations dict."""

from __future__ import annotations

import gzip
import json
import zlib
from pathlib import Path
from typing import Any

from benchmark.gather.assemble import assemble, crawl_date_of, page_entry
from benchmark.gather.network import read_network
from benchmark.social.entry import account_entry, bodies_of

MAX_PAGE_BYTES = 20 * 2**20  # a gzip bomb or a runaway DOM is cut here
MAX_JSON_BYTES = 20 * 2**20


def read_json(path: Path) -> dict[str, Any]:
    """A JSON object from `path`; empty when missing, unreadable or not an object."""
    try:
        with path.open("rb") as handle:
            data = json.loads(handle.read(MAX_JSON_BYTES))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def read_html(snapshot_dir: Path, relative: object) -> str | None:
    """Text of a gzipped page saved in the snapshot; None when absent or unreadable.
    Paths that leave the snapshot folder are refused."""
    if not isinstance(relative, str) or not relative:
        return None
    path = (snapshot_dir / relative).resolve()
    if not path.is_relative_to(snapshot_dir.resolve()):
        return None
    try:
        with gzip.open(path, "rb") as handle:
            data = handle.read(MAX_PAGE_BYTES)
    except (OSError, EOFError, zlib.error):
        return None
    return data.decode("utf-8", errors="replace")


def records(snapshot: dict[str, Any], key: str) -> list[dict[str, Any]]:
    values = snapshot.get(key)
    return [v for v in values if isinstance(v, dict)] if isinstance(values, list) else []


def gather_target(snapshot_dir: Path) -> dict[str, Any]:
    """Observations of one target from its snapshot folder (see docs/observations.md).
    A missing snapshot.json yields a target with crawl status `error`."""
    snapshot_dir = Path(snapshot_dir)
    snapshot = read_json(snapshot_dir / "snapshot.json")
    if not snapshot:
        # No status: assemble records a crawl without one as `error`.
        snapshot = {"reason": f"no readable snapshot.json in {snapshot_dir}"}
    crawl_date = crawl_date_of(str(snapshot.get("finished_at") or ""))
    target = snapshot.get("target") if isinstance(snapshot.get("target"), dict) else {}
    website = str(target.get("website") or "")
    pages = [page_entry(record, read_html(snapshot_dir, record.get("file")), crawl_date)
             for record in records(snapshot, "pages")]
    profiles = [account_entry(record, bodies_of(record, lambda f: read_html(snapshot_dir, f)),
                              website, crawl_date) for record in records(snapshot, "social")]
    return assemble(snapshot, pages, profiles, read_network(snapshot_dir / "network.jsonl"),
                    read_json(snapshot_dir / "probes.json"))
