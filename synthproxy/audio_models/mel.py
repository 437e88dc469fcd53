"""Mel filter banks, a batched torch mel spectrogram, and two cheap baseline embeddings.

The DSP is torchaudio's: :func:`torchaudio.functional.melscale_fbanks` (triangles),
:func:`torchaudio.functional.spectrogram` (STFT), :func:`torchaudio.functional.amplitude_to_DB`
(dB) and :func:`torchaudio.functional.create_dct` (DCT). Around it this module fixes what must
not move: tables are built in float64 and rounded to float32, the power is ``re**2 + im**2`` and
the bank is applied as ``bank @ power``, so that every embedding computed before torchaudio took
over (the ``aisfx`` stores above all) is reproduced to the bit. The filter bank and spectrogram
reproduce :func:`librosa.filters.mel` and :func:`librosa.feature.melspectrogram`
(``center=True``, zero padding, periodic Hann window) to float32 tolerance, on a whole batch of
clips at once. They are the front end of both baselines here and of the ``aisfx`` model
(:mod:`synthproxy.audio_models.aisfx`).

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

import contextlib
import math
from collections.abc import Iterator
from typing import Any, Literal

import numpy as np
import torch
import torchaudio

from synthproxy.audio_models.base import AudioModel, as_batch

__all__ = [
    "MEL_SAMPLE_RATE_HZ",
    "MEL_N_FFT",
    "MEL_HOP_LENGTH_SAMPLES",
    "MEL_N_MELS",
    "MFCC_N_MFCC",
    "DB_AMIN_POWER",
    "DB_TOP_DB",
    "hz_to_mel",
    "mel_to_hz",
    "mel_filterbank",
    "MelSpectrogram",
    "power_spectrogram",
    "power_to_db",
    "dct_matrix",
    "torch_default_dtype",
    "MelBaseline",
    "MfccBaseline",
    "load_mel",
    "load_mfcc",
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


@contextlib.contextmanager
def torch_default_dtype(dtype: torch.dtype) -> Iterator[None]:
    """Run a block with ``torch.get_default_dtype()`` set to ``dtype``, then restore it.

    torchaudio builds its filter banks and DCT matrices in the default dtype; this runs them in
    float64 (cast to float32 afterwards, as librosa's and this package's tables are) or pins them
    to float32 whatever the caller set. Not thread-safe: the default dtype is global.
    """
    before = torch.get_default_dtype()
    torch.set_default_dtype(dtype)
    try:
        yield
    finally:
        torch.set_default_dtype(before)


def _normalize_rows(bank: np.ndarray, norm: float) -> np.ndarray:
    """Divide each row by its ``norm``-norm (``np.inf``: its peak); rows with zero norm stay as they are.

    ``bank`` is C-contiguous float32 and the norms are summed by numpy in float32, as librosa does.
    """
    if norm == np.inf:
        size = np.abs(bank).max(axis=1, keepdims=True)
    else:
        size = (np.abs(bank) ** norm).sum(axis=1, keepdims=True) ** (1.0 / norm)
    size[size < np.finfo(np.float32).tiny] = 1.0
    return bank / size


def mel_filterbank(
    sample_rate: float,
    n_fft: int,
    n_mels: int,
    *,
    fmin_hz: float = 0.0,
    fmax_hz: float | None = None,
    htk: bool = False,
    norm: Literal["slaney"] | float | None = "slaney",
) -> np.ndarray:
    """Triangular mel filter bank, equal to :func:`librosa.filters.mel` with the same arguments.

    The triangles are :func:`torchaudio.functional.melscale_fbanks` (``norm=None``), computed in
    float64 and rounded to float32; the normalization is then applied in float32 (torchaudio
    offers Slaney's only, and would round once instead of twice: the bank would differ in the
    last bit from the one every stored embedding was computed with).

    Parameters
    ----------
    sample_rate : float
        Hz. torchaudio places the FFT bins at ``k * (sample_rate // 2) / (n_fft // 2)``: exact for
        even rates, up to 0.5 Hz low for odd ones (librosa: ``k * sample_rate / n_fft``).
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
    if not (norm is None or norm == "slaney" or (isinstance(norm, (int, float)) and not isinstance(norm, bool))):
        raise ValueError(f"norm must be 'slaney', a number or None, got {norm!r}")
    fmax_hz = float(sample_rate) / 2.0 if fmax_hz is None else float(fmax_hz)
    with torch_default_dtype(torch.float64):
        triangles = torchaudio.functional.melscale_fbanks(
            n_fft // 2 + 1,
            float(fmin_hz),
            fmax_hz,
            n_mels,
            sample_rate,
            norm=None,
            mel_scale="htk" if htk else "slaney",
        )
    bank = np.ascontiguousarray(triangles.numpy().T, dtype=np.float32)  # (n_mels, bins)
    if norm == "slaney":
        edges_mel = np.linspace(hz_to_mel(fmin_hz, htk=htk), hz_to_mel(fmax_hz, htk=htk), n_mels + 2)
        edges_hz = mel_to_hz(edges_mel, htk=htk)
        bank *= (2.0 / (edges_hz[2:] - edges_hz[:-2]))[:, None].astype(np.float32)
    elif norm is not None:
        bank = _normalize_rows(bank, norm)
    return bank


def power_spectrogram(
    audio: torch.Tensor,
    window: torch.Tensor,
    n_fft: int,
    hop_length: int,
    *,
    center: bool = True,
    pad_mode: str = "constant",
) -> torch.Tensor:
    """Squared STFT magnitudes of a batch of clips, by :func:`torchaudio.functional.spectrogram`.

    The power is ``re**2 + im**2`` of torchaudio's complex spectrum rather than torchaudio's own
    ``|X| ** 2`` (which goes through a square root and rounds differently): the values every
    stored embedding was computed from, to the bit.

    Parameters
    ----------
    audio : torch.Tensor
        ``(N, samples)`` float32.
    window : torch.Tensor
        ``(win_length,)`` analysis window, ``win_length <= n_fft`` (centred in the FFT frame).
    n_fft, hop_length : int
        FFT length and hop in samples.
    center : bool
        Pad ``n_fft // 2`` samples on both sides so frame ``t`` is centred at sample ``t * hop_length``.
    pad_mode : str
        How ``center`` pads: ``"constant"`` (zeros, librosa's default) or ``"reflect"``.

    Returns
    -------
    torch.Tensor
        ``(N, n_fft // 2 + 1, frames)`` float32 power; ``frames = 1 + samples // hop_length``
        with ``center``, else ``1 + (samples - n_fft) // hop_length``.
    """
    spec = torchaudio.functional.spectrogram(
        audio,
        pad=0,
        window=window,
        n_fft=n_fft,
        hop_length=hop_length,
        win_length=window.shape[0],
        power=None,
        normalized=False,
        center=center,
        pad_mode=pad_mode,
        onesided=True,
    )
    return spec.real.square() + spec.imag.square()


class MelSpectrogram(torch.nn.Module):
    """Batched power mel spectrogram in torch, equal to :func:`librosa.feature.melspectrogram`.

    Frames are centred (the clip is zero-padded by ``n_fft // 2`` on both sides, librosa's
    ``center=True, pad_mode="constant"``), windowed by a periodic Hann window of ``n_fft``
    samples (:func:`power_spectrogram`), and the power is mapped through :func:`mel_filterbank`
    as ``bank @ power``. A clip of ``S`` samples gives ``1 + S // hop_length`` frames.

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

    # buffers (registered in __init__), typed for the type checker
    filterbank: torch.Tensor
    window: torch.Tensor

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
        norm: Literal["slaney"] | float | None = "slaney",
    ) -> None:
        super().__init__()
        self.sample_rate = float(sample_rate)
        self.n_fft = int(n_fft)
        self.hop_length = int(hop_length)
        bank = mel_filterbank(sample_rate, n_fft, n_mels, fmin_hz=fmin_hz, fmax_hz=fmax_hz, htk=htk, norm=norm)
        self.register_buffer("filterbank", torch.from_numpy(bank), persistent=False)
        self.register_buffer(
            "window", torch.hann_window(self.n_fft, periodic=True, dtype=torch.float32), persistent=False
        )

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
        power = power_spectrogram(audio, self.window, self.n_fft, self.hop_length)  # (N, bins, frames)
        return torch.matmul(self.filterbank, power)


def power_to_db(power: torch.Tensor, *, amin: float = DB_AMIN_POWER, top_db: float | None = DB_TOP_DB) -> torch.Tensor:
    """Power to decibels per clip, as :func:`librosa.power_to_db` with ``ref=1.0``.

    :func:`torchaudio.functional.amplitude_to_DB` on the clips flattened to ``(N, 1, 1, -1)``,
    the shape in which it takes the ``top_db`` floor per clip.

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
    per_clip = power.reshape(power.shape[0], 1, 1, -1)
    db = torchaudio.functional.amplitude_to_DB(per_clip, multiplier=10.0, amin=amin, db_multiplier=0.0, top_db=top_db)
    return db.reshape(power.shape)


def dct_matrix(n_out: int, n_in: int) -> np.ndarray:
    """Orthonormal DCT-II matrix: ``dct_matrix(k, n) @ x`` equals ``scipy.fft.dct(x, norm="ortho")[:k]``.

    :func:`torchaudio.functional.create_dct` (``norm="ortho"``) computed in float64, transposed.

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
    with torch_default_dtype(torch.float64):
        basis = torchaudio.functional.create_dct(n_out, n_in, norm="ortho")  # (n_in, n_out)
    return np.ascontiguousarray(basis.numpy().T, dtype=np.float32)


class MelBaseline(AudioModel):
    """Time-averaged 128-band log-mel spectrogram (dB), a model-free baseline embedding.

    Equals ``librosa.power_to_db(librosa.feature.melspectrogram(y=y, sr=44100)).mean(axis=-1)``
    per clip (``n_fft=2048``, ``hop_length=512``, Slaney mel, ``top_db=80``) to float tolerance.
    :class:`MfccBaseline` is the same with a DCT applied to every frame before the time mean.

    Parameters
    ----------
    sample_rate : int
        Hz of the clips passed to :meth:`embed`.
    n_mels : int
        Bands = embedding size.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """

    #: ``(embedding_size, n_mels)`` matrix applied to every dB frame before the time mean (``None``: none).
    projection: torch.Tensor | None = None

    def __init__(self, sample_rate: int = MEL_SAMPLE_RATE_HZ, n_mels: int = MEL_N_MELS) -> None:
        self.name = "mel"
        self.sample_rate = int(sample_rate)
        self.embedding_size = int(n_mels)
        self.weights_hash = None
        self.spectrogram = MelSpectrogram(sample_rate, MEL_N_FFT, MEL_HOP_LENGTH_SAMPLES, n_mels)

    def settings(self) -> dict[str, Any]:
        """Front-end settings of this baseline."""
        return {
            "n_fft": MEL_N_FFT,
            "hop_length": MEL_HOP_LENGTH_SAMPLES,
            "n_mels": int(self.spectrogram.filterbank.shape[0]),
            "mel_scale": "slaney",
            "top_db": DB_TOP_DB,
            "pooling": "time mean",
        }

    def log_mel(self, audio: np.ndarray) -> torch.Tensor:
        """``(N, n_mels, frames)`` float32 dB spectrogram of ``(N, samples)`` clips."""
        batch = torch.from_numpy(as_batch(audio))
        with torch.inference_mode():
            return power_to_db(self.spectrogram(batch))

    def embed(self, audio: np.ndarray) -> np.ndarray:
        """Time average of each clip's log-mel frames (each first multiplied by :attr:`projection`, if set).

        Clips go through the STFT ``_CLIPS_PER_CHUNK`` at a time (bounds memory).

        Parameters
        ----------
        audio : np.ndarray
            ``(N, samples)`` (or ``(samples,)``) float32 mono clips at ``sample_rate``, full scale 1.

        Returns
        -------
        np.ndarray
            ``(N, embedding_size)`` float32: dB per mel band (``mel``), or MFCCs (``mfcc``).

        Shown in use in ``notebooks/01_audio_models.ipynb``.
        """
        batch = as_batch(audio)
        out = []
        for start in range(0, batch.shape[0], _CLIPS_PER_CHUNK):
            logmel = self.log_mel(batch[start : start + _CLIPS_PER_CHUNK])
            frames = logmel if self.projection is None else torch.matmul(self.projection, logmel)
            out.append(frames.mean(dim=-1))
        return torch.cat(out).numpy().astype(np.float32, copy=False)


class MfccBaseline(MelBaseline):
    """Time-averaged MFCCs, a model-free baseline embedding.

    :class:`MelBaseline` whose 128-band dB frames are first projected on the orthonormal DCT-II
    (:func:`dct_matrix`): equals ``librosa.feature.mfcc(y=y, sr=44100, n_mfcc=40).mean(axis=-1)``
    per clip to float tolerance.

    Parameters
    ----------
    sample_rate : int
        As for :class:`MelBaseline`.
    n_mfcc : int
        Coefficients kept, lowest quefrency first: the embedding size.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """

    def __init__(self, sample_rate: int = MEL_SAMPLE_RATE_HZ, n_mfcc: int = MFCC_N_MFCC) -> None:
        super().__init__(sample_rate, MEL_N_MELS)
        self.name = "mfcc"
        self.embedding_size = int(n_mfcc)
        self.projection = torch.from_numpy(dct_matrix(n_mfcc, MEL_N_MELS))


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
