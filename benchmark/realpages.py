"""The real-page development corpus (docs/accuracy.md): its recipe, its labels, and the
local copies of its pages, taken from clones of the public repositories that hold them."""

from __future__ import annotations

import csv
import gzip
import hashlib
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

RECIPE_COLUMNS = ("page", "repo", "commit", "path", "url", "sha256", "bytes")
# Optional: the date the page was saved (the crawl's "today" for it, so that what was
# upcoming then is not taken for past news), and the folder of the repository that holds
# the page's own files as <host>/<path> (wget's layout), served beside the page.
OPTIONAL_COLUMNS = ("saved", "assets")
LABEL_COLUMNS = ("page", "criterion_id", "expected", "note")
# Label rows that are not criteria: how to audit the page, and where it came from.
KIND, URL = "kind", "url"
DEFAULT_KIND = "company"


class RealPagesError(ValueError):
    """A recipe, a label file or a clone does not hold what the corpus needs."""


@dataclass(frozen=True)
class RealPage:
    """One saved page of the recipe: where its bytes are, and what they must hash to."""

    id: str
    repo: str  # owner/name on GitHub
    commit: str
    path: str  # in the repository; `.gz` paths are gzipped
    url: str  # the page's original URL ('' when only the labels know it)
    sha256: str  # of the file as stored in the repository
    saved: str = ""  # ISO date the page was saved ('' = unknown: the crawl's own date)
    assets: str = ""  # folder of <host>/<path> files the page loads ('' = none)

    @property
    def cached_name(self) -> str:
        return f"{self.id}.html.gz" if self.path.endswith(".gz") else f"{self.id}.html"


@dataclass(frozen=True)
class PageLabel:
    """One labelled row: what `criterion_id` (or `kind`, `url`) is on `page`."""

    page: str
    criterion_id: str
    expected: str
    where: str  # 'labels-pop.csv:12', for messages


def read_recipe(path: Path) -> list[RealPage]:
    """The pages of a recipe file; a bad header or a duplicate page id is an error."""
    with Path(path).open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        header = tuple(reader.fieldnames or ())
        if (header[:len(RECIPE_COLUMNS)] != RECIPE_COLUMNS
                or set(header[len(RECIPE_COLUMNS):]) - set(OPTIONAL_COLUMNS)):
            raise RealPagesError(f"{path}: header must be {','.join(RECIPE_COLUMNS)}, then "
                                 f"optionally {', '.join(OPTIONAL_COLUMNS)}")
        pages: dict[str, RealPage] = {}
        for row in reader:
            page = RealPage(row["page"].strip(), row["repo"].strip(), row["commit"].strip(),
                            row["path"].strip(), (row["url"] or "").strip(),
                            row["sha256"].strip().lower(), (row.get("saved") or "").strip(),
                            (row.get("assets") or "").strip().strip("/"))
            if page.id in pages:
                raise RealPagesError(f"{path}:{reader.line_num}: page {page.id!r} twice")
            pages[page.id] = page
    return list(pages.values())


def read_page_labels(paths: Iterable[Path]) -> tuple[list[PageLabel], list[str]]:
    """The rows of the label files and the problems met (files may still be being written:
    a short row or a second, different value for a pair is reported and left out)."""
    labels: dict[tuple[str, str], PageLabel] = {}
    problems: list[str] = []
    for path in paths:
        with Path(path).open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            if tuple(reader.fieldnames or ())[:3] != LABEL_COLUMNS[:3]:
                raise RealPagesError(f"{path}: header must be {','.join(LABEL_COLUMNS)}")
            for row in reader:
                where = f"{Path(path).name}:{reader.line_num}"
                if any(row.get(column) is None for column in LABEL_COLUMNS[:3]):
                    problems.append(f"{where}: short row left out")
                    continue
                label = PageLabel(row["page"].strip(), row["criterion_id"].strip(),
                                  row["expected"].strip(), where)
                key = (label.page, label.criterion_id)
                first = labels.setdefault(key, label)
                if first.expected != label.expected:
                    problems.append(f"{where}: {key[0]} / {key[1]} = {label.expected!r} "
                                    f"contradicts {first.where} ({first.expected!r}): "
                                    "the first is kept")
    return list(labels.values()), problems


def http_url(url: str) -> str:
    """The URL served over plain http (the `https` criterion is not measured here)."""
    parts = urlsplit(url)
    return urlunsplit(("http", parts.netloc.lower(), parts.path or "/", parts.query, ""))


def page_urls(pages: Iterable[RealPage], labels: Iterable[PageLabel]) -> dict[str, str]:
    """Page id -> the http URL it is served at: the recipe's, else its `url` label."""
    labelled = {label.page: label.expected for label in labels if label.criterion_id == URL}
    urls = {}
    for page in pages:
        url = page.url or labelled.get(page.id, "")
        if urlsplit(url).hostname:
            urls[page.id] = http_url(url)
    return urls


def page_kinds(labels: Iterable[PageLabel]) -> dict[str, str]:
    """Page id -> the labelled organisation kind (pages without one: `company`)."""
    return {label.page: label.expected for label in labels if label.criterion_id == KIND}


def clone_of(mirrors: Path, repo: str) -> Path | None:
    """A clone of `repo` under `mirrors`: <owner>+<name>/repo (bare) or <owner>+<name>."""
    folder = Path(mirrors) / repo.replace("/", "+")
    for candidate in (folder / "repo", folder):
        if (candidate / "HEAD").is_file() or (candidate / ".git").exists():
            return candidate
    return None


def blob(mirrors: Path, page: RealPage) -> bytes:
    """The page's file at its commit, checked against the recipe's sha256."""
    clone = clone_of(mirrors, page.repo)
    if clone is None:
        raise RealPagesError(
            f"{page.id}: no clone of {page.repo} in {mirrors} (expected "
            f"{Path(mirrors) / page.repo.replace('/', '+')}): git clone --bare "
            f"https://github.com/{page.repo} {Path(mirrors) / page.repo.replace('/', '+')}")
    done = subprocess.run(["git", "-C", str(clone), "cat-file", "blob",
                           f"{page.commit}:{page.path}"], capture_output=True)
    if done.returncode != 0:
        raise RealPagesError(f"{page.id}: {clone} has no {page.path} at commit "
                             f"{page.commit[:12]} ({done.stderr.decode().strip()[:200]})")
    digest = hashlib.sha256(done.stdout).hexdigest()
    if digest != page.sha256:
        raise RealPagesError(f"{page.id}: {page.path} at {page.commit[:12]} has sha256 "
                             f"{digest}, the recipe says {page.sha256}")
    return done.stdout


def materialise(pages: Iterable[RealPage], mirrors: Path, cache: Path) -> list[str]:
    """Copy every page missing from (or altered in) `cache`; returns the problems met."""
    cache.mkdir(parents=True, exist_ok=True)
    problems = []
    for page in pages:
        target = cache / page.cached_name
        if target.is_file() and hashlib.sha256(target.read_bytes()).hexdigest() == page.sha256:
            continue
        try:
            target.write_bytes(blob(mirrors, page))
        except RealPagesError as exc:
            problems.append(str(exc))
    return problems


def cached_html(cache: Path, page: RealPage) -> bytes:
    """The page's bytes as served (gunzipped), from the folder `materialise` filled."""
    path = cache / page.cached_name
    if not path.is_file():
        raise RealPagesError(f"{page.id}: {path} is missing (run the fetch step first)")
    data = path.read_bytes()
    return gzip.decompress(data) if page.cached_name.endswith(".gz") else data
