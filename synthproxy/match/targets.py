"""Target sounds: a sound file read as the synth's renders are, and held-out hand-crafted presets to
match in a comparison.

Shown in use in ``notebooks/06_sound_matching.ipynb``.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import numpy as np

from synthproxy.constants import RMS_MAX, RMS_MIN
from synthproxy.match.banks import Bank, handcrafted_bank
from synthproxy.match.constants import TARGET_MAX_BYTES, TARGET_RMS_MIN
from synthproxy.match.errors import MatchError, TargetError
from synthproxy.render import RenderError, RenderSettings, render_preset, rms
from synthproxy.synths.spec import SynthSpec

__all__ = ["TargetError", "fit_length", "read_target", "heldout_targets"]


def fit_length(audio: np.ndarray, num_samples: int) -> np.ndarray:
    """Cut or zero-pad a clip to ``num_samples`` samples (float32)."""
    x = np.asarray(audio, dtype=np.float32)
    return x[:num_samples] if len(x) >= num_samples else np.pad(x, (0, num_samples - len(x)))


def _resample(audio: np.ndarray, rate: int, to: int) -> np.ndarray:
    from scipy.signal import resample_poly

    g = math.gcd(int(rate), int(to))
    return resample_poly(np.asarray(audio, np.float64), to // g, rate // g).astype(np.float32)


def read_target(path: str | Path, settings: RenderSettings) -> tuple[np.ndarray, dict[str, Any]]:
    """Read a target sound as the synth's renders are: mono, at their sample rate and length.

    Another sample rate is resampled (polyphase filter); the clip is then cut or zero-padded to
    the render length (the synth plays one note of ``settings.render_length_s`` seconds).

    Parameters
    ----------
    path : str or Path
        Any file soundfile reads (WAV, FLAC, OGG...).
    settings : RenderSettings
        The renders' sample rate and length.

    Returns
    -------
    audio : ndarray, shape (settings.num_samples,), float32
    info : dict
        ``path``, ``sample_rate`` (of the file), ``resampled`` (bool), ``seconds`` (of the file), ``rms``.

    Raises
    ------
    TargetError
        When the file is not a regular file of audio, holds no samples, non-finite ones or ones far
        outside the audio range (:data:`synthproxy.validate.MAX_PEAK`), or is silent
        (RMS at most :data:`TARGET_RMS_MIN` over the part used).

    Shown in use in ``notebooks/06_sound_matching.ipynb``.
    """
    from synthproxy.io import read_audio
    from synthproxy.validate import InputError, check_audio, check_input_file

    path = Path(path)
    try:
        check_input_file(path, "target file", max_bytes=TARGET_MAX_BYTES)
    except InputError as e:
        raise TargetError(str(e)) from None
    try:
        audio, rate = read_audio(path)
    except ValueError as e:
        raise TargetError(f"{path}: not an audio file soundfile can read") from e
    if audio.size == 0:
        raise TargetError(f"{path}: holds no audio samples")
    try:
        check_audio(audio, path)
    except InputError as e:
        raise TargetError(str(e)) from None
    seconds = len(audio) / rate
    if rate != settings.sample_rate:
        audio = _resample(audio, rate, settings.sample_rate)
    audio = fit_length(audio, settings.num_samples)
    level = rms(audio)
    if level <= TARGET_RMS_MIN:
        raise TargetError(
            f"{path}: the target is silent (RMS {level:.1e} over its first "
            f"{settings.render_length_s:g} s); nothing to match"
        )
    return audio, {
        "path": str(path),
        "sample_rate": int(rate),
        "resampled": rate != settings.sample_rate,
        "seconds": round(seconds, 4),
        "rms": round(level, 6),
    }


def heldout_targets(
    spec: SynthSpec, engine: Any, n: int, seed: int = 0, *, split: str = "test"
) -> tuple[Bank, np.ndarray]:
    """``n`` audible hand-crafted presets of the synth's *test* banks (or another split's), drawn at random, and
    their renders.

    Parameters
    ----------
    spec : SynthSpec
    engine : Engine
        Renders the candidates (a draw is kept when ``RMS_MIN < RMS < RMS_MAX``).
    n : int
    seed : int
        Seed of the draw order.
    split : {"test", "val", "train"}
        Whose banks (:func:`synthproxy.presets.adapter.handcrafted_banks`); e.g. ``"val"`` to tune a method on
        other targets than the test ones.

    Returns
    -------
    targets : Bank
    audio : ndarray, shape (n, samples), float32

    Shown in use in ``notebooks/06_sound_matching.ipynb``.
    """
    from synthproxy.presets.adapter import handcrafted_banks

    pool = handcrafted_bank(spec, handcrafted_banks(spec.name, split), strict=False)
    chosen, sounds = [], []
    for i in np.random.default_rng(seed).permutation(len(pool)):
        try:
            audio = render_preset(engine, pool.presets[i])
        except RenderError:
            continue
        if RMS_MIN < rms(audio) < RMS_MAX:
            chosen.append(int(i))
            sounds.append(audio)
        if len(chosen) == n:
            break
    if len(chosen) < n:
        raise MatchError(f"{spec.name}: only {len(chosen)} audible hand-crafted {split} presets, {n} asked for")
    return pool.subset(chosen), np.stack(sounds)
