"""Every criterion's title, failure title and description per language: English as the
criteria declare it (benchmark/criteria), French from reports/i18n/criteria.fr.toml."""

from __future__ import annotations

import tomllib
from pathlib import Path

FIELDS = ("title", "failure_title", "measures")


def criteria_words(lang: str) -> dict[str, dict[str, str]]:
    """Criterion id -> {title, failure_title, measures} in `lang`."""
    if lang == "en":
        from benchmark.criteria import catalogue  # the declarations are the English catalogue

        return {item.id: {field: getattr(item, field) for field in FIELDS}
                for item in catalogue()}
    path = Path(__file__).parent / "i18n" / f"criteria.{lang}.toml"
    entries = tomllib.loads(path.read_text(encoding="utf-8"))
    return {criterion_id: {field: " ".join(str(entry.get(field, "")).split())
                           for field in FIELDS} for criterion_id, entry in entries.items()}
