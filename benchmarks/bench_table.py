"""What one benchmark run measured, and the table and verdicts printed from it."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

THROUGHPUT_TARGET = 0.7  # ours / baseline pages per second
PSS_TARGET_MB = 1500.0  # peak PSS of the whole process tree at the default concurrency
DEFAULT_CONCURRENCY = 3


@dataclass
class Measured:
    """One run of one contender over the corpus."""

    name: str
    wall_s: float
    loads: int  # page loads both contenders do (home, key pages, social profiles)
    targets: int
    peak_mb: float
    mean_mb: float
    processes: int  # most processes in the tree at one time
    cpu_s: float  # CPU of our process tree (python, driver, Chromium)
    machine_s: float  # busy CPU of the whole machine
    server_cpu_s: float
    note: str = ""
    cpu_by_kind: dict[str, float] = field(default_factory=dict)
    sampler_s: float = 0.0  # CPU of the sampler process (outside the tree)

    @property
    def pages_per_s(self) -> float:
        return self.loads / self.wall_s

    @property
    def targets_per_min(self) -> float:
        return self.targets / self.wall_s * 60

    @property
    def others_s(self) -> float:
        """Busy CPU not ours, the server's or the sampler's: other jobs disturbing us."""
        return max(0.0, self.machine_s - self.cpu_s - self.server_cpu_s - self.sampler_s)


def table(rows: list[Measured]) -> str:
    cores = os.cpu_count() or 1
    head = (f"{'run':24} {'wall s':>7} {'loads':>5} {'pages/s':>7} {'targets/min':>11} "
            f"{'peak PSS MB':>11} {'mean PSS MB':>11} {'procs':>5} {'tree CPU s':>10} "
            f"{'CPU ms/load':>11} "
            f"{'machine busy':>12} {'others CPU s':>12} {'server CPU s':>12}  note")
    lines = [head, "-" * len(head)]
    for m in rows:
        busy = m.machine_s / (m.wall_s * cores) * 100
        lines.append(f"{m.name:24} {m.wall_s:7.1f} {m.loads:5d} {m.pages_per_s:7.2f} "
                     f"{m.targets_per_min:11.1f} {m.peak_mb:11.0f} {m.mean_mb:11.0f} "
                     f"{m.processes:5d} {m.cpu_s:10.1f} {m.cpu_s / m.loads * 1000:11.0f} "
                     f"{busy:11.0f}% {m.others_s:12.1f} "
                     f"{m.server_cpu_s:12.1f}  {m.note}")
    return "\n".join(lines)


def cpu_breakdown(rows: list[Measured]) -> str:
    """Tree CPU per kind of process, in ms per page load, and the sampler's own cost."""
    lines = ["CPU ms per page load by process (CPU s of the PSS sampler in brackets):"]
    for m in rows:
        parts = " ".join(f"{kind}={seconds / m.loads * 1000:.0f}"
                         for kind, seconds in m.cpu_by_kind.items() if seconds >= 0.05)
        lines.append(f"  {m.name:24} {parts}  [{m.sampler_s:.1f} s]")
    return "\n".join(lines)


def best(rows: list[Measured], name: str) -> Measured:
    """The fastest repetition of a contender: the one least disturbed by other jobs."""
    return min((m for m in rows if m.name == name), key=lambda m: m.wall_s)


def disturbed(m: Measured) -> float:
    """Share of the machine's CPU capacity other jobs used during the run."""
    return m.others_s / (m.wall_s * (os.cpu_count() or 1))


def verdicts(rows: list[Measured], concurrency: int) -> str:
    ours, base = best(rows, "ours"), best(rows, "baseline")
    peak = max(m.peak_mb for m in rows if m.name == "ours")
    base_peak = max(m.peak_mb for m in rows if m.name == "baseline")
    ratio = ours.pages_per_s / base.pages_per_s
    cpu_ratio = (base.cpu_s / base.loads) / (ours.cpu_s / ours.loads)
    applies = "" if concurrency == DEFAULT_CONCURRENCY else (
        f", set for the default concurrency {DEFAULT_CONCURRENCY}")
    lines = [
        f"throughput ours/baseline = {ours.pages_per_s:.2f}/{base.pages_per_s:.2f} pages/s "
        f"= {ratio:.2f} (target >= {THROUGHPUT_TARGET}): "
        f"{'PASS' if ratio >= THROUGHPUT_TARGET else 'MISS'}",
        f"CPU per page load baseline/ours = {cpu_ratio:.2f} (the throughput ratio to expect "
        f"when the CPU is the bottleneck: {'PASS' if cpu_ratio >= THROUGHPUT_TARGET else 'MISS'})",
        f"peak PSS ours = {peak:.0f} MB, baseline {base_peak:.0f} MB, ratio "
        f"{peak / max(base_peak, 1):.2f} (target < {PSS_TARGET_MB:.0f} MB{applies}): "
        f"{'PASS' if peak < PSS_TARGET_MB else 'MISS'}"]
    worst = max(disturbed(ours), disturbed(base))
    if worst > 0.10:
        lines.append(f"DISTURBED: other jobs used up to {worst:.0%} of the machine during "
                     "these runs; wall times and the throughput ratio are unreliable "
                     "(repeat when the machine is quiet; the CPU ratio holds better)")
    return "\n".join(lines)
