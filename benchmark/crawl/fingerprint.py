"""Read the fingerprints' JavaScript globals and DOM selectors in the page, in one evaluate."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from playwright.async_api import Page

from benchmark.techstack.catalog import catalog
from benchmark.techstack.data import DataMissing

MAX_NODES = 3  # elements sampled per selector for attribute, property and text tests
MAX_HOSTS = 200

# Values are cut short: only patterns read them, and a page must not flood the probes.
SCRIPT = """({chains, queries, maxNodes, maxHosts}) => {
  const shown = v => (typeof v === 'string' || typeof v === 'number')
    ? String(v).slice(0, 200) : !!v;
  const js = {};
  for (const chain of chains) {
    let value = window, found = true;
    for (const part of chain.split('.')) {
      try {
        if (value !== null && value !== undefined && (typeof value === 'object'
            || typeof value === 'function') && part in value) value = value[part];
        else { found = false; break; }
      } catch (e) { found = false; break; }
    }
    if (found && value !== undefined) js[chain] = shown(value);
  }
  const dom = {};
  for (const [selector, want] of queries) {
    let nodes;
    try { nodes = document.querySelectorAll(selector); } catch (e) { continue; }
    if (!nodes.length) continue;
    const sample = Array.from(nodes).slice(0, maxNodes);
    const entry = {count: nodes.length, attributes: {}, properties: {}};
    if (want.text) entry.text = sample.map(n => (n.textContent || '').trim().slice(0, 200));
    for (const name of want.attributes) {
      const values = sample.map(n => n.getAttribute(name)).filter(v => v !== null);
      if (values.length) entry.attributes[name] = values.map(v => v.slice(0, 300));
    }
    for (const name of want.properties) {
      const values = sample.filter(n => name in n).map(n => String(shown(n[name])));
      if (values.length) entry.properties[name] = values;
    }
    dom[selector] = entry;
  }
  const hosts = new Set();
  for (const entry of performance.getEntriesByType('resource')) {
    if (entry.initiatorType === 'other') continue;  // the browser's own: favicon, at any time
    try { hosts.add(new URL(entry.name).hostname); } catch (e) { /* not a URL */ }
  }
  return {js, dom, hosts: [...hosts].filter(Boolean).sort().slice(0, maxHosts)};
}"""


@cache
def script() -> str:
    """The evaluate's code with every JS chain and DOM query of the installed data written
    in: one string crosses to the browser far faster than the same data as an argument."""
    data = catalog()
    asked = {"chains": data.js_chains(), "queries": list(data.dom_queries().items()),
             "maxNodes": MAX_NODES, "maxHosts": MAX_HOSTS}
    return f"() => ({SCRIPT})({json.dumps(asked)})"


async def collect(page: Page) -> dict[str, Any]:
    """probes.json `home.fingerprint`: {source, js, dom, hosts}; hosts are those the page
    contacted so far (before any consent choice). Without the data: {"error": why}.
    Bounded by the caller (settings.PROBE_BOUNDS_S["fingerprint"])."""
    try:
        code, source = script(), catalog().source
    except DataMissing as exc:
        return {"error": str(exc)}
    return {"source": source, **await page.evaluate(code)}
