"""`python -m benchmark` runs the command line."""

from benchmark.cli import main

main()
