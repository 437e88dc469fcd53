"""The EfficientAT embedding as an :class:`~synthproxy.audio_models.base.AudioModel`, and its loaders.

Step 5 of the pipeline in :mod:`synthproxy.audio_models.efficientat`: front end, network and
the mean over the windows of a clip, with the speed settings (folded batch norms,
channels-last, optional bfloat16) described there.

Shown in use in ``notebooks/01_audio_models.ipynb``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

import numpy as np
import torch
from torch import nn

from synthproxy.audio_models.base import AudioModel, as_batch, embed_segments
from synthproxy.audio_models.efficientat.frontend import EFFICIENTAT_SAMPLE_RATE_HZ, EfficientATFrontEnd, num_windows
from synthproxy.audio_models.efficientat.network import (
    EFFICIENTAT_BLOCK_IDS,
    EfficientATNet,
    inference_trunk,
    pooled_block_features,
)
from synthproxy.audio_models.efficientat.weights import check_state_dict, load_efficientat_state_dict, variant_spec

__all__ = ["EfficientATModel", "load_efficientat", "load_mn04", "load_mn20"]

#: First ``features`` layer run in bfloat16 with ``precision="bfloat16"`` (the input convolution and
#: block 1 stay float32: cheap, and where bfloat16 rounding hurt the embeddings most).
_BFLOAT16_FIRST_LAYER: int = 2
#: Windows per network forward pass (whole clips are kept together; see ``EfficientATModel``).
_DEFAULT_BATCH_WINDOWS: int = 256

Precision = Literal["auto", "bfloat16", "float32"]


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

    def __init__(
        self,
        state_dict: dict[str, torch.Tensor],
        variant: str = "mn04",
        *,
        weights_hash: str | None = None,
        precision: Precision = "auto",
        batch_windows: int = _DEFAULT_BATCH_WINDOWS,
    ) -> None:
        spec = variant_spec(variant)
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
            "checkpoint": self.variant.checkpoint,
            "file_name": self.variant.file_name,
            "precision": self.precision,
            "window_ms": 160,
            "window_hop_ms": 50,
            "window_padding": "reflect",
            "blocks": [f"b{i}" for i in EFFICIENTAT_BLOCK_IDS],
            "block_pooling": "global average",
            "time_pooling": "mean",
            "mel_avgs": False,
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
            self._fast = inference_trunk(self.network)
        start = _BFLOAT16_FIRST_LAYER if precision == "bfloat16" else None
        return pooled_block_features(self._fast, spec.contiguous(memory_format=torch.channels_last), start)

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

        def embed_chunk(chunk: torch.Tensor) -> torch.Tensor:
            features = self.frontend.window_features(chunk)  # (n, windows, 128, 16)
            return self._forward_windows(features.flatten(0, 1).unsqueeze(1), mode)

        return embed_segments(clips, num_windows(clips.shape[1]), self.batch_windows, embed_chunk)

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


def load_efficientat(
    variant: str = "mn04",
    weights_path: str | Path | None = None,
    *,
    precision: Precision = "auto",
    batch_windows: int = _DEFAULT_BATCH_WINDOWS,
    expected_sha256: str | None = None,
) -> EfficientATModel:
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
