"""--cluster addresses, the per-worker tally, and the CLI's errors before any cluster starts."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from benchmark.cli import main
from benchmark.cluster.connect import ClusterAddressError, maybe_cluster, parse_address
from benchmark.cluster.politeness import primitive_names
from benchmark.cluster.session import label
from benchmark.cluster.tally import WorkerTally


@pytest.mark.parametrize("address, parsed", [
    ("local:2", ("local", 2)),
    (" local:64 ", ("local", 64)),
    ("tcp://10.0.0.5:8786", ("remote", "tcp://10.0.0.5:8786")),
    ("tls://scheduler.lab.example:8786", ("remote", "tls://scheduler.lab.example:8786")),
    ("10.0.0.5:8786", ("remote", "tcp://10.0.0.5:8786")),  # host:port: tcp by default
])
def test_addresses(address, parsed):
    assert parse_address(address) == parsed


@pytest.mark.parametrize("address", ["local:0", "local:65", "local:two", "local",
                                     "http://10.0.0.5:8786", "tcp://", "tcp://a b:1"])
def test_bad_addresses_are_refused(address):
    with pytest.raises(ClusterAddressError):
        parse_address(address)


def test_no_cluster_means_no_session():
    with maybe_cluster(None, 3) as session:
        assert session is None


def test_a_bad_address_is_a_tool_error_before_anything_runs(tmp_path: Path):
    targets = tmp_path / "targets.csv"
    targets.write_text("id,name,kind,website\na,A,company,http://127.0.0.1:9/\n",
                       encoding="utf-8")
    result = CliRunner().invoke(main, ["crawl", str(targets), "--out", str(tmp_path / "run"),
                                       "--cluster", "local:0", "--quiet"])
    assert result.exit_code == 1
    assert "local:1" in result.output
    assert not (tmp_path / "run" / "snapshots").exists()  # nothing was crawled


@pytest.mark.parametrize("command", ["run", "demo", "crawl", "gather", "evaluate"])
def test_every_batch_command_takes_cluster(command):
    assert "--cluster" in CliRunner().invoke(main, [command, "--help"]).output


def test_semaphore_names_depend_on_per_host_the_start_lock_does_not():
    assert primitive_names("www.facebook.com", 2) == ("benchmark-host:2:www.facebook.com",
                                                      "benchmark-host:start:www.facebook.com")
    assert primitive_names("www.facebook.com", 1)[1] == primitive_names("www.facebook.com",
                                                                         2)[1]


def test_task_keys_are_shown_as_targets():
    assert label("crawl/novatech/1a2b3c4d") == "novatech"
    assert label("something-else") == "something-else"


def test_tally_counts_per_worker_and_reports_workers_that_left():
    tally = WorkerTally()
    assert tally.observe({"tcp://10.0.0.5:1": ["a", "b"], "tcp://10.0.0.6:1": ["c"]}) == []
    tally.finished("tcp://10.0.0.5:1", ok=True)
    tally.finished("tcp://10.0.0.5:1", ok=False)
    tally.finished("tcp://10.0.0.6:1", ok=True)
    assert tally.line() == "w1 1/1/2 w2 1/0/1"
    lost = tally.observe({"tcp://10.0.0.5:1": [], "tcp://10.0.0.7:1": ["c"]})
    assert len(lost) == 1
    assert "10.0.0.6:1" in lost[0] and "running c;" in lost[0]
    assert tally.summary() == {"tcp://10.0.0.5:1": {"done": 1, "failed": 1},
                               "tcp://10.0.0.6:1": {"done": 1, "failed": 0},
                               "tcp://10.0.0.7:1": {"done": 0, "failed": 0}}
    assert tally.observe({"tcp://10.0.0.5:1": []}) == [
        "worker 10.0.0.7:1 left the cluster (died?) while running c; what it was running is "
        "retried once on another worker"]
