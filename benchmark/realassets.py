"""The files a saved real page loads (scripts, styles, images), kept by its corpus as
<host>/<path> folders (wget's layout), copied from the clone and found again by URL."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import unquote, urlsplit

from benchmark.realpages import RealPage, RealPagesError, clone_of

DONE = ".complete"  # written last: a folder without it is copied again


def assets_root(cache: Path, page: RealPage) -> Path | None:
    """Where the page's asset folder is copied (None for a page without one)."""
    if not page.assets:
        return None
    return cache / page.repo.replace("/", "+") / page.commit[:12] / page.assets


def materialise_assets(pages: Iterable[RealPage], mirrors: Path, cache: Path) -> list[str]:
    """Copy the asset folders of `pages` from the clones at the recipe's commit (which pins
    every byte). A file the clone lacks (large files may be left out of a snapshot) is
    skipped: the page then loads without it, as it would if the host failed."""
    problems = []
    for page in pages:
        root = assets_root(cache, page)
        if root is None or (root / DONE).is_file():
            continue
        clone = clone_of(mirrors, page.repo)
        if clone is None:
            problems.append(f"{page.id}: no clone of {page.repo} in {mirrors} for its assets")
            continue
        missing = copy_tree(clone, page.commit, page.assets, root)
        if missing:
            print(f"{page.id}: {missing} asset file(s) absent from the clone, skipped",
                  file=sys.stderr)
        (root / DONE).touch()
    return problems


def copy_tree(clone: Path, commit: str, folder: str, into: Path) -> int:
    """Write every file of `folder` at `commit` under `into`; returns how many were absent."""
    listing = subprocess.run(["git", "-C", str(clone), "ls-tree", "-r", "-z", commit,
                              f"{folder}/"], capture_output=True, check=True).stdout
    entries = [line.split(b"\t", 1) for line in listing.split(b"\0") if line]
    files = [(meta.split()[2].decode(), name.decode()) for meta, name in entries
             if meta.split()[1] == b"blob"]
    batch = subprocess.run(["git", "-C", str(clone), "cat-file", "--batch"],
                           input=b"".join(f"{oid}\n".encode() for oid, _ in files),
                           capture_output=True, check=True).stdout
    missing, at = 0, 0
    for _, name in files:
        header_end = batch.index(b"\n", at)
        header = batch[at:header_end].split()
        at = header_end + 1
        if header[-1] == b"missing":
            missing += 1
            continue
        size = int(header[2])
        target = (into / Path(name).relative_to(folder)).resolve()
        if target.is_relative_to(into.resolve()):
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(batch[at:at + size])
        at += size + 1
    return missing


def asset_hosts(root: Path) -> list[str]:
    """The host names an asset folder holds files for."""
    return sorted(child.name.lower() for child in root.iterdir()
                  if child.is_dir() and "." in child.name)


def candidates(path: str, query: str) -> list[str]:
    """File names wget gives a URL's path and query, the original bytes (`.orig`, kept
    before wget rewrote links to the local copy) first."""
    if path.endswith("/"):
        path += "index.html"
    if query:
        named = f"{path}?{query}"
        return [f"{named}orig", f"{named}.orig", named]
    return [f"{path}.orig", path, f"{path}/index.html.orig", f"{path}/index.html"]


def asset_file(roots: Iterable[Path], url: str) -> Path | None:
    """The saved file answering `url` in one of the asset folders, if any."""
    try:
        return find_asset(roots, url)
    except OSError:  # a name the file system cannot hold (ad URLs): never saved
        return None


def find_asset(roots: Iterable[Path], url: str) -> Path | None:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    path, query = unquote(parts.path or "/"), unquote(parts.query)
    for root in roots:
        base = (root / host).resolve()
        for name in candidates(path.lstrip("/") if path != "/" else "/", query):
            found = (base / name.lstrip("/")).resolve()
            if found.is_relative_to(base) and found.is_file():  # never outside the folder
                return found
        if query:  # wget appends an extension after the query: farbtastic.css?5.css
            prefix = f"{path.rsplit('/', 1)[-1]}?{query}."
            folder = (base / path.lstrip("/")).parent.resolve()
            if folder.is_relative_to(base) and folder.is_dir():
                match = sorted(p for p in folder.iterdir() if p.name.startswith(prefix))
                if match:
                    return match[0]
    return None


def check_root(root: Path | None, page: RealPage) -> Path | None:
    """The page's asset folder if it was copied, else an error naming the page."""
    if root is not None and not (root / DONE).is_file():
        raise RealPagesError(f"{page.id}: assets {root} are missing (run the fetch step)")
    return root
