"""Synthesizer parameter specs: what a synth's parameters are and how the study samples them.

A spec is one TOML file per synth (``synthproxy/synths/specs/<name>.toml``, or any path).
It lists every parameter of the synth with its type, default, sampling interval or steps,
sampling weights and excluded categories, plus glob patterns naming the parameters that stay
fixed at their default (everything else is *used*: sampled and fed to the encoders).

Values are *normalized* (0..1) as plugins see them. A preset is stored as a vector over the used
parameters only (the *preset vector*): continuous and discrete numeric values and binary values
as normalized numbers, categorical values as the class index (0..cardinality-1).

Shown in use in ``notebooks/02_generate.ipynb``.
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

import numpy as np

ParamType = Literal["num", "cat", "bin"]
PARAM_TYPES: tuple[str, ...] = ("num", "cat", "bin")
ENGINES: tuple[str, ...] = ("dexed", "plugin")

_PARAM_KEYS = {
    "name",
    "type",
    "default",
    "index",
    "field",
    "cardinality",
    "values",
    "weights",
    "interval",
    "excluded",
    "labels",
    "unit",
    "native",
}
_SYNTH_KEYS = {
    "name",
    "engine",
    "description",
    "plugin_env",
    "plugin_paths",
    "plugin_name",
    "plugin_uri",
    "excluded_patterns",
    "parameters",
    "notes",
    "output_gain",
    "dc_blocker",
}


class SpecError(ValueError):
    """A spec file is malformed; the message names the file and the parameter."""


@dataclass(frozen=True)
class Parameter:
    """One synth parameter.

    Attributes
    ----------
    name : str
        Parameter name (the plugin's own, lower-case, when there is a plugin).
    type : {"num", "cat", "bin"}
        Numeric, categorical or binary.
    default : float
        Normalized default value (0..1); unused parameters stay at it.
    index : int or None
        Plugin parameter index (plugin engines).
    field : str or None
        Engine field (``dexed`` engine: a ``dexed.Preset`` field, e.g. ``op_env_rates[0,1]``).
    cardinality : int
        Number of discrete steps; -1 for a continuous numeric parameter, 2 for binary.
    values : tuple of float
        Normalized value of each step (evenly spaced unless given); empty when continuous.
    weights : tuple of float
        Relative sampling weight of each step (uniform unless given); empty when continuous.
    interval : tuple of float
        Sampling interval of a continuous parameter, normalized.
    excluded : tuple of int
        Step (category) indices that are never sampled.
    labels : tuple of str
        Optional names of the steps (e.g. waveform names).
    """

    name: str
    type: ParamType
    default: float
    index: int | None = None
    field: str | None = None
    cardinality: int = -1
    values: tuple[float, ...] = ()
    weights: tuple[float, ...] = ()
    interval: tuple[float, float] = (0.0, 1.0)
    excluded: tuple[int, ...] = ()
    labels: tuple[str, ...] = ()

    @property
    def is_continuous(self) -> bool:
        """True for a continuous numeric parameter."""
        return self.cardinality < 0

    @property
    def kind(self) -> str:
        """``"continuous"``, ``"discrete"``, ``"categorical"`` or ``"binary"``."""
        if self.type == "cat":
            return "categorical"
        if self.type == "bin":
            return "binary"
        return "continuous" if self.is_continuous else "discrete"

    @property
    def allowed(self) -> np.ndarray:
        """Indices of the steps that may be sampled, shape (k,), int64."""
        return np.array([i for i in range(self.cardinality) if i not in self.excluded], dtype=np.int64)

    @property
    def probabilities(self) -> np.ndarray:
        """Sampling probability of every step (zero for excluded ones), shape (cardinality,)."""
        w = np.asarray(self.weights, dtype=np.float64).copy()
        w[list(self.excluded)] = 0.0
        return w / w.sum()

    def step_index(self, value: float | np.ndarray) -> np.ndarray:
        """Index of the allowed step nearest to a normalized value (excluded steps never returned)."""
        allowed = self.allowed
        vals = np.asarray(self.values)[allowed]
        v = np.asarray(value, dtype=np.float64)[..., None]
        return allowed[np.argmin(np.abs(v - vals), axis=-1)]

    def to_dict(self) -> dict[str, Any]:
        """The parameter as written in a spec file (defaults omitted)."""
        d: dict[str, Any] = {"name": self.name, "type": self.type, "default": self.default}
        if self.index is not None:
            d["index"] = self.index
        if self.field is not None:
            d["field"] = self.field
        if not self.is_continuous:
            d["cardinality"] = self.cardinality
            if not np.allclose(self.values, np.linspace(0, 1, self.cardinality), rtol=0, atol=1e-6):
                d["values"] = list(self.values)
            if len(set(self.weights)) > 1:
                d["weights"] = list(self.weights)
        elif self.interval != (0.0, 1.0):
            d["interval"] = list(self.interval)
        if self.excluded:
            d["excluded"] = list(self.excluded)
        if self.labels:
            d["labels"] = list(self.labels)
        return d


@dataclass(frozen=True)
class SynthSpec:
    """A synth's parameter spec.

    Attributes
    ----------
    name : str
        Synth name, as users pass it (``--synth``).
    engine : {"dexed", "plugin"}
        ``dexed``: the dexed-py DX7 engine; ``plugin``: a VST2/VST3 plugin hosted by DawDreamer.
    parameters : tuple of Parameter
        Every parameter of the synth, in plugin order.
    excluded_patterns : tuple of str
        Glob patterns (on names) of the parameters fixed at their default.
    plugin_env : str or None
        Environment variable holding the plugin path (plugin engines).
    plugin_paths : tuple of str
        Where to look for the plugin when the variable is not set.
    plugin_name : str or None
        The plugin's own name, checked when the plugin loads.
    plugin_uri : str or None
        For an LV2 plugin: its URI, which the host loads it by (``plugin_paths`` then name the bundle
        folders it may be installed in; DawDreamer only finds LV2 bundles in the default LV2 folders).
    description : str
        One line for listings.
    output_gain, dc_blocker : float, bool
        The engine's output stage: a linear gain, and the Dexed plugin's DC blocker
        (:func:`synthproxy.render.dc_block`). ``dexed`` sets both to the plugin's (``dexed.toml``).
    source : Path or None
        The file the spec was read from.
    """

    name: str
    engine: str
    parameters: tuple[Parameter, ...]
    excluded_patterns: tuple[str, ...] = ()
    plugin_env: str | None = None
    plugin_paths: tuple[str, ...] = ()
    plugin_name: str | None = None
    plugin_uri: str | None = None
    description: str = ""
    output_gain: float = 1.0
    dc_blocker: bool = False
    source: Path | None = field(default=None, compare=False)

    # -- used parameters -------------------------------------------------------------------
    def is_used(self, p: Parameter) -> bool:
        """True when ``p`` is sampled and fed to the encoders (matches no exclusion pattern)."""
        return not any(fnmatch.fnmatchcase(p.name, pat) for pat in self.excluded_patterns)

    @cached_property
    def used(self) -> tuple[Parameter, ...]:
        """The used parameters, in spec order; the preset vector follows this order."""
        return tuple(p for p in self.parameters if self.is_used(p))

    @cached_property
    def used_positions(self) -> np.ndarray:
        """Positions (in ``parameters``) of the used parameters, shape (n_used,)."""
        return np.array([i for i, p in enumerate(self.parameters) if self.is_used(p)], dtype=np.int64)

    @cached_property
    def defaults(self) -> np.ndarray:
        """Normalized default of every parameter, shape (n_parameters,), float32."""
        return np.array([p.default for p in self.parameters], dtype=np.float32)

    def parameter(self, name: str) -> Parameter:
        """The parameter called ``name``; a ``KeyError`` names the synth and lists close names."""
        for p in self.parameters:
            if p.name == name:
                return p
        close = [p.name for p in self.parameters if name.split("_")[0] in p.name][:8]
        raise KeyError(f"synth {self.name!r} has no parameter {name!r}" + (f" (close: {close})" if close else ""))

    @cached_property
    def sampling_tables(self) -> dict[str, np.ndarray]:
        """Arrays for vectorised sampling of the used parameters (computed once per spec).

        Returns
        -------
        dict
            ``lo``, ``hi`` (n_used,): intervals of continuous parameters; ``continuous``, ``categorical``
            (n_used,) bool; ``cdf`` (n_used, max_card): cumulative step probabilities, ``inf`` past the
            last allowed step; ``values`` (n_used, max_card): normalized step values.
        """
        used = self.used
        width = max([p.cardinality for p in used] + [1])
        cdf = np.full((len(used), width), np.inf)
        values = np.zeros((len(used), width))
        for i, p in enumerate(used):
            if not p.is_continuous:
                c = np.cumsum(p.probabilities)
                last = int(p.allowed[-1])
                c[last:] = np.inf
                cdf[i, : p.cardinality] = c
                values[i, : p.cardinality] = p.values
        return {
            "lo": np.array([p.interval[0] for p in used]),
            "hi": np.array([p.interval[1] for p in used]),
            "continuous": np.array([p.is_continuous for p in used]),
            "categorical": np.array([p.type == "cat" for p in used]),
            "cdf": cdf,
            "values": values,
            "max_step": np.array([max(p.cardinality - 1, 0) for p in used]),
        }

    # -- preset vectors <-> normalized values -----------------------------------------------
    def to_values(self, presets: np.ndarray) -> np.ndarray:
        """Normalized values of all parameters from preset vectors.

        Parameters
        ----------
        presets : ndarray, shape (n_used,) or (N, n_used)
            Preset vectors (categorical parameters as class indices).

        Returns
        -------
        ndarray, shape (n_parameters,) or (N, n_parameters), float32
            Normalized values; unused parameters at their default.
        """
        x = np.asarray(presets, dtype=np.float64)
        t = self.sampling_tables
        if x.shape[-1] != len(t["lo"]):
            raise ValueError(f"{self.name}: preset vectors have {x.shape[-1]} values, spec uses {len(t['lo'])}")
        out = np.broadcast_to(self.defaults, x.shape[:-1] + (len(self.parameters),)).copy()
        steps = np.clip(np.rint(x), 0, t["max_step"]).astype(np.int64)  # class index of categorical columns
        cat_values = np.take_along_axis(
            np.broadcast_to(t["values"], x.shape[:-1] + t["values"].shape), steps[..., None], -1
        )[..., 0]
        out[..., self.used_positions] = np.where(t["categorical"], cat_values, x)
        return out.astype(np.float32)

    def from_values(self, values: np.ndarray) -> np.ndarray:
        """Preset vectors from normalized values of all parameters, snapped to what the spec allows.

        Continuous values are clipped to their sampling interval; discrete, binary and
        categorical ones go to the nearest allowed step (excluded categories are never chosen).

        Parameters
        ----------
        values : ndarray, shape (n_parameters,) or (N, n_parameters)

        Returns
        -------
        ndarray, shape (n_used,) or (N, n_used), float32
        """
        v = np.asarray(values, dtype=np.float64)
        if v.shape[-1] != len(self.parameters):
            raise ValueError(f"{self.name}: got {v.shape[-1]} values, spec has {len(self.parameters)} parameters")
        cols = []
        for pos, p in zip(self.used_positions, self.used):
            x = v[..., pos]
            if p.is_continuous:
                cols.append(np.clip(x, *p.interval))
            else:
                idx = p.step_index(x)
                cols.append(idx.astype(np.float64) if p.type == "cat" else np.asarray(p.values)[idx])
        return np.stack(cols, axis=-1).astype(np.float32)

    def snap(self, presets: np.ndarray) -> np.ndarray:
        """Preset vectors made valid: ``from_values(to_values(presets))``.

        Continuous values clipped to their interval, the others rounded to the nearest allowed step
        (what a relaxed or mutated preset becomes before it is rendered).

        Parameters
        ----------
        presets : ndarray, shape (n_used,) or (N, n_used)

        Returns
        -------
        ndarray, same shape, float32
        """
        return self.from_values(self.to_values(presets))

    def table(self) -> list[dict[str, Any]]:
        """One row per parameter (name, kind, used, default, steps or interval, excluded, labels), for display."""
        rows = []
        for p in self.parameters:
            rows.append(
                {
                    "name": p.name,
                    "kind": p.kind,
                    "used": self.is_used(p),
                    "default": round(p.default, 4),
                    "steps": p.cardinality if not p.is_continuous else None,
                    "interval": None if not p.is_continuous else f"[{p.interval[0]:g}, {p.interval[1]:g}]",
                    "excluded": ", ".join(p.labels[i] if p.labels else str(i) for i in p.excluded) or None,
                    "labels": ", ".join(p.labels) or None,
                }
            )
        return rows

    # -- identity ------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """The spec as plain data (what a spec file holds)."""
        d: dict[str, Any] = {"name": self.name, "engine": self.engine}
        if self.description:
            d["description"] = self.description
        if self.plugin_env:
            d["plugin_env"] = self.plugin_env
        if self.plugin_paths:
            d["plugin_paths"] = list(self.plugin_paths)
        if self.plugin_name:
            d["plugin_name"] = self.plugin_name
        if self.plugin_uri:
            d["plugin_uri"] = self.plugin_uri
        if self.output_gain != 1.0:  # only when set: the hash of every other spec stays as it was
            d["output_gain"] = self.output_gain
        if self.dc_blocker:
            d["dc_blocker"] = True
        d["excluded_patterns"] = list(self.excluded_patterns)
        d["parameters"] = [p.to_dict() for p in self.parameters]
        return d

    @property
    def hash(self) -> str:
        """SHA-256 (hex) of the spec's content; equal specs have equal hashes wherever they live."""
        blob = json.dumps(self.to_dict(), sort_keys=True, separators=(",", ":")).encode()
        return hashlib.sha256(blob).hexdigest()


# ---------------------------------------------------------------------------------------------
# Reading and validating
# ---------------------------------------------------------------------------------------------
def _fail(source: str, where: str, msg: str) -> SpecError:
    return SpecError(f"{source}: {where}: {msg}")


def _parameter_from_dict(d: dict[str, Any], source: str, pos: int, engine: str) -> Parameter:
    where = f"parameter #{pos} {d.get('name', '?')!r}"
    unknown = set(d) - _PARAM_KEYS
    if unknown:
        raise _fail(source, where, f"unknown key(s) {sorted(unknown)}; known: {sorted(_PARAM_KEYS)}")
    for key in ("name", "type", "default"):
        if key not in d:
            raise _fail(source, where, f"missing required key {key!r}")
    name = d["name"]
    if not isinstance(name, str) or not name:
        raise _fail(source, where, "name must be a non-empty string")
    ptype = d["type"]
    if ptype not in PARAM_TYPES:
        raise _fail(source, where, f"type {ptype!r} is not one of {PARAM_TYPES}")
    default = float(d["default"])
    if not 0.0 <= default <= 1.0:
        raise _fail(source, where, f"default {default} is outside 0..1")
    card = int(d.get("cardinality", -1))
    if ptype == "bin":
        if card not in (-1, 2):
            raise _fail(source, where, f"a binary parameter has cardinality 2, not {card}")
        card = 2
    if ptype == "cat" and card < 2:
        raise _fail(source, where, f"a categorical parameter needs cardinality >= 2, got {card}")
    if ptype == "num" and card != -1 and card < 2:
        raise _fail(source, where, f"cardinality must be -1 (continuous) or >= 2, got {card}")
    interval = tuple(float(x) for x in d.get("interval", (0.0, 1.0)))
    if len(interval) != 2 or not 0.0 <= interval[0] < interval[1] <= 1.0:
        raise _fail(source, where, f"interval {list(interval)} must be [lo, hi] with 0 <= lo < hi <= 1")
    values: tuple[float, ...] = ()
    weights: tuple[float, ...] = ()
    excluded = tuple(int(i) for i in d.get("excluded", ()))
    labels = tuple(str(s) for s in d.get("labels", ()))
    if card > 0:
        values = tuple(float(x) for x in d.get("values") or np.linspace(0.0, 1.0, card).round(6))
        if len(values) != card:
            raise _fail(source, where, f"{len(values)} values for cardinality {card}")
        if any(not 0.0 <= x <= 1.0 for x in values) or any(b <= a for a, b in zip(values, values[1:])):
            raise _fail(source, where, "values must increase strictly within 0..1")
        weights = tuple(float(x) for x in d.get("weights") or [1.0] * card)
        if len(weights) != card:
            raise _fail(source, where, f"{len(weights)} weights for cardinality {card}")
        if any(w < 0 for w in weights):
            raise _fail(source, where, "weights must be >= 0")
        bad = [i for i in excluded if not 0 <= i < card]
        if bad:
            raise _fail(source, where, f"excluded index(es) {bad} outside 0..{card - 1}")
        if sum(w for i, w in enumerate(weights) if i not in excluded) <= 0:
            raise _fail(source, where, "every step is excluded or has zero weight")
        if labels and len(labels) != card:
            raise _fail(source, where, f"{len(labels)} labels for cardinality {card}")
    elif excluded or "values" in d or "weights" in d or labels:
        raise _fail(source, where, "values/weights/excluded/labels need a cardinality (discrete parameter)")
    index = d.get("index")
    fld = d.get("field")
    if engine == "plugin" and (not isinstance(index, int) or index < 0):
        raise _fail(source, where, "a plugin parameter needs an integer index >= 0")
    return Parameter(
        name=name,
        type=ptype,
        default=default,
        index=index,
        field=fld,
        cardinality=card,
        values=values,
        weights=weights,
        interval=interval,
        excluded=excluded,
        labels=labels,
    )


def _output_stage(synth: dict[str, Any], source: str) -> tuple[float, bool]:
    gain, dc = synth.get("output_gain", 1.0), synth.get("dc_blocker", False)
    if isinstance(gain, bool) or not isinstance(gain, (int, float)) or not 0 < gain < float("inf"):
        raise _fail(source, "top level", f"output_gain must be a positive number (a linear gain), got {gain!r}")
    if not isinstance(dc, bool):
        raise _fail(source, "top level", f"dc_blocker must be true or false, got {dc!r}")
    return float(gain), dc


def spec_from_dict(data: dict[str, Any], source: str = "<spec>") -> SynthSpec:
    """Build and validate a :class:`SynthSpec` from plain data (as read from a spec file).

    Raises
    ------
    SpecError
        Naming ``source`` and the offending parameter or key.
    """
    synth = data
    params_raw = data.get("parameters")
    unknown = set(synth) - _SYNTH_KEYS
    if unknown:
        raise _fail(source, "top level", f"unknown key(s) {sorted(unknown)}; known: {sorted(_SYNTH_KEYS)}")
    for key in ("name", "engine"):
        if key not in synth:
            raise _fail(source, "top level", f"missing required key {key!r}")
    engine = synth["engine"]
    if engine not in ENGINES:
        raise _fail(source, "top level", f"engine {engine!r} is not one of {ENGINES}")
    if not params_raw or not isinstance(params_raw, list):
        raise _fail(source, "top level", "no parameters list")
    params = tuple(_parameter_from_dict(p, source, i, engine) for i, p in enumerate(params_raw))
    seen: dict[str, int] = {}
    for i, p in enumerate(params):
        if p.name in seen:
            raise _fail(source, f"parameter #{i} {p.name!r}", f"duplicate name (also parameter #{seen[p.name]})")
        seen[p.name] = i
    if engine == "plugin":
        by_index: dict[int, list[str]] = {}
        for p in params:
            by_index.setdefault(p.index, []).append(p.name)  # type: ignore[arg-type]
        dup = {i: ns for i, ns in by_index.items() if len(ns) > 1}
        if dup:
            i, ns = next(iter(dup.items()))
            raise _fail(
                source,
                f"parameters {ns}",
                f"share plugin index {i}" + (f" ({len(dup)} indices shared)" if len(dup) > 1 else ""),
            )
    patterns = tuple(data.get("excluded_patterns", ()))
    for pat in patterns:
        if not any(fnmatch.fnmatchcase(p.name, pat) for p in params):
            raise _fail(source, "excluded_patterns", f"pattern {pat!r} matches no parameter (a typo?)")
    gain, dc = _output_stage(synth, source)
    spec = SynthSpec(
        name=synth["name"],
        engine=engine,
        parameters=params,
        excluded_patterns=patterns,
        plugin_env=synth.get("plugin_env"),
        plugin_paths=tuple(synth.get("plugin_paths", ())),
        plugin_name=synth.get("plugin_name"),
        plugin_uri=synth.get("plugin_uri"),
        description=synth.get("description", ""),
        output_gain=gain,
        dc_blocker=dc,
        source=Path(source) if source != "<spec>" else None,
    )
    if not spec.used:
        raise _fail(source, "excluded_patterns", "every parameter is excluded; nothing to learn")
    if engine == "dexed":
        missing = [p.name for p in spec.used if not p.field]
        if missing:
            raise _fail(source, f"parameter {missing[0]!r}", "a used parameter of the dexed engine needs a `field`")
    return spec


def spec_differences(a: dict[str, Any], b: dict[str, Any], other: str = "checkpoint") -> list[str]:
    """Readable differences between two spec dicts, for error messages.

    Parameters
    ----------
    a, b : dict
        The given spec and the ``other``'s (a checkpoint's, a store's), as :meth:`SynthSpec.to_dict` gives them.
    other : str
        What ``b`` belongs to, as the messages name it.

    Returns
    -------
    list of str
        One line per difference (name, exclusions, parameters only on one side, changed fields, order).
    """
    out = []
    if a.get("name") != b.get("name"):
        out.append(f"name {a.get('name')!r} vs {b.get('name')!r}")
    for key, default in (("output_gain", 1.0), ("dc_blocker", False)):  # the engine's output stage
        if a.get(key, default) != b.get(key, default):
            out.append(
                f"{key} {a.get(key, default)} vs {b.get(key, default)} (the {other}'s sounds were rendered "
                "through another output stage: make it again)"
            )
    if list(a.get("excluded_patterns", [])) != list(b.get("excluded_patterns", [])):
        out.append("excluded_patterns differ")
    pa = {p["name"]: p for p in a.get("parameters", [])}
    pb = {p["name"]: p for p in b.get("parameters", [])}
    if only := sorted(set(pa) - set(pb)):
        out.append(f"parameters only in the given spec: {only[:6]}{' ...' if len(only) > 6 else ''}")
    if only := sorted(set(pb) - set(pa)):
        out.append(f"parameters only in the {other}'s spec: {only[:6]}{' ...' if len(only) > 6 else ''}")
    changed = [
        f"{n} ({', '.join(sorted(k for k in set(pa[n]) | set(pb[n]) if pa[n].get(k) != pb[n].get(k)))})"
        for n in pa
        if n in pb and pa[n] != pb[n]
    ]
    if changed:
        out.append(f"parameters changed: {', '.join(changed[:6])}{' ...' if len(changed) > 6 else ''}")
    if not out and [p["name"] for p in a.get("parameters", [])] != [p["name"] for p in b.get("parameters", [])]:
        out.append("parameter order differs")
    return out or ["other spec fields differ"]


def load_spec(path: str | Path) -> SynthSpec:
    """Read and validate a spec file (TOML, or JSON in the original study's layout).

    Parameters
    ----------
    path : str or Path
        A ``.toml`` or ``.json`` spec file.

    Raises
    ------
    SpecError
        When the file cannot be read or is invalid; the message names the file and parameter.
    """
    path = Path(path)
    try:
        text = path.read_bytes()
    except OSError as e:
        raise SpecError(f"{path}: cannot read spec file: {e.strerror}") from e
    try:
        data = json.loads(text) if path.suffix == ".json" else tomllib.loads(text.decode())
    except (ValueError, tomllib.TOMLDecodeError) as e:
        raise SpecError(f"{path}: not a valid {path.suffix.lstrip('.').upper()} spec file: {e}") from e
    return spec_from_dict(data, str(path))


# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------
def _toml_value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, np.integer)):
        return str(int(v))
    if isinstance(v, (float, np.floating)):
        return repr(round(float(v), 6))
    if isinstance(v, str):
        return json.dumps(v)
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(_toml_value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {_toml_value(x)}" for k, x in v.items()) + " }"
    raise TypeError(f"cannot write {type(v).__name__} to TOML")


def spec_to_toml(spec: SynthSpec | dict[str, Any], header: Iterable[str] = ()) -> str:
    """A spec as TOML text: top-level keys, then one inline table per parameter and line.

    Parameters
    ----------
    spec : SynthSpec or dict
        The spec, or plain data in the layout of :meth:`SynthSpec.to_dict`.
    header : iterable of str
        Comment lines written at the top (provenance, notes).
    """
    d = spec.to_dict() if isinstance(spec, SynthSpec) else dict(spec)
    params: Sequence[dict[str, Any]] = d.pop("parameters")
    patterns = d.pop("excluded_patterns", [])
    lines = [f"# {h}" if h else "#" for h in header]
    lines += [f"{k} = {_toml_value(v)}" for k, v in d.items()]
    lines.append(
        "excluded_patterns = [" + "".join(f"\n  {_toml_value(p)}," for p in patterns) + ("\n]" if patterns else "]")
    )
    lines.append("")
    lines.append("parameters = [")
    lines += [f"  {_toml_value(p)}," for p in params]
    lines.append("]")
    return "\n".join(lines) + "\n"
