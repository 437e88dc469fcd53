"""Mel filter banks, a batched torch mel spectrogram, and two cheap baseline embeddings.

The filter bank and spectrogram reproduce :func:`librosa.filters.mel` and
:func:`librosa.feature.melspectrogram` (``center=True``, zero padding, periodic Hann window)
to float32 tolerance, but run on a whole batch of clips at once in torch. They are the front end
of both baselines here and of the ``aisfx`` model (:mod:`synthproxy.audio_models.aisfx`).

Baselines (registered as ``"mel"`` and ``"mfcc"``):

``mel``
    Time average of a 128-band log-mel spectrogram in dB: librosa's defaults
    (``n_fft=2048``, ``hop_length=512``, Slaney mel scale and area normalization,
    power 2, ``power_to_db(ref=1.0, amin=1e-10, top_db=80)``), at 44.1 kHz.
    Embedding size 128. The clip is *not* peak-normalized: loudness is part of the embedding.
``mfcc``
    Time average of 40 MFCCs (DCT-II, orthonormal, of the same dB mel spectrogram),
    i.e. ``librosa.feature.mfcc(y=y, sr=44100, n_mfcc=40).mean(axis=-1)``. Embedding size 40.

Shown in use in ``notebooks/01_audio_models.ipynb``.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import torch

from synthproxy.audio_models.base import AudioModel, as_batch

__all__ = [
    "MEL_SAMPLE_RATE_HZ", "MEL_N_FFT", "MEL_HOP_LENGTH_SAMPLES", "MEL_N_MELS", "MFCC_N_MFCC",
    "DB_AMIN_POWER", "DB_TOP_DB", "hz_to_mel", "mel_to_hz", "mel_filterbank", "MelSpectrogram",
    "power_to_db", "dct_matrix", "MelBaseline", "MfccBaseline", "load_mel", "load_mfcc",
]

#: Baseline settings (librosa's defaults for ``melspectrogram`` / ``mfcc``), at the study's rate.
MEL_SAMPLE_RATE_HZ: int = 44_100
MEL_N_FFT: int = 2048
MEL_HOP_LENGTH_SAMPLES: int = 512
MEL_N_MELS: int = 128
MFCC_N_MFCC: int = 40
#: ``power_to_db`` floor (power, full scale = 1) and dynamic range kept below each clip's maximum (dB).
DB_AMIN_POWER: float = 1e-10
DB_TOP_DB: float = 80.0
#: Clips per STFT pass (bounds memory: ~1.4 MB of spectrum per 2 s clip).
_CLIPS_PER_CHUNK: int = 64

# Slaney (Auditory Toolbox) mel scale: linear below 1 kHz, logarithmic above.
_SLANEY_HZ_PER_MEL: float = 200.0 / 3.0
_SLANEY_BREAK_HZ: float = 1000.0
_SLANEY_BREAK_MEL: float = _SLANEY_BREAK_HZ / _SLANEY_HZ_PER_MEL
_SLANEY_LOG_STEP: float = math.log(6.4) / 27.0


def hz_to_mel(frequency_hz: np.ndarray | float, *, htk: bool = False) -> np.ndarray:
    """Convert frequencies (Hz) to mels, HTK or Slaney formula (as :func:`librosa.hz_to_mel`).

    Parameters
    ----------
    frequency_hz : np.ndarray or float
        Frequencies in Hz, any shape.
    htk : bool
        ``True``: ``2595 * log10(1 + f / 700)``. ``False``: Slaney's linear-then-log scale.

    Returns
    -------
    np.ndarray
        Mels, float64, same shape as ``frequency_hz``.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    f = np.asanyarray(frequency_hz, dtype=np.float64)
    if htk:
        return 2595.0 * np.log10(1.0 + f / 700.0)
    mels = f / _SLANEY_HZ_PER_MEL
    above = f >= _SLANEY_BREAK_HZ
    with np.errstate(divide="ignore"):
        log_part = _SLANEY_BREAK_MEL + np.log(np.maximum(f, 1e-300) / _SLANEY_BREAK_HZ) / _SLANEY_LOG_STEP
    return np.where(above, log_part, mels)


def mel_to_hz(mels: np.ndarray | float, *, htk: bool = False) -> np.ndarray:
    """Convert mels to frequencies in Hz; inverse of :func:`hz_to_mel`.

    Parameters
    ----------
    mels : np.ndarray or float
        Mel values, any shape.
    htk : bool
        Which mel formula (see :func:`hz_to_mel`).

    Returns
    -------
    np.ndarray
        Frequencies in Hz, float64, same shape as ``mels``.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    m = np.asanyarray(mels, dtype=np.float64)
    if htk:
        return 700.0 * (10.0 ** (m / 2595.0) - 1.0)
    freqs = m * _SLANEY_HZ_PER_MEL
    above = m >= _SLANEY_BREAK_MEL
    return np.where(above, _SLANEY_BREAK_HZ * np.exp(_SLANEY_LOG_STEP * (m - _SLANEY_BREAK_MEL)), freqs)


def mel_filterbank(
    sample_rate: float,
    n_fft: int,
    n_mels: int,
    *,
    fmin_hz: float = 0.0,
    fmax_hz: float | None = None,
    htk: bool = False,
    norm: str | float | None = "slaney",
) -> np.ndarray:
    """Triangular mel filter bank, equal to :func:`librosa.filters.mel` with the same arguments.

    Parameters
    ----------
    sample_rate : float
        Hz.
    n_fft : int
        FFT length in samples; the bank has ``n_fft // 2 + 1`` frequency columns.
    n_mels : int
        Number of bands (rows).
    fmin_hz, fmax_hz : float
        Lowest / highest band edge in Hz; ``fmax_hz=None`` means ``sample_rate / 2``.
    htk : bool
        HTK mel formula instead of Slaney's.
    norm : {"slaney", None} or float
        ``"slaney"``: divide each triangle by its width in Hz (constant energy per band);
        a number ``p``: divide each row by its p-norm (``p=1``: each row sums to 1, as aisfx
        uses; rows with zero norm are left as they are); ``None``: peak 1.

    Returns
    -------
    np.ndarray
        ``(n_mels, n_fft // 2 + 1)`` float32 weights; ``bank @ power_spectrum`` gives mel powers.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    if fmax_hz is None:
        fmax_hz = float(sample_rate) / 2.0
    fft_hz = np.fft.rfftfreq(n_fft, d=1.0 / float(sample_rate))
    edges_mel = np.linspace(hz_to_mel(fmin_hz, htk=htk), hz_to_mel(fmax_hz, htk=htk), n_mels + 2)
    edges_hz = mel_to_hz(edges_mel, htk=htk)
    widths_hz = np.diff(edges_hz)
    # distance of every FFT bin from every band edge, (n_mels + 2, n_bins)
    offsets_hz = edges_hz[:, None] - fft_hz[None, :]
    rising = -offsets_hz[:-2] / widths_hz[:-1, None]
    falling = offsets_hz[2:] / widths_hz[1:, None]
    bank = np.maximum(0.0, np.minimum(rising, falling)).astype(np.float32)
    if norm == "slaney":
        bank *= (2.0 / (edges_hz[2:] - edges_hz[:-2]))[:, None].astype(np.float32)
    elif isinstance(norm, (int, float)) and not isinstance(norm, bool):
        if norm == np.inf:
            size = np.abs(bank).max(axis=1, keepdims=True)
        else:
            size = (np.abs(bank) ** norm).sum(axis=1, keepdims=True) ** (1.0 / norm)
        size[size < np.finfo(np.float32).tiny] = 1.0
        bank = bank / size
    elif norm is not None:
        raise ValueError(f"norm must be 'slaney', a number or None, got {norm!r}")
    return bank.astype(np.float32)


class MelSpectrogram(torch.nn.Module):
    """Batched power mel spectrogram in torch, equal to :func:`librosa.feature.melspectrogram`.

    Frames are centred (the clip is zero-padded by ``n_fft // 2`` on both sides, librosa's
    ``center=True, pad_mode="constant"``), windowed by a periodic Hann window of ``n_fft``
    samples, and ``|STFT|**2`` is mapped through :func:`mel_filterbank`. A clip of ``S`` samples
    gives ``1 + S // hop_length`` frames.

    Parameters
    ----------
    sample_rate : float
        Hz.
    n_fft : int
        FFT and window length in samples.
    hop_length : int
        Samples between frames.
    n_mels : int
        Mel bands.
    fmin_hz, fmax_hz, htk, norm
        Passed to :func:`mel_filterbank`.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """

    def __init__(
        self,
        sample_rate: float = MEL_SAMPLE_RATE_HZ,
        n_fft: int = MEL_N_FFT,
        hop_length: int = MEL_HOP_LENGTH_SAMPLES,
        n_mels: int = MEL_N_MELS,
        *,
        fmin_hz: float = 0.0,
        fmax_hz: float | None = None,
        htk: bool = False,
        norm: str | float | None = "slaney",
    ) -> None:
        super().__init__()
        self.sample_rate = float(sample_rate)
        self.n_fft = int(n_fft)
        self.hop_length = int(hop_length)
        bank = mel_filterbank(sample_rate, n_fft, n_mels, fmin_hz=fmin_hz, fmax_hz=fmax_hz, htk=htk, norm=norm)
        self.register_buffer("filterbank", torch.from_numpy(bank), persistent=False)
        self.register_buffer("window", torch.hann_window(self.n_fft, periodic=True, dtype=torch.float32),
                             persistent=False)

    def num_frames(self, num_samples: int) -> int:
        """Frames produced for a clip of ``num_samples`` samples: ``1 + num_samples // hop_length``."""
        return 1 + int(num_samples) // self.hop_length

    def forward(self, audio: torch.Tensor) -> torch.Tensor:
        """Mel power spectrogram.

        Parameters
        ----------
        audio : torch.Tensor
            ``(N, samples)`` float32, full scale = 1.

        Returns
        -------
        torch.Tensor
            ``(N, n_mels, frames)`` float32 power (squared magnitude, summed through the bank).
        """
        spec = torch.stft(audio, n_fft=self.n_fft, hop_length=self.hop_length, window=self.window,
                          center=True, pad_mode="constant", return_complex=True)
        power = spec.real.square() + spec.imag.square()  # (N, bins, frames)
        return torch.matmul(self.filterbank, power)


def power_to_db(power: torch.Tensor, *, amin: float = DB_AMIN_POWER, top_db: float | None = DB_TOP_DB) -> torch.Tensor:
    """Power to decibels per clip, as :func:`librosa.power_to_db` with ``ref=1.0``.

    Parameters
    ----------
    power : torch.Tensor
        ``(N, ...)`` non-negative power.
    amin : float
        Floor applied before the logarithm (power units).
    top_db : float or None
        Values more than ``top_db`` dB below **each clip's** maximum are raised to that level.

    Returns
    -------
    torch.Tensor
        Same shape, dB re 1.0.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    db = 10.0 * torch.log10(torch.clamp(power, min=amin))
    if top_db is not None:
        peak = db.flatten(1).amax(dim=1).reshape((-1,) + (1,) * (db.ndim - 1))
        db = torch.maximum(db, peak - top_db)
    return db


def dct_matrix(n_out: int, n_in: int) -> np.ndarray:
    """Orthonormal DCT-II matrix: ``dct_matrix(k, n) @ x`` equals ``scipy.fft.dct(x, norm="ortho")[:k]``.

    Parameters
    ----------
    n_out : int
        Coefficients kept.
    n_in : int
        Input length.

    Returns
    -------
    np.ndarray
        ``(n_out, n_in)`` float32.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    k = np.arange(n_out, dtype=np.float64)[:, None]
    n = np.arange(n_in, dtype=np.float64)[None, :]
    basis = np.cos(np.pi * k * (2.0 * n + 1.0) / (2.0 * n_in)) * np.sqrt(2.0 / n_in)
    basis[0] /= np.sqrt(2.0)
    return basis.astype(np.float32)


class MelBaseline(AudioModel):
    """Time-averaged 128-band log-mel spectrogram (dB), a model-free baseline embedding.

    Equals ``librosa.power_to_db(librosa.feature.melspectrogram(y=y, sr=44100)).mean(axis=-1)``
    per clip (``n_fft=2048``, ``hop_length=512``, Slaney mel, ``top_db=80``) to float tolerance.

    Parameters
    ----------
    sample_rate : int
        Hz of the clips passed to :meth:`embed`.
    n_mels : int
        Bands = embedding size.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """

    def __init__(self, sample_rate: int = MEL_SAMPLE_RATE_HZ, n_mels: int = MEL_N_MELS) -> None:
        self.name = "mel"
        self.sample_rate = int(sample_rate)
        self.embedding_size = int(n_mels)
        self.weights_hash = None
        self.spectrogram = MelSpectrogram(sample_rate, MEL_N_FFT, MEL_HOP_LENGTH_SAMPLES, n_mels)

    def settings(self) -> dict[str, Any]:
        """Front-end settings of this baseline."""
        return {"n_fft": MEL_N_FFT, "hop_length": MEL_HOP_LENGTH_SAMPLES,
                "n_mels": int(self.spectrogram.filterbank.shape[0]), "mel_scale": "slaney", "top_db": DB_TOP_DB,
                "pooling": "time mean"}

    def log_mel(self, audio: np.ndarray) -> torch.Tensor:
        """``(N, n_mels, frames)`` float32 dB spectrogram of ``(N, samples)`` clips."""
        batch = torch.from_numpy(as_batch(audio))
        with torch.inference_mode():
            return power_to_db(self.spectrogram(batch))

    def _pooled(self, audio: np.ndarray, project: torch.Tensor | None = None) -> np.ndarray:
        """Time mean of (optionally ``project @``) the log-mel, computed ``_CLIPS_PER_CHUNK`` clips at a time."""
        batch = as_batch(audio)
        out = []
        for start in range(0, batch.shape[0], _CLIPS_PER_CHUNK):
            logmel = self.log_mel(batch[start:start + _CLIPS_PER_CHUNK])
            out.append((logmel if project is None else torch.matmul(project, logmel)).mean(dim=-1))
        return torch.cat(out).numpy().astype(np.float32, copy=False)

    def embed(self, audio: np.ndarray) -> np.ndarray:
        """Time-averaged log-mel of each clip.

        Parameters
        ----------
        audio : np.ndarray
            ``(N, samples)`` (or ``(samples,)``) float32 mono clips at ``sample_rate``, full scale 1.

        Returns
        -------
        np.ndarray
            ``(N, n_mels)`` float32, dB.

        Shown in use in ``notebooks/01_audio_models.ipynb``.
        """
        return self._pooled(audio)


class MfccBaseline(MelBaseline):
    """Time-averaged MFCCs, a model-free baseline embedding.

    Equals ``librosa.feature.mfcc(y=y, sr=44100, n_mfcc=40).mean(axis=-1)`` per clip to float
    tolerance (DCT-II, orthonormal, of :class:`MelBaseline`'s 128-band dB spectrogram).

    Parameters
    ----------
    sample_rate : int
        Hz of the clips passed to :meth:`embed`.
    n_mfcc : int
        Coefficients = embedding size.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """

    def __init__(self, sample_rate: int = MEL_SAMPLE_RATE_HZ, n_mfcc: int = MFCC_N_MFCC) -> None:
        super().__init__(sample_rate, MEL_N_MELS)
        self.name = "mfcc"
        self.embedding_size = int(n_mfcc)
        self.dct = torch.from_numpy(dct_matrix(n_mfcc, MEL_N_MELS))

    def embed(self, audio: np.ndarray) -> np.ndarray:
        """Time-averaged MFCCs of each clip.

        Parameters
        ----------
        audio : np.ndarray
            ``(N, samples)`` (or ``(samples,)``) float32 mono clips at ``sample_rate``, full scale 1.

        Returns
        -------
        np.ndarray
            ``(N, n_mfcc)`` float32.

        Shown in use in ``notebooks/01_audio_models.ipynb``.
        """
        return self._pooled(audio, self.dct)


def load_mel(*, sample_rate: int = MEL_SAMPLE_RATE_HZ, n_mels: int = MEL_N_MELS) -> MelBaseline:
    """Loader registered as ``"mel"``: a :class:`MelBaseline` (no weights).

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    return MelBaseline(sample_rate=sample_rate, n_mels=n_mels)


def load_mfcc(*, sample_rate: int = MEL_SAMPLE_RATE_HZ, n_mfcc: int = MFCC_N_MFCC) -> MfccBaseline:
    """Loader registered as ``"mfcc"``: a :class:`MfccBaseline` (no weights).

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    return MfccBaseline(sample_rate=sample_rate, n_mfcc=n_mfcc)
