#!/bin/sh
# Install Debian's Chromium when no usable browser was found (needs root); else say how.
set -e
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "No usable Chromium found: installing Debian's chromium package (apt-get)..." >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
    echo "No usable Chromium found. Install one, then run make again:" >&2
    echo "  sudo apt-get install chromium        (Debian/Ubuntu)" >&2
    echo "  or: .venv/bin/playwright install chromium" >&2
    echo "  or: export BENCHMARK_CHROMIUM=/path/to/chrome" >&2
    exit 1
fi
