#!/bin/sh
# LibreOffice Calc for the workbook tests (they recalculate benchmark.xlsx headless).
# Idempotent: does nothing when soffice is already on the PATH.
set -e
if command -v soffice >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "No LibreOffice found: installing Debian's libreoffice-calc-nogui (apt-get)..." >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        libreoffice-calc-nogui >/dev/null
else
    echo "No LibreOffice found. Install it, then run make again:" >&2
    echo "  sudo apt-get install --no-install-recommends libreoffice-calc-nogui" >&2
    exit 1
fi
