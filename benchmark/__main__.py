"""`python -m benchmark` runs the command line."""

from benchmark.cli import entry_point

entry_point()
