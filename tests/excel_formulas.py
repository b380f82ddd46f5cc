"""What the workbook's own formulas may look like: tool-made syntax, never data."""

from __future__ import annotations

import re

# The What-if sheet's formulas: cell references, numbers, operators and these functions
# only, and the one string "" (no name, URL or snippet from a website can hide in them).
WHATIF_FUNCTIONS = {"IF", "SUMPRODUCT", "ISNUMBER", "AND", "OR", "ROUND", "RANK", "EXP", "LN"}
WHATIF_CHARACTERS = re.compile(r"=[A-Z0-9$:(),.*+/=<>-]*")


def is_whatif_formula(text: str) -> bool:
    return (WHATIF_CHARACTERS.fullmatch(text.replace('""', "")) is not None
            and set(re.findall(r"([A-Z]+)\(", text)) <= WHATIF_FUNCTIONS)
