"""Rendering presets to audio: one settings object, one engine interface, one post-processing path.

Every engine (the dexed-py DX7 engine, a DawDreamer-hosted plugin) renders *normalized values of all
parameters* for one note; :func:`render_preset` turns a preset vector into those values, calls the
engine, and post-processes the result the same way for every synth (mono mix, exact length,
fade-out, NaN check). The :class:`RenderSettings` used are recorded with everything rendered.

Shown in use in ``notebooks/02_generate.ipynb``.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

import numpy as np

from synthproxy.constants import (
    BLOCK_SIZE,
    DC_BLOCKER_RATE_HZ,
    FADE_OUT_S,
    MAX_SAMPLING_ATTEMPTS,
    MIDI_NOTE,
    MIDI_VELOCITY,
    NOTE_HOLD_S,
    RENDER_LENGTH_S,
    RMS_MAX,
    RMS_MIN,
    SAMPLE_RATE_HZ,
)
from synthproxy.presets.bank_prior import BankMixPrior, prior_preset
from synthproxy.validate import MAX_RENDER_S, SAMPLE_RATE_RANGE, InputError, check_int, check_seconds


class RenderError(RuntimeError):
    """A preset could not be rendered (engine crash, NaN or infinite samples)."""


@dataclass(frozen=True)
class RenderSettings:
    """How one note is rendered.

    Attributes
    ----------
    sample_rate : int
        Hz; set to the audio model's rate so no resampling happens later.
    midi_note : int
        MIDI note number (60 = C4).
    velocity : int
        MIDI velocity, 1..127.
    note_hold_s : float
        Seconds between note-on and note-off.
    render_length_s : float
        Seconds of audio returned (release tail included, then faded out).
    fade_out_s : float
        Length of the final linear fade-out, seconds.
    block_size : int
        Processing block size for plugin hosts, samples.
    """

    sample_rate: int = SAMPLE_RATE_HZ
    midi_note: int = MIDI_NOTE
    velocity: int = MIDI_VELOCITY
    note_hold_s: float = NOTE_HOLD_S
    render_length_s: float = RENDER_LENGTH_S
    fade_out_s: float = FADE_OUT_S
    block_size: int = BLOCK_SIZE

    def __post_init__(self) -> None:
        if self.sample_rate <= 0:
            raise ValueError(f"sample_rate must be > 0 Hz, got {self.sample_rate}")
        if not 0 <= self.midi_note <= 127:
            raise ValueError(f"midi_note must be 0..127, got {self.midi_note}")
        if not 1 <= self.velocity <= 127:
            raise ValueError(f"velocity must be 1..127, got {self.velocity}")
        if not 0 < self.note_hold_s <= self.render_length_s:
            raise ValueError("need 0 < note_hold_s <= render_length_s")
        if not 0 <= self.fade_out_s <= self.render_length_s:
            raise ValueError("need 0 <= fade_out_s <= render_length_s")

    @property
    def num_samples(self) -> int:
        """Length of a render in samples."""
        return int(round(self.render_length_s * self.sample_rate))

    def to_dict(self) -> dict[str, Any]:
        """Plain data, for manifests."""
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> RenderSettings:
        """Inverse of :meth:`to_dict`."""
        return cls(**d)


@runtime_checkable
class Engine(Protocol):
    """What a synth engine does: render normalized values of all its parameters for one note.

    ``render_values`` returns raw audio of shape (channels, samples) or (samples,), float; the
    caller post-processes it. It must be deterministic, and a render must not depend on what
    was rendered before it (plugin state and tails flushed). An engine that can only come close
    (plugins: ~1e-5) sets ``history_free = False``; generation then opens a fresh engine for every
    chunk of presets.
    """

    spec: Any  # SynthSpec
    settings: RenderSettings

    def render_values(self, values: np.ndarray) -> np.ndarray: ...


def postprocess(audio: np.ndarray, settings: RenderSettings) -> np.ndarray:
    """Mono mix, exact length and linear fade-out of a raw render.

    A mono float32 render is processed in place (engines return a fresh array per render).

    Parameters
    ----------
    audio : ndarray, shape (channels, samples) or (samples,)
    settings : RenderSettings

    Returns
    -------
    ndarray, shape (settings.num_samples,), float32
    """
    x = np.asarray(audio, dtype=np.float32)
    if x.ndim == 2:
        x = x.mean(axis=0)
    n = settings.num_samples
    x = x[:n] if x.shape[0] >= n else np.pad(x, (0, n - x.shape[0]))
    fade = _fade(int(round(settings.fade_out_s * settings.sample_rate)))
    if len(fade):
        x[-len(fade) :] *= fade
    return x


@functools.lru_cache(maxsize=8)
def _fade(samples: int) -> np.ndarray:
    """Linear fade-out ramp of ``samples`` samples, 1 -> 0, float32 (cached)."""
    return np.linspace(1.0, 0.0, samples, dtype=np.float32)


def rms(audio: np.ndarray) -> float:
    """Root-mean-square level of a signal (linear, full scale = 1)."""
    a = np.asarray(audio, dtype=np.float64)
    return float(np.sqrt(np.mean(a * a))) if a.size else 0.0


def is_audible(audio: np.ndarray, rms_min: float = RMS_MIN, rms_max: float = RMS_MAX) -> bool:
    """True when ``rms_min < RMS < rms_max``: neither (near) silent nor clipping-loud."""
    r = rms(audio)
    return rms_min < r < rms_max


def dc_block(audio: np.ndarray, sample_rate: int) -> np.ndarray:
    """The Dexed plugin's DC blocker: ``y[n] = x[n] - x[n-1] + (1 - 126 / sr) * y[n-1]`` (a ~20 Hz high-pass).

    Parameters
    ----------
    audio : ndarray, shape (..., samples)
        Raw output, starting from silence (filter state zero).
    sample_rate : int
        Hz.

    Returns
    -------
    ndarray, same shape, float32
    """
    from scipy.signal import lfilter

    pole = 1.0 - DC_BLOCKER_RATE_HZ / sample_rate
    return lfilter([1.0, -1.0], [1.0, -pole], np.asarray(audio, np.float64), axis=-1).astype(np.float32)


def render_values(engine: Engine, values: np.ndarray) -> np.ndarray:
    """Render normalized values of all parameters; post-processed, at the spec's level, checked for NaN.

    The spec's output stage comes first (:func:`dc_block` when ``spec.dc_blocker``), then
    :func:`postprocess`, then the gain ``spec.output_gain``.

    Returns
    -------
    ndarray, shape (engine.settings.num_samples,), float32
    """
    raw = engine.render_values(np.asarray(values, dtype=np.float32))
    if getattr(engine.spec, "dc_blocker", False):
        raw = dc_block(raw, engine.settings.sample_rate)
    audio = postprocess(raw, engine.settings)
    gain = getattr(engine.spec, "output_gain", 1.0)
    if gain != 1.0:  # the spec's level (dexed: the Dexed plugin's); in place, on the fresh post-processed array
        audio *= np.float32(gain)
    if not np.isfinite(np.sum(audio, dtype=np.float64)):  # any NaN or inf makes the sum non-finite
        raise RenderError(f"{engine.spec.name}: render produced NaN or infinite samples")
    return audio


def render_preset(engine: Engine, preset: np.ndarray) -> np.ndarray:
    """Render a preset vector (used parameters only, categorical as class index).

    Parameters
    ----------
    engine : Engine
        An open engine (see :func:`synthproxy.synths.open_engine`).
    preset : ndarray, shape (n_used,)

    Returns
    -------
    ndarray, shape (engine.settings.num_samples,), float32
        Mono audio in [-1, 1] nominal range at ``engine.settings.sample_rate``.
    """
    return render_values(engine, engine.spec.to_values(preset))


def render_settings(
    *,
    sample_rate: int | None = None,
    note: int | None = None,
    velocity: int | None = None,
    hold: float | None = None,
    length: float | None = None,
    base: Any = None,
) -> Any:
    """:class:`RenderSettings` from command-line values; None keeps ``base``'s (the study's).

    Raises
    ------
    InputError
        Naming the option (``--sample-rate``, ``--note``, ``--velocity``, ``--hold``, ``--length``).
    """
    base = base or RenderSettings()
    given: dict[str, Any] = {}
    if sample_rate is not None:
        given["sample_rate"] = check_int("--sample-rate", sample_rate, *SAMPLE_RATE_RANGE)
    if note is not None:
        given["midi_note"] = check_int("--note", note, 0, 127)
    if velocity is not None:
        given["velocity"] = check_int("--velocity", velocity, 1, 127)
    if hold is not None:
        given["note_hold_s"] = check_seconds("--hold", hold, MAX_RENDER_S)
    if length is not None:
        given["render_length_s"] = check_seconds("--length", length, MAX_RENDER_S)
    hold_s = given.get("note_hold_s", base.note_hold_s)
    length_s = given.get("render_length_s", base.render_length_s)
    if hold_s > length_s:
        raise InputError(f"--hold ({hold_s:g} s) must not exceed --length ({length_s:g} s)")
    fade = min(base.fade_out_s, length_s)
    try:
        return dataclasses.replace(base, fade_out_s=fade, **given)
    except ValueError as e:
        raise InputError(f"render settings: {e}") from e


# ---------------------------------------------------------------------------------------------
# Random presets that are heard
# ---------------------------------------------------------------------------------------------
class PresetRejected(RuntimeError):
    """No draw of a preset passed the level filter within the allowed attempts."""


@dataclass
class SampledPreset:
    """A random preset that passed the level filter, with its audio.

    Attributes
    ----------
    index : int
        Preset index in its dataset.
    preset : ndarray, shape (n_used,)
    audio : ndarray, shape (samples,)
    attempts : int
        Draws needed (1 = the first draw was kept).
    rejections : dict
        Rejected draws by reason (``silent``, ``clipping``, ``nan``, ``error``).
    """

    index: int
    preset: np.ndarray
    audio: np.ndarray
    attempts: int
    rejections: dict[str, int] = field(default_factory=dict)


def sample_audible_preset(
    engine: Engine,
    seed: int,
    index: int,
    *,
    rms_min: float = RMS_MIN,
    rms_max: float = RMS_MAX,
    max_attempts: int = MAX_SAMPLING_ATTEMPTS,
    render: Callable[[Engine, np.ndarray], np.ndarray] | None = None,
    prior: BankMixPrior | None = None,
) -> SampledPreset:
    """Draw preset ``index`` of dataset ``seed`` until its render is neither silent nor clipping.

    Draw ``a`` is :func:`synthproxy.presets.bank_prior.prior_preset` ``(spec, seed, index, a, prior)``: with
    no ``prior``, the random prior's, from :func:`synthproxy.presets.sampling.preset_rng` ``(seed, index, a)``;
    with a :class:`~synthproxy.presets.bank_prior.BankMixPrior`, the bank-mix prior's. A render is kept
    when ``rms_min < RMS < rms_max``. An engine with a ``known_silent(values, rms_min)`` method skips the
    render of a draw it knows to be silent (counted as a ``silent`` rejection, as its render would be).

    Raises
    ------
    PresetRejected
        After ``max_attempts`` rejected draws; the message gives the counts by reason.
    """
    # An engine that can tell a silent draw from its values alone (dexed: :mod:`synthproxy.synths.dexed_level`)
    # spares that render; the draws, the rejections and the kept preset are the same.
    known_silent = getattr(engine, "known_silent", None) if render is None else None
    render = render or render_preset
    rejections: dict[str, int] = {}
    for attempt in range(max_attempts):
        preset = prior_preset(engine.spec, seed, index, attempt, prior)
        try:
            if known_silent is not None:
                values = engine.spec.to_values(preset)
                if known_silent(values, rms_min):
                    rejections["silent"] = rejections.get("silent", 0) + 1
                    continue
                audio = render_values(engine, values)
            else:
                audio = render(engine, preset)
        except RenderError:
            rejections["nan"] = rejections.get("nan", 0) + 1
            continue
        level = rms(audio)
        if level <= rms_min:
            rejections["silent"] = rejections.get("silent", 0) + 1
        elif level >= rms_max:
            rejections["clipping"] = rejections.get("clipping", 0) + 1
        else:
            return SampledPreset(index, preset, audio, attempt + 1, rejections)
    raise PresetRejected(
        f"{engine.spec.name}: preset {index} of seed {seed}: no audible draw in {max_attempts} attempts {rejections}"
    )
