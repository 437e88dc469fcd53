"""EfficientAT's front end: 160 ms windows of a clip -> normalized log-mel with Kaldi mel triangles.

EfficientAT's ``AugmentMelSTFT`` in eval mode (no frequency-range jitter, no masking), on the
HEAR wrapper's timestamp windows; steps 1 and 2 of the pipeline in
:mod:`synthproxy.audio_models.efficientat`. The DSP is torchaudio's: the STFT is
:func:`~synthproxy.audio_models.mel.power_spectrogram` and the bank is
:func:`torchaudio.compliance.kaldi.get_mel_banks`, as EfficientAT itself uses it.

Shown in use in ``notebooks/01_audio_models.ipynb``.
"""

from __future__ import annotations

import numpy as np
import torch
import torch.nn.functional as F
import torchaudio
from torch import nn

from synthproxy.audio_models.mel import power_spectrogram, torch_default_dtype

__all__ = [
    "EFFICIENTAT_SAMPLE_RATE_HZ",
    "EFFICIENTAT_N_FFT",
    "EFFICIENTAT_WIN_LENGTH_SAMPLES",
    "EFFICIENTAT_HOP_LENGTH_SAMPLES",
    "EFFICIENTAT_N_MELS",
    "EFFICIENTAT_FMIN_HZ",
    "EFFICIENTAT_FMAX_HZ",
    "EFFICIENTAT_PREEMPHASIS",
    "EFFICIENTAT_LOG_OFFSET",
    "EFFICIENTAT_NORM_SHIFT",
    "EFFICIENTAT_NORM_SCALE",
    "EFFICIENTAT_WINDOW_SAMPLES",
    "EFFICIENTAT_WINDOW_HOP_SAMPLES",
    "kaldi_mel_filterbank",
    "EfficientATFrontEnd",
    "num_windows",
    "cut_windows",
]

#: Input sample rate (Hz); clips must already be at this rate.
EFFICIENTAT_SAMPLE_RATE_HZ: int = 32_000
#: STFT size (32 ms), analysis window (symmetric Hann, 25 ms, centred in the FFT) and hop (10 ms), samples.
EFFICIENTAT_N_FFT: int = 1024
EFFICIENTAT_WIN_LENGTH_SAMPLES: int = 800
EFFICIENTAT_HOP_LENGTH_SAMPLES: int = 320
#: Kaldi-style mel bands and their range (Hz): ``fmax = sr / 2 - fmax_aug_range / 2`` with the
#: repository's ``fmax_aug_range = 2000`` (no random shift in eval mode).
EFFICIENTAT_N_MELS: int = 128
EFFICIENTAT_FMIN_HZ: float = 0.0
EFFICIENTAT_FMAX_HZ: float = EFFICIENTAT_SAMPLE_RATE_HZ / 2 - 2000 / 2
#: Pre-emphasis ``y[i] = x[i + 1] - EFFICIENTAT_PREEMPHASIS * x[i]``.
EFFICIENTAT_PREEMPHASIS: float = 0.97
#: Log offset and "fast normalization": ``(log(mel + offset) + shift) / scale``.
EFFICIENTAT_LOG_OFFSET: float = 1e-5
EFFICIENTAT_NORM_SHIFT: float = 4.5
EFFICIENTAT_NORM_SCALE: float = 5.0
#: HEAR timestamp windows: 160 ms every 50 ms, samples at 32 kHz; clips are reflect-padded by half a window.
EFFICIENTAT_WINDOW_SAMPLES: int = 160 * EFFICIENTAT_SAMPLE_RATE_HZ // 1000
EFFICIENTAT_WINDOW_HOP_SAMPLES: int = 50 * EFFICIENTAT_SAMPLE_RATE_HZ // 1000


def kaldi_mel_filterbank(
    n_mels: int = EFFICIENTAT_N_MELS,
    n_fft: int = EFFICIENTAT_N_FFT,
    sample_rate: float = EFFICIENTAT_SAMPLE_RATE_HZ,
    fmin_hz: float = EFFICIENTAT_FMIN_HZ,
    fmax_hz: float = EFFICIENTAT_FMAX_HZ,
) -> np.ndarray:
    """Kaldi's triangular mel filter bank, with a zero column for the Nyquist bin.

    :func:`torchaudio.compliance.kaldi.get_mel_banks` (no VTLN warping) padded by that column,
    as EfficientAT builds it: mel scale ``1127 ln(1 + f / 700)``; band edges equally spaced in mel
    between ``fmin_hz`` and ``fmax_hz``; triangles of height 1 evaluated in mel at the FFT bin
    frequencies ``k * sample_rate / n_fft`` for ``k < n_fft / 2``; no normalization. Built in
    float32 whatever torch's default dtype, as in EfficientAT.

    Parameters
    ----------
    n_mels : int
        Number of bands (rows).
    n_fft : int
        FFT length; the bank has ``n_fft // 2 + 1`` columns.
    sample_rate : float
        Hz.
    fmin_hz, fmax_hz : float
        Lowest and highest band edge (Hz).

    Returns
    -------
    np.ndarray
        ``(n_mels, n_fft // 2 + 1)`` float32; ``bank @ power_spectrum`` gives band powers.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    with torch_default_dtype(torch.float32):
        bank, _ = torchaudio.compliance.kaldi.get_mel_banks(
            n_mels,
            n_fft,
            float(sample_rate),
            float(fmin_hz),
            float(fmax_hz),
            vtln_low=100.0,
            vtln_high=-500.0,
            vtln_warp_factor=1.0,
        )
    return F.pad(bank, (0, 1)).numpy()


class EfficientATFrontEnd(nn.Module):
    """EfficientAT's input features: pre-emphasis, log-mel with Kaldi triangles, fast normalization.

    EfficientAT's ``AugmentMelSTFT`` in eval mode (no frequency-range jitter, no masking); see
    the module docstring for every setting.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """

    # buffers (registered in __init__), typed for the type checker
    window: torch.Tensor
    filterbank: torch.Tensor

    def __init__(self) -> None:
        super().__init__()
        self.register_buffer(
            "window", torch.hann_window(EFFICIENTAT_WIN_LENGTH_SAMPLES, periodic=False), persistent=False
        )
        self.register_buffer("filterbank", torch.from_numpy(kaldi_mel_filterbank()), persistent=False)

    @staticmethod
    def num_frames(num_samples: int) -> int:
        """Frames of a clip of ``num_samples`` samples: ``1 + (num_samples - 1) // 320`` (16 per 160 ms window)."""
        return 1 + (int(num_samples) - 1) // EFFICIENTAT_HOP_LENGTH_SAMPLES

    def _log_mel(self, emphasized: torch.Tensor, *, center: bool) -> torch.Tensor:
        """Pre-emphasized signals ``(B, samples)`` -> normalized log-mel ``(B, 128, frames)``."""
        power = power_spectrogram(
            emphasized,
            self.window,
            EFFICIENTAT_N_FFT,
            EFFICIENTAT_HOP_LENGTH_SAMPLES,
            center=center,
            pad_mode="reflect",
        )  # (B, 513, frames)
        # one (B * frames, 513) x (513, 128) product: much faster than a batched one on short spectrograms
        mel = torch.matmul(power.transpose(1, 2), self.filterbank.T).transpose(1, 2)
        return (torch.log(mel + EFFICIENTAT_LOG_OFFSET) + EFFICIENTAT_NORM_SHIFT) / EFFICIENTAT_NORM_SCALE

    def forward(self, audio: torch.Tensor) -> torch.Tensor:
        """Normalized log-mel spectrograms of whole signals (one 160 ms window each, in the embedding).

        Parameters
        ----------
        audio : torch.Tensor
            ``(B, samples)`` float32 at 32 kHz, ``samples > 513``.

        Returns
        -------
        torch.Tensor
            ``(B, 128, frames)`` float32, ``frames = 1 + (samples - 1) // 320`` (16 for a 5120-sample window).
        """
        emphasized = audio[:, 1:] - EFFICIENTAT_PREEMPHASIS * audio[:, :-1]
        return self._log_mel(emphasized, center=True)

    def window_features(self, audio: torch.Tensor) -> torch.Tensor:
        """Features of every 160 ms window of whole clips: ``forward(cut_windows(audio))``, computed faster.

        Windows are 5 STFT hops apart, so a window's frames 2 to 14 (whose FFT spans lie inside the
        window) are frames of one STFT of the whole padded, pre-emphasized clip, computed once;
        only frames 0, 1 and 15, which see the reflection at the window's edges, are computed per
        window. Equal to ``forward`` on each window up to float rounding.

        Parameters
        ----------
        audio : torch.Tensor
            ``(N, samples)`` float32 clips at 32 kHz, ``samples > 2560``.

        Returns
        -------
        torch.Tensor
            ``(N, num_windows(samples), 128, 16)`` float32.
        """
        n_clips = audio.shape[0]
        count = num_windows(audio.shape[-1])
        hop, half_fft = EFFICIENTAT_HOP_LENGTH_SAMPLES, EFFICIENTAT_N_FFT // 2
        padded = cut_windows(audio, as_padded=True)
        emphasized = padded[:, 1:] - EFFICIENTAT_PREEMPHASIS * padded[:, :-1]
        # window k's pre-emphasized samples are emphasized[:, 1600 k : 1600 k + 5119]
        length = EFFICIENTAT_WINDOW_SAMPLES - 1
        frames = 1 + length // hop  # 16
        first = -(-half_fft // hop)  # 2: first frame whose span [centre - 512, centre + 512) starts inside
        last = (length - half_fft) // hop  # 14: last frame whose span ends inside
        step = EFFICIENTAT_WINDOW_HOP_SAMPLES // hop  # 5 frames between windows
        body_frames = step * (count - 1) + last - first + 1
        body_start = first * hop - half_fft
        body = emphasized[:, body_start : body_start + (body_frames - 1) * hop + EFFICIENTAT_N_FFT]
        body_mel = self._log_mel(body, center=False)  # (N, 128, body_frames)
        index = step * torch.arange(count)[:, None] + torch.arange(last - first + 1)[None, :]
        middle = body_mel[:, :, index].permute(0, 2, 1, 3)  # (N, count, 128, 13)
        windows = emphasized.unfold(-1, length, EFFICIENTAT_WINDOW_HOP_SAMPLES)  # (N, count, 5119) view
        head = windows[..., : (first - 1) * hop + half_fft].reshape(n_clips * count, -1)
        head = F.pad(head, (half_fft, 0), mode="reflect")  # frames 0 .. first - 1
        tail_start = (last + 1) * hop - half_fft
        tail = windows[..., tail_start:].reshape(n_clips * count, -1)
        tail = F.pad(tail, (0, (frames - 1) * hop + half_fft - length), mode="reflect")  # frames last + 1 ..
        edges = (self._log_mel(head, center=False), self._log_mel(tail, center=False))
        head_mel, tail_mel = (e.reshape(n_clips, count, e.shape[1], e.shape[2]) for e in edges)
        return torch.cat([head_mel, middle, tail_mel], dim=-1)


def num_windows(num_samples: int) -> int:
    """Number of 160 ms windows (50 ms hop, half-window reflect padding) of a clip: ``1 + num_samples // 1600``.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    return 1 + int(num_samples) // EFFICIENTAT_WINDOW_HOP_SAMPLES


def cut_windows(audio: torch.Tensor, *, as_padded: bool = False) -> torch.Tensor:
    """Cut clips into the HEAR wrapper's timestamp windows.

    Each clip is reflect-padded by ``2560`` samples on both sides; window ``w`` covers samples
    ``1600 w - 2560 ... 1600 w + 2559`` of the clip (centred at ``50 w`` ms).

    Parameters
    ----------
    audio : torch.Tensor
        ``(N, samples)``, ``samples > 2560``.
    as_padded : bool
        Return the padded clips ``(N, samples + 5120)`` instead of the windows.

    Returns
    -------
    torch.Tensor
        ``(N, num_windows(samples), 5120)`` (a view of the padded clips).

    Raises
    ------
    ValueError
        Clips of 2560 samples (80 ms) or fewer: the reflection padding does not fit.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    pad = EFFICIENTAT_WINDOW_SAMPLES // 2
    if audio.shape[-1] <= pad:
        raise ValueError(
            f"EfficientAT needs clips longer than {pad} samples "
            f"({1000 * pad / EFFICIENTAT_SAMPLE_RATE_HZ:g} ms at 32 kHz), got {audio.shape[-1]}"
        )
    padded = F.pad(audio.unsqueeze(1), (pad, pad), mode="reflect").squeeze(1)
    if as_padded:
        return padded
    return padded.unfold(-1, EFFICIENTAT_WINDOW_SAMPLES, EFFICIENTAT_WINDOW_HOP_SAMPLES)
