"""Progress bars on stderr (tqdm), or nothing at all with --quiet."""

from __future__ import annotations

import sys
from collections.abc import Callable

from tqdm import tqdm

from benchmark.pipeline import Progress, silent


def bars(quiet: bool) -> Progress:
    """A Progress factory: one bar per stage, closed when its last item is ticked."""
    if quiet:
        return silent

    def start(stage: str, total: int) -> Callable[[str], None]:
        bar = tqdm(total=total, desc=f"{stage:<8}", unit="target", leave=True,
                   dynamic_ncols=True)
        if total == 0:
            bar.close()

        def tick(label: str) -> None:
            bar.set_postfix_str(label[:60], refresh=False)
            bar.update(1)
            if bar.n >= total:
                bar.close()

        return tick

    return start


def notes(quiet: bool) -> Callable[[str], None]:
    """Lines printed on stderr above the bars (tqdm.write keeps them intact), or nothing."""
    if quiet:
        return lambda text: None
    return lambda text: tqdm.write(text, file=sys.stderr)
