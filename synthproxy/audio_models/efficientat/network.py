"""EfficientAT's MobileNetV3 ("mn" models), with the parameter names and shapes of the published checkpoints.

Step 3 of the pipeline in :mod:`synthproxy.audio_models.efficientat`: the MobileNetV3-Large
layout scaled by a width multiplier, channel-wise squeeze-and-excitation, batch norms with
``eps = 1e-3``; and step 4, the global-average-pooled outputs of blocks 5, 11, 13 and 15.

Shown in use in ``notebooks/01_audio_models.ipynb``.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import nn

__all__ = [
    "EFFICIENTAT_BLOCK_IDS",
    "EFFICIENTAT_NUM_CLASSES",
    "make_divisible",
    "EfficientATNet",
    "pooled_block_features",
    "inference_trunk",
]

#: ``features`` indices whose global-average-pooled outputs are concatenated ("b5", "b11", "b13", "b15").
EFFICIENTAT_BLOCK_IDS: tuple[int, ...] = (5, 11, 13, 15)
#: AudioSet classes of the checkpoints' classifier.
EFFICIENTAT_NUM_CLASSES: int = 527

#: Batch-norm epsilon of every EfficientAT normalization layer.
_BN_EPS: float = 1e-3
_BN_MOMENTUM: float = 0.01
#: Squeeze-and-excitation bottleneck: ``make_divisible(expanded // _SE_REDUCTION, 8)`` units.
_SE_REDUCTION: int = 4
_CHANNEL_DIVISOR: int = 8
_LAST_CONV_EXPANSION: int = 6
_PENULTIMATE_CHANNELS: int = 1280
_CLASSIFIER_DROPOUT: float = 0.2


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


_LARGE: tuple[_BlockSpec, ...] = tuple(
    _BlockSpec(*row)
    for row in (
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
    )
)


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


def _conv_bn(
    in_channels: int,
    out_channels: int,
    kernel: int,
    *,
    stride: int = 1,
    groups: int = 1,
    activation: type[nn.Module] | None = None,
) -> nn.Sequential:
    """Convolution (no bias, "same" padding) -> batch norm -> optional activation: keys ``0.*``, ``1.*``."""
    layers: list[nn.Module] = [
        nn.Conv2d(
            in_channels, out_channels, kernel, stride=stride, padding=(kernel - 1) // 2, groups=groups, bias=False
        ),
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
            nn.AdaptiveAvgPool2d(1),
            nn.Flatten(start_dim=1),
            nn.Linear(last_out, hidden),
            nn.Hardswish(),
            nn.Dropout(p=_CLASSIFIER_DROPOUT),
            nn.Linear(hidden, num_classes),
        )

    @property
    def block_channels(self) -> tuple[int, ...]:
        """Output channels of the embedding blocks :data:`EFFICIENTAT_BLOCK_IDS` (their sum is the embedding size)."""
        channels = []
        for i in EFFICIENTAT_BLOCK_IDS:
            block = self.features[i]
            if not isinstance(block, _InvertedResidual):
                raise TypeError(f"features[{i}] is not an inverted residual block")
            channels.append(block.out_channels)
        return tuple(channels)

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
        return pooled_block_features(self.features, spec)

    def forward(self, spec: torch.Tensor) -> torch.Tensor:
        """AudioSet logits ``(B, 527)`` (apply a sigmoid for tag probabilities) of ``(B, 1, 128, frames)`` log-mel."""
        return self.classifier(self.features(spec))


def pooled_block_features(
    features: nn.Sequential, spec: torch.Tensor, bfloat16_from: int | None = None
) -> torch.Tensor:
    """Run ``features[0..15]`` and concatenate the means over (freq, time) of blocks 5, 11, 13 and 15.

    Parameters
    ----------
    features : nn.Sequential
        :attr:`EfficientATNet.features`, or its :func:`inference_trunk`.
    spec : torch.Tensor
        ``(B, 1, 128, frames)`` float32 normalized log-mel.
    bfloat16_from : int or None
        Index of the first layer run under bfloat16 autocast; ``None``: all in float32.

    Returns
    -------
    torch.Tensor
        ``(B, sum(block_channels))`` float32 (192 for ``mn04``, 944 for ``mn20``).
    """
    pooled = []
    x = spec
    for index in range(max(EFFICIENTAT_BLOCK_IDS) + 1):
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=bfloat16_from is not None and index >= bfloat16_from):
            x = features[index](x)
        if index in EFFICIENTAT_BLOCK_IDS:
            pooled.append(x.float().mean(dim=(2, 3)))
    return torch.cat(pooled, dim=1)


def inference_trunk(net: EfficientATNet) -> nn.Sequential:
    """Inference copy of ``features[0..15]``: batch norms folded, in-place activations, channels-last.

    Parameters
    ----------
    net : EfficientATNet
        In eval mode (its batch-norm statistics are folded into the convolutions).

    Returns
    -------
    nn.Sequential
        Takes channels-last ``(B, 1, 128, frames)`` input; equal to ``net.features[:16]`` up to
        float32 rounding (the layers after block 15 do not affect the embeddings).
    """
    from torch.nn.utils.fusion import fuse_conv_bn_eval

    trunk = copy.deepcopy(net.features[: max(EFFICIENTAT_BLOCK_IDS) + 1]).eval()
    for module in list(trunk.modules()):
        if (
            isinstance(module, nn.Sequential)
            and len(module) >= 2
            and isinstance(module[0], nn.Conv2d)
            and isinstance(module[1], nn.BatchNorm2d)
        ):
            module[0] = fuse_conv_bn_eval(module[0], module[1])
            module[1] = nn.Identity()
        if isinstance(module, (nn.ReLU, nn.Hardswish)):
            module.inplace = True
    return trunk.to(memory_format=torch.channels_last)  # type: ignore[call-overload]  # torch's stubs of Module.to omit memory_format
