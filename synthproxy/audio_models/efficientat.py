"""EfficientAT MobileNetV3 embeddings (Schmid, Koutini & Widmer, ICASSP 2023): ``"mn04"`` and ``"mn20"``.

EfficientAT's MobileNets were distilled from a PaSST transformer ensemble on AudioSet. The
original synth-proxy study embeds its renders with the AudioSet checkpoints ``mn04_as`` (width
multiplier 0.4, used for its proxy benchmark) and ``mn20_as`` (width 2.0), through the HEAR
wrapper ``hear_mn`` with the block features ``("b5", "b11", "b13", "b15")``. This module
rebuilds that pipeline; the network's parameter names and shapes are those of the published
checkpoints, which are read from a local file (nothing is downloaded).

Pipeline, for mono clips at 32 kHz:

1. **Windows**: each clip is reflect-padded by 80 ms (2560 samples) on both sides and cut into
   160 ms windows (5120 samples) every 50 ms (1600 samples): ``1 + samples // 1600`` windows
   (2 s -> 41). Clips need more than 2560 samples (the reflection must fit in the clip).
2. **Log-mel per window** (EfficientAT's ``AugmentMelSTFT`` in eval mode): pre-emphasis
   ``y[i] = x[i + 1] - 0.97 x[i]`` (one sample shorter), STFT with ``n_fft = 1024``, a
   symmetric Hann window of 800 samples (25 ms) centred in it, hop 320 (10 ms), ``center=True``
   with reflect padding (16 frames per window); power spectrum through 128 Kaldi-style mel
   triangles from 0 to 15 kHz (``fmax = sr / 2 - 1000``, the eval setting of the repository's
   default ``fmax=None``); then ``(log(x + 1e-5) + 4.5) / 5``.
3. **Network**: MobileNetV3-Large layout scaled by the width multiplier (channel counts rounded
   to multiples of 8), channel-wise squeeze-and-excitation, batch norms with ``eps = 1e-3``.
   ``features[0]`` is the input convolution, ``features[1]`` ... ``features[15]`` the 15
   inverted-residual blocks and ``features[16]`` the last 1x1 convolution; ``classifier`` is
   the AudioSet MLP head (527 classes). The HEAR wrapper's block ``b<i>`` is ``features[i]``.
4. **Embedding per window**: global average pooling (over frequency and time) of the outputs of
   blocks 5, 11, 13 and 15, concatenated. Their channel counts are 16 + 48 + 64 + 64 = 192 for
   ``mn04`` and 80 + 224 + 320 + 320 = 944 for ``mn20``.
5. **Pooling over time**: the mean of the window embeddings (the study's ``avg_time_pool``).
   :meth:`EfficientATModel.embed_windows` keeps them.

The network after block 15 (last convolution and classifier) does not affect the embedding and is
not run; its weights are still loaded and checked.

Weights: the published files (the EfficientAT GitHub releases page, release ``v0.0.1``) are
``mn04_as_mAP_432.pt`` and ``mn20_as_mAP_478.pt``, plain state dicts. Put them in the folder
named by the environment variable ``SYNTHPROXY_EFFICIENTAT_DIR``, or pass ``weights_path=``.
They are unpickled with ``torch.load(weights_only=True)``, and every tensor name and shape is
checked against this module's network before anything is loaded.

Speed: windows are 5 STFT hops apart, so the 13 inner frames of every window's spectrogram come
from one STFT of the whole clip and only the 3 edge frames are computed per window
(:meth:`EfficientATFrontEnd.window_features`, equal to the per-window front end to the bit). The
network runs with batch norms folded into the convolutions, in-place activations and
channels-last layout, on ``batch_windows`` windows per pass. ``precision="float32"`` (the
default; ``"auto"`` means it too) matches the unfolded network to float32 rounding (max relative
difference ~1e-6). ``precision="bfloat16"`` runs layers 2 to 15 under bfloat16 autocast: about
2x faster for ``mn20`` on CPUs with AMX, hardly faster for ``mn04``; its embeddings have cosine
similarity ~0.9986 (``mn04``) and ~0.9994 (``mn20``) with float32 ones on a random-weight
stand-in network (the published weights were not available to measure), so it is opt-in.

Shown in use in ``notebooks/01_audio_models.ipynb``.
"""

from __future__ import annotations

import copy
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np
import torch
import torch.nn.functional as F
import torchaudio
from torch import nn

from synthproxy.audio_models.base import AudioModel, as_batch, load_checkpoint_safely, sha256_file
from synthproxy.audio_models.mel import power_spectrogram, torch_default_dtype

__all__ = [
    "EFFICIENTAT_SAMPLE_RATE_HZ", "EFFICIENTAT_N_FFT", "EFFICIENTAT_WIN_LENGTH_SAMPLES",
    "EFFICIENTAT_HOP_LENGTH_SAMPLES", "EFFICIENTAT_N_MELS", "EFFICIENTAT_FMIN_HZ", "EFFICIENTAT_FMAX_HZ",
    "EFFICIENTAT_PREEMPHASIS", "EFFICIENTAT_LOG_OFFSET", "EFFICIENTAT_NORM_SHIFT", "EFFICIENTAT_NORM_SCALE",
    "EFFICIENTAT_WINDOW_SAMPLES", "EFFICIENTAT_WINDOW_HOP_SAMPLES", "EFFICIENTAT_BLOCK_IDS",
    "EFFICIENTAT_NUM_CLASSES", "EFFICIENTAT_DIR_ENV", "EFFICIENTAT_RELEASES_PAGE", "EfficientATVariant",
    "EFFICIENTAT_VARIANTS", "EfficientATWeightsNotFound", "EfficientATCheckpointError", "make_divisible",
    "kaldi_mel_filterbank", "EfficientATFrontEnd", "EfficientATNet", "EfficientATModel", "num_windows",
    "cut_windows", "efficientat_weights_path", "expected_state_dict_shapes", "check_state_dict",
    "load_efficientat_state_dict", "load_efficientat", "load_mn04", "load_mn20",
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
#: ``features`` indices whose global-average-pooled outputs are concatenated ("b5", "b11", "b13", "b15").
EFFICIENTAT_BLOCK_IDS: tuple[int, ...] = (5, 11, 13, 15)
#: AudioSet classes of the checkpoints' classifier.
EFFICIENTAT_NUM_CLASSES: int = 527
#: Environment variable naming the folder that holds the published checkpoint files.
EFFICIENTAT_DIR_ENV: str = "SYNTHPROXY_EFFICIENTAT_DIR"
#: Where the checkpoints are published (fetched by hand; this package never downloads).
EFFICIENTAT_RELEASES_PAGE: str = "https://github.com/fschmid56/EfficientAT/releases/tag/v0.0.1"

#: Batch-norm epsilon of every EfficientAT normalization layer.
_BN_EPS: float = 1e-3
_BN_MOMENTUM: float = 0.01
#: Squeeze-and-excitation bottleneck: ``make_divisible(expanded // _SE_REDUCTION, 8)`` units.
_SE_REDUCTION: int = 4
_CHANNEL_DIVISOR: int = 8
_LAST_CONV_EXPANSION: int = 6
_PENULTIMATE_CHANNELS: int = 1280
_CLASSIFIER_DROPOUT: float = 0.2
#: First ``features`` layer run in bfloat16 with ``precision="bfloat16"`` (the input convolution and
#: block 1 stay float32: cheap, and where bfloat16 rounding hurt the embeddings most).
_BFLOAT16_FIRST_LAYER: int = 2
#: Windows per network forward pass (whole clips are kept together; see ``EfficientATModel``).
_DEFAULT_BATCH_WINDOWS: int = 256

Precision = Literal["auto", "bfloat16", "float32"]


@dataclass(frozen=True)
class _BlockSpec:
    """One inverted-residual block before width scaling (MobileNetV3-Large, Howard et al. 2019, Table 1)."""

    in_channels: int
    kernel: int
    expanded: int
    out_channels: int
    squeeze_excite: bool
    hardswish: bool
    stride: int


_LARGE: tuple[_BlockSpec, ...] = tuple(_BlockSpec(*row) for row in (
    # in, kernel, expanded, out, SE, hard-swish, stride
    (16, 3, 16, 16, False, False, 1),
    (16, 3, 64, 24, False, False, 2),
    (24, 3, 72, 24, False, False, 1),
    (24, 5, 72, 40, True, False, 2),
    (40, 5, 120, 40, True, False, 1),
    (40, 5, 120, 40, True, False, 1),
    (40, 3, 240, 80, False, True, 2),
    (80, 3, 200, 80, False, True, 1),
    (80, 3, 184, 80, False, True, 1),
    (80, 3, 184, 80, False, True, 1),
    (80, 3, 480, 112, True, True, 1),
    (112, 3, 672, 112, True, True, 1),
    (112, 5, 672, 160, True, True, 2),
    (160, 5, 960, 160, True, True, 1),
    (160, 5, 960, 160, True, True, 1),
))


@dataclass(frozen=True)
class EfficientATVariant:
    """A published EfficientAT AudioSet checkpoint.

    Attributes
    ----------
    name : str
        Registry name (``"mn04"``).
    checkpoint : str
        EfficientAT's own name for it (``"mn04_as"``).
    width_mult : float
        Channel width multiplier of MobileNetV3-Large.
    file_name : str
        File name as published on the EfficientAT releases page.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """

    name: str
    checkpoint: str
    width_mult: float
    file_name: str


#: The variants registered by this package.
EFFICIENTAT_VARIANTS: dict[str, EfficientATVariant] = {
    "mn04": EfficientATVariant("mn04", "mn04_as", 0.4, "mn04_as_mAP_432.pt"),
    "mn20": EfficientATVariant("mn20", "mn20_as", 2.0, "mn20_as_mAP_478.pt"),
}


class EfficientATWeightsNotFound(FileNotFoundError):
    """An EfficientAT checkpoint file is missing; the message says which file, where, and how to get it."""


class EfficientATCheckpointError(ValueError):
    """A checkpoint's tensors do not match the network: the message names each offending tensor."""


def make_divisible(value: float, divisor: int = _CHANNEL_DIVISOR) -> int:
    """Round a scaled channel count to the nearest multiple of ``divisor`` (never below it, nor 10 % below ``value``).

    The channel rounding of the MobileNet family: ``0.4 * 112 = 44.8 -> 48``, ``0.4 * 16 = 6.4 -> 8``.

    Parameters
    ----------
    value : float
        Unrounded channel count.
    divisor : int
        Channel granularity.

    Returns
    -------
    int

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    rounded = max(divisor, int(value + divisor / 2) // divisor * divisor)
    if rounded < 0.9 * value:
        rounded += divisor
    return rounded


def _variant(name: str) -> EfficientATVariant:
    if name not in EFFICIENTAT_VARIANTS:
        known = ", ".join(repr(v) for v in EFFICIENTAT_VARIANTS)
        raise ValueError(f"unknown EfficientAT variant {name!r}; known variants: {known}")
    return EFFICIENTAT_VARIANTS[name]


# ----------------------------------------------------------------------------------------------
# Front end
# ----------------------------------------------------------------------------------------------

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
        bank, _ = torchaudio.compliance.kaldi.get_mel_banks(n_mels, n_fft, float(sample_rate), float(fmin_hz),
                                                            float(fmax_hz), vtln_low=100.0, vtln_high=-500.0,
                                                            vtln_warp_factor=1.0)
    return F.pad(bank, (0, 1)).numpy()


class EfficientATFrontEnd(nn.Module):
    """EfficientAT's input features: pre-emphasis, log-mel with Kaldi triangles, fast normalization.

    EfficientAT's ``AugmentMelSTFT`` in eval mode (no frequency-range jitter, no masking); see
    the module docstring for every setting.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """

    def __init__(self) -> None:
        super().__init__()
        self.register_buffer("window", torch.hann_window(EFFICIENTAT_WIN_LENGTH_SAMPLES, periodic=False),
                             persistent=False)
        self.register_buffer("filterbank", torch.from_numpy(kaldi_mel_filterbank()), persistent=False)

    @staticmethod
    def num_frames(num_samples: int) -> int:
        """Frames of a clip of ``num_samples`` samples: ``1 + (num_samples - 1) // 320`` (16 per 160 ms window)."""
        return 1 + (int(num_samples) - 1) // EFFICIENTAT_HOP_LENGTH_SAMPLES

    def _log_mel(self, emphasized: torch.Tensor, *, center: bool) -> torch.Tensor:
        """Pre-emphasized signals ``(B, samples)`` -> normalized log-mel ``(B, 128, frames)``."""
        power = power_spectrogram(emphasized, self.window, EFFICIENTAT_N_FFT, EFFICIENTAT_HOP_LENGTH_SAMPLES,
                                  center=center, pad_mode="reflect")  # (B, 513, frames)
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
        body = emphasized[:, body_start:body_start + (body_frames - 1) * hop + EFFICIENTAT_N_FFT]
        body_mel = self._log_mel(body, center=False)  # (N, 128, body_frames)
        index = step * torch.arange(count)[:, None] + torch.arange(last - first + 1)[None, :]
        middle = body_mel[:, :, index].permute(0, 2, 1, 3)  # (N, count, 128, 13)
        windows = emphasized.unfold(-1, length, EFFICIENTAT_WINDOW_HOP_SAMPLES)  # (N, count, 5119) view
        head = windows[..., :(first - 1) * hop + half_fft].reshape(n_clips * count, -1)
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
        raise ValueError(f"EfficientAT needs clips longer than {pad} samples "
                         f"({1000 * pad / EFFICIENTAT_SAMPLE_RATE_HZ:g} ms at 32 kHz), got {audio.shape[-1]}")
    padded = F.pad(audio.unsqueeze(1), (pad, pad), mode="reflect").squeeze(1)
    if as_padded:
        return padded
    return padded.unfold(-1, EFFICIENTAT_WINDOW_SAMPLES, EFFICIENTAT_WINDOW_HOP_SAMPLES)


# ----------------------------------------------------------------------------------------------
# Network (parameter names and shapes as in the published checkpoints)
# ----------------------------------------------------------------------------------------------

def _conv_bn(in_channels: int, out_channels: int, kernel: int, *, stride: int = 1, groups: int = 1,
             activation: type[nn.Module] | None = None) -> nn.Sequential:
    """Convolution (no bias, "same" padding) -> batch norm -> optional activation: keys ``0.*``, ``1.*``."""
    layers: list[nn.Module] = [
        nn.Conv2d(in_channels, out_channels, kernel, stride=stride, padding=(kernel - 1) // 2, groups=groups,
                  bias=False),
        nn.BatchNorm2d(out_channels, eps=_BN_EPS, momentum=_BN_MOMENTUM),
    ]
    if activation is not None:
        layers.append(activation())
    return nn.Sequential(*layers)


class _SqueezeExcitation(nn.Module):
    """Channel gates: mean over (freq, time) -> Linear -> ReLU -> Linear -> sigmoid -> scale."""

    def __init__(self, channels: int, squeeze: int) -> None:
        super().__init__()
        self.fc1 = nn.Linear(channels, squeeze)
        self.fc2 = nn.Linear(squeeze, channels)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        gates = torch.sigmoid(self.fc2(F.relu(self.fc1(x.mean(dim=(2, 3))))))
        return x * gates[:, :, None, None].to(x.dtype)


class _ChannelSE(nn.Module):
    """EfficientAT's squeeze-and-excitation container with one (channel-wise) gate: keys ``conc_se_layers.0.*``."""

    def __init__(self, channels: int) -> None:
        super().__init__()
        squeeze = make_divisible(channels // _SE_REDUCTION, _CHANNEL_DIVISOR)
        self.conc_se_layers = nn.ModuleList([_SqueezeExcitation(channels, squeeze)])

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.conc_se_layers[0](x)


class _InvertedResidual(nn.Module):
    """Expand (1x1, if wider) -> depthwise kxk -> optional SE -> project (1x1, linear), + input if same shape."""

    def __init__(self, spec: _BlockSpec, width_mult: float) -> None:
        super().__init__()
        in_ch = make_divisible(spec.in_channels * width_mult)
        mid = make_divisible(spec.expanded * width_mult)
        out_ch = make_divisible(spec.out_channels * width_mult)
        act: type[nn.Module] = nn.Hardswish if spec.hardswish else nn.ReLU
        layers: list[nn.Module] = []
        if mid != in_ch:
            layers.append(_conv_bn(in_ch, mid, 1, activation=act))
        layers.append(_conv_bn(mid, mid, spec.kernel, stride=spec.stride, groups=mid, activation=act))
        if spec.squeeze_excite:
            layers.append(_ChannelSE(mid))
        layers.append(_conv_bn(mid, out_ch, 1))
        self.block = nn.Sequential(*layers)
        self.out_channels = out_ch
        self.residual = spec.stride == 1 and in_ch == out_ch

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = self.block(x)
        return y + x if self.residual else y


class EfficientATNet(nn.Module):
    """EfficientAT's MobileNetV3 ("mn" models): ``(B, 1, 128, frames)`` log-mel -> block features or logits.

    Parameter names and shapes equal those of the published AudioSet checkpoints (``features.*``,
    ``classifier.*``; 312 entries including the batch norms' ``num_batches_tracked``).

    Parameters
    ----------
    width_mult : float
        0.4 for ``mn04``, 2.0 for ``mn20``.
    num_classes : int
        Logits of the classifier head.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """

    def __init__(self, width_mult: float, num_classes: int = EFFICIENTAT_NUM_CLASSES) -> None:
        super().__init__()
        self.width_mult = float(width_mult)
        first = make_divisible(_LARGE[0].in_channels * width_mult)
        layers: list[nn.Module] = [_conv_bn(1, first, 3, stride=2, activation=nn.Hardswish)]
        layers += [_InvertedResidual(spec, width_mult) for spec in _LARGE]
        last_in = make_divisible(_LARGE[-1].out_channels * width_mult)
        last_out = _LAST_CONV_EXPANSION * last_in
        layers.append(_conv_bn(last_in, last_out, 1, activation=nn.Hardswish))
        self.features = nn.Sequential(*layers)
        hidden = make_divisible(_PENULTIMATE_CHANNELS * width_mult)
        self.classifier = nn.Sequential(
            nn.AdaptiveAvgPool2d(1), nn.Flatten(start_dim=1), nn.Linear(last_out, hidden), nn.Hardswish(),
            nn.Dropout(p=_CLASSIFIER_DROPOUT), nn.Linear(hidden, num_classes),
        )

    @property
    def block_channels(self) -> tuple[int, ...]:
        """Output channels of the embedding blocks :data:`EFFICIENTAT_BLOCK_IDS` (their sum is the embedding size)."""
        return tuple(self.features[i].out_channels for i in EFFICIENTAT_BLOCK_IDS)

    def block_embeddings(self, spec: torch.Tensor) -> torch.Tensor:
        """Concatenated global-average-pooled outputs of blocks 5, 11, 13 and 15.

        Parameters
        ----------
        spec : torch.Tensor
            ``(B, 1, 128, frames)`` normalized log-mel (:class:`EfficientATFrontEnd` output, unsqueezed).

        Returns
        -------
        torch.Tensor
            ``(B, sum(block_channels))`` float32 (192 for ``mn04``, 944 for ``mn20``).
        """
        return _pooled_blocks(self.features, spec)

    def forward(self, spec: torch.Tensor) -> torch.Tensor:
        """AudioSet logits ``(B, 527)`` (apply a sigmoid for tag probabilities) of ``(B, 1, 128, frames)`` log-mel."""
        return self.classifier(self.features(spec))


def _pooled_blocks(features: nn.Sequential, spec: torch.Tensor, bfloat16_from: int | None = None) -> torch.Tensor:
    """Run ``features[0..max block id]`` and concatenate the mean over (freq, time) of the chosen blocks.

    ``bfloat16_from``: index of the first layer run under bfloat16 autocast (``None``: all float32).
    """
    pooled = []
    x = spec
    for index in range(max(EFFICIENTAT_BLOCK_IDS) + 1):
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=bfloat16_from is not None and index >= bfloat16_from):
            x = features[index](x)
        if index in EFFICIENTAT_BLOCK_IDS:
            pooled.append(x.float().mean(dim=(2, 3)))
    return torch.cat(pooled, dim=1)


def _fast_trunk(net: EfficientATNet) -> nn.Sequential:
    """Inference copy of ``features[0..15]``: batch norms folded, in-place activations, channels-last."""
    from torch.nn.utils.fusion import fuse_conv_bn_eval

    trunk = copy.deepcopy(net.features[:max(EFFICIENTAT_BLOCK_IDS) + 1]).eval()
    for module in list(trunk.modules()):
        if (isinstance(module, nn.Sequential) and len(module) >= 2 and isinstance(module[0], nn.Conv2d)
                and isinstance(module[1], nn.BatchNorm2d)):
            module[0] = fuse_conv_bn_eval(module[0], module[1])
            module[1] = nn.Identity()
        if isinstance(module, (nn.ReLU, nn.Hardswish)):
            module.inplace = True
    return trunk.to(memory_format=torch.channels_last)


# ----------------------------------------------------------------------------------------------
# Checkpoints
# ----------------------------------------------------------------------------------------------

def efficientat_weights_path(variant: str = "mn04", weights_path: str | Path | None = None) -> Path:
    """The checkpoint file to load: ``weights_path``, else ``$SYNTHPROXY_EFFICIENTAT_DIR/<published name>``.

    Parameters
    ----------
    variant : {"mn04", "mn20"}
    weights_path : str or Path, optional
        Explicit file (any name).

    Returns
    -------
    Path
        An existing file.

    Raises
    ------
    EfficientATWeightsNotFound
        No such file, or no ``weights_path`` and the environment variable is unset; the message
        names the file, the variable and where the checkpoint is published.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    spec = _variant(variant)
    how = (f"The checkpoint {spec.file_name!r} ({spec.checkpoint}) is published on the EfficientAT GitHub "
           f"releases page, release v0.0.1 ({EFFICIENTAT_RELEASES_PAGE}); download it by hand (synthproxy "
           f"never downloads weights) into a folder, then set the environment variable {EFFICIENTAT_DIR_ENV} "
           f"to that folder, or pass weights_path= to the file.")
    if weights_path is not None:
        path = Path(weights_path).expanduser()
        where = f"EfficientAT {variant} weights file not found: {path}."
    else:
        folder = os.environ.get(EFFICIENTAT_DIR_ENV)
        if not folder:
            raise EfficientATWeightsNotFound(
                f"EfficientAT {variant} weights: no weights_path given and {EFFICIENTAT_DIR_ENV} is not set, "
                f"so {spec.file_name!r} cannot be found. {how}")
        path = Path(folder).expanduser() / spec.file_name
        where = f"EfficientAT {variant} weights file not found: {path} ({EFFICIENTAT_DIR_ENV}={folder})."
    if not path.is_file():
        raise EfficientATWeightsNotFound(f"{where} {how}")
    return path


def expected_state_dict_shapes(variant: str = "mn04") -> dict[str, tuple[int, ...]]:
    """Name -> shape of every tensor a published checkpoint of ``variant`` holds.

    Built from :class:`EfficientATNet` on the ``meta`` device (no memory is allocated).

    Returns
    -------
    dict of str to tuple of int
        312 entries, in module order (``num_batches_tracked`` entries have shape ``()``).

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    with torch.device("meta"):
        net = EfficientATNet(_variant(variant).width_mult)
    return {name: tuple(tensor.shape) for name, tensor in net.state_dict().items()}


def check_state_dict(state: Any, expected: dict[str, tuple[int, ...]], *, source: str = "checkpoint") -> None:
    """Refuse a state dict unless it has exactly the expected tensor names and shapes.

    Batch norms' ``num_batches_tracked`` counters (unused at inference) may be absent.

    Parameters
    ----------
    state : object
        What the checkpoint holds; must be a ``dict`` of ``str`` to ``torch.Tensor``.
    expected : dict of str to tuple of int
        From :func:`expected_state_dict_shapes`.
    source : str
        Named in error messages (the file).

    Raises
    ------
    EfficientATCheckpointError
        Not a dict of tensors, or a missing or unexpected tensor, or a shape mismatch; every
        problem is listed with the tensor's name (and expected vs. found shape).

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    if not isinstance(state, dict):
        raise EfficientATCheckpointError(f"{source} holds a {type(state).__name__}, not a state dict of tensors")
    problems = []
    for name, shape in expected.items():
        if name not in state:
            if not name.endswith("num_batches_tracked"):
                problems.append(f"missing tensor {name!r} (expected shape {shape})")
            continue
        value = state[name]
        if not isinstance(value, torch.Tensor):
            problems.append(f"{name!r} is a {type(value).__name__}, not a tensor")
        elif tuple(value.shape) != shape:
            problems.append(f"tensor {name!r} has shape {tuple(value.shape)}, expected {shape}")
    problems += [f"unexpected tensor {name!r}" for name in state if name not in expected]
    if problems:
        shown = problems[:12] + ([f"... and {len(problems) - 12} more"] if len(problems) > 12 else [])
        raise EfficientATCheckpointError(f"{source} does not match the EfficientAT network: " + "; ".join(shown))


def load_efficientat_state_dict(
    variant: str = "mn04",
    weights_path: str | Path | None = None,
    *,
    expected_sha256: str | None = None,
) -> tuple[dict[str, torch.Tensor], str]:
    """Read and check a published EfficientAT checkpoint, safely.

    The file is unpickled with ``torch.load(weights_only=True)`` (tensors and containers only),
    then every tensor name and shape is checked (:func:`check_state_dict`); floating-point tensors
    are returned as float32.

    Parameters
    ----------
    variant : {"mn04", "mn20"}
    weights_path : str or Path, optional
        The file; default ``$SYNTHPROXY_EFFICIENTAT_DIR/<published name>`` (see :func:`efficientat_weights_path`).
    expected_sha256 : str, optional
        Refuse a file with another sha256 (checked before unpickling).

    Returns
    -------
    state_dict : dict of str to torch.Tensor
        Keys as in :class:`EfficientATNet`.
    sha256 : str
        The file's sha256.

    Raises
    ------
    EfficientATWeightsNotFound
        No file.
    EfficientATCheckpointError
        Wrong, missing or unexpected tensors.
    UnsafeCheckpointError
        The file refers to Python objects beyond tensors and containers.
    ValueError
        sha256 mismatch.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    path = efficientat_weights_path(variant, weights_path)
    digest = sha256_file(path)
    if expected_sha256 is not None and digest != expected_sha256.lower():
        raise ValueError(f"{path} has sha256 {digest}, expected {expected_sha256}")
    state = load_checkpoint_safely(path)
    check_state_dict(state, expected_state_dict_shapes(variant), source=str(path))
    state = {k: v.float() if v.is_floating_point() else v for k, v in state.items()}
    return state, digest


# ----------------------------------------------------------------------------------------------
# Audio model
# ----------------------------------------------------------------------------------------------

class EfficientATModel(AudioModel):
    """An EfficientAT embedding as an :class:`AudioModel`: ``(N, samples)`` at 32 kHz -> ``(N, D)``.

    ``D`` is 192 for ``mn04`` and 944 for ``mn20`` (see the module docstring for the pipeline).

    Parameters
    ----------
    state_dict : dict of str to torch.Tensor
        :class:`EfficientATNet` weights of ``variant`` (see :func:`load_efficientat_state_dict`).
    variant : {"mn04", "mn20"}
    weights_hash : str or None
        sha256 of the weights file.
    precision : {"auto", "bfloat16", "float32"}
        Default precision of :meth:`embed`. ``"float32"`` (and ``"auto"``): the network in
        float32 (batch norms folded, channels-last; equal to the unfolded network to float32
        rounding). ``"bfloat16"``: layers 2 to 15 under bfloat16 autocast (faster for ``mn20``
        on CPUs with AMX; see the module docstring for its fidelity).
    batch_windows : int
        Windows per network pass (whole clips are kept together, so results do not depend on how
        clips are batched; a 2 s clip has 41 windows).

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """

    def __init__(self, state_dict: dict[str, torch.Tensor], variant: str = "mn04", *,
                 weights_hash: str | None = None, precision: Precision = "auto",
                 batch_windows: int = _DEFAULT_BATCH_WINDOWS) -> None:
        spec = _variant(variant)
        if batch_windows < 1:
            raise ValueError(f"batch_windows must be >= 1, got {batch_windows}")
        self.variant = spec
        self.name = spec.name
        self.sample_rate = EFFICIENTAT_SAMPLE_RATE_HZ
        self.weights_hash = weights_hash
        self.batch_windows = int(batch_windows)
        self.frontend = EfficientATFrontEnd().eval()
        self.network = EfficientATNet(spec.width_mult)
        own = self.network.state_dict()
        check_state_dict(state_dict, {k: tuple(v.shape) for k, v in own.items()})
        own.update(state_dict)  # keeps the network's own num_batches_tracked where the checkpoint has none
        self.network.load_state_dict(own, strict=True)
        self.network.eval().requires_grad_(False)
        self.embedding_size = sum(self.network.block_channels)
        self._fast: nn.Sequential | None = None
        self.precision = self._resolve(precision)

    @staticmethod
    def _resolve(precision: str) -> str:
        if precision not in ("auto", "bfloat16", "float32"):
            raise ValueError(f"precision must be 'auto', 'bfloat16' or 'float32', got {precision!r}")
        return "float32" if precision == "auto" else precision

    def settings(self) -> dict[str, Any]:
        """What shapes these embeddings besides the weights: checkpoint, precision, windows, blocks, pooling."""
        return {
            "checkpoint": self.variant.checkpoint, "file_name": self.variant.file_name,
            "precision": self.precision, "window_ms": 160, "window_hop_ms": 50, "window_padding": "reflect",
            "blocks": [f"b{i}" for i in EFFICIENTAT_BLOCK_IDS], "block_pooling": "global average",
            "time_pooling": "mean", "mel_avgs": False,
        }

    def log_mel(self, audio: np.ndarray) -> torch.Tensor:
        """Front-end features of whole clips (not windowed), for inspection.

        Parameters
        ----------
        audio : np.ndarray
            ``(N, samples)`` float32 at 32 kHz.

        Returns
        -------
        torch.Tensor
            ``(N, 128, 1 + (samples - 1) // 320)`` float32 normalized log-mel.

        Shown in use in ``notebooks/01_audio_models.ipynb``.
        """
        with torch.inference_mode():
            return self.frontend(torch.from_numpy(as_batch(audio)))

    def _forward_windows(self, spec: torch.Tensor, precision: str) -> torch.Tensor:
        """``(B, 1, 128, 16)`` window features -> ``(B, D)`` float32 window embeddings."""
        if self._fast is None:
            self._fast = _fast_trunk(self.network)
        start = _BFLOAT16_FIRST_LAYER if precision == "bfloat16" else None
        return _pooled_blocks(self._fast, spec.contiguous(memory_format=torch.channels_last), start)

    def embed_windows(self, audio: np.ndarray, *, precision: Precision | None = None) -> np.ndarray:
        """Per-window embeddings, as the HEAR wrapper's timestamp embeddings.

        Parameters
        ----------
        audio : np.ndarray
            ``(N, samples)`` float32 mono clips at 32 kHz, ``samples > 2560``.
        precision : {"auto", "bfloat16", "float32"}, optional
            Overrides the model's default.

        Returns
        -------
        np.ndarray
            ``(N, num_windows(samples), embedding_size)`` float32; window ``w`` is centred at
            ``50 w`` ms.

        Shown in use in ``notebooks/01_audio_models.ipynb``.
        """
        mode = self.precision if precision is None else self._resolve(precision)
        clips = as_batch(audio)
        per_clip = num_windows(clips.shape[1])
        clips_per_chunk = max(1, self.batch_windows // per_clip)
        out = np.empty((clips.shape[0], per_clip, self.embedding_size), dtype=np.float32)
        with torch.inference_mode():
            for start in range(0, clips.shape[0], clips_per_chunk):
                chunk = torch.from_numpy(clips[start:start + clips_per_chunk])
                features = self.frontend.window_features(chunk)  # (n, per_clip, 128, 16)
                n = features.shape[0]
                flat = features.reshape(n * per_clip, 1, *features.shape[2:])
                out[start:start + n] = self._forward_windows(flat, mode).reshape(n, per_clip, -1).numpy()
        return out

    def embed(self, audio: np.ndarray, *, precision: Precision | None = None) -> np.ndarray:
        """One embedding per clip: the mean over time of the per-window block features.

        Parameters
        ----------
        audio : np.ndarray
            ``(N, samples)`` (or ``(samples,)``) float32 mono clips at 32 kHz, longer than 80 ms;
            all clips in one call share a length.
        precision : {"auto", "bfloat16", "float32"}, optional
            Overrides the model's default (``"float32"`` for the exact network).

        Returns
        -------
        np.ndarray
            ``(N, embedding_size)`` float32 (192 for ``mn04``, 944 for ``mn20``).

        Shown in use in ``notebooks/01_audio_models.ipynb``.
        """
        return self.embed_windows(audio, precision=precision).mean(axis=1).astype(np.float32, copy=False)


def load_efficientat(variant: str = "mn04", weights_path: str | Path | None = None, *,
                     precision: Precision = "auto", batch_windows: int = _DEFAULT_BATCH_WINDOWS,
                     expected_sha256: str | None = None) -> EfficientATModel:
    """Build an EfficientAT embedding model from a local checkpoint file.

    Parameters
    ----------
    variant : {"mn04", "mn20"}
        ``"mn04"``: ``mn04_as_mAP_432.pt``, 192-d; ``"mn20"``: ``mn20_as_mAP_478.pt``, 944-d.
    weights_path : str or Path, optional
        The checkpoint; default ``$SYNTHPROXY_EFFICIENTAT_DIR/<published file name>``.
    precision : {"auto", "bfloat16", "float32"}
        Default precision of :meth:`EfficientATModel.embed`.
    batch_windows : int
        Windows per network pass.
    expected_sha256 : str, optional
        Refuse a file with another sha256.

    Returns
    -------
    EfficientATModel
        ``weights_hash`` is the file's sha256.

    Raises
    ------
    EfficientATWeightsNotFound, EfficientATCheckpointError, UnsafeCheckpointError
        See :func:`load_efficientat_state_dict`.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    state, digest = load_efficientat_state_dict(variant, weights_path, expected_sha256=expected_sha256)
    return EfficientATModel(state, variant, weights_hash=digest, precision=precision, batch_windows=batch_windows)


def load_mn04(weights_path: str | Path | None = None, **kwargs: Any) -> EfficientATModel:
    """Loader registered as ``"mn04"``: :func:`load_efficientat` with ``variant="mn04"`` (192-d).

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    return load_efficientat("mn04", weights_path, **kwargs)


def load_mn20(weights_path: str | Path | None = None, **kwargs: Any) -> EfficientATModel:
    """Loader registered as ``"mn20"``: :func:`load_efficientat` with ``variant="mn20"`` (944-d).

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    return load_efficientat("mn20", weights_path, **kwargs)
