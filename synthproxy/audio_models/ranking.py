"""The sound-attribute ranking test: how well an audio model orders sounds along one synth parameter.

For each sound attribute (amp attack, filter cutoff, LFO rate on pitch, ...), a base preset is
copied ``S`` times with one parameter raised monotonically from its lowest to its highest value
(a *sweep*). A good embedding places the ``S`` sounds in that order: the L1 distance of each
sound's embedding to the lowest step's should grow with the step, and its distance to the highest
step's should shrink. The score of a sweep is the Spearman correlation of the step with the first
distance, and minus the one with the second, averaged (:func:`rank_scores`; each reference is left
out of its own ranking, as in the original study); a model's score is the mean over base presets,
then over attributes. This is the original study's audio-model selection experiment (13 attributes
of TAL-NoiseMaker, 10 presets, 20 steps), run on the synths here.

Attributes, and what each sweep sets so that the attribute is heard
-------------------------------------------------------------------
Tables are plain data (:data:`ATTRIBUTE_TABLES`): per synth, attribute -> ``sweep`` (parameters
raised together), ``range`` (normalized value at the first and last step; a decreasing range is an
inverted parameter, e.g. a DX7 rate), ``set`` (parameters fixed for the whole sweep; a string value
is a category label). Every value lies in the parameter's sampling interval, so each step is a
preset of the study's space (discrete values snap to their steps). Other LFO destinations are set
to zero so an LFO attribute is heard alone.

**amsynth** (normalized values; native ranges in ``synthproxy/synths/specs/amsynth.toml``)

==================  ==================  ===========  ==================================================
attribute           sweep               range        set
==================  ==================  ===========  ==================================================
amp_attack          amp_attack          0 -> 0.5     amp_sustain 1, no distortion, no LFO on amp
                                                     (nominal 0 -> 1.95 s)
amp_decay           amp_decay           0.25 -> 0.7  amp_attack 0, amp_sustain 0.1, no distortion, no LFO
                                                     on amp (nominal 0.24 -> 5.4 s)
filter_cutoff       filter_cutoff       0 -> 1       low pass, triangle/saw oscillators, no filter env.
filter_decay        filter_decay        0 -> 0.6     as above, cutoff 0.3, env. amount +9.6 (0.8),
                                                     filter attack 0, sustain 0 (0 -> 3.4 s)
filter_resonance    filter_resonance    0 -> 1       low pass, triangle/saw, cutoff 0.45, no filter env.
lfo_amount_amp      amp_mod_amount      0 -> 1       LFO sine at 0.3 (5 Hz), no other LFO routing
lfo_amount_filter   filter_mod_amount   0 -> 1       as above, plus low pass, triangle/saw, cutoff 0.55
lfo_amount_pitch    freq_mod_amount     0 -> 1       LFO sine at 0.3, on both oscillators
lfo_rate_amp        lfo_freq            0.1 -> 0.6   amp_mod_amount 1, no other routing (0.56 -> 20 Hz)
lfo_rate_filter     lfo_freq            0.1 -> 0.6   filter_mod_amount 1, low pass, triangle/saw, cutoff 0.55
lfo_rate_pitch      lfo_freq            0.1 -> 0.6   freq_mod_amount 0.6, on both oscillators
pitch_coarse        osc2_pitch          0 -> 1       osc_mix 1 (only oscillator 2 heard), no ring mod.
                                                     (-12 -> +12 semitones)
reverb_amount       reverb_wet          0 -> 1       reverb_roomsize 0.7
==================  ==================  ===========  ==================================================

amsynth's LFO amounts are not bipolar in effect: ``amp_mod_amount`` and ``filter_mod_amount`` run from
no modulation (normalized 0) to full (1), and so does ``freq_mod_amount``; every sweep covers the whole
range, so no sweep crosses a sign change.

**dexed** (DX7). A DX7 has no filter, no resonance and no effects: ``filter_resonance`` and
``reverb_amount`` are dropped (:data:`MISSING_ATTRIBUTES`). The other attributes use the DX7
parameters closest in effect: carrier operators make the sound, so their envelopes are the amp
envelope and their frequency the pitch; modulator operators set the brightness, so their output
level stands for the filter cutoff and their envelopes for the filter envelope; amplitude modulation
of the modulators (their AMS) is an LFO on brightness. ``{carrier}`` and ``{modulator}`` stand for
every carrier / modulator operator of the base preset's algorithm (:data:`DX7_CARRIERS`), all set
to the same value; a sweep over modulators is skipped for algorithm 32, which has none.
DX7 values (0..99 unless said):

==================  ===========================  ===========  =========================================
attribute           sweep                        range        set
==================  ===========================  ===========  =========================================
amp_attack          op{carrier}_eg_rate_1        64 -> 30     carriers' EG level 1 = 99, level 4 = 0
                    (lower rate = slower attack)              (about 0.05 s -> 2 s)
amp_decay           op{carrier}_eg_rate_2        69 -> 20     carriers' EG rate 1 = 99, level 1 = 99,
                                                              levels 2 and 3 = 70 (-20 dB), level 4 = 0
filter_cutoff       op{modulator}_output_level   0 -> 99
filter_decay        op{modulator}_eg_rate_2      69 -> 20     modulators' output 80, EG rate 1 = 99,
                                                              level 1 = 99, levels 2, 3, 4 = 0
lfo_amount_amp      lfo_am_depth                 0 -> 99      carriers' AMS 3, modulators' AMS 0,
                                                              LFO sine, speed 35 (6 Hz), no delay,
                                                              PM depth 0
lfo_amount_filter   lfo_am_depth                 0 -> 99      modulators' AMS 3 and output 80,
                                                              carriers' AMS 0, LFO as above
lfo_amount_pitch    lfo_pm_depth                 0 -> 99      PMS 3, LFO as above, AM depth 0
lfo_rate_amp        lfo_speed                    10 -> 71     AM depth 70, carriers' AMS 3, PM depth 0
                                                              (about 1.3 -> 18 Hz)
lfo_rate_filter     lfo_speed                    10 -> 71     AM depth 70, modulators' AMS 3, output 80
lfo_rate_pitch      lfo_speed                    10 -> 71     PM depth 50, PMS 3, AM depth 0
pitch_coarse        op{carrier}_f_coarse         0 -> 19      carriers in ratio mode (ratio 0.5 -> 19)
==================  ===========================  ===========  =========================================

(AMS = ``opN_a_mod_sens.``, PMS = ``p_mode_sens.``, DX7 values 0..99 unless said.)

Base presets
------------
Random presets of the study's own sampling (:func:`synthproxy.presets.sampling.sample_audible_preset`,
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
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

import numpy as np
import pandas as pd
from scipy.stats import rankdata

from synthproxy.audio_models.base import AudioModel, UnknownAudioModelError, UnsafeCheckpointError, load
from synthproxy.constants import RMS_MIN
from synthproxy.render import sample_audible_preset
from synthproxy.render import Engine, RenderSettings, render_values
from synthproxy.synths import get_spec, open_engine
from synthproxy.synths.spec import SynthSpec

__all__ = [
    "ATTRIBUTES", "ATTRIBUTE_TABLES", "MISSING_ATTRIBUTES", "DX7_CARRIERS", "STUDY_SCORES", "Sweep", "SweepSet",
    "attribute_table", "describe_attributes", "sweep_values", "attribute_sweeps", "rerender", "sweep_distances",
    "rank_scores", "score_models", "summarize", "ranking_chart", "choice_table", "describe_choice",
    "available_models", "embedding_speed", "rank_synths", "main",
]

#: The 13 sound attributes of the original study, in its order.
ATTRIBUTES: tuple[str, ...] = (
    "amp_attack", "amp_decay", "filter_cutoff", "filter_decay", "filter_resonance",
    "lfo_amount_amp", "lfo_amount_filter", "lfo_amount_pitch",
    "lfo_rate_amp", "lfo_rate_filter", "lfo_rate_pitch", "pitch_coarse", "reverb_amount",
)

#: Mean scores of the original study's audio-model selection (TAL-NoiseMaker, 10 presets x 20 steps).
STUDY_SCORES: dict[str, float] = {
    "mn20": 0.976, "OpenL3-6144": 0.966, "mn04": 0.965, "OpenL3-512": 0.963, "PaSST-S": 0.960, "PaSST-L": 0.954,
    "CLAP": 0.952, "mel-128": 0.921, "MFCC-40": 0.913,
}

#: Carrier operators (1-based, DX7 OP1..OP6) of DX7 algorithms 1..32; the other operators are modulators.
DX7_CARRIERS: tuple[tuple[int, ...], ...] = (
    (1, 3), (1, 3), (1, 4), (1, 4), (1, 3, 5), (1, 3, 5), (1, 3), (1, 3), (1, 3), (1, 4), (1, 4), (1, 3),
    (1, 3), (1, 3), (1, 3), (1,), (1,), (1,), (1, 4, 5), (1, 2, 4), (1, 2, 4, 5), (1, 3, 4, 5), (1, 2, 4, 5),
    (1, 2, 3, 4, 5), (1, 2, 3, 4, 5), (1, 2, 4), (1, 2, 4), (1, 3, 6), (1, 2, 3, 5), (1, 2, 3, 6),
    (1, 2, 3, 4, 5), (1, 2, 3, 4, 5, 6),
)

# -- amsynth -----------------------------------------------------------------------------------
_AMS_NO_LFO = {"amp_mod_amount": 0.0, "filter_mod_amount": 0.0, "freq_mod_amount": 0.0}
_AMS_LFO = {"lfo_waveform": "sine", "lfo_freq": 0.3}
_AMS_CLEAN_AMP = {"distortion_crunch": 0.0, "amp_mod_amount": 0.0}
_AMS_LOWPASS = {"filter_type": "low pass", "osc1_waveform": "triangle / saw", "osc2_waveform": "triangle / saw",
                "filter_env_amount": 0.5}

_AMSYNTH: dict[str, dict[str, Any]] = {
    "amp_attack": {"sweep": ["amp_attack"], "range": [0.0, 0.5], "set": {**_AMS_CLEAN_AMP, "amp_sustain": 1.0}},
    "amp_decay": {"sweep": ["amp_decay"], "range": [0.25, 0.7],
                  "set": {**_AMS_CLEAN_AMP, "amp_attack": 0.0, "amp_sustain": 0.1}},
    "filter_cutoff": {"sweep": ["filter_cutoff"], "range": [0.0, 1.0], "set": {**_AMS_LOWPASS}},
    "filter_decay": {"sweep": ["filter_decay"], "range": [0.0, 0.6], "set": {
        **_AMS_LOWPASS, "filter_cutoff": 0.3, "filter_env_amount": 0.8, "filter_attack": 0.0,
        "filter_sustain": 0.0}},
    "filter_resonance": {"sweep": ["filter_resonance"], "range": [0.0, 1.0],
                         "set": {**_AMS_LOWPASS, "filter_cutoff": 0.45}},
    "lfo_amount_amp": {"sweep": ["amp_mod_amount"], "range": [0.0, 1.0], "set": {**_AMS_NO_LFO, **_AMS_LFO}},
    "lfo_amount_filter": {"sweep": ["filter_mod_amount"], "range": [0.0, 1.0],
                          "set": {**_AMS_NO_LFO, **_AMS_LFO, **_AMS_LOWPASS, "filter_cutoff": 0.55}},
    "lfo_amount_pitch": {"sweep": ["freq_mod_amount"], "range": [0.0, 1.0],
                         "set": {**_AMS_NO_LFO, **_AMS_LFO, "freq_mod_osc": "osc 1+2"}},
    "lfo_rate_amp": {"sweep": ["lfo_freq"], "range": [0.1, 0.6],
                     "set": {**_AMS_NO_LFO, "lfo_waveform": "sine", "amp_mod_amount": 1.0}},
    "lfo_rate_filter": {"sweep": ["lfo_freq"], "range": [0.1, 0.6], "set": {
        **_AMS_NO_LFO, **_AMS_LOWPASS, "lfo_waveform": "sine", "filter_mod_amount": 1.0, "filter_cutoff": 0.55}},
    "lfo_rate_pitch": {"sweep": ["lfo_freq"], "range": [0.1, 0.6], "set": {
        **_AMS_NO_LFO, "lfo_waveform": "sine", "freq_mod_amount": 0.6, "freq_mod_osc": "osc 1+2"}},
    "pitch_coarse": {"sweep": ["osc2_pitch"], "range": [0.0, 1.0], "set": {"osc_mix": 1.0, "osc_mix_mode": 0.0}},
    "reverb_amount": {"sweep": ["reverb_wet"], "range": [0.0, 1.0], "set": {"reverb_roomsize": 0.7}},
}

# -- DX7 (dexed, dexed-vst) --------------------------------------------------------------------
_DX_LFO_SHAPE = {"lfo_wave": "sine", "lfo_delay": 0.0}
_DX_LFO = {**_DX_LFO_SHAPE, "lfo_speed": 35 / 99}  # about 6 Hz
_DX_BRIGHT = {"op{modulator}_output_level": 0.8}
_DX_AM_CARRIERS = {"op{carrier}_a_mod_sens.": 1.0, "op{modulator}_a_mod_sens.": 0.0, "lfo_pm_depth": 0.0}
_DX_AM_MODULATORS = {"op{carrier}_a_mod_sens.": 0.0, "op{modulator}_a_mod_sens.": 1.0, "lfo_pm_depth": 0.0,
                     **_DX_BRIGHT}
_DX_PM = {"p_mode_sens.": 3 / 7, "lfo_am_depth": 0.0}
_DX_RATE = [0.1, 0.72]  # LFO speed 10 -> 71: about 1.3 -> 18 Hz


def _dx_eg(role: str, **levels: float) -> dict[str, float]:
    """EG settings of every operator of a role: instant attack to full level, then the given levels."""
    return {f"op{{{role}}}_eg_rate_1": 1.0, f"op{{{role}}}_eg_level_1": 1.0,
            **{f"op{{{role}}}_eg_{k}": v for k, v in levels.items()}}


_DX7: dict[str, dict[str, Any]] = {
    "amp_attack": {"sweep": ["op{carrier}_eg_rate_1"], "range": [0.65, 0.3],  # rate 64 -> 30: ~0 -> 2 s
                   "set": {"op{carrier}_eg_level_1": 1.0, "op{carrier}_eg_level_4": 0.0}},
    "amp_decay": {"sweep": ["op{carrier}_eg_rate_2"], "range": [0.7, 0.2],  # rate 69 -> 20, to level 70 (-20 dB)
                  "set": _dx_eg("carrier", level_2=0.7, level_3=0.7, level_4=0.0)},
    "filter_cutoff": {"sweep": ["op{modulator}_output_level"], "range": [0.0, 1.0], "set": {}},
    "filter_decay": {"sweep": ["op{modulator}_eg_rate_2"], "range": [0.7, 0.2],
                     "set": {**_DX_BRIGHT, **_dx_eg("modulator", level_2=0.0, level_3=0.0, level_4=0.0)}},
    "lfo_amount_amp": {"sweep": ["lfo_am_depth"], "range": [0.0, 1.0], "set": {**_DX_LFO, **_DX_AM_CARRIERS}},
    "lfo_amount_filter": {"sweep": ["lfo_am_depth"], "range": [0.0, 1.0], "set": {**_DX_LFO, **_DX_AM_MODULATORS}},
    "lfo_amount_pitch": {"sweep": ["lfo_pm_depth"], "range": [0.0, 1.0], "set": {**_DX_LFO, **_DX_PM}},
    "lfo_rate_amp": {"sweep": ["lfo_speed"], "range": _DX_RATE,
                     "set": {**_DX_LFO_SHAPE, **_DX_AM_CARRIERS, "lfo_am_depth": 0.7}},
    "lfo_rate_filter": {"sweep": ["lfo_speed"], "range": _DX_RATE,
                        "set": {**_DX_LFO_SHAPE, **_DX_AM_MODULATORS, "lfo_am_depth": 0.7}},
    "lfo_rate_pitch": {"sweep": ["lfo_speed"], "range": _DX_RATE,
                       "set": {**_DX_LFO_SHAPE, **_DX_PM, "lfo_pm_depth": 50 / 99}},
    "pitch_coarse": {"sweep": ["op{carrier}_f_coarse"], "range": [0.0, 19 / 31], "set": {"op{carrier}_mode": "ratio"}},
}

#: Per synth: attribute -> ``{"sweep": [names], "range": [first, last], "set": {name: value or label}}``.
ATTRIBUTE_TABLES: dict[str, dict[str, dict[str, Any]]] = {"amsynth": _AMSYNTH, "dexed": _DX7, "dexed-vst": _DX7}

#: Per synth: attributes it lacks, and why (skipped with this note).
MISSING_ATTRIBUTES: dict[str, dict[str, str]] = {
    name: {"filter_resonance": "a DX7 has no filter, so no resonance", "reverb_amount": "a DX7 has no effects"}
    for name in ("dexed", "dexed-vst")
}

_ROLE = re.compile(r"\{(carrier|modulator)\}")


# ---------------------------------------------------------------------------------------------
# Tables -> values
# ---------------------------------------------------------------------------------------------
def attribute_table(synth: str | SynthSpec) -> dict[str, dict[str, Any]]:
    """The attribute table of a synth (see the module docstring).

    Raises
    ------
    KeyError
        When no table exists for the synth; the message lists the synths that have one.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    name = synth.name if isinstance(synth, SynthSpec) else str(synth)
    if name not in ATTRIBUTE_TABLES:
        raise KeyError(f"no attribute table for synth {name!r}; tables exist for {', '.join(sorted(ATTRIBUTE_TABLES))}")
    return ATTRIBUTE_TABLES[name]


def describe_attributes(synth: str | SynthSpec) -> pd.DataFrame:
    """The attribute table of a synth as a DataFrame, one row per attribute (dropped ones with why).

    Returns
    -------
    pandas.DataFrame
        Index ``attribute``; columns ``sweep`` (parameters), ``from``, ``to`` (normalized values),
        ``also set`` (fixed parameters), ``dropped`` (reason, or empty).

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    name = synth.name if isinstance(synth, SynthSpec) else str(synth)
    table, missing = attribute_table(name), MISSING_ATTRIBUTES.get(name, {})
    rows = []
    for a in ATTRIBUTES:
        e = table.get(a)
        rows.append({
            "attribute": a,
            "sweep": ", ".join(e["sweep"]) if e else "",
            "from": round(e["range"][0], 3) if e else None,
            "to": round(e["range"][1], 3) if e else None,
            "also set": ", ".join(f"{k} = {v if isinstance(v, str) else round(v, 3)}"
                                  for k, v in (e["set"].items() if e else ())),
            "dropped": missing.get(a, "" if e else "no parameter for it"),
        })
    return pd.DataFrame(rows).set_index("attribute")


def _operators(spec: SynthSpec, values: np.ndarray) -> dict[str, list[int]]:
    """Carrier and modulator operators (1-based) of the DX7 algorithm in ``values``."""
    p = spec.parameter("algorithm")
    algo = int(p.step_index(values[_position(spec, "algorithm")]))
    carriers = list(DX7_CARRIERS[algo])
    return {"carrier": carriers, "modulator": [k for k in range(1, 7) if k not in carriers]}


def _position(spec: SynthSpec, name: str) -> int:
    """Position of a parameter in ``spec.parameters`` (``KeyError`` naming close names when unknown)."""
    positions = {p.name: i for i, p in enumerate(spec.parameters)}
    if name not in positions:
        spec.parameter(name)  # raises the spec's KeyError
    return positions[name]


def _expand(name: str, roles: Mapping[str, list[int]] | None) -> list[str]:
    m = _ROLE.search(name)
    if not m:
        return [name]
    if roles is None:
        raise ValueError(f"{name!r} names operator roles, which need an 'algorithm' parameter")
    return [_ROLE.sub(str(k), name) for k in roles[m.group(1)]]


def _normalized(spec: SynthSpec, name: str, value: float | str) -> float:
    p = spec.parameter(name)
    if isinstance(value, str):
        if value not in p.labels:
            raise ValueError(f"{spec.name}: {name} has no category {value!r}; categories: {list(p.labels)}")
        return float(p.values[p.labels.index(value)])
    return float(value)


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
        The swept parameters (operator roles expanded). Empty when the role has no operator (e.g.
        modulators in DX7 algorithm 32): nothing can be swept.

    Shown in use (through :func:`attribute_sweeps`) in ``notebooks/01_audio_models.ipynb``.
    """
    if steps < 3:
        raise ValueError(f"a sweep needs at least 3 steps, got {steps}")
    entry = attribute_table(spec)[attribute]
    base = np.asarray(base, dtype=np.float64)
    roles = _operators(spec, base) if any(p.name == "algorithm" for p in spec.parameters) else None
    v = base.copy()
    for name, value in entry["set"].items():
        for n in _expand(name, roles):
            v[_position(spec, n)] = _normalized(spec, n, value)
    swept = tuple(n for name in entry["sweep"] for n in _expand(name, roles))
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


def _render_steps(engine: Engine, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    audio = np.stack([render_values(engine, v) for v in values])
    return audio, np.sqrt(np.mean(audio.astype(np.float64) ** 2, axis=1))


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
    table = attribute_table(spec)
    engine = engine or open_engine(spec, settings)
    missing = MISSING_ATTRIBUTES.get(spec.name, {})
    out = SweepSet()
    wanted: list[str] = []
    for a in (list(table) if attributes is None else attributes):
        if a in table:
            wanted.append(a)
        elif a in missing:
            out.notes.append(f"{a}: skipped, {missing[a]}")
        else:
            out.notes.append(f"{a}: skipped, not an attribute of {spec.name} (known: {', '.join(table)})")
    bases = [spec.to_values(sample_audible_preset(engine, seed, i).preset) for i in range(presets)]
    for a in wanted:
        for i, base in enumerate(bases):
            values, level, swept = sweep_values(spec, a, base, steps)
            if not swept:
                out.notes.append(f"{a}, preset {i}: skipped, its algorithm has no operator to sweep")
                continue
            audio, level_rms = _render_steps(engine, values)
            s = Sweep(spec.name, a, i, swept, values, level, audio, engine.settings.sample_rate, level_rms,
                      engine.settings)
            if s.silent:
                k = int(np.argmax(s.rms <= RMS_MIN))
                out.notes.append(f"{a}, preset {i}: excluded, step {k} is silent (RMS {s.rms[k]:.4f} <= {RMS_MIN})")
                out.excluded.append(s)
            elif s.unchanged:
                out.notes.append(f"{a}, preset {i}: excluded, the sweep does not change the sound")
                out.excluded.append(s)
            else:
                out.append(s)
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
        settings kept. Sweeps already at that rate are returned as they are.

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


# ---------------------------------------------------------------------------------------------
# Scores
# ---------------------------------------------------------------------------------------------
def _spearman(x: np.ndarray, y: np.ndarray) -> float:
    """Spearman correlation with average ranks for ties; 0 when either side is constant."""
    rx, ry = rankdata(x), rankdata(y)
    rx, ry = rx - rx.mean(), ry - ry.mean()
    den = np.sqrt((rx * rx).sum() * (ry * ry).sum())
    return float((rx * ry).sum() / den) if den > 0 else 0.0


def sweep_distances(embeddings: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """L1 distances of every step's embedding to the lowest and to the highest step's.

    Parameters
    ----------
    embeddings : ndarray, shape (S, D)

    Returns
    -------
    to_low, to_high : ndarray, shape (S,) each

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    e = np.asarray(embeddings, dtype=np.float64)
    return np.abs(e - e[0]).sum(axis=1), np.abs(e - e[-1]).sum(axis=1)


def rank_scores(embeddings: np.ndarray, level: np.ndarray | None = None) -> tuple[float, float, float]:
    """How well embeddings order the steps of one sweep.

    Parameters
    ----------
    embeddings : ndarray, shape (S, D)
        One embedding per step, lowest step first; ``S >= 3``.
    level : ndarray, shape (S,), optional
        The attribute's value at each step; default ``0 .. S-1``. Equal values (steps that snapped
        to the same setting) are ties. A decreasing ``level`` says the attribute falls along the
        steps, so embeddings that move away step by step then score -1.

    Returns
    -------
    score : float
        ``(rho_low + rho_high) / 2``, in [-1, 1]: 1 when L1 distances order the steps exactly,
        about 0 for unrelated embeddings.
    rho_low : float
        Spearman correlation of ``level`` with the L1 distance to step 0, over steps ``1 .. S-1``.
    rho_high : float
        Minus the Spearman correlation of ``level`` with the L1 distance to step ``S-1``, over
        steps ``0 .. S-2``.

    Notes
    -----
    As in the original study, each reference step is left out of its own ranking (its distance to
    itself, 0, would always rank first and lift every score, by about 0.14 for random embeddings
    and 20 steps). Ties get average ranks on both sides, so steps that sound the same and have the
    same level cost nothing. A constant side (e.g. a model giving every step the same embedding)
    has no order: its correlation is defined as 0.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    e = np.asarray(embeddings, dtype=np.float64)
    if e.ndim != 2 or e.shape[0] < 3:
        raise ValueError(f"embeddings must be (S >= 3, D), got shape {e.shape}")
    lv = np.arange(e.shape[0], dtype=np.float64) if level is None else np.asarray(level, dtype=np.float64)
    if lv.shape != (e.shape[0],):
        raise ValueError(f"level must have shape ({e.shape[0]},), got {lv.shape}")
    to_low, to_high = sweep_distances(e)
    low = _spearman(lv[1:], to_low[1:])
    high = -_spearman(lv[:-1], to_high[:-1])
    return (low + high) / 2.0, low, high


def _as_model(model: str | AudioModel) -> AudioModel:
    return load(model) if isinstance(model, str) else model


def score_models(
    sweeps: Sequence[Sweep], models: Sequence[str | AudioModel], *, batch_size: int = 64
) -> pd.DataFrame:
    """Score every sweep with every audio model.

    Sweeps are rendered once per sample rate the models need (:func:`rerender`) and reused.
    Silent or unchanging sweeps are left out (listed in ``df.attrs["notes"]``).

    Parameters
    ----------
    sweeps : sequence of Sweep
        E.g. from :func:`attribute_sweeps`.
    models : sequence of str or AudioModel
        Registry names (an unknown name raises the registry's ``UnknownAudioModelError``) or models.
    batch_size : int
        Clips per :meth:`AudioModel.embed` call.

    Returns
    -------
    pandas.DataFrame
        One row per (model, sweep): ``synth, model, attribute, preset, score, rho_low, rho_high``.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    loaded = [_as_model(m) for m in models]
    notes = [f"{s.attribute}, preset {s.preset}: excluded ({'silent' if s.silent else 'unchanged'})"
             for s in sweeps if s.silent or s.unchanged]
    kept = [s for s in sweeps if not (s.silent or s.unchanged)]
    by_rate: dict[int, list[Sweep]] = {}
    rows = []
    for g in loaded:
        if g.sample_rate not in by_rate:
            by_rate[g.sample_rate] = rerender(kept, g.sample_rate)
        rendered = by_rate[g.sample_rate]
        if not rendered:
            continue
        clips = np.concatenate([s.audio for s in rendered])
        emb = np.concatenate([g.embed(clips[k:k + batch_size]) for k in range(0, len(clips), batch_size)])
        start = 0
        for s in rendered:
            score, low, high = rank_scores(emb[start:start + s.steps], s.level)
            start += s.steps
            rows.append({"synth": s.synth, "model": g.name, "attribute": s.attribute, "preset": s.preset,
                         "score": score, "rho_low": low, "rho_high": high})
    df = pd.DataFrame(rows, columns=["synth", "model", "attribute", "preset", "score", "rho_low", "rho_high"])
    df.attrs["notes"] = notes
    return df


def summarize(scores: pd.DataFrame) -> pd.DataFrame:
    """Mean and standard deviation over base presets, per (synth, model, attribute).

    Parameters
    ----------
    scores : pandas.DataFrame
        From :func:`score_models`.

    Returns
    -------
    pandas.DataFrame
        Columns ``synth, model, attribute, mean, std, n_presets``; ``std`` is the population
        standard deviation (ddof = 0, 0 for one preset). Attributes in the study's order.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    g = scores.groupby(["synth", "model", "attribute"], sort=False)["score"]
    out = g.agg(mean="mean", std=lambda x: float(np.std(x)), n_presets="count").reset_index()
    order = {a: i for i, a in enumerate(ATTRIBUTES)}
    return out.sort_values(["synth", "model", "attribute"], key=lambda c: c.map(order) if c.name == "attribute" else c,
                           kind="stable").reset_index(drop=True)


def ranking_chart(summary: pd.DataFrame, title: str = "") -> Any:
    """Per-attribute scores of each model as horizontal bars with +-1 std (an altair chart).

    Parameters
    ----------
    summary : pandas.DataFrame
        From :func:`summarize` (one synth).
    title : str

    Returns
    -------
    altair.Chart
        Save it with ``chart.save("x.svg")`` / ``.png`` (vl-convert) to show it offline.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    import altair as alt

    data = summary.assign(low=summary["mean"] - summary["std"], high=(summary["mean"] + summary["std"]).clip(upper=1))
    lo = float(min(0.0, data["low"].min()))
    base = alt.Chart(data).encode(
        y=alt.Y("attribute:N", sort=list(ATTRIBUTES), title=None),
        yOffset=alt.YOffset("model:N"),
        color=alt.Color("model:N", title="audio model"),
    )
    x = alt.X("mean:Q", scale=alt.Scale(domain=[lo, 1.0]), title="Spearman score (mean over presets)")
    bars = base.mark_bar().encode(x=x)
    spread = base.mark_rule(opacity=0.7).encode(x="low:Q", x2="high:Q", color=alt.value("black"))
    return (bars + spread).properties(width=420, height=alt.Step(7), title=title)


def choice_table(summary: pd.DataFrame, speed: Mapping[str, float], sizes: Mapping[str, int]) -> pd.DataFrame:
    """Mean score per synth and overall, embedding size and speed of each model.

    Parameters
    ----------
    summary : pandas.DataFrame
        From :func:`summarize`, one or several synths.
    speed : mapping
        Model -> clips per second (:func:`embedding_speed`).
    sizes : mapping
        Model -> embedding size ``D``.

    Returns
    -------
    pandas.DataFrame
        Index model, best first; columns: one mean score per synth (mean over attributes),
        ``mean score`` (mean over synths), ``embedding size``, ``clips/s``.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    per_synth = summary.groupby(["model", "synth"])["mean"].mean().unstack("synth")
    table = per_synth.assign(**{"mean score": per_synth.mean(axis=1)})
    table["embedding size"] = pd.Series(sizes, dtype="Int64")
    table["clips/s"] = pd.Series(speed, dtype=float)
    return table.sort_values("mean score", ascending=False)


def describe_choice(choice: pd.DataFrame, used: str, summary: pd.DataFrame) -> str:
    """A few sentences on the model the study uses, from measured numbers.

    Parameters
    ----------
    choice : pandas.DataFrame
        From :func:`choice_table`.
    used : str
        The model the study uses (``audio_models.DEFAULT_AUDIO_MODEL``).
    summary : pandas.DataFrame
        From :func:`summarize` (the same synths), for the attributes where ``used`` differs most.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    if used not in choice.index:
        return f"{used!r} is not among the scored models, so these numbers cannot back the choice."
    synths = [c for c in choice.columns if c not in ("mean score", "embedding size", "clips/s")]
    row, best = choice.loc[used], choice.index[0]
    size = "" if pd.isna(row["embedding size"]) else f"{int(row['embedding size'])}-d, "
    speed = "" if pd.isna(row["clips/s"]) else f"{row['clips/s']:.0f} clips/s on this CPU"
    text = [f"The rest of the study uses {used!r}: mean score {row['mean score']:.3f} over "
            f"{', '.join(synths)} (rank {list(choice.index).index(used) + 1} of {len(choice)}), {size}{speed}."]
    for synth in synths:
        top = choice[synth].idxmax()
        if top != used:
            text.append(f"On {synth}, {top!r} scores higher ({choice.loc[top, synth]:.3f} vs {row[synth]:.3f}).")
    if best != used:
        b = choice.loc[best]
        text.append(f"Over all, {best!r} scores {b['mean score'] - row['mean score']:.3f} higher.")
    others = [m for m in choice.index if m != used]
    if others:
        table = summary.groupby(["attribute", "model"])["mean"].mean().unstack("model")
        gain = (table[used] - table[others].max(axis=1)).sort_values()
        ahead, behind = gain[gain > 0.01][::-1][:3], gain[gain < -0.01][:3]
        fmt = lambda idx: ", ".join(f"{a} ({table.loc[a, used]:.2f} vs {table.loc[a, others].max():.2f})" for a in idx)
        if len(ahead):
            text.append(f"It is ahead of the others on {fmt(ahead.index)}.")
        if len(behind):
            text.append(f"It trails on {fmt(behind.index)}.")
    return " ".join(text)


# ---------------------------------------------------------------------------------------------
# Models: which load here, and how fast they embed
# ---------------------------------------------------------------------------------------------
def available_models(names: Iterable[str], **kwargs: Any) -> tuple[dict[str, AudioModel], dict[str, str]]:
    """Load the audio models that can load here; say why the others cannot.

    Parameters
    ----------
    names : iterable of str
        Registry names.
    **kwargs
        Passed to every loader.

    Returns
    -------
    models : dict
        name -> loaded :class:`AudioModel`.
    unavailable : dict
        name -> reason (not registered, weights file missing, wrong or unsafe, package missing).

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    models: dict[str, AudioModel] = {}
    unavailable: dict[str, str] = {}
    for name in names:
        try:
            models[name] = load(name, **kwargs)
        except UnknownAudioModelError as e:
            unavailable[name] = str(e)
        except (OSError, ImportError, ValueError, UnsafeCheckpointError) as e:
            unavailable[name] = f"{type(e).__name__}: {e}"
    return models, unavailable


def embedding_speed(model: AudioModel, clips: np.ndarray, *, batch_size: int = 64) -> float:
    """Clips per second a model embeds on this machine (wall clock, after one warm-up clip).

    Parameters
    ----------
    model : AudioModel
    clips : ndarray, shape (N, samples)
        Clips at ``model.sample_rate``.
    batch_size : int
        Clips per :meth:`AudioModel.embed` call.

    Returns
    -------
    float
        ``N`` / seconds taken.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    clips = np.asarray(clips, dtype=np.float32)
    model.embed(clips[:1])
    t0 = time.perf_counter()
    for k in range(0, len(clips), batch_size):
        model.embed(clips[k:k + batch_size])
    return len(clips) / (time.perf_counter() - t0)


# ---------------------------------------------------------------------------------------------
# The whole test over several synths (the study's full setting)
# ---------------------------------------------------------------------------------------------
def rank_synths(
    synths: Sequence[str],
    models: Sequence[str],
    presets: int = 10,
    steps: int = 20,
    seed: int = 0,
    *,
    speed_sweeps: int = 6,
) -> tuple[pd.DataFrame, pd.DataFrame, list[str]]:
    """Run the test for several synths with every model that loads here.

    Parameters
    ----------
    synths : sequence of str
    models : sequence of str
        Registry names; models that cannot load are left out (see the notes).
    presets, steps, seed : int
        As in :func:`attribute_sweeps` (the study: 10, 20, 0).
    speed_sweeps : int
        Sweeps of each synth whose clips time :func:`embedding_speed`.

    Returns
    -------
    summary : pandas.DataFrame
        :func:`summarize` of every synth, concatenated.
    speed : pandas.DataFrame
        Clips per second, index synth, columns model.
    notes : list of str
        Unavailable models, skipped attributes and excluded sweeps.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    loaded, unavailable = available_models(models)
    notes = [f"{n}: skipped: {why}" for n, why in unavailable.items()]
    summaries, speed = [], {}
    for synth in synths:
        sweeps = attribute_sweeps(synth, presets=presets, steps=steps, seed=seed)
        notes += [f"{synth}: {n}" for n in sweeps.notes]
        summaries.append(summarize(score_models(sweeps, list(loaded.values()))))
        sample = sweeps[:speed_sweeps]
        speed[synth] = {n: embedding_speed(g, np.concatenate([s.audio for s in rerender(sample, g.sample_rate)]))
                        for n, g in loaded.items()}
    return pd.concat(summaries, ignore_index=True), pd.DataFrame(speed).T, notes


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m synthproxy.audio_models.ranking``: the study's full setting -> ``results/attribute_ranking.csv``.

    Also writes the chart next to it (``.svg``, ``.png``) and prints the mean score per synth and model,
    the clips/s and the notes.
    """
    import argparse

    import altair as alt

    from synthproxy.paths import RESULTS_DIR

    ap = argparse.ArgumentParser(prog="python -m synthproxy.audio_models.ranking", description=main.__doc__)
    ap.add_argument("--synths", nargs="+", default=["amsynth", "dexed"])
    ap.add_argument("--models", nargs="+", default=["aisfx", "mel", "mfcc", "mn04", "mn20"])
    ap.add_argument("--presets", type=int, default=10)
    ap.add_argument("--steps", type=int, default=20)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", default=str(RESULTS_DIR / "attribute_ranking.csv"))
    args = ap.parse_args(argv)
    summary, speed, notes = rank_synths(args.synths, args.models, args.presets, args.steps, args.seed)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    summary.to_csv(out, index=False, float_format="%.4f")
    chart = alt.vconcat(*[ranking_chart(summary[summary.synth == s], f"{s}: sound-attribute ranking "
                                        f"({args.presets} presets x {args.steps} steps)") for s in args.synths])
    chart.save(out.with_suffix(".svg"))
    chart.save(out.with_suffix(".png"), scale_factor=2)
    print(summary.groupby(["synth", "model"])["mean"].mean().unstack().round(3).to_string())
    print("clips/s:\n" + speed.round(1).to_string())
    print("\n".join(notes))
    print(f"wrote {out} and its chart (.svg, .png)")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
