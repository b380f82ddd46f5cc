"""PSS and CPU of a process tree, sampled from a separate process (no GIL shared).

`with TreeSampler(exclude={pid}) as s:` samples this process and its descendants every
0.2 s; as a script (`python pss.py ROOT INTERVAL EXCLUDED...`) it is the sampler itself:
it samples until a line arrives on stdin, then prints its findings as one JSON line.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

TICK = os.sysconf("SC_CLK_TCK")


def parent_map() -> dict[int, int]:
    """pid -> ppid for every process visible in /proc."""
    parents: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            with_stat = read(f"{entry.path}/stat")
            if with_stat:  # the name may contain spaces or ')': split after the last ')'
                parents[int(entry.name)] = int(with_stat[with_stat.rindex(")") + 2:].split()[1])
    return parents


def read(path: str) -> str:
    try:
        return Path(path).read_text(errors="replace")
    except OSError:
        return ""  # the process ended meanwhile


def tree(root: int, exclude: set[int]) -> list[int]:
    """root and all its descendants, without the subtrees rooted at `exclude`."""
    children: dict[int, list[int]] = {}
    for pid, ppid in parent_map().items():
        children.setdefault(ppid, []).append(pid)
    found, stack = [], [root]
    while stack:
        pid = stack.pop()
        if pid not in exclude:
            found.append(pid)
            stack.extend(children.get(pid, []))
    return found


def kind(pid: int) -> str:
    """python, driver, browser, or Chromium's --type (renderer, gpu-process, utility...)."""
    words = read(f"/proc/{pid}/cmdline").replace("\0", " ").split()  # Chromium retitles
    for word in words[1:]:
        if word.startswith("--type="):
            return word[7:]
    program = Path(words[0]).name if words else ""
    if program.startswith("python"):
        return "python"
    return "driver" if program == "node" else "browser" if "chrom" in program else program


def pss_kb(pid: int) -> int:
    """Proportional set size of one process in kB (0 if it is gone)."""
    for line in read(f"/proc/{pid}/smaps_rollup").splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1])
    return 0


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a live process has used so far (0 if it is gone)."""
    stat = read(f"/proc/{pid}/stat")
    if not stat:
        return 0.0
    fields = stat[stat.rindex(")") + 2:].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def machine_busy_seconds() -> float:
    """CPU seconds all cores of the machine have spent busy since boot (steal excluded)."""
    ticks = [int(v) for v in read("/proc/stat").splitlines()[0].split()[1:8]]
    return (sum(ticks) - ticks[3] - ticks[4]) / TICK  # minus idle and iowait


def sample_until_told(root: int, interval_s: float, exclude: set[int]) -> dict[str, Any]:
    """The sampler process: PSS totals, and the last CPU time and kind of every process."""
    stop = threading.Event()
    threading.Thread(target=lambda: (sys.stdin.readline(), stop.set()), daemon=True).start()
    totals: list[int] = []
    cpu: dict[int, float] = {}
    kinds: dict[int, str] = {}
    most = 0
    while True:
        pids = tree(root, exclude)
        totals.append(sum(pss_kb(pid) for pid in pids))
        most = max(most, len(pids))
        for pid in pids:
            cpu[pid] = max(cpu.get(pid, 0.0), cpu_seconds(pid))
            kinds[pid] = kind(pid) or kinds.get(pid, "?")
        if stop.wait(interval_s):
            break
    return {"totals_kb": totals, "cpu": cpu, "kinds": kinds, "processes": most,
            "sampler_cpu_s": time.process_time()}


class TreeSampler:
    """Start the sampler process on enter; collect what it found on exit."""

    def __init__(self, exclude: set[int], interval_s: float = 0.2) -> None:
        self.exclude, self.interval_s = exclude, interval_s
        self.found: dict[str, Any] = {}
        self.machine_busy_s = 0.0

    def __enter__(self) -> TreeSampler:
        self.before = {pid: cpu_seconds(pid) for pid in tree(os.getpid(), self.exclude)}
        self.machine_before = machine_busy_seconds()
        self.process = subprocess.Popen(
            [sys.executable, __file__, str(os.getpid()), str(self.interval_s),
             *map(str, self.exclude)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        return self

    def __exit__(self, *exc: object) -> None:
        out, _ = self.process.communicate("stop\n")
        self.machine_busy_s = machine_busy_seconds() - self.machine_before
        found = json.loads(out)
        found["cpu"] = {int(k): v for k, v in found["cpu"].items()}
        found["kinds"] = {int(k): v for k, v in found["kinds"].items()}
        self.found = found

    def cpu_by_kind(self) -> dict[str, float]:
        """CPU seconds used during the run per kind of process of the tree."""
        spent: dict[str, float] = {}
        for pid, seconds in self.found["cpu"].items():
            name = self.found["kinds"].get(pid, "?")
            spent[name] = spent.get(name, 0.0) + seconds - self.before.get(pid, 0.0)
        return dict(sorted(spent.items(), key=lambda item: -item[1]))

    @property
    def cpu_s(self) -> float:
        return sum(self.cpu_by_kind().values())

    @property
    def sampler_cpu_s(self) -> float:
        return self.found["sampler_cpu_s"]

    @property
    def processes(self) -> int:
        return self.found["processes"]

    @property
    def peak_mb(self) -> float:
        return max(self.found["totals_kb"], default=0) * 1024 / 1e6

    @property
    def mean_mb(self) -> float:
        totals = self.found["totals_kb"]
        return sum(totals) / len(totals) * 1024 / 1e6 if totals else 0.0


if __name__ == "__main__":
    excluded = {os.getpid(), *(int(pid) for pid in sys.argv[3:])}
    print(json.dumps(sample_until_told(int(sys.argv[1]), float(sys.argv[2]), excluded)))
