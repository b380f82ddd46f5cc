"""The geometry of the dimension radar drawn as inline SVG on each scorecard."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache

CENTRE_X, CENTRE_Y, RADIUS = 200.0, 125.0, 85.0  # room for long labels each side
LABEL_RADIUS = RADIUS + 14.0
RINGS = (25, 50, 75, 100)


@dataclass(frozen=True)
class Axis:
    """One spoke: its end, where its label sits, and how the label is anchored."""

    dimension: str
    x: float
    y: float
    label_x: float
    label_y: float
    anchor: str  # start, middle or end


@dataclass(frozen=True)
class Radar:
    """Everything the template needs: spokes, rings and the score polygon, as SVG numbers."""

    axes: tuple[Axis, ...]
    rings: tuple[str, ...]  # polygon points of each ring
    shape: str  # polygon points of the scores


def _point(index: int, count: int, fraction: float) -> tuple[float, float]:
    angle = -math.pi / 2 + 2 * math.pi * index / count  # first spoke straight up
    return (CENTRE_X + RADIUS * fraction * math.cos(angle),
            CENTRE_Y + RADIUS * fraction * math.sin(angle))


def _points(points: list[tuple[float, float]]) -> str:
    return " ".join(f"{x:.1f},{y:.1f}" for x, y in points)


@cache
def _rings(count: int) -> tuple[str, ...]:
    return tuple(_points([_point(i, count, ring / 100) for i in range(count)])
                 for ring in RINGS)


def radar(scores: dict[str, float | None]) -> Radar:
    """Spokes for each dimension of `scores` (0-100; a missing score sits at the centre)."""
    names = list(scores)
    count = len(names)
    axes = []
    for index, name in enumerate(names):
        x, y = _point(index, count, 1.0)
        lx, ly = _point(index, count, LABEL_RADIUS / RADIUS)
        anchor = "middle" if abs(lx - CENTRE_X) < 1 else ("start" if lx > CENTRE_X else "end")
        axes.append(Axis(name, x, y, lx, ly + 4, anchor))
    rings = _rings(count)
    shape = _points([_point(i, count, min(max(scores[name] or 0.0, 0.0), 100.0) / 100)
                     for i, name in enumerate(names)])
    return Radar(tuple(axes), rings, shape)
