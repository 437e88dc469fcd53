"""Random presets drawn from a synth's spec, reproducible per preset.

Continuous parameters are drawn uniformly on their interval; discrete, categorical and binary
parameters by weighted choice among their allowed steps. Every preset has its own random stream,
seeded by ``(dataset seed, preset index, attempt)``, so preset ``i`` of a dataset is the same
whatever the chunking, the number of workers or the order of work, and rejecting one preset
(silent or clipping) never shifts the others. Drawing until a preset is audible needs a render:
:func:`synthproxy.render.sample_audible_preset`.

Shown in use in ``notebooks/02_generate.ipynb``.
"""

from __future__ import annotations

import numpy as np

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
    t: dict[str, np.ndarray] = spec.sampling_tables
    u = rng.random(len(t["lo"]))
    step = (u[:, None] >= t["cdf"]).sum(axis=1)  # index of the step whose probability bin holds u
    stepped = np.where(t["categorical"], step, np.take_along_axis(t["values"], step[:, None], 1)[:, 0])
    return np.where(t["continuous"], t["lo"] + u * (t["hi"] - t["lo"]), stepped).astype(np.float32)


def random_preset(spec: SynthSpec, seed: int, index: int, attempt: int = 0) -> np.ndarray:
    """Preset ``index`` of the random dataset ``seed`` (draw number ``attempt``), shape (n_used,)."""
    return sample_preset(spec, preset_rng(seed, index, attempt))


def random_presets(spec: SynthSpec, seed: int, indices: range | np.ndarray | list[int]) -> np.ndarray:
    """First draws of several presets, shape (len(indices), n_used), float32 (no audio filter)."""
    return (
        np.stack([random_preset(spec, seed, int(i)) for i in indices])
        if len(indices)
        else np.empty((0, len(spec.used)), np.float32)
    )
