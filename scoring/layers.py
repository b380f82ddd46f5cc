"""`extends`: a methodology file overrides only what it names in the file it extends."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from scoring.validate import MethodologyError

DEFAULT = "default"
Origins = dict[tuple[str, ...], str]  # key path in the merged table -> file that set it


def default_weights_path() -> Path:
    return Path(str(resources.files("scoring").joinpath("weights.toml")))


def read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise MethodologyError(f"{path}: cannot read methodology: {exc}") from None


def _base_of(path: Path, value: Any) -> Path:
    if not isinstance(value, str) or not value:
        raise MethodologyError(f"{path}: extends: must be \"default\" or a path to a "
                               f"methodology file, got {value!r}")
    # A relative path is read from the extending file's folder, not from where we run.
    base = default_weights_path() if value == DEFAULT else (path.parent / value)
    if not base.is_file():
        raise MethodologyError(f"{path}: extends: no methodology file at {base} (a path is "
                               "read relative to the extending file; or \"default\")")
    return base


def _merge(into: dict[str, Any], layer: dict[str, Any], origins: Origins, source: str,
           prefix: tuple[str, ...] = ()) -> None:
    """Tables merge key by key; any other value (number, string, list) replaces. A criterion
    that names its `curve` replaces the whole rule: the parameters belong to the curve."""
    for key, value in layer.items():
        where = (*prefix, key)
        new_curve = len(where) == 2 and where[0] == "criteria" and "curve" in value \
            if isinstance(value, dict) else False
        if isinstance(value, dict) and isinstance(into.get(key), dict) and not new_curve:
            _merge(into[key], value, origins, source, where)
            continue
        into[key] = _copy(value)
        for known in [k for k in origins if k[:len(where)] == where]:
            del origins[known]  # what the base said below this key is gone
        _mark(value, origins, source, where)


def _copy(value: Any) -> Any:
    return {k: _copy(v) for k, v in value.items()} if isinstance(value, dict) else value


def _mark(value: Any, origins: Origins, source: str, where: tuple[str, ...]) -> None:
    origins[where] = source
    if isinstance(value, dict):
        for key, inner in value.items():
            _mark(inner, origins, source, (*where, key))


def resolve(path: Path, seen: tuple[Path, ...] = ()) -> tuple[dict[str, Any], Origins,
                                                               tuple[str, ...]]:
    """The merged table of `path` and everything it extends, where each key came from, and
    the files read (the base first)."""
    here = path.resolve()
    if here in seen:
        chain = " -> ".join(str(p) for p in (*seen, here))
        raise MethodologyError(f"{path}: extends: circular ({chain})")
    data = read_toml(path)
    merged: dict[str, Any] = {}
    origins: Origins = {}
    files: tuple[str, ...] = ()
    if "extends" in data:
        merged, origins, files = resolve(_base_of(path, data.pop("extends")), (*seen, here))
    _merge(merged, data, origins, str(path))
    return merged, origins, (*files, str(path))


def origin(origins: Origins, key: tuple[str, ...], fallback: str) -> str:
    """The file that set `key` (or the nearest table above it)."""
    for size in range(len(key), 0, -1):
        if key[:size] in origins:
            return origins[key[:size]]
    return fallback
