"""The ``aisfx`` sound-effects embedding (Ma & Lerch, ISMIR 2022), re-implemented for batched inference.

The network weights ship inside the ``aisfx`` wheel (``aisfx/models/checkpoint.pth``); that
package is only the weights carrier here and its code is never imported by this module. The
pipeline, as in aisfx 0.1.2 with its librosa front end:

1. **Peak normalization**: ``y / max|y|`` per clip (a silent clip is left as it is), so the
   embedding does not depend on gain.
2. **Log-mel**: power mel spectrogram at 44.1 kHz, ``n_fft = win_length = 2048`` (46.4 ms),
   ``hop = 1024`` (23.2 ms), periodic Hann window, centred frames with zero padding, 96 HTK-mel
   bands from 0 to 22 050 Hz with each band's weights summing to 1 (librosa ``htk=True, norm=1``);
   then ``log10(10000 * x + 1)`` and min-max scaling with the training constants
   ``(x - 0) / 9.457798957824707``. A clip of ``S`` samples has ``1 + S // 1024`` frames
   (2 s -> 87 frames).
3. **Blocking**: the ``(frames, 96)`` spectrogram is cut into blocks of 100 frames (2.32 s)
   with a hop of 50 frames (aisfx's ``emb_hop_size=0.5``). Block count is
   ``ceil((frames - 100) / 50 + 1)``, minus one when the last block would be partial
   (``drop_partial_block=True``), at least one; frames are zero-padded at the end to fill the
   blocks. A 2 s clip is one block: its 87 frames plus 13 frames of zeros.
4. **Network**: 8 convolutions in the layout of the DCASE 2018 cross-task baseline's "9-layer"
   CNN: four pairs of 3x3 conv + batch norm + ReLU with 64, 128, 256, 512 channels, 2x2 max
   pooling after the first three pairs, then the mean over the frequency axis and the max over
   the time axis: one 512-d vector per block.
5. **Pooling over blocks**: aisfx returns the per-block vectors (``num_blocks, 512``); this
   module averages them into one vector per clip (:meth:`AisfxModel.embed_blocks` keeps them).

Note: aisfx 0.1.2's own librosa path (``spectrogram_librosa.compute_spectrogram``) returns the
spectrogram as ``(96, frames)`` and blocks it as if it were ``(frames, 96)``: the model then
sees mels as time. Its default Essentia path, which the model was trained with, returns
``(frames, 96)``. This module uses ``(frames, 96)``, i.e. the package's librosa features in the
orientation the network was trained on. Those features are close to, not equal to, the Essentia
ones (Essentia's loader gain, framing and windowing differ; 88 frames instead of 87 for 2 s):
on the test fixture's first 2 s the two paths' embeddings have cosine similarity 0.998.

Speed: the front end runs in torch on whole batches; the network's batch norms are folded into
the convolutions, and the default ``precision="auto"`` picks the fastest path that keeps the
embeddings at cosine similarity >= 0.999 with the exact float32 network (``precision="float32"``):

- ``"bfloat16"`` on CPUs with native bfloat16 (AVX-512 BF16 / AMX): bfloat16 autocast in
  channels-last layout, 8 blocks per pass (cosine typically >= 0.9999);
- ``"winograd_fused"`` elsewhere (AVX2-only CPUs): float32 with the 3x3 convolutions computed by
  Winograd F(4x4, 3x3), 4x fewer multiplications, each layer writing its (pooled) output straight
  into the next one's zero-bordered input, and the rows that only see the zero padding after a
  short clip's end computed once for all clips (:mod:`synthproxy.audio_models.winograd_fused`;
  equal to float32 up to rounding, cosine > 0.99999);
- ``"winograd"``: the same Winograd convolutions one layer at a time with padding and pooling
  passes between them (:mod:`synthproxy.audio_models.winograd`; the AVX2 default before
  ``"winograd_fused"``, kept so that stores embedded with it can be extended).

To get the AVX2 choice on a CPU that has native bfloat16 (to measure it), run with
``ONEDNN_MAX_CPU_ISA=AVX2`` (oneDNN then reports no native bfloat16, so
:func:`~synthproxy.machine.bfloat16_is_native` is false) and ``ATEN_CPU_CAPABILITY=avx2``.

Embeddings do not depend on how clips are batched. The precision is part of
:meth:`AisfxModel.settings`, which every store's manifest records: a store is never resumed or
extended with embeddings of another precision. See ``benchmarks/embed.py``.

Shown in use in ``notebooks/01_audio_models.ipynb``.
"""

from __future__ import annotations

import copy
import importlib.util
import math
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from synthproxy.audio_models.base import AudioModel, as_batch, embed_segments, load_checkpoint_safely, sha256_file
from synthproxy.audio_models.mel import MelSpectrogram
from synthproxy.machine import bfloat16_is_native

if TYPE_CHECKING:
    from synthproxy.audio_models.winograd_fused import FusedWinogradNet

__all__ = [
    "AISFX_SAMPLE_RATE_HZ",
    "AISFX_N_FFT",
    "AISFX_HOP_LENGTH_SAMPLES",
    "AISFX_N_MELS",
    "AISFX_FMIN_HZ",
    "AISFX_FMAX_HZ",
    "AISFX_LOG_SCALE",
    "AISFX_SPEC_MIN",
    "AISFX_SPEC_MAX",
    "AISFX_BLOCK_FRAMES",
    "AISFX_BLOCK_HOP_FRAMES",
    "AISFX_EMBEDDING_SIZE",
    "AISFX_CHECKPOINT_SHA256",
    "AISFX_INSTALL_HINT",
    "AisfxWeightsNotFound",
    "AisfxFrontEnd",
    "AisfxNet",
    "AisfxModel",
    "aisfx_checkpoint_path",
    "load_aisfx_state_dict",
    "load_aisfx",
    "num_blocks",
    "cut_blocks",
    "bfloat16_is_native",
    "PRECISIONS",
]

#: Input sample rate (Hz); clips must already be at this rate.
AISFX_SAMPLE_RATE_HZ: int = 44_100
#: STFT size = window length (samples, 46.4 ms) and hop (samples, 23.2 ms).
AISFX_N_FFT: int = 2048
AISFX_HOP_LENGTH_SAMPLES: int = 1024
#: Mel bands (HTK formula, L1-normalized triangles) and their frequency range (Hz).
AISFX_N_MELS: int = 96
AISFX_FMIN_HZ: float = 0.0
AISFX_FMAX_HZ: float = 22_050.0
#: Log compression ``log10(AISFX_LOG_SCALE * power + 1)``.
AISFX_LOG_SCALE: float = 10_000.0
#: Min-max scaling constants of the log-mel values (from aisfx's cross-dataset training).
AISFX_SPEC_MIN: float = 0.0
AISFX_SPEC_MAX: float = 9.457798957824707
#: Block length and hop fed to the network, in spectrogram frames (100 frames = 2.32 s; hop 1.16 s).
AISFX_BLOCK_FRAMES: int = 100
AISFX_BLOCK_HOP_FRAMES: int = 50
AISFX_EMBEDDING_SIZE: int = 512
#: sha256 of ``aisfx/models/checkpoint.pth`` in the aisfx 0.1.2 wheel.
AISFX_CHECKPOINT_SHA256: str = "499ea75909c932a2f94c35fa722fa4fabc5bcb7e84917209cc5f7402627b7eb5"
AISFX_INSTALL_HINT: str = (
    "The aisfx weights ship in the aisfx wheel. Install it without its dependencies (it pins "
    "librosa==0.9.2 and numpy==1.23.0, which would downgrade ours): "
    "`pip install --no-deps aisfx==0.1.2`, or pass weights_path= to a copy of its models/checkpoint.pth."
)
#: Blocks per network forward pass (bounds memory, ~5 MB of float32 activations per block; 4-16 are
#: equally fast here, larger batches fall out of cache).
_DEFAULT_BATCH_BLOCKS: int = 8
_CHANNELS: tuple[int, ...] = (64, 128, 256, 512)

Precision = Literal["auto", "bfloat16", "winograd_fused", "winograd", "float32"]
PRECISIONS: tuple[str, ...] = ("auto", "bfloat16", "winograd_fused", "winograd", "float32")


class AisfxWeightsNotFound(FileNotFoundError):
    """The aisfx checkpoint is not installed; the message says how to install it."""


def aisfx_checkpoint_path() -> Path:
    """Location of ``models/checkpoint.pth`` inside the installed ``aisfx`` package.

    Found with :func:`importlib.util.find_spec`, which locates the package without running its
    code (aisfx's ``__init__`` imports tqdm and its own inference module).

    Returns
    -------
    Path

    Raises
    ------
    AisfxWeightsNotFound
        aisfx is not installed, or its checkpoint is missing; the message says how to install it.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    spec = importlib.util.find_spec("aisfx")
    locations = [] if spec is None else list(spec.submodule_search_locations or [])
    for location in locations:
        candidate = Path(location) / "models" / "checkpoint.pth"
        if candidate.is_file():
            return candidate
    where = "aisfx is not installed" if spec is None else f"no models/checkpoint.pth under {locations}"
    raise AisfxWeightsNotFound(f"{where}. {AISFX_INSTALL_HINT}")


def _numpy_pickle_globals() -> list[Any]:
    """The numpy objects aisfx's checkpoint needs (its dataset table holds numpy int64 scalars)."""
    try:
        from numpy._core.multiarray import scalar
    except ImportError:  # numpy < 2
        from numpy.core.multiarray import scalar  # type: ignore[no-redef]
    allowed: list[Any] = [(scalar, "numpy.core.multiarray.scalar"), np.dtype]
    int64_dtype = getattr(getattr(np, "dtypes", None), "Int64DType", None)
    if int64_dtype is not None:
        allowed.append(int64_dtype)
    return allowed


def load_aisfx_state_dict(
    weights_path: str | Path | None = None,
    *,
    expected_sha256: str | None = AISFX_CHECKPOINT_SHA256,
) -> tuple[dict[str, torch.Tensor], str]:
    """Read the embedding network's weights from an aisfx checkpoint, safely.

    The checkpoint is a pickled ``(state_dict, dataset_table)`` pair. It is loaded with
    ``torch.load(weights_only=True)``, allowing only numpy's scalar reconstruction and dtypes on
    top of torch's tensor types. The classifier heads (``fc.*``) are dropped.

    Parameters
    ----------
    weights_path : str or Path, optional
        Checkpoint file; default: the one in the installed aisfx package.
    expected_sha256 : str or None
        Refuse a file with another sha256 (checked before unpickling); ``None`` skips the check.

    Returns
    -------
    state_dict : dict of str to torch.Tensor
        Keys as in :class:`AisfxNet` (``conv_block1.conv1.weight`` ...), float32.
    sha256 : str
        The file's sha256.

    Raises
    ------
    AisfxWeightsNotFound
        No checkpoint (see :func:`aisfx_checkpoint_path`).
    ValueError
        sha256 mismatch, or the file does not hold the expected weights.
    UnsafeCheckpointError
        The file refers to objects outside the allow-list.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    path = aisfx_checkpoint_path() if weights_path is None else Path(weights_path)
    if not path.is_file():
        raise AisfxWeightsNotFound(f"{path} does not exist. {AISFX_INSTALL_HINT}")
    digest = sha256_file(path)
    if expected_sha256 is not None and digest != expected_sha256.lower():
        raise ValueError(f"{path} has sha256 {digest}, expected {expected_sha256} (aisfx 0.1.2's checkpoint)")
    checkpoint = load_checkpoint_safely(path, _numpy_pickle_globals())
    weights = checkpoint[0] if isinstance(checkpoint, (tuple, list)) else checkpoint
    if not isinstance(weights, dict):
        raise ValueError(f"{path} holds {type(weights).__name__}, not a state dict")
    prefix = "embedding_net."
    state = {k[len(prefix) :]: v for k, v in weights.items() if k.startswith(prefix)}
    if not state:  # a bare EmbeddingNet state dict
        state = {k: v for k, v in weights.items() if not k.startswith("fc.")}
    return state, digest


def num_blocks(
    num_frames: int,
    block_frames: int = AISFX_BLOCK_FRAMES,
    hop_frames: int = AISFX_BLOCK_HOP_FRAMES,
    drop_partial_block: bool = True,
) -> int:
    """Number of network blocks for a spectrogram of ``num_frames`` frames (aisfx's rule).

    ``ceil((num_frames - block_frames) / hop_frames + 1)``, minus one when
    ``(num_frames - block_frames) % hop_frames != 0`` and ``drop_partial_block``, at least 1.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    excess = int(num_frames) - int(block_frames)
    count = math.ceil(excess / hop_frames + 1)
    if excess % hop_frames != 0 and drop_partial_block:
        count -= 1
    return max(count, 1)


def cut_blocks(
    spec: torch.Tensor,
    block_frames: int = AISFX_BLOCK_FRAMES,
    hop_frames: int = AISFX_BLOCK_HOP_FRAMES,
    drop_partial_block: bool = True,
) -> torch.Tensor:
    """Cut spectrograms into the network's fixed-length blocks, zero-padding at the end.

    Parameters
    ----------
    spec : torch.Tensor
        ``(N, frames, mels)``.
    block_frames, hop_frames : int
        Block length and hop in frames.
    drop_partial_block : bool
        See :func:`num_blocks`.

    Returns
    -------
    torch.Tensor
        ``(N, num_blocks, block_frames, mels)``; block ``b`` holds frames
        ``b * hop_frames ... b * hop_frames + block_frames - 1`` (zeros past the end).

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    count = num_blocks(spec.shape[1], block_frames, hop_frames, drop_partial_block)
    padded = F.pad(spec, (0, 0, 0, block_frames))  # block_frames zero frames after the end
    blocks = padded.unfold(1, block_frames, hop_frames)[:, :count]  # (N, count, mels, block_frames)
    return blocks.transpose(2, 3)


class AisfxFrontEnd(nn.Module):
    """aisfx's input features: peak-normalized, log-compressed, min-max scaled 96-band HTK log-mel.

    Equal to aisfx 0.1.2's librosa front end (``spectrogram_librosa.compute_spectrogram`` then
    ``preprocessing.spectrogram_normalize``) to float32 tolerance, transposed to
    ``(frames, mels)``; see the module docstring for every setting.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """

    def __init__(self) -> None:
        super().__init__()
        self.mel = MelSpectrogram(
            AISFX_SAMPLE_RATE_HZ,
            AISFX_N_FFT,
            AISFX_HOP_LENGTH_SAMPLES,
            AISFX_N_MELS,
            fmin_hz=AISFX_FMIN_HZ,
            fmax_hz=AISFX_FMAX_HZ,
            htk=True,
            norm=1.0,
        )

    def forward(self, audio: torch.Tensor) -> torch.Tensor:
        """Features of a batch of clips.

        Parameters
        ----------
        audio : torch.Tensor
            ``(N, samples)`` float32 mono clips at 44.1 kHz, any gain (each is peak-normalized here).

        Returns
        -------
        torch.Tensor
            ``(N, frames, 96)`` float32, ``frames = 1 + samples // 1024``; about 0..1.
        """
        peak = audio.abs().amax(dim=1, keepdim=True)
        audio = audio / torch.where(peak == 0, torch.ones_like(peak), peak)
        power = self.mel(audio)
        logmel = torch.log10(power * AISFX_LOG_SCALE + 1.0)
        scaled = (logmel - AISFX_SPEC_MIN) / (AISFX_SPEC_MAX - AISFX_SPEC_MIN)
        return scaled.transpose(1, 2)


class _ConvPair(nn.Module):
    """Two 3x3 convolutions (no bias), each followed by batch norm and ReLU."""

    def __init__(self, in_channels: int, out_channels: int) -> None:
        super().__init__()
        self.conv1 = nn.Conv2d(in_channels, out_channels, kernel_size=3, padding=1, bias=False)
        self.bn1: nn.Module = nn.BatchNorm2d(out_channels)
        self.conv2 = nn.Conv2d(out_channels, out_channels, kernel_size=3, padding=1, bias=False)
        self.bn2: nn.Module = nn.BatchNorm2d(out_channels)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = F.relu(self.bn1(self.conv1(x)))
        return F.relu(self.bn2(self.conv2(x)))

    def fold_batch_norms(self) -> None:
        """Merge each (eval-mode) batch norm into the convolution before it."""
        from torch.nn.utils.fusion import fuse_conv_bn_eval

        if isinstance(self.bn1, nn.BatchNorm2d):
            self.conv1 = fuse_conv_bn_eval(self.conv1, self.bn1)
            self.bn1 = nn.Identity()
        if isinstance(self.bn2, nn.BatchNorm2d):
            self.conv2 = fuse_conv_bn_eval(self.conv2, self.bn2)
            self.bn2 = nn.Identity()


class AisfxNet(nn.Module):
    """aisfx's embedding CNN: ``(B, 100, 96)`` feature blocks -> ``(B, 512)`` vectors.

    Four :class:`_ConvPair` stages (64, 128, 256, 512 channels) with 2x2 max pooling after the
    first three (100x96 -> 50x48 -> 25x24 -> 12x12), then the mean over frequency and the max
    over time. Parameter names match aisfx's ``EmbeddingNet`` state dict.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """

    def __init__(self) -> None:
        super().__init__()
        channels = (1,) + _CHANNELS
        for i in range(len(_CHANNELS)):
            self.add_module(f"conv_block{i + 1}", _ConvPair(channels[i], channels[i + 1]))

    def stages(self) -> list[_ConvPair]:
        return [getattr(self, f"conv_block{i + 1}") for i in range(len(_CHANNELS))]

    def forward(self, blocks: torch.Tensor) -> torch.Tensor:
        """Embed blocks.

        Parameters
        ----------
        blocks : torch.Tensor
            ``(B, frames, mels)`` float32 features (100 x 96 for aisfx).

        Returns
        -------
        torch.Tensor
            ``(B, 512)``.
        """
        x = blocks.unsqueeze(1)
        stages = self.stages()
        for i, stage in enumerate(stages):
            x = stage(x)
            if i < len(stages) - 1:
                x = F.max_pool2d(x, kernel_size=2)
        return x.float().mean(dim=3).amax(dim=2)

    def fast_copy(self) -> AisfxNet:
        """A copy for inference: batch norms folded into the convolutions, channels-last layout."""
        fast = copy.deepcopy(self).eval()
        for stage in fast.stages():
            stage.fold_batch_norms()
        return fast.to(memory_format=torch.channels_last)  # type: ignore[call-overload]  # torch's stubs of Module.to omit memory_format

    def winograd_copy(self) -> WinogradAisfxNet:
        """A float32 copy for CPUs without native bfloat16: batch norms folded, 3x3 convolutions by
        Winograd F(4x4, 3x3) (see :mod:`synthproxy.audio_models.winograd`)."""
        fast = copy.deepcopy(self).eval()
        for stage in fast.stages():
            stage.fold_batch_norms()
        return WinogradAisfxNet(fast)

    def winograd_fused_copy(self) -> FusedWinogradNet:
        """A float32 copy for CPUs without native bfloat16, as :meth:`winograd_copy` with the copies between
        layers fused away and the trailing zero rows computed once (:mod:`synthproxy.audio_models.winograd_fused`)."""
        from synthproxy.audio_models.winograd_fused import FusedWinogradNet

        fast = copy.deepcopy(self).eval()
        for stage in fast.stages():
            stage.fold_batch_norms()
        convs = [(conv.weight, _folded_bias(conv)) for stage in fast.stages() for conv in (stage.conv1, stage.conv2)]
        return FusedWinogradNet(convs, pool_after={2 * i + 1 for i in range(len(_CHANNELS) - 1)})


def _folded_bias(conv: nn.Conv2d) -> torch.Tensor:
    """The bias of a convolution with its batch norm folded in (folding gives it one)."""
    if conv.bias is None:
        raise ValueError("a convolution without bias: fold the batch norms first (_ConvPair.fold_batch_norms)")
    return conv.bias


class WinogradAisfxNet:
    """:class:`AisfxNet` with folded batch norms whose 3x3 convolutions run as Winograd F(4x4, 3x3).

    The first convolution (one input channel: 0.3 % of the multiply-adds) is a direct one that writes
    channels-last activations in one pass; the seven others are
    :func:`~synthproxy.audio_models.winograd.winograd_conv3x3_relu` on channels-last activations, with scratch
    buffers reused between calls. Outputs equal the exact network's up to float32 rounding (cosine similarity
    > 0.99999 on every clip of ``benchmarks/embed.py``).
    """

    def __init__(self, folded: AisfxNet) -> None:
        from synthproxy.audio_models.winograd import winograd_weights

        convs = [conv for stage in folded.stages() for conv in (stage.conv1, stage.conv2)]
        self.first = convs[0]
        self.first_bias = _folded_bias(self.first)
        self.layers = [(winograd_weights(c.weight.detach()), _folded_bias(c).detach().contiguous()) for c in convs[1:]]
        # max pooling follows the second convolution of the first three stages: convolutions 1, 3, 5
        self.pool_after = {2 * i for i in range(len(_CHANNELS) - 1)}  # = indices 0, 2, 4 of self.layers
        self.workspace: dict = {}

    def __call__(self, blocks: torch.Tensor) -> torch.Tensor:
        """``(B, frames, mels)`` float32 -> ``(B, 512)`` float32, as :meth:`AisfxNet.forward`."""
        from synthproxy.audio_models.winograd import conv3x3_relu_single_channel, winograd_conv3x3_relu

        x = conv3x3_relu_single_channel(blocks, self.first.weight, self.first_bias)  # (B, H, W, C)
        for k, (u, bias) in enumerate(self.layers):
            x = winograd_conv3x3_relu(x, u, bias, self.workspace)
            if k in self.pool_after:
                x = F.max_pool2d(x.permute(0, 3, 1, 2), kernel_size=2).permute(0, 2, 3, 1).contiguous()
        return x.mean(dim=2).amax(dim=1)  # mean over mels, max over time


class AisfxModel(AudioModel):
    """The aisfx embedding as an :class:`AudioModel`: ``(N, samples)`` at 44.1 kHz -> ``(N, 512)``.

    Parameters
    ----------
    state_dict : dict of str to torch.Tensor
        :class:`AisfxNet` weights (see :func:`load_aisfx_state_dict`).
    weights_hash : str or None
        sha256 of the weights file.
    precision : {"auto", "bfloat16", "winograd_fused", "winograd", "float32"}
        Default precision of :meth:`embed`. ``"float32"``: the exact network. ``"bfloat16"``:
        batch norms folded, channels-last, bfloat16 autocast (cosine >= 0.999 with float32,
        typically >= 0.9999). ``"winograd"``: float32, batch norms folded, 3x3 convolutions by
        Winograd F(4x4, 3x3) (equal to float32 up to rounding, cosine > 0.99999).
        ``"winograd_fused"``: the same arithmetic without copies between layers and with the rows
        that only see a short clip's zero padding computed once (equal to float32 up to rounding).
        ``"auto"``: ``"bfloat16"`` when the CPU supports it natively (AVX-512 BF16 / AMX), else
        ``"winograd_fused"``.
    batch_blocks : int
        Blocks per forward pass.

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """

    def __init__(
        self,
        state_dict: dict[str, torch.Tensor],
        *,
        weights_hash: str | None = None,
        precision: Precision = "auto",
        batch_blocks: int = _DEFAULT_BATCH_BLOCKS,
    ) -> None:
        self.name = "aisfx"
        self.sample_rate = AISFX_SAMPLE_RATE_HZ
        self.embedding_size = AISFX_EMBEDDING_SIZE
        self.weights_hash = weights_hash
        if batch_blocks < 1:
            raise ValueError(f"batch_blocks must be >= 1, got {batch_blocks}")
        self.batch_blocks = int(batch_blocks)
        self.frontend = AisfxFrontEnd().eval()
        self.network = AisfxNet()
        self.network.load_state_dict(state_dict, strict=True)
        self.network.eval().requires_grad_(False)
        self._fast: AisfxNet | None = None
        self._winograd: WinogradAisfxNet | None = None
        self._winograd_fused: FusedWinogradNet | None = None
        self.precision = self._resolve(precision)

    @staticmethod
    def _resolve(precision: str) -> str:
        if precision not in PRECISIONS:
            raise ValueError(f"precision must be one of {', '.join(map(repr, PRECISIONS))}, got {precision!r}")
        if precision == "auto":
            return "bfloat16" if bfloat16_is_native() else "winograd_fused"
        return precision

    def settings(self) -> dict[str, Any]:
        """What shapes these embeddings besides the weights: precision, blocking, pooling, front end."""
        return {
            "precision": self.precision,
            "block_frames": AISFX_BLOCK_FRAMES,
            "block_hop_frames": AISFX_BLOCK_HOP_FRAMES,
            "drop_partial_block": True,
            "block_pooling": "mean",
            "front_end": "librosa-equivalent log-mel, (frames, mels)",
        }

    def features(self, audio: np.ndarray) -> torch.Tensor:
        """Front-end features ``(N, frames, 96)`` float32 of ``(N, samples)`` clips (see :class:`AisfxFrontEnd`)."""
        with torch.inference_mode():
            return self.frontend(torch.from_numpy(as_batch(audio)))

    def _forward_blocks(self, blocks: torch.Tensor, precision: str) -> torch.Tensor:
        """``(B, 100, 96)`` -> ``(B, 512)`` float32, in chunks of ``batch_blocks``."""
        net: Any
        if precision == "float32":
            net, autocast = self.network, False
        elif precision == "winograd":
            if self._winograd is None:
                self._winograd = self.network.winograd_copy()
            net, autocast = self._winograd, False
        elif precision == "winograd_fused":
            if self._winograd_fused is None:
                self._winograd_fused = self.network.winograd_fused_copy()
            net, autocast = self._winograd_fused, False
        else:
            if self._fast is None:
                self._fast = self.network.fast_copy()
            net, autocast = self._fast, True
        outputs = []
        for start in range(0, blocks.shape[0], self.batch_blocks):
            chunk = blocks[start : start + self.batch_blocks]
            with torch.autocast("cpu", dtype=torch.bfloat16, enabled=autocast):
                outputs.append(net(chunk).float())
        return torch.cat(outputs)

    def embed_blocks(self, audio: np.ndarray, *, precision: Precision | None = None) -> np.ndarray:
        """Per-block embeddings, as aisfx's own inference returns them.

        Parameters
        ----------
        audio : np.ndarray
            ``(N, samples)`` float32 mono clips at 44.1 kHz.
        precision : {"auto", "bfloat16", "winograd_fused", "winograd", "float32"}, optional
            Overrides the model's default.

        Returns
        -------
        np.ndarray
            ``(N, num_blocks, 512)`` float32; ``num_blocks`` from :func:`num_blocks` of
            ``1 + samples // 1024`` frames (1 for clips shorter than 3.46 s).

        Shown in use in ``notebooks/01_audio_models.ipynb``.
        """
        mode = self.precision if precision is None else self._resolve(precision)
        clips = as_batch(audio)
        blocks_per_clip = num_blocks(1 + clips.shape[1] // AISFX_HOP_LENGTH_SAMPLES)

        def embed_chunk(chunk: torch.Tensor) -> torch.Tensor:
            blocks = cut_blocks(self.frontend(chunk))  # (n, blocks_per_clip, 100, 96)
            return self._forward_blocks(blocks.flatten(0, 1).contiguous(), mode)

        return embed_segments(clips, blocks_per_clip, self.batch_blocks, embed_chunk)

    def embed(self, audio: np.ndarray, *, precision: Precision | None = None) -> np.ndarray:
        """One 512-d aisfx embedding per clip: the mean of its block embeddings.

        Parameters
        ----------
        audio : np.ndarray
            ``(N, samples)`` (or ``(samples,)``) float32 mono clips at 44.1 kHz. All clips in one
            call share a length; the gain does not matter (clips are peak-normalized).
        precision : {"auto", "bfloat16", "winograd_fused", "winograd", "float32"}, optional
            Overrides the model's default (``"float32"`` for the exact network).

        Returns
        -------
        np.ndarray
            ``(N, 512)`` float32, non-negative (outputs of ReLUs, max- and mean-pooled).

        Shown in use in ``notebooks/01_audio_models.ipynb``.
        """
        return self.embed_blocks(audio, precision=precision).mean(axis=1).astype(np.float32, copy=False)


def load_aisfx(
    weights_path: str | Path | None = None,
    *,
    precision: Precision = "auto",
    batch_blocks: int = _DEFAULT_BATCH_BLOCKS,
    expected_sha256: str | None = AISFX_CHECKPOINT_SHA256,
) -> AisfxModel:
    """Loader registered as ``"aisfx"``: the network with the weights of the installed aisfx wheel.

    Parameters
    ----------
    weights_path : str or Path, optional
        Checkpoint; default: ``aisfx/models/checkpoint.pth`` of the installed package.
    precision : {"auto", "bfloat16", "winograd_fused", "winograd", "float32"}
        Default precision of :meth:`AisfxModel.embed`.
    batch_blocks : int
        Blocks per forward pass.
    expected_sha256 : str or None
        Checked before unpickling; ``None`` accepts any file (still loaded with ``weights_only``).

    Returns
    -------
    AisfxModel

    Shown in use in ``notebooks/01_audio_models.ipynb``.
    """
    state, digest = load_aisfx_state_dict(weights_path, expected_sha256=expected_sha256)
    return AisfxModel(state, weights_hash=digest, precision=precision, batch_blocks=batch_blocks)
