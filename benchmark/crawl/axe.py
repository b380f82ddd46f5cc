"""Run axe-core (installed by make, never vendored) in the page: WCAG A/AA violations."""

from __future__ import annotations

from typing import Any

from playwright.async_api import Page

from benchmark.lexicon import load
from benchmark.techstack.data import DataMissing, axe_source

MAX_VIOLATIONS = 100

RUN = """async ({tags, max}) => {
  const results = await axe.run(document, {runOnly: {type: 'tag', values: tags},
                                           resultTypes: ['violations']});
  return {
    violations: results.violations.slice(0, max).map(v => ({
      id: v.id, impact: v.impact || 'minor', help: v.help.slice(0, 200),
      nodes: v.nodes.length,
      target: ((v.nodes[0] || {}).target || []).join(' ').slice(0, 200),
    })),
    passes: results.passes.length,
    incomplete: results.incomplete.length,
  };
}"""


async def audit(page: Page) -> dict[str, Any]:
    """probes.json `home.axe`: {version, tags, violations: [{id, impact, help, nodes,
    target}], passes, incomplete}; {"error": why} when axe-core is not installed.
    Bounded by the caller (settings.PROBE_BOUNDS_S["axe"])."""
    try:
        version, source = axe_source()
    except DataMissing as exc:
        return {"error": str(exc)}
    tags = list(load("tech")["accessibility"]["tags"])
    # Evaluated through the DevTools protocol: a page's CSP cannot block it.
    await page.evaluate(source)
    found = await page.evaluate(RUN, {"tags": tags, "max": MAX_VIOLATIONS})
    return {"version": version, "tags": tags, **found}
