"""Run axe-core (installed by make, never vendored) in the page: WCAG A/AA violations."""

from __future__ import annotations

import asyncio
from typing import Any

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Page

from benchmark.lexicon import load
from benchmark.techstack.data import DataMissing, axe_source

TIMEOUT_S = 30.0  # axe reads every element's style: big pages take seconds
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


async def audit(page: Page, timeout_s: float = TIMEOUT_S) -> dict[str, Any]:
    """probes.json `home.axe`: {version, tags, violations: [{id, impact, help, nodes,
    target}], passes, incomplete}; {"error": why} when axe is missing or fails."""
    try:
        version, source = axe_source()
    except DataMissing as exc:
        return {"error": str(exc)}
    tags = list(load("tech")["accessibility"]["tags"])
    try:
        # Evaluated through the DevTools protocol: a page's CSP cannot block it.
        await asyncio.wait_for(page.evaluate(source), timeout_s)
        found = await asyncio.wait_for(page.evaluate(RUN, {"tags": tags,
                                                           "max": MAX_VIOLATIONS}), timeout_s)
    except (PlaywrightError, TimeoutError) as exc:
        return {"version": version, "error": f"{type(exc).__name__}: {str(exc)[:200]}"}
    return {"version": version, "tags": tags, **found}
