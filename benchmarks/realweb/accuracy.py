"""Accuracy of the criteria on real saved pages served under their real host names.

    python benchmarks/realweb/accuracy.py fetch --mirrors DIR     # copy the pages (once)
    python benchmarks/realweb/accuracy.py run [--reuse] [--misses] [--formasaurus]

See docs/accuracy.md, "Real-page development corpus".
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from dataclasses import asdict
from pathlib import Path

from benchmark.model import KINDS, Target
from benchmark.pipeline import evaluate_stage, gather_stage
from benchmark.realassets import assets_root, check_root, materialise_assets
from benchmark.realpages import (
    DEFAULT_KIND,
    RealPagesError,
    cached_html,
    materialise,
    page_kinds,
    page_urls,
    read_page_labels,
    read_recipe,
)
from benchmark.realscore import Verdict, render_comparison, render_misses, render_table, score
from benchmark.realserve import crawl_pages
from benchmark.runstore import RunStore, write_bytes_atomic, write_json

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def fetch(args: argparse.Namespace) -> int:
    pages = read_recipe(args.pages)
    problems = materialise(pages, args.mirrors, args.cache / "pages")
    problems += materialise_assets(pages, args.mirrors, args.cache / "assets")
    for problem in problems:
        say(f"missing: {problem}")
    say(f"{len(pages) - len(problems)} of {len(pages)} page(s) in {args.cache / 'pages'}")
    return 1 if problems else 0


def targets_of(pages, labels) -> list[Target]:
    """One target per page that has a URL: its page id, its URL over http, its kind."""
    urls, kinds = page_urls(pages, labels), page_kinds(labels)
    targets = []
    for page in pages:
        if page.id not in urls:
            say(f"left out: {page.id} has no url (neither in the recipe nor a `url` label)")
            continue
        kind = kinds.get(page.id, DEFAULT_KIND)
        if kind not in KINDS:
            say(f"{page.id}: kind {kind!r} is not one of {', '.join(KINDS)}: {DEFAULT_KIND}")
            kind = DEFAULT_KIND
        targets.append(Target(page.id, page.id, kind, urls[page.id]))
    return targets


def crawl(args: argparse.Namespace, store: RunStore, pages, targets: list[Target]) -> None:
    by_id = {page.id: page for page in pages}
    bodies = {t.id: cached_html(args.cache / "pages", by_id[t.id]) for t in targets}
    count = {"done": 0}

    def done(target: Target, record: dict, skipped: bool) -> None:
        count["done"] += 1
        if record["status"] != "ok":
            say(f"  {target.id}: {record['status']} {record['reason']}")
        if count["done"] % 25 == 0:
            say(f"  {count['done']}/{len(targets)} crawled")

    wanted = {t.id for t in targets}
    saved = {page.id: page.saved for page in pages if page.id in wanted and page.saved}
    assets = {page.id: root for page in pages if page.id in wanted
              if (root := check_root(assets_root(args.cache / "assets", page), page))}
    seconds = crawl_pages(store, targets, bodies, on_done=done, saved=saved, assets=assets)
    say(f"crawl: {len(targets)} page(s) in {seconds:.1f} s (pages crawled before are kept;"
        " --force crawls again)")


def verdicts_of(store: RunStore) -> dict[tuple[str, str], Verdict]:
    with store.results_csv.open(encoding="utf-8", newline="") as handle:
        return {(row["target_id"], row["criterion_id"]):
                Verdict(row["value"], row["status"], row["evidence_url"], row["evidence"])
                for row in csv.DictReader(handle)}


def run(args: argparse.Namespace) -> int:
    pages = read_recipe(args.pages)
    if not args.labels:
        say("no label files (benchmarks/realweb/labels*.csv or --labels): nothing to score")
    labels, problems = read_page_labels(args.labels)
    for problem in problems:
        say(f"labels: {problem}")
    store = RunStore(args.cache / "run")
    targets = targets_of(pages, labels)
    if args.reuse:
        targets = [t for t in targets
                   if (store.snapshot_dir(t.id) / "snapshot.json").exists()]
        say(f"--reuse: {len(targets)} page(s) crawled earlier")
    elif args.force:
        for target in targets:
            (store.snapshot_dir(target.id) / "snapshot.json").unlink(missing_ok=True)
    store.save_targets(targets, None)
    if not args.reuse:
        crawl(args, store, pages, targets)
    started = time.monotonic()
    gather_stage(store)
    evaluate_stage(store)
    say(f"gather + evaluate: {time.monotonic() - started:.1f} s")
    report = score(labels, verdicts_of(store))
    text = (f"# Real-page corpus: {len(targets)} page(s)\n\nLabels: "
            f"{', '.join(path.name for path in args.labels)} ({len(labels)} rows).\n\n"
            f"{render_table(report)}")
    if args.formasaurus:
        text += "\n" + formasaurus_section(store, labels)
    print(text + (f"\n{render_misses(report.misses)}" if args.misses else ""))
    write_bytes_atomic(args.cache / "report.md",
                       (text + "\n## Wrong verdicts\n\n" + render_misses(report.misses)).encode())
    write_json(args.cache / "misses.json", [asdict(miss) for miss in report.misses])
    say(f"written: {args.cache / 'report.md'}, {args.cache / 'misses.json'}, "
        f"run folder {store.root}")
    return 0


def formasaurus_section(store: RunStore, labels) -> str:
    """Formasaurus beside our criteria, on all pages and on pages it was not trained on."""
    try:
        from formasaurus_compare import FORM_TYPES, TRAINED_ON, measure
    except ImportError as exc:  # pragma: no cover - optional extra
        return f"Formasaurus not measured: {exc} (pip install -e '.[accuracy]')\n"
    theirs, seconds = measure(store.root, labels, [t.id for t in store.load_targets()])
    verdicts = verdicts_of(store)
    ours_all = score(labels, verdicts).tallies
    ours_unseen = score([lb for lb in labels if not lb.page.startswith(TRAINED_ON)],
                        verdicts).tallies
    return (f"## Formasaurus beside ours ({seconds:.1f} s, model load included)\n\n"
            "All labelled pages:\n\n" + render_comparison(
                {"ours": {c: ours_all[c] for c in FORM_TYPES}, "formasaurus": theirs["all"]})
            + f"\nWithout Formasaurus's own training pages (`{TRAINED_ON}*`):\n\n"
            + render_comparison({"ours": {c: ours_unseen[c] for c in FORM_TYPES},
                                 "formasaurus": theirs["unseen"]})
            + "\nFormasaurus classifies forms only: `login-area` also passes on a sign-in "
              "link, which it cannot see.\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, default=HERE / "pages.csv", help="the recipe")
    parser.add_argument("--cache", type=Path, default=ROOT / ".cache" / "realweb",
                        help="where pages, the run folder and the report go (git-ignored)")
    commands = parser.add_subparsers(dest="command", required=True)
    fetching = commands.add_parser("fetch", help="copy the pages from clones of their repos")
    fetching.add_argument("--mirrors", type=Path, required=True,
                          help="folder holding <owner>+<name>/ clones (bare ones: .../repo)")
    running = commands.add_parser("run", help="crawl, gather, evaluate, score")
    running.add_argument("--labels", type=Path, nargs="+",
                         default=sorted(HERE.glob("labels*.csv")))
    running.add_argument("--reuse", action="store_true",
                         help="no crawl: gather + evaluate the pages crawled before")
    running.add_argument("--force", action="store_true", help="crawl every page again")
    running.add_argument("--misses", action="store_true", help="print every wrong verdict")
    running.add_argument("--formasaurus", action="store_true",
                         help="also measure Formasaurus on the form criteria")
    args = parser.parse_args(argv)
    try:
        return fetch(args) if args.command == "fetch" else run(args)
    except (RealPagesError, FileNotFoundError) as exc:
        say(f"error: {exc}")
        return 1


if __name__ == "__main__":
    sys.exit(main())
