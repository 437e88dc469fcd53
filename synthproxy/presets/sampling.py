"""Random presets drawn from a synth's spec, reproducible per preset.

Continuous parameters are drawn uniformly on their interval; discrete, categorical and binary
parameters by weighted choice among their allowed steps. Every preset has its own random stream,
seeded by ``(dataset seed, preset index, attempt)``, so preset ``i`` of a dataset is the same
whatever the chunking, the number of workers or the order of work, and rejecting one preset
(silent or clipping) never shifts the others.

Shown in use in ``notebooks/02_generate.ipynb``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

import numpy as np

from synthproxy.constants import MAX_SAMPLING_ATTEMPTS, RMS_MAX, RMS_MIN
from synthproxy.render import Engine, RenderError, render_preset, rms
from synthproxy.synths.spec import SynthSpec


def preset_rng(seed: int, index: int, attempt: int = 0) -> np.random.Generator:
    """The random generator of one preset draw, from (dataset seed, preset index, attempt)."""
    if seed < 0 or index < 0 or attempt < 0:
        raise ValueError(f"seed, index and attempt must be >= 0, got {seed}, {index}, {attempt}")
    return np.random.default_rng(np.random.SeedSequence([seed, index, attempt]))


def sample_preset(spec: SynthSpec, rng: np.random.Generator) -> np.ndarray:
    """Draw one random preset vector from the spec.

    Parameters
    ----------
    spec : SynthSpec
    rng : numpy.random.Generator
        E.g. :func:`preset_rng`.

    Returns
    -------
    ndarray, shape (n_used,), float32
        Continuous and discrete numeric and binary values normalized, categorical as class index.
    """
    t = spec.sampling_tables
    u = rng.random(t["lo"].shape[0])
    step = (u[:, None] >= t["cdf"]).sum(axis=1)  # index of the step whose probability bin holds u
    stepped = np.where(t["categorical"], step, np.take_along_axis(t["values"], step[:, None], 1)[:, 0])
    return np.where(t["continuous"], t["lo"] + u * (t["hi"] - t["lo"]), stepped).astype(np.float32)


def random_preset(spec: SynthSpec, seed: int, index: int, attempt: int = 0) -> np.ndarray:
    """Preset ``index`` of the random dataset ``seed`` (draw number ``attempt``), shape (n_used,)."""
    return sample_preset(spec, preset_rng(seed, index, attempt))


def random_presets(spec: SynthSpec, seed: int, indices: range | np.ndarray | list[int]) -> np.ndarray:
    """First draws of several presets, shape (len(indices), n_used), float32 (no audio filter)."""
    return np.stack([random_preset(spec, seed, int(i)) for i in indices]) if len(indices) else np.empty(
        (0, len(spec.used)), np.float32
    )


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
    render: Callable[[Engine, np.ndarray], np.ndarray] = render_preset,
) -> SampledPreset:
    """Draw preset ``index`` of dataset ``seed`` until its render is neither silent nor clipping.

    Draw ``a`` uses :func:`preset_rng` ``(seed, index, a)``; a render is kept when
    ``rms_min < RMS < rms_max``.

    Raises
    ------
    PresetRejected
        After ``max_attempts`` rejected draws; the message gives the counts by reason.
    """
    rejections: dict[str, int] = {}
    for attempt in range(max_attempts):
        preset = random_preset(engine.spec, seed, index, attempt)
        try:
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
