"""What each worker of the cluster has done, is doing and has lost, for the client's progress."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping


def short(address: str) -> str:
    """A worker's address without its scheme: `tcp://10.0.0.5:40211` -> `10.0.0.5:40211`."""
    return address.split("://", 1)[-1]


class WorkerTally:
    """Targets done and failed per worker (counted as results arrive) and running per
    worker (from the scheduler's view, refreshed by `observe`); notes workers that left."""

    def __init__(self) -> None:
        self.done: Counter[str] = Counter()
        self.failed: Counter[str] = Counter()
        self.running: dict[str, list[str]] = {}
        self.known: set[str] = set()  # every worker seen in this stage
        self.present: set[str] = set()  # the workers of the scheduler's last answer

    def finished(self, worker: str, ok: bool) -> None:
        (self.done if ok else self.failed)[worker] += 1

    def observe(self, processing: Mapping[str, Iterable[str]]) -> list[str]:
        """Take the scheduler's {worker: task keys under way}; returns a message for each
        worker that was there before and is gone now, with the keys it was running."""
        lost = [f"worker {short(w)} left the cluster (died?) while running "
                f"{', '.join(self.running.get(w, [])) or 'nothing'}; what it was running "
                "is retried once on another worker"
                for w in sorted(self.present - set(processing))]
        self.running = {w: sorted(map(str, keys)) for w, keys in processing.items()}
        self.present = set(processing)
        self.known |= self.present
        return lost

    def workers(self) -> list[str]:
        return sorted(self.known | set(self.done) | set(self.failed))

    def line(self) -> str:
        """`w1 3/1/2 w2 ...`: done/failed/running per worker, numbered by address order."""
        return " ".join(f"w{i} {self.done[w]}/{self.failed[w]}/{len(self.running.get(w, []))}"
                        for i, w in enumerate(self.workers(), 1))

    def table(self) -> list[str]:
        return [f"  w{i} {short(w)}: {self.done[w]} done, {self.failed[w]} failed, "
                f"{len(self.running.get(w, []))} running"
                for i, w in enumerate(self.workers(), 1)]

    def summary(self) -> dict[str, dict[str, int]]:
        """For run.json: targets done and failed per worker address."""
        return {w: {"done": self.done[w], "failed": self.failed[w]} for w in self.workers()}
