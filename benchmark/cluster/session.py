"""The stages' batches as Dask tasks, one per target; results arrive back on the client,
which alone writes run.json, results.csv and everything after."""

from __future__ import annotations

import shutil
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

from distributed import Client, Future, KilledWorker, wait

from benchmark.cluster.interrupt import Interrupt, deferred_interrupt
from benchmark.cluster.tally import WorkerTally
from benchmark.cluster.worker import cancel_crawls, check_run_folder, crawl_task
from benchmark.crawl.batch import OnDone, failure_record, pending
from benchmark.crawl.settings import CrawlSettings
from benchmark.model import FAILED_CRAWLS, CrawlStatus, Target
from benchmark.runstore import RunStore, now_iso, write_json

POLL_S = 1.0  # how often the client asks the scheduler what each worker is running
STATUS_EVERY_S = 10.0  # at most one per-worker progress line this often


def map_task(target: Target, fn: Callable[[RunStore, Target], Any], root: Path
             ) -> tuple[Any, str]:
    """fn(store, target) on a worker (gather, evaluate): (its result, worker address)."""
    from distributed import get_worker

    check_run_folder(root)
    return fn(RunStore(root), target), get_worker().address


def label(key: Any) -> str:
    """A task key `stage/target/nonce` shown as `target`."""
    parts = str(key).split("/")
    return parts[1] if len(parts) == 3 else str(key)


class ClusterSession:
    """Submits one task per target and collects the results as they finish; on any
    interruption (Ctrl-C, an error) cancels what is left, on the workers too."""

    def __init__(self, client: Client, address: str, note: Callable[[str], None] = print,
                 warn: Callable[[str], None] = print) -> None:
        self.client, self.address, self.note, self.warn = client, address, note, warn
        self.tally = WorkerTally()

    def summary(self) -> dict[str, Any]:
        """For run.json: the cluster and what each worker did in the last stage."""
        return {"address": self.address, "workers": self.tally.summary()}

    def _submit(self, stage: str, func: Callable, targets: list[Target], *args: Any
                ) -> dict[Future, Target]:
        self.tally = WorkerTally()
        nonce = uuid.uuid4().hex[:8]
        # retries=1: a task that raised runs once more; a task whose worker died is
        # rescheduled by the scheduler (allowed-failures, benchmark.cluster.connect).
        return {self.client.submit(func, target, *args, key=f"{stage}/{target.id}/{nonce}",
                                   retries=1, pure=False): target for target in targets}

    def _observe(self) -> None:
        processing = self.client.processing()
        lost = self.tally.observe({w: [label(k) for k in keys]
                                   for w, keys in processing.items()})
        for message in lost:
            self.warn(f"warning: {message}")

    def _as_finished(self, futures: dict[Future, Target]) -> Iterator[tuple[Target, Future]]:
        left = set(futures)
        try:
            with deferred_interrupt() as interrupt:
                yield from self._poll(futures, left, interrupt)
        except BaseException:  # Ctrl-C, an error, or the consumer stopped: stop the rest
            self._cancel(list(left))
            raise
        self.note("\n".join(["per worker:", *self.tally.table()]))

    def _poll(self, futures: dict[Future, Target], left: set[Future], interrupt: Interrupt
              ) -> Iterator[tuple[Target, Future]]:
        """Yield each target as its future finishes; `left` shrinks as they do."""
        shown, last = "", time.monotonic()
        while left:
            interrupt.check()
            try:
                done = wait(left, timeout=POLL_S, return_when="FIRST_COMPLETED").done
            except TimeoutError:
                done = set()
            left -= done
            self._observe()
            if time.monotonic() - last >= STATUS_EVERY_S and self.tally.line() != shown:
                shown, last = self.tally.line(), time.monotonic()
                self.note(f"workers (done/failed/running): {shown}")
            for future in done:
                interrupt.check()
                yield futures[future], future

    def _cancel(self, futures: list[Future]) -> None:
        try:
            self.client.cancel(futures, force=True)
            self.client.run(cancel_crawls)  # crawls already running on the workers
        except Exception as exc:  # the cluster may be what failed: leave it
            self.warn(f"warning: could not cancel the cluster's tasks: {exc}")

    def crawl(self, targets: list[Target], store: RunStore, settings: CrawlSettings,
              on_done: OnDone | None = None) -> dict[str, dict[str, Any]]:
        """batch.crawl's contract, over the cluster: complete targets are not crawled
        again; the others are, one task each, written into the run folder by the workers."""
        records, todo = pending(targets, store, settings, on_done)
        futures = self._submit("crawl", crawl_task, todo, store.root.resolve(), settings)
        with closing(self._as_finished(futures)) as finished:
            for target, future in finished:
                try:
                    record, worker = future.result()
                except KilledWorker as exc:
                    record, worker = self._lost(target, store, exc), "lost"
                self.tally.finished(worker, record["status"] not in FAILED_CRAWLS)
                records[target.id] = record
                if on_done:
                    on_done(target, record, False)
        return records

    def _lost(self, target: Target, store: RunStore, exc: KilledWorker) -> dict[str, Any]:
        """A target whose workers died twice: an error, like any other failure of a crawl."""
        self.warn(f"warning: {target.id}: given up, its workers died twice ({exc})")
        record = failure_record(target, CrawlStatus.ERROR, "the workers crawling it died "
                                "twice (KilledWorker)", now_iso())
        folder = store.snapshot_dir(target.id)
        shutil.rmtree(folder, ignore_errors=True)  # what the dead attempts left half-written
        write_json(folder / "snapshot.json", record)
        return record

    def map(self, fn: Callable[[RunStore, Target], Any], store: RunStore,
            targets: list[Target]) -> Iterator[tuple[Target, Any]]:
        """pipeline.Mapper over the cluster: fn(store, target) per target, as they finish."""
        futures = self._submit(fn.__name__, map_task, targets, fn, store.root.resolve())
        with closing(self._as_finished(futures)) as finished:
            for target, future in finished:
                result, worker = future.result()  # a task's error stops the stage, as here
                self.tally.finished(worker, True)
                yield target, result
