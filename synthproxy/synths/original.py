"""Import the original study's parameter tables into synthproxy's spec layout.

The original study (Combes, Weinzierl and Obermayer, JAES 2025) describes each plugin by a table
of parameters (``index``, ``name``, ``type``, ``default``, ``cardinality``, ``cat_values``,
``cat_weights``, ``interval``, ``excluded_cat_idx``) plus a list of glob patterns naming the
parameters kept at their default (``excluded_patterns``). :func:`spec_from_original` turns such a
table, stored as JSON, into the plain data of a synthproxy spec, validated by
:func:`~synthproxy.synths.spec.spec_from_dict`, ready for
:func:`~synthproxy.synths.spec.spec_to_toml`.

Differences between the two layouts, handled here:

- binary parameters have cardinality ``-1`` in some original tables; ours have ``2``;
- the original's ``cat_weights`` are relative and, when categories are excluded, list only the
  remaining categories; ours list one weight per step (excluded steps get weight 0);
- missing ``cat_values`` mean evenly spaced steps in both; explicit values equal to the original's
  evenly spaced ones (rounded to 3 decimals) are dropped so ours are exact;
- numbers are rounded to 6 decimals (the tables hold float32 noise);
- an exclusion pattern that matches no parameter is an error here (the original silently ignored
  it); ``pattern_fixes`` replaces such patterns.

Shown in use in ``notebooks/02_generate.ipynb``.
"""

from __future__ import annotations

import fnmatch
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from synthproxy.synths.spec import SpecError, spec_from_dict

__all__ = ["spec_from_original"]

_ORIGINAL_KEYS = {
    "index",
    "name",
    "type",
    "default",
    "cardinality",
    "cat_values",
    "cat_weights",
    "interval",
    "excluded_cat_idx",
}

#: Decimals kept of defaults, values, weights and intervals (tables hold float32 noise such as
#: 0.40800002217292786; spec files are written with 6 decimals, so converted data round-trips).
_DIGITS = 6


def _convert_parameter(p: Mapping[str, Any], source: str, pos: int) -> dict[str, Any]:
    """One original parameter row as a synthproxy parameter dict."""
    where = f"{source}: parameter #{pos} {p.get('name', '?')!r}"
    unknown = set(p) - _ORIGINAL_KEYS
    if unknown:
        raise SpecError(f"{where}: unknown key(s) {sorted(unknown)}; known: {sorted(_ORIGINAL_KEYS)}")
    for key in ("index", "name", "type"):
        if key not in p:
            raise SpecError(f"{where}: missing required key {key!r}")
    ptype = p["type"]
    card = -1 if p.get("cardinality") is None else int(p["cardinality"])
    if ptype == "bin":
        card = 2
    out: dict[str, Any] = {
        "name": p["name"],
        "type": ptype,
        "default": round(float(p.get("default") or 0.0), _DIGITS),
        "index": int(p["index"]),
    }
    if card < 0:  # continuous numeric
        interval = [round(float(x), _DIGITS) for x in (p.get("interval") or (0.0, 1.0))]
        if interval != [0.0, 1.0]:
            out["interval"] = interval
        if p.get("cat_values") or p.get("cat_weights") or p.get("excluded_cat_idx"):
            raise SpecError(f"{where}: values/weights/excluded categories on a continuous parameter")
        return out

    out["cardinality"] = card
    excluded = sorted(int(i) for i in (p.get("excluded_cat_idx") or ()))
    values = p.get("cat_values")
    if values is not None:
        values = [round(float(v), _DIGITS) for v in values]
        if len(values) == card and np.allclose(values, np.linspace(0.0, 1.0, card).round(3), atol=1e-9):
            values = None  # the original's evenly spaced default: ours are exact
    if values is not None:
        out["values"] = values
    weights = p.get("cat_weights")
    if weights is not None:
        weights = [round(float(w), _DIGITS) for w in weights]
        if len(weights) == card - len(excluded) and excluded:
            # The original lists weights of the remaining categories only: spread them back.
            it = iter(weights)
            weights = [0.0 if i in excluded else next(it) for i in range(card)]
        if len(weights) != card:
            raise SpecError(
                f"{where}: {len(weights)} weights for cardinality {card} ({len(excluded)} excluded categories)"
            )
        if len(set(weights)) > 1:
            out["weights"] = weights
    if excluded:
        out["excluded"] = excluded
    return out


def _fix_patterns(patterns: Sequence[str], fixes: Mapping[str, str | Sequence[str] | None], source: str) -> list[str]:
    """Apply ``fixes`` (old pattern -> replacement pattern(s), or None to drop) to ``patterns``."""
    unused = set(fixes) - set(patterns)
    if unused:
        raise SpecError(f"{source}: pattern_fixes name pattern(s) not in the table: {sorted(unused)}")
    out: list[str] = []
    for pat in patterns:
        if pat not in fixes:
            out.append(pat)
            continue
        new = fixes[pat]
        out.extend([] if new is None else [new] if isinstance(new, str) else list(new))
    return list(dict.fromkeys(out))  # drop duplicates, keep order


def spec_from_original(
    path: str | Path,
    *,
    name: str | None = None,
    engine: str = "plugin",
    plugin_env: str | None = None,
    plugin_paths: Sequence[str] = (),
    pattern_fixes: Mapping[str, str | Sequence[str] | None] | None = None,
    description: str = "",
) -> dict[str, Any]:
    """Convert a parameter table of the original study (JSON) into synthproxy spec data.

    Parameters
    ----------
    path : str or Path
        JSON file with keys ``parameters`` (list of rows with ``index``, ``name``, ``type``,
        ``default``, ``cardinality``, ``cat_values``, ``cat_weights``, ``interval``,
        ``excluded_cat_idx``), ``excluded_patterns`` and optionally ``synth``.
    name : str, optional
        Synth name; defaults to the table's ``synth`` key, else the file stem.
    engine : {"plugin", "dexed"}
        Engine of the spec.
    plugin_env : str, optional
        Environment variable holding the plugin path (e.g. ``"DIVA_PATH"``).
    plugin_paths : sequence of str
        Where to look for the plugin when the variable is not set.
    pattern_fixes : mapping, optional
        Replacements for exclusion patterns of the table: ``{old: new}``, ``{old: [new, ...]}``
        or ``{old: None}`` (drop the pattern). Naming a pattern that is not in the table is an
        error.
    description : str
        One line for listings.

    Returns
    -------
    dict
        Spec data in the layout of :meth:`SynthSpec.to_dict`, already validated; write it with
        :func:`~synthproxy.synths.spec.spec_to_toml`.

    Raises
    ------
    SpecError
        When the table cannot be read or converted, or the result is not a valid spec (for
        example an exclusion pattern matching no parameter: fix it with ``pattern_fixes``).

    Examples
    --------
    >>> data = spec_from_original("diva.json", plugin_env="DIVA_PATH",
    ...                           pattern_fixes={"vca:pan": "vca1:pan"})  # doctest: +SKIP
    >>> print(spec_to_toml(data))  # doctest: +SKIP

    Shown in use in ``notebooks/02_generate.ipynb``.
    """
    path = Path(path)
    source = str(path)
    try:
        table = json.loads(path.read_text())
    except OSError as e:
        raise SpecError(f"{source}: cannot read table: {e.strerror}") from e
    except ValueError as e:
        raise SpecError(f"{source}: not a valid JSON table: {e}") from e
    if not isinstance(table, dict) or not isinstance(table.get("parameters"), list):
        raise SpecError(f"{source}: top level: expected an object with a 'parameters' list")

    params = [_convert_parameter(p, source, i) for i, p in enumerate(table["parameters"])]
    patterns = list(table.get("excluded_patterns") or ())
    if pattern_fixes:
        patterns = _fix_patterns(patterns, pattern_fixes, source)
    names = [p["name"] for p in params]
    dead = [pat for pat in patterns if not any(fnmatch.fnmatchcase(n, pat) for n in names)]
    if dead:
        raise SpecError(
            f"{source}: excluded_patterns: pattern(s) {dead} match no parameter; "
            "replace or drop them with pattern_fixes"
        )

    data: dict[str, Any] = {"name": name or table.get("synth") or path.stem, "engine": engine}
    if description:
        data["description"] = description
    if plugin_env:
        data["plugin_env"] = plugin_env
    if plugin_paths:
        data["plugin_paths"] = list(plugin_paths)
    data["excluded_patterns"] = patterns
    data["parameters"] = params
    spec_from_dict(data, source)  # validate; raises SpecError naming the file and parameter
    return data
