"""`--cluster ADDRESS`: a Dask scheduler to connect to, or `local:N` worker processes here."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from typing import Any

LOCAL = re.compile(r"local:(\d+)")
REMOTE = re.compile(r"(tcp|tls|ws|wss)://[^\s/:]+:\d+")
MAX_LOCAL_WORKERS = 64
# A task whose worker dies is run again once on another worker, then given up (KilledWorker).
# For a remote scheduler, the scheduler's own configuration decides (docs/scaling.md).
ALLOWED_FAILURES = 1


class ClusterError(Exception):
    """--cluster cannot be used: a bad address, no Dask installed, no scheduler there."""


class ClusterAddressError(ClusterError):
    """An address --cluster cannot use."""


def parse_address(address: str) -> tuple[str, Any]:
    """('local', N) or ('remote', scheduler address); `host:port` means tcp://host:port."""
    text = address.strip()
    if match := LOCAL.fullmatch(text):
        workers = int(match.group(1))
        if not 1 <= workers <= MAX_LOCAL_WORKERS:
            raise ClusterAddressError(f"--cluster {address}: between local:1 and "
                                      f"local:{MAX_LOCAL_WORKERS} worker processes")
        return "local", workers
    if "://" not in text:
        text = f"tcp://{text}"
    if not REMOTE.fullmatch(text):
        raise ClusterAddressError(f"--cluster {address!r}: expected a Dask scheduler address "
                                  "(tcp://HOST:PORT) or local:N")
    return "remote", text


def _client(kind: str, where: Any, threads: int):
    import dask
    from distributed import Client, LocalCluster

    if kind == "remote":
        return Client(where, timeout="30s"), None
    # Saturation 1.0: a worker is sent no more tasks than it has threads, so what the
    # scheduler says a worker is processing is what it is running.
    with dask.config.set({"distributed.scheduler.allowed-failures": ALLOWED_FAILURES,
                          "distributed.scheduler.worker-saturation": 1.0}):
        # Processes, not threads: each worker drives its own Chromium and GIL. No memory
        # limit: Chromium's memory lives in child processes the nanny does not count anyway.
        cluster = LocalCluster(n_workers=where, threads_per_worker=threads, processes=True,
                               dashboard_address=None, memory_limit=0,
                               silence_logs=logging.ERROR)
    return Client(cluster), cluster


@contextmanager
def open_cluster(address: str, threads: int, note: Callable[[str], None] = print,
                 warn: Callable[[str], None] = print) -> Iterator[Any]:
    """A ClusterSession on `address`, closed on exit (a local cluster's workers stop)."""
    kind, where = parse_address(address)
    try:
        from benchmark.cluster.session import ClusterSession
        from benchmark.cluster.worker import PLUGIN_NAME, BrowserPlugin
    except ImportError as exc:
        raise ClusterError(f"--cluster needs Dask distributed ({exc}): "
                           "pip install 'benchmark[cluster]'") from None
    try:
        client, cluster = _client(kind, where, threads)
    except (OSError, TimeoutError) as exc:
        raise ClusterError(f"--cluster {address}: no Dask scheduler answered ({exc})") from None
    try:
        client.register_plugin(BrowserPlugin(ignore_interrupt=cluster is not None),
                               name=PLUGIN_NAME)
        yield ClusterSession(client, address, note=note, warn=warn)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def maybe_cluster(address: str | None, threads: int, note: Callable[[str], None] = print,
                  warn: Callable[[str], None] = print):
    """open_cluster(address...), or a context giving None when there is no --cluster."""
    if not address:
        return nullcontext(None)
    return open_cluster(address, threads, note, warn)
