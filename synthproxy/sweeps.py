"""Sound-attribute sweeps: one synth control raised step by step from a base preset, every step rendered.

The data of the study's audio-model test (chapter 1, scored by :mod:`synthproxy.audio_models.ranking`).
For each sound attribute (amp attack, filter cutoff, LFO rate on pitch, ...), a base preset is copied
``S`` times with one parameter raised monotonically from its lowest to its highest value (a *sweep*),
and each copy is rendered. This is the original study's setting (13 attributes of TAL-NoiseMaker,
10 presets, 20 steps), run on the synths here.

Attributes, and what each sweep sets so that the attribute is heard
-------------------------------------------------------------------
Each synth's table is plain data in its adapter file beside its spec (``attributes`` of
:class:`~synthproxy.presets.adapter.SynthAdapter`; described in the adapter's docstring, e.g.
``synthproxy/synths/specs/amsynth.py`` and ``dexed.py``): attribute -> ``sweep`` (parameters raised
together), ``range`` (normalized value at the first and last step; a decreasing range is an inverted
parameter, e.g. a DX7 rate), ``set`` (parameters fixed for the whole sweep; a string value is a
category label). A parameter name may hold a role, e.g. ``op{carrier}_eg_rate_1``: the adapter's
``roles(spec, base)`` says which numbers it stands for in a base preset (every DX7 carrier operator
of its algorithm), all set to the same value. Every value lies in the parameter's sampling interval,
so each step is a preset of the study's space (discrete values snap to their steps). Other LFO
destinations are set to zero so an LFO attribute is heard alone. Attributes a synth lacks are its
adapter's ``missing_attributes``, with the reason.

Base presets
------------
Random presets of the study's own sampling (:func:`synthproxy.render.sample_audible_preset`,
dataset seed ``seed``, presets ``0 .. P-1``): each is the first draw whose render is neither silent
nor clipping. The same base presets serve every attribute.

Exclusions
----------
A sweep with any step at or below the study's silence level (RMS <= ``RMS_MIN``), or whose first and
last steps sound the same, is excluded and reported in the notes (:class:`SweepSet`). An attribute a
synth lacks, or an unknown attribute name, is skipped with a note.

Shown in use in ``notebooks/01_audio_models.ipynb``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
import pandas as pd

from synthproxy.constants import ATTRIBUTES, RMS_MIN
from synthproxy.presets.adapter import adapter_for
from synthproxy.render import Engine, RenderSettings, render_values, sample_audible_preset
from synthproxy.synths import get_spec, names, open_engine
from synthproxy.synths.spec import SynthSpec

__all__ = [
    "ATTRIBUTES",
    "Sweep",
    "SweepSet",
    "attribute_table",
    "describe_attributes",
    "sweep_values",
    "attribute_sweeps",
    "rerender",
]

#: A role in a parameter name of an attribute table: ``op{carrier}_eg_rate_1``.
_ROLE = re.compile(r"\{(\w+)\}")


# ---------------------------------------------------------------------------------------------
# Tables -> values
# ---------------------------------------------------------------------------------------------
def _name(synth: str | SynthSpec) -> str:
    return synth.name if isinstance(synth, SynthSpec) else str(synth)


def attribute_table(synth: str | SynthSpec) -> Mapping[str, Mapping[str, Any]]:
    """The attribute table of a synth, from its adapter file (see the module docstring).

    Parameters
    ----------
    synth : str or SynthSpec

    Returns
    -------
    mapping
        Attribute -> ``{"sweep": [names], "range": [first, last], "set": {name: value or label}}``.

    Raises
    ------
    KeyError
        When the synth's adapter has no table; the message lists the synths that have one.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    table = adapter_for(synth).attributes
    if not table:
        have = [n for n in names() if adapter_for(n).attributes]
        raise KeyError(f"no attribute table for synth {_name(synth)!r}; tables exist for {', '.join(have)}")
    return table


def describe_attributes(synth: str | SynthSpec) -> pd.DataFrame:
    """The attribute table of a synth as a DataFrame, one row per attribute (dropped ones with why).

    Parameters
    ----------
    synth : str or SynthSpec

    Returns
    -------
    pandas.DataFrame
        Index ``attribute`` (the study's :data:`ATTRIBUTES`); columns ``sweep`` (parameters),
        ``from``, ``to`` (normalized values), ``also set`` (fixed parameters), ``dropped`` (reason,
        or empty).

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    table, missing = attribute_table(synth), adapter_for(synth).missing_attributes
    rows = []
    for a in ATTRIBUTES:
        e = table.get(a)
        rows.append(
            {
                "attribute": a,
                "sweep": ", ".join(e["sweep"]) if e else "",
                "from": round(e["range"][0], 3) if e else None,
                "to": round(e["range"][1], 3) if e else None,
                "also set": ", ".join(
                    f"{k} = {v if isinstance(v, str) else round(v, 3)}" for k, v in (e["set"].items() if e else ())
                ),
                "dropped": missing.get(a, "" if e else "no parameter for it"),
            }
        )
    return pd.DataFrame(rows).set_index("attribute")


def _position(spec: SynthSpec, name: str) -> int:
    """Position of a parameter in ``spec.parameters`` (``KeyError`` naming close names when unknown)."""
    positions = {p.name: i for i, p in enumerate(spec.parameters)}
    if name not in positions:
        spec.parameter(name)  # raises the spec's KeyError
    return positions[name]


def _expand(name: str, roles: Mapping[str, list[int]] | None, synth: str) -> list[str]:
    """The parameter names a table name stands for: itself, or one per number of its role."""
    m = _ROLE.search(name)
    if not m:
        return [name]
    if roles is None:
        raise ValueError(f"{name!r} names a role ({m.group(1)}), but the adapter of {synth} has no roles")
    if m.group(1) not in roles:
        raise ValueError(f"{name!r}: {synth} has no role {m.group(1)!r}; roles: {', '.join(roles)}")
    return [_ROLE.sub(str(k), name) for k in roles[m.group(1)]]


def _normalized(spec: SynthSpec, name: str, value: float | str) -> float:
    p = spec.parameter(name)
    if isinstance(value, str):
        if value not in p.labels:
            raise ValueError(f"{spec.name}: {name} has no category {value!r}; categories: {list(p.labels)}")
        return float(p.values[p.labels.index(value)])
    return float(value)


def _roles(spec: SynthSpec, entry: Mapping[str, Any], base: np.ndarray) -> dict[str, list[int]] | None:
    """The adapter's roles in ``base`` when the entry names a role; None otherwise (or without roles)."""
    if not any(_ROLE.search(n) for n in (*entry["sweep"], *entry["set"])):
        return None
    roles = adapter_for(spec).roles
    return None if roles is None else roles(spec, base)


def sweep_values(
    spec: SynthSpec, attribute: str, base: np.ndarray, steps: int
) -> tuple[np.ndarray, np.ndarray, tuple[str, ...]]:
    """Normalized values of all parameters along one attribute's sweep from a base preset.

    Parameters
    ----------
    spec : SynthSpec
    attribute : str
        A key of the synth's :func:`attribute_table`.
    base : ndarray, shape (n_parameters,)
        Normalized values of the base preset.
    steps : int
        ``S``, number of steps (>= 3).

    Returns
    -------
    values : ndarray, shape (S, n_parameters), float32
        Base values with the table's ``set`` applied and the swept parameters raised; snapped to what
        the spec allows (discrete steps), so each row is a preset of the study's space.
    level : ndarray, shape (S,), float64
        Normalized value of the first swept parameter at each step, oriented so it never decreases
        (inverted parameters negated); equal values mark steps that snapped to the same setting.
    swept : tuple of str
        The swept parameters (roles expanded). Empty when the role has no member in ``base`` (e.g.
        modulators in DX7 algorithm 32): nothing can be swept.

    Shown in use (through :func:`attribute_sweeps`) in ``notebooks/01_audio_models.ipynb``.
    """
    if steps < 3:
        raise ValueError(f"a sweep needs at least 3 steps, got {steps}")
    entry = attribute_table(spec)[attribute]
    base = np.asarray(base, dtype=np.float64)
    roles = _roles(spec, entry, base)
    v = base.copy()
    for name, value in entry["set"].items():
        for n in _expand(name, roles, spec.name):
            v[_position(spec, n)] = _normalized(spec, n, value)
    swept = tuple(n for name in entry["sweep"] for n in _expand(name, roles, spec.name))
    first, last = (float(x) for x in entry["range"])
    values = np.repeat(v[None], steps, axis=0)
    ramp = np.linspace(first, last, steps)
    cols = [_position(spec, n) for n in swept]
    values[:, cols] = ramp[:, None]
    values = spec.to_values(spec.from_values(values))
    level = values[:, cols[0]].astype(np.float64) * (1.0 if last >= first else -1.0) if cols else np.zeros(steps)
    return values, level, swept


# ---------------------------------------------------------------------------------------------
# Sweeps
# ---------------------------------------------------------------------------------------------
@dataclass
class Sweep:
    """One base preset, one attribute, ``S`` sounds with the attribute rising.

    Attributes
    ----------
    synth : str
    attribute : str
    preset : int
        Index of the base preset in the random dataset ``seed`` (see :func:`attribute_sweeps`).
    parameters : tuple of str
        Swept parameters.
    values : ndarray, shape (S, n_parameters), float32
        Normalized values of all parameters at each step.
    level : ndarray, shape (S,)
        The swept value at each step, non-decreasing (ties = steps that snapped to the same value).
    audio : ndarray, shape (S, samples), float32
        Renders at ``sample_rate``.
    sample_rate : int
        Hz.
    rms : ndarray, shape (S,)
        RMS level of each step (linear, full scale = 1).
    settings : RenderSettings or None
        The render settings of ``audio`` (note, lengths; :func:`rerender` keeps all but the rate).
    """

    synth: str
    attribute: str
    preset: int
    parameters: tuple[str, ...]
    values: np.ndarray
    level: np.ndarray
    audio: np.ndarray
    sample_rate: int
    rms: np.ndarray = field(default_factory=lambda: np.zeros(0))
    settings: RenderSettings | None = None

    @property
    def steps(self) -> int:
        """``S``."""
        return int(self.values.shape[0])

    @property
    def silent(self) -> bool:
        """True when any step is at or below the study's silence level (``RMS_MIN``)."""
        return bool((self.rms <= RMS_MIN).any())

    @property
    def unchanged(self) -> bool:
        """True when the first and last steps sound the same (the sweep changes nothing)."""
        return bool(np.allclose(self.audio[0], self.audio[-1], rtol=0, atol=1e-6))


class SweepSet(list):
    """A list of kept :class:`Sweep` objects, with what was left out.

    Attributes
    ----------
    notes : list of str
        One line per skipped attribute or excluded sweep.
    excluded : list of Sweep
        Rendered sweeps left out (silent, or not changing the sound).
    """

    def __init__(self, sweeps: Iterable[Sweep] = (), notes: Iterable[str] = (), excluded: Iterable[Sweep] = ()):
        super().__init__(sweeps)
        self.notes: list[str] = list(notes)
        self.excluded: list[Sweep] = list(excluded)

    def add(self, s: Sweep) -> None:
        """Keep a rendered sweep, or exclude it with a note when it is silent or changes nothing."""
        where = f"{s.attribute}, preset {s.preset}"
        if s.silent:
            k = int(np.argmax(s.rms <= RMS_MIN))
            self.notes.append(f"{where}: excluded, step {k} is silent (RMS {s.rms[k]:.4f} <= {RMS_MIN})")
            self.excluded.append(s)
        elif s.unchanged:
            self.notes.append(f"{where}: excluded, the sweep does not change the sound")
            self.excluded.append(s)
        else:
            self.append(s)


def _render_steps(engine: Engine, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    audio = np.stack([render_values(engine, v) for v in values])
    return audio, np.sqrt(np.mean(audio.astype(np.float64) ** 2, axis=1))


def _wanted(spec: SynthSpec, attributes: Sequence[str] | None, notes: list[str]) -> list[str]:
    """The attributes to sweep, in the asked order; a note for each the synth lacks or does not know."""
    table, missing = attribute_table(spec), adapter_for(spec).missing_attributes
    wanted: list[str] = []
    for a in list(table) if attributes is None else attributes:
        if a in table:
            wanted.append(a)
        elif a in missing:
            notes.append(f"{a}: skipped, {missing[a]}")
        else:
            notes.append(f"{a}: skipped, not an attribute of {spec.name} (known: {', '.join(table)})")
    return wanted


def attribute_sweeps(
    synth: str | SynthSpec,
    presets: int = 10,
    steps: int = 20,
    seed: int = 0,
    *,
    attributes: Sequence[str] | None = None,
    settings: RenderSettings | None = None,
    engine: Engine | None = None,
) -> SweepSet:
    """Render every attribute's sweeps for a synth.

    Parameters
    ----------
    synth : str or SynthSpec
    presets : int
        ``P``, base presets per attribute (the study: 10).
    steps : int
        ``S``, steps per sweep (the study: 20).
    seed : int
        Dataset seed of the random base presets (presets ``0 .. P-1`` of that dataset).
    attributes : sequence of str, optional
        Attributes to sweep; default every one the synth has. Unknown ones, or ones the synth lacks,
        are skipped with a note.
    settings : RenderSettings, optional
        Render settings, notably ``sample_rate`` (default: :class:`RenderSettings`).
    engine : Engine, optional
        An open engine of this synth (its settings then apply).

    Returns
    -------
    SweepSet
        Kept sweeps in (attribute, preset) order; ``.notes`` and ``.excluded`` say what was left out.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    spec = synth if isinstance(synth, SynthSpec) else get_spec(synth)
    out = SweepSet()
    wanted = _wanted(spec, attributes, out.notes)
    engine = engine or open_engine(spec, settings)
    bases = [spec.to_values(sample_audible_preset(engine, seed, i).preset) for i in range(presets)]
    for a in wanted:
        for i, base in enumerate(bases):
            values, level, swept = sweep_values(spec, a, base, steps)
            if not swept:
                out.notes.append(f"{a}, preset {i}: skipped, its algorithm has no operator to sweep")
                continue
            audio, level_rms = _render_steps(engine, values)
            out.add(
                Sweep(
                    spec.name,
                    a,
                    i,
                    swept,
                    values,
                    level,
                    audio,
                    engine.settings.sample_rate,
                    level_rms,
                    engine.settings,
                )
            )
    return out


def rerender(sweeps: Sequence[Sweep], sample_rate: int) -> list[Sweep]:
    """The same sweeps rendered at another sample rate (one engine per synth).

    Parameters
    ----------
    sweeps : sequence of Sweep
    sample_rate : int
        Hz.

    Returns
    -------
    list of Sweep
        Same synths, attributes, presets and values; audio and RMS at ``sample_rate``, other render
        settings kept. Sweeps already at that rate are returned as they are. This is what
        :func:`synthproxy.audio_models.ranking.score_models` takes as ``at_rate``.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    engines: dict[tuple[str, RenderSettings], Engine] = {}
    out = []
    for s in sweeps:
        if s.sample_rate == sample_rate:
            out.append(s)
            continue
        settings = replace(s.settings or RenderSettings(), sample_rate=sample_rate)
        if (s.synth, settings) not in engines:
            engines[s.synth, settings] = open_engine(s.synth, settings)
        audio, level_rms = _render_steps(engines[s.synth, settings], s.values)
        out.append(replace(s, audio=audio, sample_rate=sample_rate, rms=level_rms, settings=settings))
    return out
