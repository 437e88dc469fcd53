"""Distances of sound matching: between embeddings, between sounds (multi-resolution STFT), between presets.

Distances between embeddings are mean absolute differences (the training loss and ``val_l1``).

Shown in use in ``notebooks/06_sound_matching.ipynb``.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import torch

from synthproxy.match.constants import STFT_FFT_SIZES, STFT_HOP_FRACTION, STFT_MAGNITUDE_FLOOR
from synthproxy.synths.spec import SynthSpec

__all__ = ["embedding_distance", "stft_distance", "preset_distance"]


def embedding_distance(embeddings: np.ndarray, target: np.ndarray) -> np.ndarray:
    """Mean absolute difference between embeddings and a target embedding (the training loss).

    Parameters
    ----------
    embeddings : ndarray, shape (N, D) or (D,)
    target : ndarray, shape (D,), or (N, D): one target per embedding

    Returns
    -------
    ndarray, shape (N,) (or a 0-d array for one embedding), float64

    Shown in use in ``notebooks/06_sound_matching.ipynb``.
    """
    e = np.asarray(embeddings, dtype=np.float64)
    t = np.asarray(target, dtype=np.float64)
    if e.shape[-1] != t.shape[-1] or (t.ndim != 1 and t.shape != e.shape):
        raise ValueError(f"embeddings {e.shape} and target {t.shape} do not match")
    return np.abs(e - t).mean(axis=-1)


def _magnitudes(x: torch.Tensor, n_fft: int) -> torch.Tensor:
    hop = max(1, int(n_fft * STFT_HOP_FRACTION))
    window = torch.hann_window(n_fft, dtype=x.dtype)
    z = torch.stft(x, n_fft, hop_length=hop, win_length=n_fft, window=window, center=True, return_complex=True)
    return z.abs().clamp_min(STFT_MAGNITUDE_FLOOR)


def stft_distance(audio: np.ndarray, target: np.ndarray, fft_sizes: Sequence[int] = STFT_FFT_SIZES) -> np.ndarray:
    """Multi-resolution STFT distance of sounds to a target sound (lower is closer; 0 when identical).

    At each resolution (Hann window of ``n_fft`` samples, hop ``n_fft / 4``), the spectral
    convergence ``||A - T||_F / ||T||_F`` plus the mean absolute difference of log magnitudes
    ``mean |ln A - ln T|`` (magnitudes floored at :data:`STFT_MAGNITUDE_FLOOR`); averaged over
    resolutions (as the multi-resolution STFT losses of audio synthesis, e.g. Parallel WaveGAN).

    Parameters
    ----------
    audio : ndarray, shape (N, samples) or (samples,)
        Sounds to measure, float, full scale = 1.
    target : ndarray, shape (samples,)
        The target, same length and sample rate.
    fft_sizes : sequence of int
        Window sizes in samples.

    Returns
    -------
    ndarray, shape (N,) (a 0-d array for one sound), float64

    Raises
    ------
    ValueError
        When the lengths differ or a clip is shorter than the largest window.

    Shown in use in ``notebooks/06_sound_matching.ipynb``.
    """
    a = np.asarray(audio, dtype=np.float64)
    t = np.asarray(target, dtype=np.float64)
    single = a.ndim == 1
    a = np.atleast_2d(a)
    if t.ndim != 1 or a.ndim != 2 or a.shape[1] != t.shape[0]:
        raise ValueError(f"sounds {np.shape(audio)} and target {np.shape(target)} must share their length")
    if t.shape[0] < max(fft_sizes):
        raise ValueError(f"clips of {t.shape[0]} samples are shorter than the largest window ({max(fft_sizes)})")
    at, tt = torch.from_numpy(a), torch.from_numpy(t)[None]
    total = torch.zeros(a.shape[0], dtype=torch.float64)
    for n_fft in fft_sizes:
        ma, mt = _magnitudes(at, n_fft), _magnitudes(tt, n_fft)
        sc = torch.linalg.vector_norm(ma - mt, dim=(1, 2)) / torch.linalg.vector_norm(mt, dim=(1, 2))
        logmag = (ma.log() - mt.log()).abs().mean(dim=(1, 2))
        total += sc + logmag
    out = (total / len(fft_sizes)).numpy()
    return out[0] if single else out


def preset_distance(spec: SynthSpec, presets: np.ndarray, preset: np.ndarray) -> np.ndarray:
    """How far presets are from one preset, in the spec's terms (0 = the same preset).

    The mean over used parameters of ``|a - b|`` (normalized values) for numeric and binary
    parameters and of ``a != b`` for categorical ones (so 0.01 is one parameter of a hundred
    entirely changed).

    Parameters
    ----------
    spec : SynthSpec
    presets : ndarray, shape (N, n_used)
    preset : ndarray, shape (n_used,)

    Returns
    -------
    ndarray, shape (N,), float64

    Shown in use in ``notebooks/06_sound_matching.ipynb``.
    """
    cat = spec.sampling_tables["categorical"]
    p = np.atleast_2d(np.asarray(presets, dtype=np.float64))
    q = np.asarray(preset, dtype=np.float64)
    diff = np.where(cat, (np.rint(p) != np.rint(q)).astype(np.float64), np.abs(p - q))
    return diff.mean(axis=1)
